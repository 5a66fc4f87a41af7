/*
 * gp_cues.c — the phrase lexicon (cues, modifiers, topic terms) and its
 * matcher, see gp_cues.h.
 *
 * The image: a header, the trie's image (gp_trie.h: interned stems, edges
 * hashed by (parent, stem id), each node's first entry, gap child and
 * flags), the entries with their strings as offsets, the strings (each
 * distinct one once).  Attaching checks every offset and id the matcher and
 * its callers follow, so that a damaged image is refused, never followed.
 */
#include "gp_cues.h"
#include "gp_trie.h"

#include <string.h>

#define CUE_NODE_EVENT		0x01	/* an event phrase ends here */
#define CUE_NODE_MODIFIER	0x02	/* a modifier phrase ends here */

const char *const gp_cueeffect_name[GP_CUE_NEFFECTS] = {
	"event", "negation", "hypothetical", "intention", "speech", "light", "nonactor", "nonevent",
	"positive", "negative"
};

typedef struct evtype
{
	const char *event;
	uint8_t		quad;
	float		base;
} evtype;

/* ------------------------------------------------------------ building */

struct gp_cuesb
{
	gp_arena   *arena;
	gp_trie		trie;			/* phrases as paths of stems, "*" as gaps */
	gp_cue	   *cues;			/* strings copied */
	int32_t		ncues,
				capcues;
	evtype		events[GP_CUE_MAX_EVENT_TYPES];	/* quad and base score of event types */
	int			nevents;
};

static const char *
dup_or_null(gp_arena *a, const char *s)
{
	return s ? gp_arena_strndup(a, s, strlen(s)) : NULL;
}

gp_cuesb *
gp_cuesb_create(gp_arena *arena)
{
	gp_cuesb   *b = gp_arena_alloc(arena, sizeof(gp_cuesb));

	memset(b, 0, sizeof(*b));
	b->arena = arena;
	b->capcues = 512;
	b->cues = gp_arena_alloc(arena, sizeof(gp_cue) * (size_t) b->capcues);
	gp_trie_init(&b->trie, arena);
	return b;
}

int
gp_cuesb_add(gp_cuesb *b, const char *const *stems, int n, const gp_cue *cue)
{
	int32_t		node = 0;
	bool		gap = false;
	gp_cue	   *nc;

	if (cue->effect == GP_CUE_EVENT_TYPE)
	{
		if (cue->event == NULL)
			return 0;
		if (b->nevents == GP_CUE_MAX_EVENT_TYPES)
			return -1;
		b->events[b->nevents].event = dup_or_null(b->arena, cue->event);
		b->events[b->nevents].quad = cue->quad;
		b->events[b->nevents].base = cue->score;
		b->nevents++;
		return 0;
	}
	if (n <= 0 || strcmp(stems[0], "*") == 0)
		return 0;				/* a phrase cannot start with a gap */
	for (int k = 0; k < n; k++)
	{
		gap = strcmp(stems[k], "*") == 0;
		node = gap ? gp_trie_gap(&b->trie, node) : gp_trie_insert(&b->trie, node, stems[k]);
	}
	if (b->ncues == b->capcues)
	{
		b->cues = gp_arena_grow(b->arena, b->cues, sizeof(gp_cue) * (size_t) b->capcues,
								sizeof(gp_cue) * (size_t) b->capcues * 2);
		b->capcues *= 2;
	}
	nc = &b->cues[b->ncues];
	*nc = *cue;
	nc->event = dup_or_null(b->arena, cue->event);
	nc->text = dup_or_null(b->arena, cue->text);
	nc->mode = dup_or_null(b->arena, cue->mode);
	/* the entries of a node in the order they were added */
	nc->next = -1;
	if (b->trie.nodes[node].first < 0)
		b->trie.nodes[node].first = b->ncues;
	else
	{
		int32_t		k = b->trie.nodes[node].first;

		while (b->cues[k].next >= 0)
			k = b->cues[k].next;
		b->cues[k].next = b->ncues;
	}
	/* a phrase that ends in a gap is kept (its id counts) but never matches */
	if (!gap)
		b->trie.nodes[node].flags |= cue->effect == GP_CUE_EVENT ? CUE_NODE_EVENT : CUE_NODE_MODIFIER;
	b->ncues++;
	return 0;
}

