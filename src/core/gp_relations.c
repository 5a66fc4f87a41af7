/*
 * gp_relations.c — the cue lexicon, cue matching, and the per-sentence driver
 * of the relation rules (see gp_relations.h; the rules: gp_rel_internal.h).
 */
#include "gp_relations.h"
#include "gp_rel_internal.h"
#include "gp_stem.h"
#include "gp_trie.h"

#include <string.h>

const char *const gp_cueeffect_name[GP_CUE_NEFFECTS] = {
	"event", "negation", "hypothetical", "intention", "speech", "light", "nonactor", "nonevent",
	"positive", "negative"
};

#define MAX_EVENT_TYPES 32

typedef struct evtype
{
	const char *event;
	uint8_t		quad;
	float		base;
} evtype;

/* ------------------------------------------------------------ cue trie */

#define CUE_NODE_EVENT		0x01	/* an event cue ends here */
#define CUE_NODE_MODIFIER	0x02	/* a negation/modality word ends here */

struct gp_cues
{
	gp_arena   *arena;
	gp_trie		trie;			/* cues as paths of word stems, "*" as gaps */
	gp_cue	   *cues;
	int32_t		ncues,
				capcues;
	evtype		events[MAX_EVENT_TYPES];	/* quad and base score of event types */
	int			nevents;
};

static inline int32_t
find_child(const gp_cues *c, int32_t parent, uint32_t h, const char *stem)
{
	return gp_trie_find(&c->trie, parent, h, stem, strlen(stem));
}

gp_cues *
gp_cues_create(gp_arena *arena)
{
	gp_cues    *c = gp_arena_alloc(arena, sizeof(gp_cues));

	memset(c, 0, sizeof(*c));
	c->arena = arena;
	c->capcues = 512;
	c->cues = gp_arena_alloc(arena, sizeof(gp_cue) * (size_t) c->capcues);
	gp_trie_init(&c->trie, arena);
	return c;
}

