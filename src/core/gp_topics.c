/*
 * gp_topics.c — topic scoring, see gp_topics.h.
 *
 * The image: a header, the topics (name offset, parent id), each term's
 * topic id, the terms' phrase lexicon (gp_cues.c), the topic names.
 */
#include "gp_topics.h"

#include <stdlib.h>
#include <string.h>

#define GP_MAX_TERMS_SHOWN 16

/* ------------------------------------------------------------ building */

struct gp_topicsb
{
	gp_arena   *arena;
	gp_cuesb   *terms;			/* event = the topic's name, score = weight */
	const char *name[GP_MAX_TOPICS];
	const char *parent_name[GP_MAX_TOPICS];
	int32_t		ntopics;
};

gp_topicsb *
gp_topicsb_create(gp_arena *arena)
{
	gp_topicsb *b = gp_arena_alloc(arena, sizeof(gp_topicsb));

	memset(b, 0, sizeof(*b));
	b->arena = arena;
	b->terms = gp_cuesb_create(arena);
	return b;
}

static int32_t
topic_id(const gp_topicsb *b, const char *name)
{
	for (int32_t i = 0; name != NULL && i < b->ntopics; i++)
		if (strcmp(b->name[i], name) == 0)
			return i;
	return -1;
}

bool
gp_topicsb_add_topic(gp_topicsb *b, const char *name, const char *parent)
{
	int32_t		id;

	if (topic_id(b, name) >= 0)
		return true;
	if (b->ntopics >= GP_MAX_TOPICS)
		return false;
	id = b->ntopics++;
	b->name[id] = gp_arena_strndup(b->arena, name, strlen(name));
	b->parent_name[id] = parent ? gp_arena_strndup(b->arena, parent, strlen(parent)) : NULL;
	return true;
}

void
gp_topicsb_add_term(gp_topicsb *b, const char *const *stems, int n, const char *term,
					const char *topic, float weight)
{
	gp_cue		c;

	memset(&c, 0, sizeof(c));
	c.text = term;
	c.event = topic;
	c.score = weight;
	c.effect = GP_CUE_EVENT;
	gp_cuesb_add(b->terms, stems, n, &c);
}

/* ------------------------------------------------------------ the image */

#define GP_TOPICS_MAGIC 0x47505431u	/* "GPT1" */

typedef struct topics_head
{
	uint32_t	magic;
	uint32_t	size;
	uint32_t	ntopics,
				nterms;
	uint32_t	off_topics;		/* topic_rec[ntopics] */
	uint32_t	off_term_topic; /* int32_t[nterms] */
	uint32_t	off_terms,
				terms_size;		/* the terms' lexicon */
	uint32_t	off_strs,
				strs_size;
} topics_head;

typedef struct topic_rec
{
	uint32_t	name;			/* offset of the name */
	int32_t		parent;			/* -1: none */
} topic_rec;

static size_t
align8(size_t n)
{
	return (n + 7) & ~(size_t) 7;
}

void *
gp_topicsb_image(const gp_topicsb *b, gp_arena *arena, size_t *size)
{
	size_t		terms_size;
	void	   *terms = gp_cuesb_image(b->terms, arena, &terms_size);
	int32_t		nterms = gp_cuesb_count(b->terms);
	size_t		strs = 0;
	topics_head h;
	char	   *img;
	size_t		pos;

	for (int32_t i = 0; i < b->ntopics; i++)
		strs += strlen(b->name[i]) + 1;
	memset(&h, 0, sizeof(h));
	h.magic = GP_TOPICS_MAGIC;
	h.ntopics = (uint32_t) b->ntopics;
	h.nterms = (uint32_t) nterms;
	h.off_topics = (uint32_t) align8(sizeof(h));
	h.off_term_topic = (uint32_t) align8(h.off_topics + sizeof(topic_rec) * (size_t) b->ntopics);
	h.off_terms = (uint32_t) align8(h.off_term_topic + sizeof(int32_t) * (size_t) nterms);
	h.terms_size = (uint32_t) terms_size;
	h.off_strs = (uint32_t) align8(h.off_terms + terms_size);
	h.strs_size = (uint32_t) strs;
	h.size = (uint32_t) align8(h.off_strs + strs);
	img = gp_arena_alloc(arena, h.size);
	memset(img, 0, h.size);
	memcpy(img, &h, sizeof(h));
	memcpy(img + h.off_terms, terms, terms_size);
	pos = h.off_strs;
	for (int32_t i = 0; i < b->ntopics; i++)
	{
		topic_rec	r;
		size_t		len = strlen(b->name[i]);

		r.name = (uint32_t) pos;
		r.parent = topic_id(b, b->parent_name[i]);
		memcpy(img + pos, b->name[i], len + 1);
		pos += len + 1;
		memcpy(img + h.off_topics + sizeof(topic_rec) * (size_t) i, &r, sizeof(r));
	}
	{
		/* each term's topic, by name now rather than at every hit */
		gp_cues    *view = gp_cues_attach(terms, terms_size, arena);

		for (int32_t i = 0; i < nterms; i++)
		{
			int32_t		t = topic_id(b, gp_cues_get(view, i)->event);

			memcpy(img + h.off_term_topic + sizeof(int32_t) * (size_t) i, &t, sizeof(t));
		}
	}
	*size = h.size;
	return img;
}