int32_t
gp_cuesb_count(const gp_cuesb *b)
{
	return b->ncues;
}

/* ------------------------------------------------------------ the image */

#define GP_CUES_MAGIC 0x47504331u	/* "GPC1" */

typedef struct cues_head
{
	uint32_t	magic;
	uint32_t	size;
	uint32_t	ncues;
	uint32_t	off_trie,
				trie_size;
	uint32_t	off_cues;
	uint32_t	off_events,		/* event_rec[nevents] */
				nevents;
	uint32_t	off_strs,
				strs_size;
} cues_head;

typedef struct event_rec
{
	uint32_t	event;			/* string offset */
	float		base;
	uint8_t		quad;
} event_rec;

typedef struct cue_rec
{
	uint32_t	text,
				event,
				mode;			/* string offsets in the image, 0 = NULL */
	float		score;
	int32_t		next;			/* next entry of the same node (a later one), -1 */
	uint8_t		quad,
				pos,
				effect,
				symmetric;
} cue_rec;

static size_t
align8(size_t n)
{
	return (n + 7) & ~(size_t) 7;
}

/* each distinct string once: a table of the strings written so far */
typedef struct strtab
{
	const char **key;
	uint32_t   *off;			/* offset in the image */
	uint32_t	mask;
	char	   *img;
	size_t		pos;			/* where the next string goes */
} strtab;

static uint32_t
put_str(strtab *st, const char *s)
{
	size_t		len;
	uint32_t	i;

	if (s == NULL)
		return 0;
	len = strlen(s);
	for (i = gp_hash(s, len) & st->mask; st->key[i] != NULL; i = (i + 1) & st->mask)
		if (strcmp(st->key[i], s) == 0)
			return st->off[i];
	st->key[i] = s;
	st->off[i] = (uint32_t) st->pos;
	memcpy(st->img + st->pos, s, len + 1);
	st->pos += len + 1;
	return st->off[i];
}

void *
gp_cuesb_image(const gp_cuesb *b, gp_arena *arena, size_t *size)
{
	size_t		trie_size;
	void	   *trie = gp_trie_image(&b->trie, arena, &trie_size);
	size_t		strs = 1;
	uint32_t	cap = 16;
	cues_head	h;
	char	   *img;
	strtab		st;

	for (int32_t i = 0; i < b->ncues; i++)
	{
		const gp_cue *c = &b->cues[i];

		strs += (c->text ? strlen(c->text) + 1 : 0) + (c->event ? strlen(c->event) + 1 : 0) +
			(c->mode ? strlen(c->mode) + 1 : 0);
	}
	for (int i = 0; i < b->nevents; i++)
		strs += strlen(b->events[i].event) + 1;
	while (cap < (uint32_t) (b->ncues + b->nevents) * 6 + 16)
		cap *= 2;
	memset(&h, 0, sizeof(h));
	h.magic = GP_CUES_MAGIC;
	h.ncues = (uint32_t) b->ncues;
	h.off_trie = (uint32_t) align8(sizeof(h));
	h.trie_size = (uint32_t) trie_size;
	h.off_cues = (uint32_t) align8(h.off_trie + trie_size);
	h.off_events = (uint32_t) align8(h.off_cues + sizeof(cue_rec) * (size_t) b->ncues);
	h.nevents = (uint32_t) b->nevents;
	h.off_strs = (uint32_t) align8(h.off_events + sizeof(event_rec) * (size_t) b->nevents);
	img = gp_arena_alloc(arena, align8(h.off_strs + strs));
	memset(img, 0, align8(h.off_strs + strs));
	memcpy(img + h.off_trie, trie, trie_size);
	st.key = gp_arena_alloc(arena, sizeof(char *) * cap);
	st.off = gp_arena_alloc(arena, sizeof(uint32_t) * cap);
	memset(st.key, 0, sizeof(char *) * cap);
	st.mask = cap - 1;
	st.img = img;
	st.pos = h.off_strs + 1;	/* offset 0 is NULL */
	for (int32_t i = 0; i < b->ncues; i++)
	{
		const gp_cue *c = &b->cues[i];
		cue_rec		r;

		memset(&r, 0, sizeof(r));
		r.text = put_str(&st, c->text);
		r.event = put_str(&st, c->event);
		r.mode = put_str(&st, c->mode);
		r.score = c->score;
		r.next = c->next;
		r.quad = c->quad;
		r.pos = c->pos;
		r.effect = c->effect;
		r.symmetric = c->symmetric;
		memcpy(img + h.off_cues + sizeof(cue_rec) * (size_t) i, &r, sizeof(r));
	}
	for (int i = 0; i < b->nevents; i++)
	{
		event_rec	r;

		memset(&r, 0, sizeof(r));
		r.event = put_str(&st, b->events[i].event);
		r.base = b->events[i].base;
		r.quad = b->events[i].quad;
		memcpy(img + h.off_events + sizeof(event_rec) * (size_t) i, &r, sizeof(r));
	}
	h.strs_size = (uint32_t) (st.pos - h.off_strs);
	h.size = (uint32_t) align8(st.pos);
	memcpy(img, &h, sizeof(h));
	*size = h.size;
	return img;
}

