/*
 * gp_relations.h — the rules that turn cues (gp_cues.h) between actor
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
#include "gp_cues.h"
#include "gp_gazetteer.h"
#include "gp_stem.h"
#include "gp_text.h"

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
