/*
 * gp_snapshot.c — the dictionary's image, see gp_snapshot.h.
 *
 * Layout: a header, the key, the gazetteer's image (gp_gazetteer.c), the
 * cue rows, the topics, the topic terms, then their strings and stem lists;
 * every reference an offset from the start of the image.
 */
#include "gp_snapshot.h"

#include <string.h>

#define GP_SNAP_MAGIC 0x47504431u	/* "GPD1" */
#define GP_SNAP_MAX_STEMS 64

typedef struct snap_head
{
	uint32_t	magic;
	uint32_t	format;
	uint32_t	size;
	uint32_t	off_key,
				keylen;
	uint32_t	off_gaz,
				gaz_size;
	uint32_t	off_cues,
				ncues_rows;
	uint32_t	off_topics,
				ntopics;
	uint32_t	off_terms,
				nterms;
	int32_t		names,
				ncues;
} snap_head;

/* a cue or a topic term (topic in event, term in text, weight in score) */
typedef struct snap_lex
{
	uint32_t	stems;			/* offset of nstems uint32_t string offsets */
	uint32_t	nstems;
	uint32_t	text,
				event,
				mode;			/* string offsets, 0 = NULL */
	float		score;
	uint8_t		quad,
				pos,
				effect,
				symmetric;
} snap_lex;

typedef struct snap_topic
{
	uint32_t	name,
				parent;
} snap_topic;

/* the builder's rows (strings copied into its arena) */
typedef struct lexrow
{
	const char **stems;
	int			n;
	gp_cue		c;
} lexrow;

typedef struct rows
{
	void	   *v;
	int32_t		n,
				cap;
} rows;

struct gp_snapb
{
	gp_arena   *arena;
	gp_gazb    *gaz;
	rows		cues;			/* lexrow */
	rows		topics;			/* snap_topic-like pairs of strings */
	rows		terms;			/* lexrow */
};

typedef struct topicrow
{
	const char *name,
			   *parent;
} topicrow;

static void *
rows_push(gp_arena *a, rows *r, size_t elem)
{
	if (r->n == r->cap)
	{
		int32_t		nc = r->cap ? r->cap * 2 : 256;

		r->v = gp_arena_grow(a, r->v, elem * (size_t) r->cap, elem * (size_t) nc);
		r->cap = nc;
	}
	return (char *) r->v + elem * (size_t) r->n++;
}

static const char *
dup(gp_arena *a, const char *s)
{
	return s ? gp_arena_strndup(a, s, strlen(s)) : NULL;
}

gp_snapb *
gp_snapb_create(gp_arena *arena)
{
	gp_snapb   *b = gp_arena_alloc(arena, sizeof(gp_snapb));

	memset(b, 0, sizeof(*b));
	b->arena = arena;
	b->gaz = gp_gazb_create(arena);
	return b;
}

gp_gazb *
gp_snapb_gaz(gp_snapb *b)
{
	return b->gaz;
}

static void
add_lex(gp_snapb *b, rows *r, const char *const *stems, int n, const gp_cue *c)
{
	lexrow	   *x;

	if (n <= 0 || n > GP_SNAP_MAX_STEMS)
		return;
	x = rows_push(b->arena, r, sizeof(lexrow));
	x->stems = gp_arena_alloc(b->arena, sizeof(char *) * (size_t) n);
	for (int k = 0; k < n; k++)
		x->stems[k] = dup(b->arena, stems[k]);
	x->n = n;
	x->c = *c;
	x->c.text = dup(b->arena, c->text);
	x->c.event = dup(b->arena, c->event);
	x->c.mode = dup(b->arena, c->mode);
}

void
gp_snapb_add_cue(gp_snapb *b, const char *const *stems, int n, const gp_cue *cue)
{
	add_lex(b, &b->cues, stems, n, cue);
}

void
gp_snapb_add_topic(gp_snapb *b, const char *name, const char *parent)
{
	topicrow   *t = rows_push(b->arena, &b->topics, sizeof(topicrow));

	t->name = dup(b->arena, name);
	t->parent = dup(b->arena, parent);
}

void
gp_snapb_add_term(gp_snapb *b, const char *const *stems, int n, const char *term,
				  const char *topic, float weight)
{
	gp_cue		c;

	memset(&c, 0, sizeof(c));
	c.text = term;
	c.event = topic;
	c.score = weight;
	add_lex(b, &b->terms, stems, n, &c);
}

/* ------------------------------------------------------------ writing */

typedef struct wbuf
{
	gp_arena   *a;
	char	   *p;
	size_t		len,
				cap;
} wbuf;

