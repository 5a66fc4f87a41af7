/*
 * gp_relations.h — cue lexicon and the rules that turn cues between actor
 * mentions into directed relation rows (who does what to whom).
 *
 * No parser: per sentence, actor mentions become units (a demonym and a
 * leader of the same state next to each other are one unit), units joined
 * by "and", commas or hyphens become groups (coordinations, "Russo-Chinese"
 * compounds), cues are matched on stemmed tokens (with "*" gaps), and a
 * small set of named patterns links a cue to a source and a target group:
 * a relation row exists only where a pattern links actors to a cue, never
 * for actors that merely share a sentence.
 */
#ifndef GP_RELATIONS_H
#define GP_RELATIONS_H

#include <stdbool.h>
#include <stdint.h>

#include "gp_arena.h"
#include "gp_gazetteer.h"
#include "gp_stem.h"
#include "gp_text.h"

typedef enum gp_cuepos
{
	GP_POS_VERB = 0,			/* X cue Y */
	GP_POS_NOUN,				/* X's cue with Y, cue between X and Y, X-Y cue */
	GP_POS_PREP					/* X ... cue Y (against, counterweight to) */
} gp_cuepos;

/*
 * What a lexicon entry is.  GP_CUE_EVENT: an event cue (event set) or a
 * relationship reference (event NULL: "relations", "dependence on").  The
 * others are the words the rules read around cues (geopol.cue_modifier).
 */
typedef enum gp_cueeffect
{
	GP_CUE_EVENT = 0,
	GP_CUE_NEGATION,			/* not, never, no longer */
	GP_CUE_HYPOTHETICAL,		/* would, may, could, unlikely */
	GP_CUE_INTENTION,			/* will, ready to, pledged to: an intention (AGREE, THREATEN) */
	GP_CUE_SPEECH,				/* said, claimed: reported speech */
	GP_CUE_LIGHT,				/* give, extend, engage: a light verb before "Y a NOUN" */
	GP_CUE_NONACTOR,			/* speakers, language, ethnic: a demonym on it is no state */
	GP_CUE_NONEVENT,			/* according to, armed forces: no event inside */
	GP_CUE_POSITIVE,			/* close, warm, never been better: tone of a reference */
	GP_CUE_NEGATIVE,			/* strained, tense, uneasy */
	GP_CUE_NEFFECTS
} gp_cueeffect;

/*
 * A lexicon row that declares an event type (event, quad, score = its base
 * score) instead of a cue: gp_cues_add records it for gp_cues_set_event.
 */
#define GP_CUE_EVENT_TYPE 200

/* names of the effects as geopol.cue_modifier.effect writes them (index = effect) */
extern const char *const gp_cueeffect_name[GP_CUE_NEFFECTS];

typedef struct gp_cue
{
	const char *text;			/* the phrase as written in the lexicon */
	const char *event;			/* PLOVER type (topic lexicons: the topic); NULL for modifiers
								 * and relationship references */
	const char *mode;
	float		score;
	uint8_t		quad;
	uint8_t		pos;			/* gp_cuepos */
	uint8_t		effect;			/* gp_cueeffect */
	bool		symmetric;
	int32_t		next;			/* next cue ending at the same node */
} gp_cue;

typedef struct gp_cues gp_cues;

/*
 * Limits of a cue.  A "*" gap spans 0 to GP_CUE_GAP_TOKENS tokens and does
 * not run over "." or ";".  The cue tables allow at most GP_CUE_MAX_GAPS
 * gaps per cue (CHECK constraints; data/cues.tsv uses one); the matcher
 * stays polynomial whatever the lexicon holds.  Only the first
 * GP_CUE_MAX_ELEMENTS words and gaps of a cue are followed: longer cues
 * never match.
 */
#define GP_CUE_GAP_TOKENS	5
#define GP_CUE_MAX_GAPS		3
#define GP_CUE_MAX_ELEMENTS 25

/*
 * The matcher visits (trie node, next token) states; it stops looking for a
 * longer match after GP_CUE_MAX_STATES states from one start word (no real
 * lexicon comes near: the shipped one visits a handful), so that the work
 * per token is bounded by a constant whatever the cues and the text.
 */
#define GP_CUE_MAX_STATES	4096

gp_cues    *gp_cues_create(gp_arena *arena);
/*
 * stems of the cue's words, "*" for a gap; 0, or -1 for an event type
 * (GP_CUE_EVENT_TYPE) past the 32 a lexicon holds
 */
