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

typedef enum gp_cueeffect
{
	GP_CUE_EVENT = 0,
	GP_CUE_NEGATION,			/* not, never, refused to, no longer */
	GP_CUE_HYPOTHETICAL			/* would, may, could, unlikely, plans to */
} gp_cueeffect;

typedef struct gp_cue
{
	const char *text;			/* the phrase as written in the lexicon */
	const char *event;			/* PLOVER type (topic lexicons: the topic); NULL for modifiers */
	const char *mode;
	float		score;
	uint8_t		quad;
	uint8_t		pos;			/* gp_cuepos */
	uint8_t		effect;			/* gp_cueeffect */
	bool		symmetric;
	int32_t		next;			/* next cue ending at the same node */
} gp_cue;

typedef struct gp_cues gp_cues;

gp_cues    *gp_cues_create(gp_arena *arena);
/* stems of the cue's words, "*" for a gap */
int			gp_cues_add(gp_cues *c, const char *const *stems, int n, const gp_cue *cue);
int32_t		gp_cues_count(const gp_cues *c);
const gp_cue *gp_cues_get(const gp_cues *c, int32_t id);

/*
 * The longest phrase starting at word k (modifiers and events alike);
 * returns the id of its first lexicon entry and its last word in *last, or
 * -1.  Used by the topic scorer, which keeps its terms in a gp_cues.
 */
int32_t		gp_cues_longest(const gp_cues *c, const gp_stems *w, int32_t k, int32_t *last);

typedef struct gp_relation
{
	int32_t		sentence;
	const char *source;
	const char *target;			/* may be NULL */
	const gp_cue *cue;
	int32_t		cue_first;		/* token range of the cue */
	int32_t		cue_last;
	bool		negated;
	bool		hypothetical;
	const char *rule;			/* the pattern that linked them */
} gp_relation;

/* Per-document state (the subject carried to the next sentence). */
typedef struct gp_relctx gp_relctx;

gp_relctx  *gp_relctx_create(const gp_cues *cues, gp_arena *doc_arena);

/*
 * Relations of one sentence from its tokens and mentions.  Rows are unique
 * per (source, target, event).  Returns the count, or -1 when out of memory.
 */
int32_t		gp_relate_sentence(gp_relctx *ctx, const char *text, const gp_token *tok,
							   int32_t ntok, const gp_mention *men, int32_t nmen,
							   gp_arena *arena, gp_relation **out);

#endif
