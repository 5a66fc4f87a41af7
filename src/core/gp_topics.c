/*
 * gp_topics.c — topic scoring, see gp_topics.h.
 */
#include "gp_topics.h"

#include <stdlib.h>
#include <string.h>

#define GP_MAX_TOPICS 512
#define GP_MAX_TERMS_SHOWN 16

struct gp_topicset
{
	gp_arena   *arena;
	gp_cues    *terms;			/* event field = topic name, score = weight */
	const char *name[GP_MAX_TOPICS];
	const char *parent_name[GP_MAX_TOPICS];
	int32_t		parent[GP_MAX_TOPICS];
	int32_t		ntopics;
};

gp_topicset *
gp_topicset_create(gp_arena *arena)
{
	gp_topicset *ts = gp_arena_alloc(arena, sizeof(gp_topicset));

	memset(ts, 0, sizeof(*ts));
	ts->arena = arena;
	ts->terms = gp_cues_create(arena);
	return ts;
}

static int32_t
topic_id(const gp_topicset *ts, const char *name)
{
	for (int32_t i = 0; i < ts->ntopics; i++)
		if (strcmp(ts->name[i], name) == 0)
			return i;
	return -1;
}

int32_t
gp_topicset_add_topic(gp_topicset *ts, const char *name, const char *parent)
{
	int32_t		id = topic_id(ts, name);

	if (id >= 0)
		return id;
	if (ts->ntopics >= GP_MAX_TOPICS)
		return -1;
	id = ts->ntopics++;
	ts->name[id] = gp_arena_strndup(ts->arena, name, strlen(name));
	ts->parent_name[id] = parent ? gp_arena_strndup(ts->arena, parent, strlen(parent)) : NULL;
	ts->parent[id] = -1;
	return id;
}

void
gp_topicset_add_term(gp_topicset *ts, const char *const *stems, int n, const char *term,
					 const char *topic, float weight)
{
	gp_cue		c;

	memset(&c, 0, sizeof(c));
	c.text = term;
	c.event = topic;
	c.score = weight;
	c.effect = GP_CUE_EVENT;
	gp_cues_add(ts->terms, stems, n, &c);
}

void
gp_topicset_finish(gp_topicset *ts)
{
	for (int32_t i = 0; i < ts->ntopics; i++)
		ts->parent[i] = ts->parent_name[i] ? topic_id(ts, ts->parent_name[i]) : -1;
}

int32_t
gp_topicset_nterms(const gp_topicset *ts)
{
	return gp_cues_count(ts->terms);
}

typedef struct tacc
{
	float		weight;
	int32_t		hits;
	const char *terms[GP_MAX_TERMS_SHOWN];
	int32_t		nterms;
} tacc;

struct gp_topicacc
{
	const gp_topicset *ts;
	gp_arena   *arena;
	tacc	   *acc;			/* per topic */
	int64_t		words;
	gp_cuewalk *walk;			/* the term matcher's scratch */
};

gp_topicacc *
gp_topicacc_create(const gp_topicset *ts, gp_arena *doc_arena)
{
	gp_topicacc *a = gp_arena_alloc(doc_arena, sizeof(gp_topicacc));

	a->ts = ts;
	a->arena = doc_arena;
	a->words = 0;
	a->walk = gp_cuewalk_create(doc_arena);
	a->acc = gp_arena_alloc(doc_arena, sizeof(tacc) * (size_t) (ts->ntopics + 1));
	memset(a->acc, 0, sizeof(tacc) * (size_t) (ts->ntopics + 1));
	return a;
}

static void
credit(tacc *t, float w, const char *term)
{
	bool		seen = false;

	t->weight += w;
	t->hits++;
	for (int32_t i = 0; i < t->nterms; i++)
		seen |= strcmp(t->terms[i], term) == 0;
	if (!seen && t->nterms < GP_MAX_TERMS_SHOWN)
		t->terms[t->nterms++] = term;
}

void
gp_topicacc_add(gp_topicacc *acc, const gp_token *tok, int32_t ntok, gp_arena *scratch)
{
	gp_stems	w;

	for (int32_t k = 0; k < ntok; k++)
		acc->words += tok[k].kind == GP_TOK_WORD || tok[k].kind == GP_TOK_IDEO;
	if (acc->ts->ntopics == 0 || ntok == 0)
		return;
	gp_stem_tokens(tok, ntok, scratch, &w);
	for (int32_t k = 0; k < ntok;)
	{
		int32_t		last;
		int32_t		id = (tok[k].kind == GP_TOK_WORD || tok[k].kind == GP_TOK_IDEO)
			? gp_cues_longest(acc->ts->terms, acc->walk, &w, k, &last) : -1;

		if (id < 0)
		{
			k++;
			continue;
		}
		/* every topic the phrase is a term of; parents count their children */
		for (; id >= 0; id = gp_cues_get(acc->ts->terms, id)->next)
		{
			const gp_cue *c = gp_cues_get(acc->ts->terms, id);
			int32_t		t = topic_id(acc->ts, c->event);

			for (int depth = 0; t >= 0 && depth < 8; depth++, t = acc->ts->parent[t])
				credit(&acc->acc[t], c->score, c->text);
		}
		k = last + 1;
	}
}

static int
by_score(const void *a, const void *b)
{
	const gp_topic_result *x = a,
			   *y = b;

	if (x->score != y->score)
		return x->score < y->score ? 1 : -1;
	return strcmp(x->topic, y->topic);
}

int32_t
gp_topicacc_result(gp_topicacc *acc, float min_weight, gp_topic_result **out)
{
	int32_t		n = 0;
	gp_topic_result *r = gp_arena_alloc(acc->arena, sizeof(gp_topic_result) * (size_t) (acc->ts->ntopics + 1));
	double		per = (double) (acc->words > 50 ? acc->words : 50) / 100.0;

	for (int32_t t = 0; t < acc->ts->ntopics; t++)
	{
		tacc	   *a = &acc->acc[t];

		if (a->hits == 0 || a->weight < min_weight)
			continue;
		r[n].topic = acc->ts->name[t];
		r[n].score = (float) (a->weight / per);
		r[n].hits = a->hits;
		r[n].terms = a->terms;
		r[n].nterms = a->nterms;
		n++;
	}
	qsort(r, (size_t) n, sizeof(gp_topic_result), by_score);
	*out = r;
	return n;
}