int			gp_cues_add(gp_cues *c, const char *const *stems, int n, const gp_cue *cue);
int32_t		gp_cues_count(const gp_cues *c);

/*
 * An event type's quad class and base score (geopol.event_type), for rows
 * whose event a rule derives (an intention becomes AGREE or THREATEN); -1
 * past 32 of them.
 */
int			gp_cues_set_event(gp_cues *c, const char *event, uint8_t quad, float base_score);
const gp_cue *gp_cues_get(const gp_cues *c, int32_t id);

/*
 * The matcher's scratch memory and work counter: one per document (or per
 * thread of work), never shared.  The host's interrupt handler is called
 * every few thousand states.
 */
typedef struct gp_cuewalk gp_cuewalk;

gp_cuewalk *gp_cuewalk_create(gp_arena *arena);
/* states visited so far (for tests that prove the work bounded) */
uint64_t	gp_cuewalk_states(const gp_cuewalk *cw);

/* A phrase found at a start word. */
typedef struct gp_cuehit
{
	int32_t		cue;			/* first lexicon entry of the phrase, -1 if none */
	int32_t		first,
				last;			/* token range */
	int32_t		gap_first,
				gap_last;		/* tokens the gaps took (first to last), -1 if none */
} gp_cuehit;

/*
 * The best event phrase and the longest modifier phrase starting at word k
 * (cue -1 where none).  Event phrases are ranked by more literal words,
 * then fewer gap tokens, then (among equals) the one whose trie path comes
 * first: literal words before gaps, shorter gaps before longer; modifiers
 * by their last word, then the same order.
 */
void		gp_cues_match(const gp_cues *c, gp_cuewalk *cw, const gp_stems *w, int32_t k,
						  gp_cuehit *event, gp_cuehit *modifier);

/*
 * The best event phrase starting at word k: the id of its first lexicon
 * entry and its last word in *last, or -1.  Used by the topic scorer, which
 * keeps its terms in a gp_cues.
 */
int32_t		gp_cues_longest(const gp_cues *c, gp_cuewalk *cw, const gp_stems *w, int32_t k,
							int32_t *last);

typedef enum gp_relkind
{
	GP_REL_EVENT = 0,			/* something one actor did to another */
	GP_REL_REFERENCE			/* talk about the relation itself: "Russo-Chinese relations" */
} gp_relkind;

typedef struct gp_relation
{
	int32_t		sentence;
	const char *source;
	const char *target;			/* may be NULL */
	const gp_cue *cue;			/* the cue that carries the event (or the reference) */
	const char *event;			/* PLOVER event, NULL for references */
	const char *mode;
	float		score;			/* event score; NaN for references */
	float		tone;			/* references: -1 (hostile) .. 1 (friendly); NaN for events */
	uint8_t		quad;			/* 0 for references */
	uint8_t		kind;			/* gp_relkind */
	int32_t		cue_first;		/* token range of the cue (a control verb and its complement) */
	int32_t		cue_last;
	bool		negated;
	bool		hypothetical;
	bool		main;			/* the sentence's main row for (source, target) */
	int16_t		rank;			/* how strongly the rule states it: picks the main row */
	const char *rule;			/* the pattern that linked them */
} gp_relation;

/* Per-document state (the subject carried to the next sentence). */
typedef struct gp_relctx gp_relctx;

gp_relctx  *gp_relctx_create(const gp_cues *cues, gp_arena *doc_arena);
/*
 * Work done so far in this document: cue matcher states, tokens the
 * patterns looked at, rows compared.  Tests prove it linear in the text.
 */
uint64_t	gp_relctx_work(const gp_relctx *ctx);

/*
 * Per-sentence caps, so that relating a sentence costs time linear in its
 * length whatever its content (a sentence is at most 64 kB, see gp_sentences.c):
 * the first GP_REL_MAX_CUES event cues of a sentence are related, and a
 * sentence gives at most GP_REL_MAX_ROWS relations.  News sentences have
 * about ten cues at most and a handful of relations.
 */
#define GP_REL_MAX_CUES		256
#define GP_REL_MAX_ROWS		1024

/*
 * Relations of one sentence from its tokens and mentions.  Rows are unique
 * per (source, target, event or reference); exactly one row per (source,
 * target) has main set.  Returns the count.
 */
int32_t		gp_relate_sentence(gp_relctx *ctx, const char *text, const gp_token *tok,
							   int32_t ntok, const gp_mention *men, int32_t nmen,
							   gp_arena *arena, gp_relation **out);

#endif
