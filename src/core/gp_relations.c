/*
 * gp_relations.c — cue matching and relation patterns, see gp_relations.h.
 */
#include "gp_relations.h"
#include "gp_stem.h"
#include "gp_trie.h"

#include <string.h>

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

	if (c == NULL)
		return NULL;
	memset(c, 0, sizeof(*c));
	c->arena = arena;
	c->capcues = 512;
	c->cues = gp_arena_alloc(arena, sizeof(gp_cue) * (size_t) c->capcues);
	if (c->cues == NULL || gp_trie_init(&c->trie, arena) < 0)
		return NULL;
	return c;
}

int
gp_cues_add(gp_cues *c, const char *const *stems, int n, const gp_cue *cue)
{
	int32_t		node = 0;
	gp_cue	   *nc;

	if (n <= 0 || strcmp(stems[0], "*") == 0)
		return 0;				/* a cue cannot start with a gap */
	for (int k = 0; k < n; k++)
	{
		node = strcmp(stems[k], "*") == 0 ? gp_trie_gap(&c->trie, node)
			: gp_trie_insert(&c->trie, node, stems[k]);
		if (node < 0)
			return -1;
	}
	if (c->ncues == c->capcues)
	{
		gp_cue	   *ncs = gp_arena_grow(c->arena, c->cues, sizeof(gp_cue) * (size_t) c->capcues,
										sizeof(gp_cue) * (size_t) c->capcues * 2);

		if (ncs == NULL)
			return -1;
		c->cues = ncs;
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
	gp_interrupt_fn interrupt;
	void	   *ud;
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
gp_cuewalk_create(gp_arena *arena, gp_interrupt_fn interrupt, void *ud)
{
	gp_cuewalk *cw = gp_arena_alloc(arena, sizeof(gp_cuewalk));

	if (cw == NULL)
		return NULL;
	memset(cw, 0, sizeof(*cw));
	cw->arena = arena;
	cw->interrupt = interrupt;
	cw->ud = ud;
	return cw;
}

void
gp_cuewalk_set_interrupt(gp_cuewalk *cw, gp_interrupt_fn interrupt, void *ud)
{
	cw->interrupt = interrupt;
	cw->ud = ud;
}

uint64_t
gp_cuewalk_states(const gp_cuewalk *cw)
{
	return cw->states;
}

/*
 * First visit of (node, off) in this search?  Without memory for the table
 * every visit is a first one: the search stays within GP_CUE_MAX_STATES.
 */
static bool
first_visit(gp_cuewalk *cw, int32_t node, int32_t off)
{
	uint32_t	i;

	if (cw->slots == NULL)
	{
		cw->slots = gp_arena_alloc(cw->arena, sizeof(walk_slot) * WALK_SLOTS);
		if (cw->slots == NULL)
			return true;
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
		if (++cw->states % WALK_CHECK_EVERY == 0 && cw->interrupt != NULL)
			cw->interrupt(cw->ud);
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

/* a match as the patterns below see it */
typedef gp_cuehit cmatch;

/* -------------------------------------------------------------- patterns */

#define MAX_UNITS 64
#define MAX_GROUP_ACTORS 8

typedef struct unit
{
	const char *actor;
	int32_t		first,
				last;
	bool		place;			/* a region/place standing for its country */
	bool		capital;		/* a capital: also where things happen */
	bool		igo;
	bool		possessive;
} unit;

typedef struct group
{
	int32_t		u0,
				n;
	int32_t		first,
				last;
	bool		compound;		/* Russo-Chinese, China-Russia, ChinaJapan */
	bool		location;		/* capitals and places only */
	bool		place_only;
	bool		possessive;
} group;

typedef struct alist
{
	const char *a[MAX_GROUP_ACTORS];
	int			n;
	int			g;				/* the group it came from, -1 */
} alist;

typedef struct mod
{
	int32_t		first,
				last;
	uint8_t		effect;
} mod;

struct gp_relctx
{
	const gp_cues *cues;
	gp_arena   *arena;
	alist		prev_subject;	/* the first actor group of the previous sentence */
	gp_cuewalk *walk;			/* the cue matcher's scratch */
	uint64_t	work;			/* tokens and rows the patterns looked at (tests) */
	gp_interrupt_fn interrupt;
	void	   *ud;
};

gp_relctx *
gp_relctx_create(const gp_cues *cues, gp_arena *doc_arena)
{
	gp_relctx  *ctx = gp_arena_alloc(doc_arena, sizeof(gp_relctx));

	if (ctx == NULL)
		return NULL;
	memset(ctx, 0, sizeof(*ctx));
	ctx->cues = cues;
	ctx->arena = doc_arena;
	ctx->prev_subject.g = -1;
	ctx->walk = gp_cuewalk_create(doc_arena, NULL, NULL);
	return ctx->walk ? ctx : NULL;
}

void
gp_relctx_set_interrupt(gp_relctx *ctx, gp_interrupt_fn interrupt, void *ud)
{
	ctx->interrupt = interrupt;
	ctx->ud = ud;
	gp_cuewalk_set_interrupt(ctx->walk, interrupt, ud);
}

uint64_t
gp_relctx_work(const gp_relctx *ctx)
{
	return ctx->walk->states + ctx->work;
}

typedef struct sent
{
	const char *text;
	const gp_token *tok;
	int32_t		ntok;
	gp_stems	w;
	unit		u[MAX_UNITS];
	int			nu;
	group		g[MAX_UNITS];
	int			ng;
	int			unit_group[MAX_UNITS];
	mod		   *mods;
	int			nmods;
	const gp_mention *men;		/* every mention, actors or not, in token order */
	int32_t		nmen;
	int32_t		opening_end;	/* first token that is a word and no filler, or ntok */
	uint64_t   *work;			/* tokens looked at, for tests (gp_relctx_work) */
} sent;

static bool
norm_is(const sent *s, int32_t k, const char *w)
{
	(*s->work)++;
	return k >= 0 && k < s->ntok && strcmp(s->tok[k].norm, w) == 0;
}

static bool
norm_in(const sent *s, int32_t k, const char *const *list)
{
	(*s->work)++;
	if (k < 0 || k >= s->ntok)
		return false;
	for (int i = 0; list[i]; i++)
		if (strcmp(s->tok[k].norm, list[i]) == 0)
			return true;
	return false;
}

/* small closed classes of English grammar: the patterns' own vocabulary */
static const char *const connectors[] = {",", "and", "or", "&", "both", "the", "as", "well", "nor", "either", "neither", NULL};
static const char *const clause_breaks[] = {";", ":", "but", "while", "whereas", "although", "though",
	"which", "who", "whom", "because", "however", "that", "unless", "if", NULL};
static const char *const pronouns[] = {"it", "its", "itself", "they", "their", "them", "themselves", NULL};
static const char *const preps[] = {"with", "to", "toward", "towards", "on", "upon", "against", "in", "into",
	"from", "over", "for", "of", "at", "vis-a-vis", "versus", "vs", NULL};
static const char *const auxiliaries[] = {"was", "were", "is", "are", "been", "be", "being", "get", "got", NULL};
static const char *const fillers[] = {"the", "a", "an", "\"", "“", "”", "'", NULL};
static const char *const determiners[] = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", NULL};

static bool
boundary_between(const sent *s, int32_t a, int32_t b)
{
	for (int32_t k = a + 1; k < b; k++)
		if (norm_in(s, k, clause_breaks))
			return true;
	return false;
}

/* a hard boundary: one that a complement clause ("means that") does not make */
static bool
hard_boundary_between(const sent *s, int32_t a, int32_t b)
{
	for (int32_t k = a + 1; k < b; k++)
		if (norm_in(s, k, clause_breaks) && !norm_is(s, k, "that"))
			return true;
	return false;
}

static void
build_units(sent *s, const gp_mention *men, int32_t nmen)
{
	s->nu = 0;
	for (int32_t i = 0; i < nmen && s->nu < MAX_UNITS; i++)
	{
		const gp_mention *m = &men[i];
		const char *actor = m->actor;
		bool		place = false;

		if (actor == NULL)
		{
			if ((m->kind == GP_MK_REGION || m->kind == GP_MK_PLACE) && m->country != NULL)
			{
				actor = m->country;
				place = true;
			}
			else
				continue;
		}
		if (s->nu > 0)
		{
			unit	   *p = &s->u[s->nu - 1];

			/* "Chinese President Xi Jinping": one unit */
			if (strcmp(p->actor, actor) == 0 && !p->place && !place && p->last < m->tok_first)
			{
				int32_t		gap = m->tok_first - p->last - 1;
				bool		titles = gap <= 3;

				for (int32_t k = p->last + 1; titles && k < m->tok_first; k++)
					titles = s->tok[k].kind == GP_TOK_WORD && (s->tok[k].flags & GP_TF_UPPER);
				if (titles)
				{
					p->last = m->tok_last;
					p->possessive = (s->tok[m->tok_last].flags & GP_TF_POSSESSIVE) != 0;
					continue;
				}
			}
		}
		s->u[s->nu].actor = actor;
		s->u[s->nu].first = m->tok_first;
		s->u[s->nu].last = m->tok_last;
		s->u[s->nu].place = place;
		s->u[s->nu].capital = m->kind == GP_MK_CAPITAL;
		s->u[s->nu].igo = m->kind == GP_MK_IGO;
		s->u[s->nu].possessive = (s->tok[m->tok_last].flags & GP_TF_POSSESSIVE) != 0;
		s->nu++;
	}
}

static void
build_groups(sent *s)
{
	s->ng = 0;
	for (int i = 0; i < s->nu; i++)
	{
		unit	   *u = &s->u[i];

		if (s->ng > 0)
		{
			group	   *g = &s->g[s->ng - 1];
			unit	   *p = &s->u[g->u0 + g->n - 1];
			int32_t		gap = u->first - p->last - 1;
			bool		compound = false,
						coord = false;

			if (gap < 0 || (gap == 0 && p->last < u->first))
				compound = true;	/* glued, or "Russo-" + "Chinese" */
			else if (gap == 1 && s->tok[p->last + 1].kind == GP_TOK_PUNCT &&
					 (norm_is(s, p->last + 1, "-") || norm_is(s, p->last + 1, "–") || norm_is(s, p->last + 1, "/")))
				compound = true;	/* China-Russia */
			else if (gap >= 1 && gap <= 4 && !p->possessive)
			{
				bool		has_link = false;

				coord = true;
				for (int32_t k = p->last + 1; coord && k < u->first; k++)
				{
					coord = norm_in(s, k, connectors);
					has_link |= norm_is(s, k, "and") || norm_is(s, k, "or") || norm_is(s, k, ",") ||
						norm_is(s, k, "&") || norm_is(s, k, "nor");
				}
				coord = coord && has_link;
			}
			if ((compound || coord) && g->n < MAX_GROUP_ACTORS && (compound ? strcmp(p->actor, u->actor) != 0 : true))
			{
				g->n++;
				g->last = u->last;
				g->compound |= compound;
				g->place_only &= u->place;
				g->location &= u->place || u->capital;
				g->possessive = u->possessive;
				s->unit_group[i] = s->ng - 1;
				continue;
			}
		}
		s->g[s->ng].u0 = i;
		s->g[s->ng].n = 1;
		s->g[s->ng].first = u->first;
		s->g[s->ng].last = u->last;
		s->g[s->ng].compound = false;
		s->g[s->ng].place_only = u->place;
		s->g[s->ng].location = u->place || u->capital;
		s->g[s->ng].possessive = u->possessive;
		s->unit_group[i] = s->ng;
		s->ng++;
	}
}

static void
group_actors(const sent *s, int gi, alist *out)
{
	const group *g = &s->g[gi];

	out->n = 0;
	out->g = gi;
	for (int k = 0; k < g->n && out->n < MAX_GROUP_ACTORS; k++)
	{
		const char *a = s->u[g->u0 + k].actor;
		bool		dup = false;

		for (int j = 0; j < out->n; j++)
			dup |= strcmp(out->a[j], a) == 0;
		if (!dup)
			out->a[out->n++] = a;
	}
}

static bool
group_is_igo(const sent *s, int gi)
{
	for (int k = 0; k < s->g[gi].n; k++)
		if (!s->u[s->g[gi].u0 + k].igo)
			return false;
	return true;
}

/* nearest group ending before token k (skipping place-only groups) */
static int
left_group(const sent *s, int32_t k, bool allow_place)
{
	for (int gi = s->ng - 1; gi >= 0; gi--)
		if (s->g[gi].last < k && (allow_place || !s->g[gi].place_only))
			return gi;
	return -1;
}

static int
right_group(const sent *s, int32_t k)
{
	for (int gi = 0; gi < s->ng; gi++)
		if (s->g[gi].first > k)
			return gi;
	return -1;
}

/* the group a pronoun between a and b stands for, or -1 */
static int32_t
pronoun_between(const sent *s, int32_t a, int32_t b)
{
	for (int32_t k = b - 1; k > a; k--)
		if (norm_in(s, k, pronouns))
			return k;
	return -1;
}

static bool
subject_for_pronoun(const gp_relctx *ctx, const sent *s, int32_t pron, alist *out)
{
	for (int gi = 0; gi < s->ng; gi++)
		if (s->g[gi].last < pron && !s->g[gi].place_only)
		{
			group_actors(s, gi, out);
			return true;
		}
	if (ctx->prev_subject.n > 0)
	{
		*out = ctx->prev_subject;
		out->g = -1;
		return true;
	}
	return false;
}

/*
 * The source of a cue starting at cs: the nearest actor group on the left
 * within maxgap tokens and the same clause, or what a pronoun in between
 * stands for.
 */
static bool
find_source(const gp_relctx *ctx, const sent *s, int32_t cs, int maxgap, alist *out)
{
	int			L = left_group(s, cs, false);
	int32_t		from = L >= 0 ? s->g[L].last : -1;
	/* only a pronoun within maxgap counts: look no further back */
	int32_t		pron = pronoun_between(s, from > cs - maxgap - 1 ? from : cs - maxgap - 1, cs);

	if (pron >= 0 && cs - pron <= maxgap && !boundary_between(s, pron, cs))
		return subject_for_pronoun(ctx, s, pron, out);
	if (L < 0 || cs - s->g[L].last - 1 > maxgap || boundary_between(s, s->g[L].last, cs))
		return false;
	group_actors(s, L, out);
	return true;
}

/*
 * Whose is the noun at cs: a possessive actor ("Russia's growing economic
 * dependence"), an actor right before it ("Japanese investment", "US
 * pivot"), or a possessive pronoun ("its dependence").
 */
static bool
possessor(const gp_relctx *ctx, const sent *s, int32_t cs, alist *out)
{
	int			L = left_group(s, cs, false);
	int32_t		from = L >= 0 ? s->g[L].last : -1;

	for (int32_t k = cs - 1; k > from && k >= cs - 4; k--)
		if (norm_is(s, k, "its") || norm_is(s, k, "their"))
			return !boundary_between(s, k, cs) && subject_for_pronoun(ctx, s, k, out);
	/* near enough first, so that the clause test looks at a few tokens only */
	if (L < 0 || !(cs - s->g[L].last - 1 <= 0 || (s->g[L].possessive && cs - s->g[L].last - 1 <= 4)) ||
		boundary_between(s, s->g[L].last, cs))
		return false;
	group_actors(s, L, out);
	return true;
}

/* last token index at or before k skipping articles and quotes */
static int32_t
skip_back_fillers(const sent *s, int32_t k)
{
	while (k >= 0 && norm_in(s, k, fillers))
		k--;
	return k;
}

/* first token index after k skipping articles and quotes */
static int32_t
skip_fillers(const sent *s, int32_t k)
{
	while (k < s->ntok && norm_in(s, k, fillers))
		k++;
	return k;
}

/*
 * Is a mention that is no actor (a supranational region) between a and b?
 * Mentions are in token order: the first one starting after a ends first.
 */
static bool
mention_between(const sent *s, int32_t a, int32_t b)
{
	int32_t		lo = 0,
				hi = s->nmen;

	while (lo < hi)
	{
		int32_t		mid = lo + (hi - lo) / 2;

		(*s->work)++;
		if (s->men[mid].tok_first > a)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo < s->nmen && s->men[lo].tok_last < b;
}

/* a target group right after k: directly, or after a preposition */
static int
target_after(const sent *s, int32_t k, int maxgap, bool via_prep_only)
{
	int			R = right_group(s, k);

	if (R < 0 || s->g[R].first - k - 1 > maxgap || boundary_between(s, k, s->g[R].first) ||
		mention_between(s, k, s->g[R].first))
		return -1;
	if (s->g[R].place_only || via_prep_only)
	{
		/* a place stands for its country only as the object of a preposition */
		int32_t		p = s->g[R].first - 1;

		while (p > k && norm_in(s, p, fillers))
			p--;
		if (!norm_in(s, p, preps))
			return -1;
	}
	return R;
}

typedef struct emitter
{
	gp_relation **out;
	int32_t	   *n;
	int32_t	   *cap;
	gp_arena   *arena;
	int32_t		sentence;
	const gp_cue *cue;
	int32_t		cs,
				ce;
	bool		negated,
				hypothetical;
	bool		oom;
	uint64_t   *work;
} emitter;

static void
emit(emitter *e, const char *src, const char *tgt, const char *rule)
{
	gp_relation *r;

	if (tgt != NULL && strcmp(src, tgt) == 0)
		return;
	*e->work += (uint64_t) *e->n;
	for (int32_t i = 0; i < *e->n; i++)
	{
		gp_relation *x = &(*e->out)[i];

		if (strcmp(x->source, src) == 0 && ((x->target == NULL && tgt == NULL) ||
											(x->target && tgt && strcmp(x->target, tgt) == 0)) &&
			strcmp(x->cue->event, e->cue->event) == 0)
			return;
	}
	if (*e->n >= GP_REL_MAX_ROWS)
		return;					/* enough for one sentence */
	if (*e->n == *e->cap)
	{
		int32_t		nc = *e->cap ? *e->cap * 2 : 8;
		gp_relation *nb = gp_arena_grow(e->arena, *e->out, sizeof(gp_relation) * (size_t) *e->cap,
										sizeof(gp_relation) * (size_t) nc);

		if (nb == NULL)
		{
			e->oom = true;
			return;
		}
		*e->out = nb;
		*e->cap = nc;
	}
	r = &(*e->out)[(*e->n)++];
	r->sentence = e->sentence;
	r->source = src;
	r->target = tgt;
	r->cue = e->cue;
	r->cue_first = e->cs;
	r->cue_last = e->ce;
	r->negated = e->negated;
	r->hypothetical = e->hypothetical;
	r->rule = rule;
}

static void
emit_pairs(emitter *e, const alist *src, const alist *tgt, const char *rule)
{
	for (int i = 0; i < src->n; i++)
		for (int j = 0; j < tgt->n; j++)
			emit(e, src->a[i], tgt->a[j], rule);
}

static void
emit_reciprocal(emitter *e, const alist *g, const char *rule)
{
	for (int i = 0; i < g->n; i++)
		for (int j = 0; j < g->n; j++)
			if (i != j)
				emit(e, g->a[i], g->a[j], rule);
}

/* result of linking one cue, to chain the next one */
typedef struct link
{
	alist		src;
	int			tgt_group;
	int32_t		ce;
	bool		valid;
} link;

static void
relate_cue(const gp_relctx *ctx, const sent *s, const cmatch *m, const gp_cue *cue,
		   emitter *e, link *prev)
{
	int32_t		cs = m->first,
				ce = m->last;
	alist		S,
				T;
	int			G = -1;
	link		cur = {{{0}, 0, -1}, -1, ce, false};
	uint8_t		pos = cue->pos;

	/* an actor inside a "*" gap is the other party: "turn to China for help" */
	if (m->gap_first >= 0)
		for (int gi = 0; gi < s->ng; gi++)
			if (s->g[gi].first >= m->gap_first && s->g[gi].last <= m->gap_last)
			{
				G = gi;
				break;
			}

	/* a verb cue used as a noun: "Moscow's negotiating", "the sanction of" */
	if (cue->pos == GP_POS_VERB)
	{
		int			L0 = left_group(s, cs, true);

		/* ... or an adjective: "with exiled dissidents", "for allied forces" */
		if ((L0 >= 0 && s->g[L0].possessive && s->g[L0].last == cs - 1) ||
			norm_in(s, cs - 1, determiners) || norm_in(s, cs - 2, determiners) ||
			(norm_in(s, cs - 1, preps) && !norm_is(s, cs - 1, "to")))
			pos = GP_POS_NOUN;
	}
	if (pos == GP_POS_NOUN)
	{
		int			L = left_group(s, cs, false);
		/* the preposition after the cue, or the cue's own last word ("dependence on") */
		int32_t		after = norm_in(s, ce, preps) && ce > cs ? ce : skip_fillers(s, ce + 1);
		int32_t		dist = L >= 0 ? cs - s->g[L].last - 1 : 1000;

		/* Russo-Chinese "strategic partnership", the China-Russia partnership */
		if (L >= 0 && s->g[L].compound && dist <= 3 && !boundary_between(s, s->g[L].last, cs))
		{
			group_actors(s, L, &S);
			emit_reciprocal(e, &S, "noun: X-Y cue");
			return;
		}
		/* cooperation between Russia and China */
		if (norm_is(s, ce + 1, "between") || norm_is(s, ce + 1, "among"))
		{
			int			R = right_group(s, ce + 1);

			if (R >= 0 && s->g[R].n >= 2 && s->g[R].first - ce - 2 <= 2)
			{
				group_actors(s, R, &T);
				emit_reciprocal(e, &T, "noun: cue between X and Y");
				return;
			}
		}
		/* the permission granted by Vietnam ... Russia */
		if ((norm_is(s, after, "by") || (after + 1 < s->ntok && norm_is(s, after + 1, "by"))) && G < 0)
		{
			int32_t		by = norm_is(s, after, "by") ? after : after + 1;
			int			B = right_group(s, by);

			if (B >= 0 && s->g[B].first - by - 1 <= 2 && !s->g[B].place_only)
			{
				int			R;

				group_actors(s, B, &S);
				for (R = B + 1; R < s->ng && s->g[R].place_only; R++)
					;
				if (R < s->ng && s->g[R].first - s->g[B].last <= 15 &&
					!hard_boundary_between(s, s->g[B].last, s->g[R].first))
				{
					group_actors(s, R, &T);
					emit_pairs(e, &S, &T, "noun: cue by X to Y");
					return;
				}
			}
		}
		/* Russia's energy cooperation with Japan; its dependence on China */
		if (possessor(ctx, s, cs, &S) && norm_in(s, after, preps) && G < 0)
		{
			int			R = target_after(s, after, 3, false);

			if (R >= 0)
			{
				group_actors(s, R, &T);
				emit_pairs(e, &S, &T, "noun: X's cue prep Y");
				if (cue->symmetric && norm_is(s, after, "with"))
					emit_pairs(e, &T, &S, "noun: X's cue with Y (reciprocal)");
				cur.src = S;
				cur.tgt_group = R;
				cur.valid = true;
				*prev = cur;
				return;
			}
		}
		/* Japanese investment ... in Siberia */
		if (L >= 0 && dist <= 1 && G < 0)
		{
			int			R = right_group(s, ce);

			group_actors(s, L, &S);
			if (R >= 0 && s->g[R].first - ce <= 12 && !boundary_between(s, ce, s->g[R].first))
			{
				int32_t		p = s->g[R].first - 1;

				while (p > ce && norm_in(s, p, fillers))
					p--;
				if (norm_in(s, p, preps))
				{
					group_actors(s, R, &T);
					emit_pairs(e, &S, &T, "noun: X cue ... prep Y");
					return;
				}
			}
		}
		if (G >= 0 && find_source(ctx, s, cs, 8, &S))
		{
			group_actors(s, G, &T);
			emit_pairs(e, &S, &T, "noun: X cue * Y *");
			return;
		}
		/* "Brazil and the United States seek to deepen a partnership" */
		if (cue->symmetric && L >= 0 && s->g[L].n >= 2 && dist <= 8 && !s->g[L].compound &&
			!boundary_between(s, s->g[L].last, cs) &&
			!norm_in(s, skip_back_fillers(s, s->g[L].first - 1), preps))
		{
			group_actors(s, L, &S);
			emit_reciprocal(e, &S, "noun: X and Y ... cue");
			return;
		}
		/* "US and British activists staged a protest in Beijing": conflict at a place */
		if (cue->quad >= 3 && L >= 0 && dist <= 5 && !boundary_between(s, s->g[L].last, cs) &&
			(norm_is(s, after, "in") || norm_is(s, after, "at") || norm_is(s, after, "against") ||
			 norm_is(s, after, "outside")))
		{
			int			R = target_after(s, after, 3, false);

			if (R >= 0)
			{
				group_actors(s, L, &S);
				group_actors(s, R, &T);
				emit_pairs(e, &S, &T, "noun: X ... cue at Y");
			}
		}
		return;
	}

	/* verbs and prepositions: a chain continues the previous link */
	{
		int			L = left_group(s, cs, false);
		bool		have_src = false;

		if (prev->valid && L >= 0 && L == prev->tgt_group && prev->ce < cs &&
			(cue->pos == GP_POS_PREP || norm_is(s, cs - 1, "to") ||
			 (s->tok[cs].normlen > 4 && strcmp(s->tok[cs].norm + s->tok[cs].normlen - 3, "ing") == 0)))
		{
			S = prev->src;
			have_src = true;
		}
		/* passive: "Y was accused by X" */
		if (cue->pos == GP_POS_VERB && !have_src && norm_in(s, cs - 1, auxiliaries) && norm_is(s, ce + 1, "by"))
		{
			int			B = target_after(s, ce + 1, 2, false);

			if (B >= 0 && L >= 0 && cs - s->g[L].last <= 8 && !boundary_between(s, s->g[L].last, cs))
			{
				group_actors(s, B, &S);
				group_actors(s, L, &T);
				emit_pairs(e, &S, &T, "verb: Y was cued by X");
				return;
			}
		}
		/*
		 * "Russia is tapping into X to encourage Y": the clause's subject;
		 * but "allowed China to begin", "asked Japan to help": the actor
		 * right before "to" (object control)
		 */
		if (!have_src && cue->pos == GP_POS_VERB && norm_is(s, cs - 1, "to") &&
			L >= 0 && s->g[L].last == cs - 2)
		{
			group_actors(s, L, &S);
			have_src = true;
		}
		if (!have_src && cue->pos == GP_POS_VERB && norm_is(s, cs - 1, "to"))
			for (int gi = 0; gi < s->ng && !have_src; gi++)
				if (!s->g[gi].place_only && s->g[gi].last < cs - 1)
				{
					group_actors(s, gi, &S);
					have_src = true;
				}
		if (!have_src)
			have_src = find_source(ctx, s, cs, cue->pos == GP_POS_PREP ? 15 : 12, &S);
		/* "Bandwagoning with China ... have been the motives of Russia's policy" */
		if (!have_src && L < 0 && cs <= s->opening_end)
			for (int gi = 0; gi < s->ng; gi++)
				if (s->g[gi].first > ce && s->g[gi].possessive && !s->g[gi].place_only)
				{
					group_actors(s, gi, &S);
					have_src = true;
					break;
				}
		if (!have_src)
			return;
		if (G >= 0)
		{
			group_actors(s, G, &T);
			emit_pairs(e, &S, &T, cue->pos == GP_POS_PREP ? "prep: X cue * Y *" : "verb: X cue * Y *");
			cur.src = S;
			cur.tgt_group = G;
			cur.valid = true;
			*prev = cur;
			return;
		}
		{
			int			R = target_after(s, ce, cue->pos == GP_POS_PREP ? 3 : 6, false);

			/*
			 * "OPEC ministers met in Vienna": an organisation meeting in a
			 * city does not deal with the host state (a state meeting in a
			 * capital is coded with the host, as CAMEO coders do)
			 */
			if (R >= 0 && cue->quad <= 2 && s->g[R].location && S.g >= 0 && group_is_igo(s, S.g))
			{
				int32_t		p = skip_back_fillers(s, s->g[R].first - 1);

				if (p > ce && (norm_is(s, p, "in") || norm_is(s, p, "at")))
					R = -1;
			}
			if (R >= 0)
			{
				group_actors(s, R, &T);
				emit_pairs(e, &S, &T, cue->pos == GP_POS_PREP ? "prep: X cue Y" : "verb: X cue Y");
				cur.src = S;
				cur.tgt_group = R;
				cur.valid = true;
				*prev = cur;
				return;
			}
		}
		/* "Russia and China collaborated": reciprocal */
		if (cue->symmetric && S.n >= 2)
			emit_reciprocal(e, &S, "verb: X and Y cue");
	}
}

int32_t
gp_relate_sentence(gp_relctx *ctx, const char *text, const gp_token *tok, int32_t ntok,
				   const gp_mention *men, int32_t nmen, gp_arena *arena, gp_relation **out)
{
	sent	   *s = gp_arena_alloc(arena, sizeof(sent));
	int32_t		n = 0,
				cap = 0;
	cmatch	   *events;
	int			nev = 0;
	link		prev;
	bool		question;

	*out = NULL;
	if (s == NULL)
		return -1;
	memset(s, 0, sizeof(*s));
	s->text = text;
	s->tok = tok;
	s->ntok = ntok;
	s->men = men;
	s->nmen = nmen;
	s->work = &ctx->work;
	build_units(s, men, nmen);
	build_groups(s);
	/* carry the subject over for pronouns in the next sentence */
	if (s->ng > 0)
	{
		for (int gi = 0; gi < s->ng; gi++)
			if (!s->g[gi].place_only)
			{
				alist		a;

				group_actors(s, gi, &a);
				ctx->prev_subject = a;
				break;
			}
	}
	if (s->nu == 0 || ntok == 0)
		return 0;

	/* stems of the sentence's words */
	events = gp_arena_alloc(arena, sizeof(cmatch) * (size_t) (ntok < GP_REL_MAX_CUES ? ntok : GP_REL_MAX_CUES));
	s->mods = gp_arena_alloc(arena, sizeof(mod) * (size_t) ntok);
	if (events == NULL || s->mods == NULL || gp_stem_tokens(tok, ntok, arena, &s->w) < 0)
		return -1;
	/* the "opening" of the sentence: nothing but punctuation and fillers */
	for (s->opening_end = 0; s->opening_end < ntok; s->opening_end++)
		if (tok[s->opening_end].kind == GP_TOK_WORD && !norm_in(s, s->opening_end, fillers))
			break;
	/* cues and modifiers, longest first, left to right; the first GP_REL_MAX_CUES cues */
	for (int32_t k = 0, steps = 0; k < ntok && nev < GP_REL_MAX_CUES; steps++)
	{
		cmatch		ev,
					md;

		if (ctx->interrupt != NULL && (steps & 1023) == 1023)
			ctx->interrupt(ctx->ud);
		gp_cues_match(ctx->cues, ctx->walk, &s->w, k, &ev, &md);
		if (md.last >= 0)
		{
			const gp_cue *c = &ctx->cues->cues[md.cue];

			while (c->effect == GP_CUE_EVENT && c->next >= 0)
				c = &ctx->cues->cues[c->next];
			s->mods[s->nmods].first = md.first;
			s->mods[s->nmods].last = md.last;
			s->mods[s->nmods].effect = c->effect;
			s->nmods++;
		}
		if (ev.last >= 0)
		{
			events[nev++] = ev;
			k = ev.last + 1;
		}
		else
			k++;
	}
	question = ntok > 0 && norm_is(s, ntok - 1, "?");
	memset(&prev, 0, sizeof(prev));
	for (int i = 0, near = 0; i < nev; i++)
	{
		const cmatch *m = &events[i];
		emitter		e = {out, &n, &cap, arena, tok[m->first].sentence, NULL, m->first, m->last,
		false, question, false, &ctx->work};

		if (ctx->interrupt != NULL && (i & 63) == 63)
			ctx->interrupt(ctx->ud);

		/*
		 * Modifiers that end within 8 tokens before the cue, or inside it.
		 * Both lists are in order of their first token: those that end too
		 * early for this cue are too early for every later one.
		 */
		while (near < s->nmods && s->mods[near].last < m->first - 8)
			near++;
		for (int k = near; k < s->nmods && s->mods[k].first <= m->last; k++)
		{
			const mod  *md = &s->mods[k];

			ctx->work++;

			if (md->effect == GP_CUE_NEGATION &&
				((md->last < m->first && m->first - md->last <= 4 && !boundary_between(s, md->last, m->first)) ||
				 (md->first > m->first && md->last <= m->last)))
				e.negated = true;
			if (md->effect == GP_CUE_HYPOTHETICAL && md->last < m->first && m->first - md->last <= 8 &&
				!boundary_between(s, md->last, m->first))
				e.hypothetical = true;
		}
		/* every event cue ending at this node */
		for (int32_t ci = m->cue; ci >= 0; ci = ctx->cues->cues[ci].next)
		{
			const gp_cue *c = &ctx->cues->cues[ci];

			if (c->effect != GP_CUE_EVENT)
				continue;
			e.cue = c;
			relate_cue(ctx, s, m, c, &e, &prev);
			if (e.oom)
				return -1;
			break;				/* the first event cue of a phrase decides */
		}
	}
	return n;
}
