/*
 * gp_cues.h — a lexicon of phrases over word stems (the cues and modifiers
 * of relations, the terms of topics) and its matcher.
 *
 * A phrase is a sequence of stems (gp_stem.h) with "*" gaps.  A builder
 * (gp_cuesb) collects the phrases in a trie; its image is the compiled
 * lexicon as one position-independent block: the trie with its keys
 * interned (gp_trie.h: a stem is looked up once in the vocabulary, then the
 * trie is walked by integer ids, no string compares) and the entries with
 * their strings as offsets.  A gp_cues views an image wherever it lives (a
 * private buffer, or the dictionary snapshot every backend maps).
 */
#ifndef GP_CUES_H
#define GP_CUES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gp_arena.h"
#include "gp_stem.h"

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
 * score) instead of a cue: gp_cuesb_add records it for gp_cues_event_type.
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

typedef struct gp_cuesb gp_cuesb;	/* a lexicon being built */
typedef struct gp_cues gp_cues;		/* a compiled lexicon: a view of its image */

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

/* event types a lexicon holds at most (each derived row looks its type up) */
#define GP_CUE_MAX_EVENT_TYPES 32

gp_cuesb   *gp_cuesb_create(gp_arena *arena);
/*
 * An entry: the stems of its words, "*" for a gap (a cue cannot start with
 * one: it is not added); its strings are copied.  Entries are numbered in
 * the order they are added (ids of gp_cues_get, gp_cuehit.cue).  An event
 * type (effect GP_CUE_EVENT_TYPE: event, quad, score) is recorded instead,
 * for gp_cues_event_type.  Returns 0, or -1 past GP_CUE_MAX_EVENT_TYPES
 * event types.
 */
int			gp_cuesb_add(gp_cuesb *b, const char *const *stems, int n, const gp_cue *cue);
int32_t		gp_cuesb_count(const gp_cuesb *b);

/* The compiled lexicon's image in arena (8-byte aligned), its bytes in *size. */
void	   *gp_cuesb_image(const gp_cuesb *b, gp_arena *arena, size_t *size);

/*
 * A view of an image (which must stay valid while the view is used), NULL
 * if it is not one or it is damaged: the trie is used in place, the entries
 * are read into arena (their strings point into the image).
 */
gp_cues    *gp_cues_attach(const void *image, size_t size, gp_arena *arena);

/* gp_cuesb_image and gp_cues_attach in one (tests, tools) */
gp_cues    *gp_cuesb_build(const gp_cuesb *b, gp_arena *arena);

int32_t		gp_cues_count(const gp_cues *c);
const gp_cue *gp_cues_get(const gp_cues *c, int32_t id);

/*
 * An event type's quad class and base score (geopol.event_type), for rows
 * whose event a rule derives (an intention becomes AGREE or THREATEN);
 * false if the lexicon has no such type.
 */
bool		gp_cues_event_type(const gp_cues *c, const char *event, uint8_t *quad, float *base);

/* Does a phrase start with this stem (of len bytes)? */
bool		gp_cues_starts(const gp_cues *c, const char *stem, size_t len);

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
 * keeps its terms in a lexicon of their own.
 */
int32_t		gp_cues_longest(const gp_cues *c, gp_cuewalk *cw, const gp_stems *w, int32_t k,
							int32_t *last);

#endif