/* ------------------------------------------------------------ the view */

struct gp_cues
{
	gp_itrie	trie;			/* in the image */
	gp_cue	   *cues;			/* the entries, strings in the image */
	int32_t		ncues;
	evtype		events[GP_CUE_MAX_EVENT_TYPES];
	int			nevents;
};

/* a string of the image's string section, NUL-terminated within it; 0 is NULL */
static bool
get_str(const char *img, const cues_head *h, uint32_t off, const char **out)
{
	if (off == 0)
	{
		*out = NULL;
		return true;
	}
	if (off < h->off_strs || off >= h->off_strs + h->strs_size ||
		memchr(img + off, '\0', h->off_strs + h->strs_size - off) == NULL)
		return false;
	*out = img + off;
	return true;
}

gp_cues *
gp_cues_attach(const void *image, size_t size, gp_arena *arena)
{
	const char *img = image;
	cues_head	h;
	gp_cues    *c;

	if (size < sizeof(h) || ((uintptr_t) image & 7) != 0)
		return NULL;
	memcpy(&h, image, sizeof(h));
	if (h.magic != GP_CUES_MAGIC || h.size > size || h.ncues > (1u << 30) || h.off_trie < sizeof(h) ||
		h.off_trie % 8 != 0 || h.off_cues % 8 != 0 || h.nevents > GP_CUE_MAX_EVENT_TYPES ||
		(uint64_t) h.off_trie + h.trie_size > h.off_cues ||
		(uint64_t) h.off_cues + sizeof(cue_rec) * (uint64_t) h.ncues > h.off_events ||
		(uint64_t) h.off_events + sizeof(event_rec) * (uint64_t) h.nevents > h.off_strs ||
		(uint64_t) h.off_strs + h.strs_size > h.size)
		return NULL;
	c = gp_arena_alloc(arena, sizeof(gp_cues));
	if (!gp_itrie_attach(&c->trie, img + h.off_trie, h.trie_size))
		return NULL;
	c->ncues = (int32_t) h.ncues;
	/* what the matcher follows without checking: each node's entry and gap child */
	for (int32_t id = 0; id < c->trie.nnodes; id++)
	{
		const gp_inode *nd = &c->trie.nodes[id];

		if (nd->first < -1 || nd->first >= c->ncues || nd->gap < -1 || nd->gap >= c->trie.nnodes ||
			(nd->flags != 0 && nd->first < 0))
			return NULL;
	}
	c->cues = gp_arena_alloc(arena, sizeof(gp_cue) * (size_t) (c->ncues + 1));
	for (int32_t i = 0; i < c->ncues; i++)
	{
		cue_rec		r;
		gp_cue	   *q = &c->cues[i];

		memcpy(&r, img + h.off_cues + sizeof(cue_rec) * (size_t) i, sizeof(r));
		/* a node's entries: later ones only, so that a list ends */
		if ((r.next != -1 && (r.next <= i || r.next >= c->ncues)) ||
			r.pos > GP_POS_PREP || r.effect >= GP_CUE_NEFFECTS ||
			!get_str(img, &h, r.text, &q->text) || !get_str(img, &h, r.event, &q->event) ||
			!get_str(img, &h, r.mode, &q->mode))
			return NULL;
		q->score = r.score;
		q->quad = r.quad;
		q->pos = r.pos;
		q->effect = r.effect;
		q->symmetric = r.symmetric != 0;
		q->next = r.next;
	}
	c->nevents = (int) h.nevents;
	for (int i = 0; i < c->nevents; i++)
	{
		event_rec	r;

		memcpy(&r, img + h.off_events + sizeof(event_rec) * (size_t) i, sizeof(r));
		if (!get_str(img, &h, r.event, &c->events[i].event) || c->events[i].event == NULL)
			return NULL;
		c->events[i].quad = r.quad;
		c->events[i].base = r.base;
	}
	return c;
}

