/*
 * gp_topics.h — topic scoring: weighted term hits, parents count their
 * children's hits, scores per 100 words so that documents of different
 * lengths compare.
 *
 * A builder (gp_topicsb) collects the topics and their terms; its image is
 * the compiled taxonomy as one position-independent block (the topics, each
 * with its parent's id, the terms as a phrase lexicon of their own,
 * gp_cues.h, and each term's topic id), which a gp_topicset views in place.
 */
#ifndef GP_TOPICS_H
#define GP_TOPICS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gp_arena.h"
#include "gp_cues.h"
#include "gp_stem.h"

/* topics a taxonomy may have: a document's scores take this many slots */
#define GP_MAX_TOPICS 512

typedef struct gp_topicsb gp_topicsb;
typedef struct gp_topicset gp_topicset;

gp_topicsb *gp_topicsb_create(gp_arena *arena);
/* a topic (again: ignored); parent may be NULL; false past GP_MAX_TOPICS topics */
bool		gp_topicsb_add_topic(gp_topicsb *b, const char *name, const char *parent);
/* a term (its stems) of a topic, with its weight; a term of an unknown topic counts for none */
void		gp_topicsb_add_term(gp_topicsb *b, const char *const *stems, int n,
								const char *term, const char *topic, float weight);
/* The compiled taxonomy's image in arena (8-byte aligned), its bytes in *size. */
void	   *gp_topicsb_image(const gp_topicsb *b, gp_arena *arena, size_t *size);

/* A view of an image (which must stay valid while it is used); NULL if it is not one. */
gp_topicset *gp_topicset_attach(const void *image, size_t size, gp_arena *arena);
int32_t		gp_topicset_nterms(const gp_topicset *ts);

typedef struct gp_topic_result
{
	const char *topic;
	float		score;			/* weighted hits per 100 words (50-word floor) */
	int32_t		hits;
	const char **terms;			/* distinct terms that counted */
	int32_t		nterms;
} gp_topic_result;

typedef struct gp_topicacc gp_topicacc;

gp_topicacc *gp_topicacc_create(const gp_topicset *ts, gp_arena *doc_arena);
/* count one sentence's words */
void		gp_topicacc_add(gp_topicacc *acc, const gp_token *tok, int32_t ntok, gp_arena *scratch);
/*
 * Topics whose weighted hits reach min_weight, best first.  Returns the
 * count (results in the doc arena).
 */
int32_t		gp_topicacc_result(gp_topicacc *acc, float min_weight, gp_topic_result **out);

#endif