/* ------------------------------------------------------------ the view */

struct gp_topicset
{
	const gp_cues *terms;
	int32_t		ntopics;
	const char **name;			/* in the image */
	int32_t    *parent;
	const int32_t *term_topic;	/* in the image */
};

gp_topicset *
gp_topicset_attach(const void *image, size_t size, gp_arena *arena)
{
	const char *img = image;
	topics_head h;
	gp_topicset *ts;

	if (size < sizeof(h) || ((uintptr_t) image & 7) != 0)
		return NULL;
	memcpy(&h, image, sizeof(h));
	if (h.magic != GP_TOPICS_MAGIC || h.size > size || h.ntopics > GP_MAX_TOPICS ||
		h.nterms > (1u << 30) || h.off_topics < sizeof(h) ||
		h.off_term_topic % 4 != 0 || h.off_terms % 8 != 0 ||
		(uint64_t) h.off_topics + sizeof(topic_rec) * (uint64_t) h.ntopics > h.off_term_topic ||
		(uint64_t) h.off_term_topic + sizeof(int32_t) * (uint64_t) h.nterms > h.off_terms ||
		(uint64_t) h.off_terms + h.terms_size > h.off_strs ||
		(uint64_t) h.off_strs + h.strs_size > h.size)
		return NULL;
	ts = gp_arena_alloc(arena, sizeof(gp_topicset));
	ts->terms = gp_cues_attach(img + h.off_terms, h.terms_size, arena);
	if (ts->terms == NULL || gp_cues_count(ts->terms) != (int32_t) h.nterms)
		return NULL;
	ts->ntopics = (int32_t) h.ntopics;
	ts->name = gp_arena_alloc(arena, sizeof(char *) * (size_t) (h.ntopics + 1));
	ts->parent = gp_arena_alloc(arena, sizeof(int32_t) * (size_t) (h.ntopics + 1));
	for (int32_t i = 0; i < ts->ntopics; i++)
	{
		topic_rec	r;

		memcpy(&r, img + h.off_topics + sizeof(topic_rec) * (size_t) i, sizeof(r));
		if (r.name < h.off_strs || r.name >= h.off_strs + h.strs_size ||
			memchr(img + r.name, '\0', h.off_strs + h.strs_size - r.name) == NULL ||
			r.parent < -1 || r.parent >= ts->ntopics)
			return NULL;
		ts->name[i] = img + r.name;
		ts->parent[i] = r.parent;
	}
	ts->term_topic = (const int32_t *) (img + h.off_term_topic);
	for (uint32_t i = 0; i < h.nterms; i++)
		if (ts->term_topic[i] < -1 || ts->term_topic[i] >= ts->ntopics)
			return NULL;
	return ts;
}

int32_t
gp_topicset_nterms(const gp_topicset *ts)
{
	return gp_cues_count(ts->terms);
}

/* ------------------------------------------------------------ scoring */

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
	tacc	  **acc;			/* per topic, allocated at its first hit */
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
	a->acc = gp_arena_alloc(doc_arena, sizeof(tacc *) * (size_t) (ts->ntopics + 1));
	memset(a->acc, 0, sizeof(tacc *) * (size_t) (ts->ntopics + 1));
	return a;
}

static void
credit(gp_topicacc *acc, int32_t topic, float w, const char *term)
{
	tacc	   *t = acc->acc[topic];
	bool		seen = false;

	if (t == NULL)
	{
		t = acc->acc[topic] = gp_arena_alloc(acc->arena, sizeof(tacc));
		memset(t, 0, sizeof(tacc));
	}
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
			int32_t		t = acc->ts->term_topic[id];

			for (int depth = 0; t >= 0 && depth < 8; depth++, t = acc->ts->parent[t])
				credit(acc, t, c->score, c->text);
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
		tacc	   *a = acc->acc[t];

		if (a == NULL || a->hits == 0 || a->weight < min_weight)
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