gp_cues *
gp_cuesb_build(const gp_cuesb *b, gp_arena *arena)
{
	size_t		size;
	void	   *img = gp_cuesb_image(b, arena, &size);

	return gp_cues_attach(img, size, arena);
}

int32_t
gp_cues_count(const gp_cues *c)
{
	return c->ncues;
}

const gp_cue *
gp_cues_get(const gp_cues *c, int32_t id)
{
	return &c->cues[id];
}

bool
gp_cues_event_type(const gp_cues *c, const char *event, uint8_t *quad, float *base)
{
	for (int i = 0; i < c->nevents; i++)
		if (strcmp(c->events[i].event, event) == 0)
		{
			*quad = c->events[i].quad;
			*base = c->events[i].base;
			return true;
		}
	return false;
}

bool
gp_cues_starts(const gp_cues *c, const char *stem, size_t len)
{
	return gp_itrie_child(&c->trie, 0, gp_itrie_key(&c->trie, stem, len, gp_hash(stem, len))) >= 0;
}

/* the child of node for word j's stem (-1: none): the stem looked up in the vocabulary, then the edge */
static inline int32_t
word_child(const gp_cues *c, int32_t node, const gp_stems *w, int32_t j)
{
	return gp_itrie_child(&c->trie, node, gp_itrie_key(&c->trie, w->stem[j], w->len[j], w->hash[j]));
}

/* ------------------------------------------------------------- matching */

/*
 * The matcher is a depth-first search from the start word over states
 * (trie node, next token): from a state, the node's literal child for the
 * next token's stem, then its gap child after 0 .. GP_CUE_GAP_TOKENS
 * tokens.  A match is recorded when a state's node ends cues.  The value of
 * a match depends on its state only (its node fixes the literal words, its
 * token the span), so a state reached a second time (two gaps sharing out
 * the same tokens differently) has nothing better below it than the first
 * visit, which came earlier in the search and wins ties: it is not
 * expanded again.  That makes the search dynamic programming over the
 * states, at most GP_CUE_MAX_ELEMENTS * (GP_CUE_GAP_TOKENS * gaps + 1) of
 * them per reachable cue, each with one literal and GP_CUE_GAP_TOKENS + 1
 * gap moves, and never more than GP_CUE_MAX_STATES per start word.
 *
 * Only paths through two gaps or more can reach a state twice (with at
 * most one gap, node and token fix the gap's length), so the table of
 * visited states is kept for those alone: the shipped lexicon never
 * touches it.
 */

