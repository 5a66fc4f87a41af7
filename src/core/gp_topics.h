/*
 * gp_topics.h — topic scoring: weighted term hits, parents count their
 * children's hits, scores per 100 words so that documents of different
 * lengths compare.
 */
#ifndef GP_TOPICS_H
#define GP_TOPICS_H

#include <stdint.h>

#include "gp_arena.h"
#include "gp_relations.h"
#include "gp_stem.h"

typedef struct gp_topicset gp_topicset;

gp_topicset *gp_topicset_create(gp_arena *arena);
/* returns the topic's id, or -1 past GP_MAX_TOPICS topics; parent may be NULL */
int32_t		gp_topicset_add_topic(gp_topicset *ts, const char *name, const char *parent);
/* a term (its stems) of a topic, with its weight */
void		gp_topicset_add_term(gp_topicset *ts, const char *const *stems, int n,
								 const char *term, const char *topic, float weight);
/* resolve parents once every topic is in */
void		gp_topicset_finish(gp_topicset *ts);
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