/* append n bytes (zeros when src is NULL) at an offset aligned to align; returns the offset */
static uint32_t
w_bytes(wbuf *w, const void *src, size_t n, size_t align)
{
	size_t		off = (w->len + align - 1) & ~(align - 1);

	if (off + n > w->cap)
	{
		size_t		nc = w->cap ? w->cap : 65536;

		while (nc < off + n)
			nc *= 2;
		w->p = gp_arena_grow(w->a, w->p, w->len, nc);
		w->cap = nc;
	}
	memset(w->p + w->len, 0, off - w->len);
	if (src)
		memcpy(w->p + off, src, n);
	else
		memset(w->p + off, 0, n);
	w->len = off + n;
	return (uint32_t) off;
}

static uint32_t
w_str(wbuf *w, const char *s)
{
	return s ? w_bytes(w, s, strlen(s) + 1, 1) : 0;
}

/* the rows' fixed parts first (an array), then their strings and stem lists */
static uint32_t
w_lex(wbuf *w, const rows *r)
{
	uint32_t	off = w_bytes(w, NULL, sizeof(snap_lex) * (size_t) r->n, 8);

	for (int32_t i = 0; i < r->n; i++)
	{
		const lexrow *x = (const lexrow *) r->v + i;
		snap_lex	l;
		uint32_t	st[GP_SNAP_MAX_STEMS];

		for (int k = 0; k < x->n; k++)
			st[k] = w_str(w, x->stems[k]);
		memset(&l, 0, sizeof(l));
		l.stems = w_bytes(w, st, sizeof(uint32_t) * (size_t) x->n, 4);
		l.nstems = (uint32_t) x->n;
		l.text = w_str(w, x->c.text);
		l.event = w_str(w, x->c.event);
		l.mode = w_str(w, x->c.mode);
		l.score = x->c.score;
		l.quad = x->c.quad;
		l.pos = x->c.pos;
		l.effect = x->c.effect;
		l.symmetric = x->c.symmetric;
		memcpy(w->p + off + sizeof(snap_lex) * (size_t) i, &l, sizeof(l));
	}
	return off;
}

void *
gp_snapb_image(gp_snapb *b, const void *key, size_t keylen, int32_t names, int32_t ncues,
			   gp_arena *arena, size_t *size)
{
	wbuf		w = {arena, NULL, 0, 0};
	snap_head	h;
	size_t		gaz_size;
	void	   *gaz = gp_gazb_image(b->gaz, arena, &gaz_size);

	memset(&h, 0, sizeof(h));
	(void) w_bytes(&w, NULL, sizeof(h), 8);
	h.magic = GP_SNAP_MAGIC;
	h.format = GP_SNAPSHOT_FORMAT;
	h.off_key = w_bytes(&w, key, keylen, 1);
	h.keylen = (uint32_t) keylen;
	h.off_gaz = w_bytes(&w, gaz, gaz_size, 8);
	h.gaz_size = (uint32_t) gaz_size;
	h.off_cues = w_lex(&w, &b->cues);
	h.ncues_rows = (uint32_t) b->cues.n;
	h.off_topics = w_bytes(&w, NULL, sizeof(snap_topic) * (size_t) b->topics.n, 8);
	h.ntopics = (uint32_t) b->topics.n;
	for (int32_t i = 0; i < b->topics.n; i++)
	{
		const topicrow *t = (const topicrow *) b->topics.v + i;
		snap_topic	x;

		x.name = w_str(&w, t->name);
		x.parent = w_str(&w, t->parent);
		memcpy(w.p + h.off_topics + sizeof(snap_topic) * (size_t) i, &x, sizeof(x));
	}
	h.off_terms = w_lex(&w, &b->terms);
	h.nterms = (uint32_t) b->terms.n;
	h.names = names;
	h.ncues = ncues;
	(void) w_bytes(&w, NULL, 0, 8);
	h.size = (uint32_t) w.len;
	memcpy(w.p, &h, sizeof(h));
	*size = w.len;
	return w.p;
}

/* ------------------------------------------------------------ reading */

static bool
head_ok(const void *image, size_t size, snap_head *h)
{
	if (size < sizeof(*h) || ((uintptr_t) image & 7) != 0)
		return false;
	memcpy(h, image, sizeof(*h));
	return h->magic == GP_SNAP_MAGIC && h->format == GP_SNAPSHOT_FORMAT && h->size <= size &&
		(uint64_t) h->off_key + h->keylen <= h->size &&
		(uint64_t) h->off_gaz + h->gaz_size <= h->size &&
		(uint64_t) h->off_cues + sizeof(snap_lex) * (uint64_t) h->ncues_rows <= h->size &&
		(uint64_t) h->off_topics + sizeof(snap_topic) * (uint64_t) h->ntopics <= h->size &&
		(uint64_t) h->off_terms + sizeof(snap_lex) * (uint64_t) h->nterms <= h->size &&
		h->off_cues % 8 == 0 && h->off_topics % 8 == 0 && h->off_terms % 8 == 0;
}