#define WALK_SLOTS		(2 * GP_CUE_MAX_STATES)	/* visited states: load <= 1/2 */
#define WALK_CHECK_EVERY 4096	/* states between two interrupt checks */

typedef struct walk_slot
{
	uint32_t	stamp;			/* the search that set it; 0 = never */
	int32_t		node;
	int32_t		off;			/* token - start */
} walk_slot;

struct gp_cuewalk
{
	gp_arena   *arena;
	walk_slot  *slots;			/* WALK_SLOTS, allocated on first use */
	uint32_t	stamp;			/* this search's stamp */
	uint64_t	states;			/* states visited, over all searches */
};

/* one element of the search path: a state and the next move to try */
typedef struct wframe
{
	int32_t		node;
	int32_t		j;				/* next token */
	int32_t		gap_first,
				gap_last;		/* tokens the gaps took so far, -1 */
	int32_t		gap;			/* gap tokens so far */
	int32_t		words;			/* literal words so far */
	int			ngaps;			/* gap elements so far */
	int			move;			/* 0 = literal child, 1 + t = gap of t tokens */
} wframe;

gp_cuewalk *
gp_cuewalk_create(gp_arena *arena)
{
	gp_cuewalk *cw = gp_arena_alloc(arena, sizeof(gp_cuewalk));

	memset(cw, 0, sizeof(*cw));
	cw->arena = arena;
	return cw;
}

uint64_t
gp_cuewalk_states(const gp_cuewalk *cw)
{
	return cw->states;
}

/* First visit of (node, off) in this search? */
static bool
first_visit(gp_cuewalk *cw, int32_t node, int32_t off)
{
	uint32_t	i;

	if (cw->slots == NULL)
	{
		cw->slots = gp_arena_alloc(cw->arena, sizeof(walk_slot) * WALK_SLOTS);
		memset(cw->slots, 0, sizeof(walk_slot) * WALK_SLOTS);
	}
	i = ((uint32_t) node * 0x9E3779B1u ^ (uint32_t) off * 0x85EBCA6Bu) & (WALK_SLOTS - 1);
	for (;; i = (i + 1) & (WALK_SLOTS - 1))
	{
		walk_slot  *sl = &cw->slots[i];

		if (sl->stamp != cw->stamp)
		{
			sl->stamp = cw->stamp;
			sl->node = node;
			sl->off = off;
			return true;
		}
		if (sl->node == node && sl->off == off)
			return false;
	}
}

static inline bool
clause_end(const gp_stems *w, int32_t j)
{
	return (w->stem[j][0] == '.' || w->stem[j][0] == ';') && w->stem[j][1] == '\0';
}

/* better: more literal words, then fewer gap tokens, then a longer span */
static bool
better_match(const gp_cuehit *cur, int32_t cur_words, int32_t words, int32_t gap, int32_t last)
{
	int32_t		cur_gap = (cur->last - cur->first + 1) - cur_words;

	if (cur->last < 0)
		return true;
	if (words != cur_words)
		return words > cur_words;
	if (gap != cur_gap)
		return gap < cur_gap;
	return last > cur->last;
}

/*
 * The next move from state f into *next; false when f has none left.
 * Moves in search order: the literal child for the next token, then the
 * gap child after 0, 1 .. GP_CUE_GAP_TOKENS tokens.
 */
static bool
next_move(const gp_cues *c, const gp_stems *w, wframe *f, wframe *next)
{
	const gp_inode *nd = &c->trie.nodes[f->node];

	*next = *f;
	next->move = 0;
	if (f->move == 0)
	{
		f->move = 1;
		if (f->j < w->n && (next->node = word_child(c, f->node, w, f->j)) >= 0)
		{
			next->j = f->j + 1;
			next->words++;
			return true;
		}
	}
	{
		int32_t		t = f->move - 1;

		/* a gap does not run over the end of a clause, nor over the text's */
		if (nd->gap < 0 || t > GP_CUE_GAP_TOKENS || f->j + t >= w->n ||
			(t > 0 && clause_end(w, f->j + t - 1)))
			return false;
		f->move++;
		next->node = nd->gap;
		next->j = f->j + t;
		next->gap += t;
		next->ngaps++;
		if (t > 0)
		{
			if (next->gap_first < 0)
				next->gap_first = f->j;
			next->gap_last = f->j + t - 1;
		}
		return true;
	}
}