int
gp_cues_add(gp_cues *c, const char *const *stems, int n, const gp_cue *cue)
{
	int32_t		node = 0;
	gp_cue	   *nc;

	if (cue->effect == GP_CUE_EVENT_TYPE)
		return cue->event ? gp_cues_set_event(c, cue->event, cue->quad, cue->score) : 0;
	if (n <= 0 || strcmp(stems[0], "*") == 0)
		return 0;				/* a cue cannot start with a gap */
	for (int k = 0; k < n; k++)
		node = strcmp(stems[k], "*") == 0 ? gp_trie_gap(&c->trie, node)
			: gp_trie_insert(&c->trie, node, stems[k]);
	if (c->ncues == c->capcues)
	{
		c->cues = gp_arena_grow(c->arena, c->cues, sizeof(gp_cue) * (size_t) c->capcues,
								sizeof(gp_cue) * (size_t) c->capcues * 2);
		c->capcues *= 2;
	}
	nc = &c->cues[c->ncues];
	*nc = *cue;
	nc->event = cue->event ? gp_arena_strndup(c->arena, cue->event, strlen(cue->event)) : NULL;
	nc->text = cue->text ? gp_arena_strndup(c->arena, cue->text, strlen(cue->text)) : NULL;
	nc->mode = cue->mode ? gp_arena_strndup(c->arena, cue->mode, strlen(cue->mode)) : NULL;
	/* keep cues of a node in insertion order */
	nc->next = -1;
	if (c->trie.nodes[node].first < 0)
		c->trie.nodes[node].first = c->ncues;
	else
	{
		int32_t		k = c->trie.nodes[node].first;

		while (c->cues[k].next >= 0)
			k = c->cues[k].next;
		c->cues[k].next = c->ncues;
	}
	c->trie.nodes[node].flags |= cue->effect == GP_CUE_EVENT ? CUE_NODE_EVENT : CUE_NODE_MODIFIER;
	c->ncues++;
	return 0;
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

int
gp_cues_set_event(gp_cues *c, const char *event, uint8_t quad, float base_score)
{
	if (c->nevents == MAX_EVENT_TYPES)
		return -1;
	c->events[c->nevents].event = gp_arena_strndup(c->arena, event, strlen(event));
	c->events[c->nevents].quad = quad;
	c->events[c->nevents].base = base_score;
	c->nevents++;
	return 0;
}

bool
gp_rel_event_type(const gp_cues *c, const char *event, uint8_t *quad, float *base)
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
	const gp_trie_node *nd = &c->trie.nodes[f->node];

	*next = *f;
	next->move = 0;
	if (f->move == 0)
	{
		f->move = 1;
		if (f->j < w->n && (next->node = find_child(c, f->node, w->hash[f->j], w->stem[f->j])) >= 0)
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
		const gp_trie_node *nd = &c->trie.nodes[f->node];

		/* a state entered: record what ends here */
		if (nd->first >= 0 && nd->key[0] != '*')
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
	int32_t		node = find_child(c, 0, w->hash[k], w->stem[k]);

	no_hit(ev);
	no_hit(md);
	if (node >= 0)
		walk_from(c, cw, w, k, node, ev, md);
}

int32_t
gp_cues_longest(const gp_cues *c, gp_cuewalk *cw, const gp_stems *w, int32_t k, int32_t *last)
{
	int32_t		node = find_child(c, 0, w->hash[k], w->stem[k]);
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


/* ------------------------------------------------------------- driver */

gp_relctx *
gp_relctx_create(const gp_cues *cues, gp_arena *doc_arena)
{
	gp_relctx  *ctx = gp_arena_alloc(doc_arena, sizeof(gp_relctx));

	memset(ctx, 0, sizeof(*ctx));
	ctx->cues = cues;
	ctx->arena = doc_arena;
	ctx->prev_subject.g = -1;
	ctx->walk = gp_cuewalk_create(doc_arena);
	return ctx;
}

uint64_t
gp_relctx_work(const gp_relctx *ctx)
{
	return ctx->walk->states + ctx->work;
}

/* over-/under- before a cue word: "overdependence on", "underinvestment in" */
static const char *const degree_prefixes[] = {"over", "under", NULL};

/* the stem without its prefix when that starts a cue (so the cue's later words match on); false if none */
static bool
strip_degree_prefix(const gp_cues *c, gp_stems *w, int32_t k, gp_arena *arena)
{
	for (int i = 0; degree_prefixes[i]; i++)
	{
		size_t		pl = strlen(degree_prefixes[i]);
		const char *st = w->stem[k];
		size_t		len = strlen(st);
		const char *rest;

		if (len <= pl + 3 || strncmp(st, degree_prefixes[i], pl) != 0 ||
			find_child(c, 0, gp_hash(st + pl, len - pl), st + pl) < 0)
			continue;
		rest = gp_arena_strndup(arena, st + pl, len - pl);
		w->stem[k] = rest;
		w->hash[k] = gp_hash(rest, len - pl);
		return true;
	}
	return false;
}

int32_t
gp_relate_sentence(gp_relctx *ctx, const char *text, const gp_token *tok, int32_t ntok,
				   const gp_mention *men, int32_t nmen, gp_arena *arena, gp_relation **out)
{
	sent	   *s = gp_arena_alloc(arena, sizeof(sent));
	ematch	   *events;
	int			nev = 0;
	int32_t		maxev = ntok < GP_REL_MAX_CUES ? ntok : GP_REL_MAX_CUES;

	*out = NULL;
	/* the unit and group arrays are filled before they are read: no memset of them */
	memset(&s->w, 0, sizeof(s->w));
	s->nu = s->ng = s->nmods = 0;
	s->mods = NULL;
	s->question = false;
	s->text = text;
	s->tok = tok;
	s->ntok = ntok;
	s->men = men;
	s->nmen = nmen;
	s->work = &ctx->work;
	gp_rel_build_units(s, men, nmen);
	if (s->nu == 0 || ntok == 0)
		return 0;

	/* stems of the sentence's words */
	events = gp_arena_alloc(arena, sizeof(ematch) * (size_t) maxev);
	s->mods = gp_arena_alloc(arena, sizeof(mod) * (size_t) ntok);
	gp_stem_tokens(tok, ntok, arena, &s->w);
	/* the "opening" of the sentence: nothing but punctuation and fillers */
	for (s->opening_end = 0; s->opening_end < ntok; s->opening_end++)
		if (tok[s->opening_end].kind == GP_TOK_WORD && !gp_rel_norm_in(s, s->opening_end, gp_rel_fillers))
			break;
	/* cues and modifiers, longest first, left to right; the first GP_REL_MAX_CUES cues */
	for (int32_t k = 0, steps = 0; k < ntok && nev < maxev; steps++)
	{
		gp_cuehit	ev,
					md;
		bool		nonevent = false;

		if ((steps & 1023) == 1023)
			gp_interrupt();
		gp_cues_match(ctx->cues, ctx->walk, &s->w, k, &ev, &md);
		if (ev.cue < 0 && md.cue < 0 && (s->w.stem[k][0] == 'o' || s->w.stem[k][0] == 'u') &&
			strip_degree_prefix(ctx->cues, &s->w, k, arena))
			gp_cues_match(ctx->cues, ctx->walk, &s->w, k, &ev, &md);
		if (md.cue >= 0)
		{
			const gp_cue *c = &ctx->cues->cues[md.cue];

			while (c->effect == GP_CUE_EVENT && c->next >= 0)
				c = &ctx->cues->cues[c->next];
			s->mods[s->nmods].first = md.first;
			s->mods[s->nmods].last = md.last;
			s->mods[s->nmods].effect = c->effect;
			s->nmods++;
			nonevent = c->effect == GP_CUE_NONEVENT && md.last >= ev.last;
		}
		if (ev.cue >= 0)
		{
			const gp_cue *c = NULL;

			/* the first event cue of a phrase decides */
			for (int32_t ci = ev.cue; ci >= 0; ci = ctx->cues->cues[ci].next)
				if (ctx->cues->cues[ci].effect == GP_CUE_EVENT)
				{
					c = &ctx->cues->cues[ci];
					break;
				}
			/* "according to", "armed forces": a phrase that is no event hides the cues inside it */
			if (c != NULL && !nonevent)
			{
				events[nev].first = ev.first;
				events[nev].last = ev.last;
				events[nev].gap_first = ev.gap_first;
				events[nev].gap_last = ev.gap_last;
				events[nev].cue = c;
				events[nev].skip = false;
				nev++;
			}
			k = (nonevent ? md.last : ev.last) + 1;
		}
		else
			k++;
	}
	s->question = strcmp(tok[ntok - 1].norm, "?") == 0;
	gp_rel_drop_nonactors(s);
	gp_rel_build_groups(s);
	/* carry the subject over for pronouns in the next sentence */
	for (int gi = 0; gi < s->ng; gi++)
		if (!s->g[gi].place_only)
		{
			alist		a;

			gp_rel_group_actors(s, gi, &a);
			ctx->prev_subject = a;
			break;
		}
	if (s->ng == 0 || nev == 0)
		return 0;
	return gp_rel_link(ctx, s, events, nev, arena, out);
}