const void *
gp_snapshot_key(const void *image, size_t size, size_t *keylen)
{
	snap_head	h;

	if (!head_ok(image, size, &h))
		return NULL;
	*keylen = h.keylen;
	return (const char *) image + h.off_key;
}

/* a string of the image (NULL for 0), checked to end inside it */
static bool
r_str(const char *img, uint32_t size, uint32_t off, const char **out)
{
	if (off == 0)
	{
		*out = NULL;
		return true;
	}
	if (off >= size || memchr(img + off, '\0', size - off) == NULL)
		return false;
	*out = img + off;
	return true;
}

/* a lexicon row: its stems into stems[], its fields into c */
static bool
r_lex(const char *img, uint32_t size, const snap_lex *l, const char **stems, gp_cue *c)
{
	if (l->nstems == 0 || l->nstems > GP_SNAP_MAX_STEMS || l->stems % 4 != 0 ||
		(uint64_t) l->stems + sizeof(uint32_t) * (uint64_t) l->nstems > size)
		return false;
	for (uint32_t k = 0; k < l->nstems; k++)
		if (!r_str(img, size, ((const uint32_t *) (img + l->stems))[k], &stems[k]) || stems[k] == NULL)
			return false;
	memset(c, 0, sizeof(*c));
	c->score = l->score;
	c->quad = l->quad;
	c->pos = l->pos;
	c->effect = l->effect;
	c->symmetric = l->symmetric;
	return r_str(img, size, l->text, &c->text) && r_str(img, size, l->event, &c->event) &&
		r_str(img, size, l->mode, &c->mode);
}

gp_snapshot_rc
gp_snapshot_attach(const void *image, size_t size, gp_arena *arena, gp_snapshot *out)
{
	snap_head	h;

	memset(out, 0, sizeof(*out));
	if (!head_ok(image, size, &h))
		return GP_SNAPSHOT_BAD_IMAGE;
	out->gaz = gp_gaz_attach((const char *) image + h.off_gaz, h.gaz_size, arena);
	if (out->gaz == NULL)
		return GP_SNAPSHOT_BAD_IMAGE;
	out->names = h.names;
	out->ncues = h.ncues;
	out->size = h.size;
	return GP_SNAPSHOT_OK;
}

gp_snapshot_rc
gp_snapshot_lexicons(const void *image, size_t size, gp_arena *arena, gp_cues **cues, gp_topicset **topics)
{
	const char *img = image;
	snap_head	h;
	const char *stems[GP_SNAP_MAX_STEMS];
	gp_cue		c;
	gp_cues    *cs;
	gp_topicset *ts;

	if (!head_ok(image, size, &h))
		return GP_SNAPSHOT_BAD_IMAGE;
	cs = gp_cues_create(arena);
	ts = gp_topicset_create(arena);
	for (uint32_t i = 0; i < h.ncues_rows; i++)
	{
		const snap_lex *l = (const snap_lex *) (img + h.off_cues) + i;

		if (!r_lex(img, h.size, l, stems, &c))
			return GP_SNAPSHOT_BAD_IMAGE;
		if (gp_cues_add(cs, stems, (int) l->nstems, &c) < 0)
			return GP_SNAPSHOT_TOO_MANY_EVENTS;
	}
	for (uint32_t i = 0; i < h.ntopics; i++)
	{
		const snap_topic *t = (const snap_topic *) (img + h.off_topics) + i;
		const char *name,
				   *parent;

		if (!r_str(img, h.size, t->name, &name) || name == NULL || !r_str(img, h.size, t->parent, &parent))
			return GP_SNAPSHOT_BAD_IMAGE;
		if (gp_topicset_add_topic(ts, name, parent) < 0)
			return GP_SNAPSHOT_TOO_MANY_TOPICS;
	}
	gp_topicset_finish(ts);
	for (uint32_t i = 0; i < h.nterms; i++)
	{
		const snap_lex *l = (const snap_lex *) (img + h.off_terms) + i;

		if (!r_lex(img, h.size, l, stems, &c) || c.event == NULL || c.text == NULL)
			return GP_SNAPSHOT_BAD_IMAGE;
		gp_topicset_add_term(ts, stems, (int) l->nstems, c.text, c.event, c.score);
	}
	*cues = cs;
	*topics = ts;
	return GP_SNAPSHOT_OK;
}