/*
 * The search from word k, whose stem is node's key; ev and md start empty.
 * Kept apart from the callers, which look the first word up themselves: most
 * words start no cue, and need not pay for this function's frame.
 */
static void
walk_from(const gp_cues *c, gp_cuewalk *cw, const gp_stems *w, int32_t k, int32_t node,
		  gp_cuehit *ev, gp_cuehit *md)
{
	wframe		path[GP_CUE_MAX_ELEMENTS + 1];	/* + the next move's scratch */
	int			depth = 0;
	int32_t		ev_words = 0;
	int32_t		nstates = 0;

	if (++cw->stamp == 0)
	{
		/* stamps wrapped around: forget every old one */
		if (cw->slots != NULL)
			memset(cw->slots, 0, sizeof(walk_slot) * WALK_SLOTS);
		cw->stamp = 1;
	}
	path[0] = (wframe) {node, k + 1, -1, -1, 0, 1, 0, 0};
	for (;;)
	{
		wframe	   *f = &path[depth];
		const gp_inode *nd = &c->trie.nodes[f->node];

		/* a state entered: record what ends here (never a gap: see gp_cuesb_add) */
		if (nd->flags != 0)
		{
			if ((nd->flags & CUE_NODE_EVENT) && better_match(ev, ev_words, f->words, f->gap, f->j - 1))
			{
				*ev = (gp_cuehit) {nd->first, k, f->j - 1, f->gap_first, f->gap_last};
				ev_words = f->words;
			}
			if ((nd->flags & CUE_NODE_MODIFIER) && f->j - 1 > md->last)
				*md = (gp_cuehit) {nd->first, k, f->j - 1, -1, -1};
		}
		if (++cw->states % WALK_CHECK_EVERY == 0)
			gp_interrupt();
		if (++nstates >= GP_CUE_MAX_STATES)
			break;				/* enough: the best so far */
		if (depth + 1 >= GP_CUE_MAX_ELEMENTS)
			f->move = GP_CUE_GAP_TOKENS + 2;	/* no deeper */
		/* the next state to enter: depth first, in search order */
		for (;;)
		{
			wframe	   *next = &path[depth + 1];

			if (!next_move(c, w, &path[depth], next))
			{
				if (depth-- == 0)
					return;
				continue;
			}
			if (next->ngaps >= 2 && !first_visit(cw, next->node, next->j - k))
				continue;		/* reached before, by a path that came first */
			depth++;
			break;
		}
	}
}

static inline void
no_hit(gp_cuehit *h)
{
	h->cue = h->first = h->last = h->gap_first = h->gap_last = -1;
}

void
gp_cues_match(const gp_cues *c, gp_cuewalk *cw, const gp_stems *w, int32_t k,
			  gp_cuehit *ev, gp_cuehit *md)
{
	int32_t		node = word_child(c, 0, w, k);

	no_hit(ev);
	no_hit(md);
	if (node >= 0)
		walk_from(c, cw, w, k, node, ev, md);
}

int32_t
gp_cues_longest(const gp_cues *c, gp_cuewalk *cw, const gp_stems *w, int32_t k, int32_t *last)
{
	int32_t		node = word_child(c, 0, w, k);
	gp_cuehit	ev,
				md;

	if (node < 0)
		return -1;
	no_hit(&ev);
	no_hit(&md);
	walk_from(c, cw, w, k, node, &ev, &md);
	if (ev.cue < 0)
		return -1;
	*last = ev.last;
	return ev.cue;
}
