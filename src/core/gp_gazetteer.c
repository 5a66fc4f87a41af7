/*
 * gp_gazetteer.c — trie of token norms and the mention matcher, see
 * gp_gazetteer.h.
 */
#include "gp_gazetteer.h"
#include "gp_trie.h"

#include <string.h>

const char *const gp_mkind_name[GP_MK_NKINDS] = {
	"state", "capital", "institution", "demonym", "leader", "igo", "region", "place", "block"
};

int
gp_mkind_from_name(const char *name)
{
	for (int i = 0; i < GP_MK_NKINDS; i++)
		if (strcmp(name, gp_mkind_name[i]) == 0)
			return i;
	return -1;
}

int
gp_match_from_name(const char *name)
{
	if (strcmp(name, "cased") == 0)
		return GP_MATCH_CASED;
	if (strcmp(name, "exact") == 0)
		return GP_MATCH_EXACT;
	if (strcmp(name, "any") == 0)
		return GP_MATCH_ANY;
	return -1;
}

int32_t
gp_days_from_ymd(int y, int m, int d)
{
	/* days from civil (H. Hinnant's algorithm), shifted to 2000-01-01 */
	int			yy = y - (m <= 2);
	int			era = (yy >= 0 ? yy : yy - 399) / 400;
	int			yoe = yy - era * 400;
	int			doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int			doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468 - 10957;
}

/* ------------------------------------------------------------ building */

struct gp_gazb
{
	gp_arena   *arena;
	gp_trie		trie;			/* names as paths of token norms */
	gp_entry   *entries;		/* strings interned (actor ...) or copied (exact) */
	int32_t		nentries,
				capentries;
	const char **strs;			/* interned strings (entity, actor ...) */
	uint32_t	nstrs,
				capstrs;		/* power of two */
};

/* one copy of each entity, actor, country and sector string */
static const char *
intern(gp_gazb *g, const char *s)
{
	size_t		len;
	uint32_t	h,
				i;

	if (s == NULL)
		return NULL;
	len = strlen(s);
	if (g->nstrs * 2 >= g->capstrs)
	{
		uint32_t	ncap = g->capstrs ? g->capstrs * 2 : 4096;
		const char **ns = gp_arena_alloc(g->arena, sizeof(char *) * ncap);

		memset(ns, 0, sizeof(char *) * ncap);
		for (uint32_t k = 0; k < g->capstrs; k++)
			if (g->strs[k])
			{
				uint32_t	j = gp_hash(g->strs[k], strlen(g->strs[k])) & (ncap - 1);

				while (ns[j])
					j = (j + 1) & (ncap - 1);
				ns[j] = g->strs[k];
			}
		g->strs = ns;
		g->capstrs = ncap;
	}
	h = gp_hash(s, len);
	for (i = h & (g->capstrs - 1); g->strs[i]; i = (i + 1) & (g->capstrs - 1))
		if (strcmp(g->strs[i], s) == 0)
			return g->strs[i];
	g->strs[i] = gp_arena_strndup(g->arena, s, len);
	g->nstrs++;
	return g->strs[i];
}

gp_gazb *
gp_gazb_create(gp_arena *arena)
{
	gp_gazb    *g = gp_arena_alloc(arena, sizeof(gp_gazb));

	memset(g, 0, sizeof(*g));
	g->arena = arena;
	g->capentries = 1024;
	g->entries = gp_arena_alloc(arena, sizeof(gp_entry) * (size_t) g->capentries);
	gp_trie_init(&g->trie, arena);
	return g;
}

static const char *
dup_or_null(gp_arena *a, const char *s)
{
	return s ? gp_arena_strndup(a, s, strlen(s)) : NULL;
}

void
gp_gazb_add(gp_gazb *g, const char *const *norms, int ntok, const gp_entry *e)
{
	int32_t		node = 0;
	gp_entry   *ne;

	if (ntok <= 0)
		return;
	for (int k = 0; k < ntok; k++)
		node = gp_trie_insert(&g->trie, node, norms[k]);
	if (g->nentries == g->capentries)
	{
		g->entries = gp_arena_grow(g->arena, g->entries, sizeof(gp_entry) * (size_t) g->capentries,
								   sizeof(gp_entry) * (size_t) g->capentries * 2);
		g->capentries *= 2;
	}
	ne = &g->entries[g->nentries];
	*ne = *e;
	ne->actor = intern(g, e->actor);
	ne->entity = intern(g, e->entity);
	ne->country = intern(g, e->country);
	ne->sector = intern(g, e->sector);
	ne->exact = dup_or_null(g->arena, e->exact);
	ne->next = g->trie.nodes[node].first;
	g->trie.nodes[node].first = g->nentries++;
}

void
gp_gazb_reserve(gp_gazb *g, int32_t nentries)
{
	if (nentries > g->capentries)
	{
		g->entries = gp_arena_grow(g->arena, g->entries, sizeof(gp_entry) * (size_t) g->nentries,
								   sizeof(gp_entry) * (size_t) nentries);
		g->capentries = nentries;
	}
	gp_trie_reserve(&g->trie, nentries + nentries / 2 + 16);
}

/* ------------------------------------------------------------ the image */

/*
 * The frozen gazetteer: a header, the trie's image (gp_trie.h), the entries
 * with their strings as offsets into the image (0 = NULL), the strings.
 * Everything the matcher reads lives in it, so that a mapped image is used
 * in place by every process that maps it.
 */
#define GP_GAZ_MAGIC 0x47505a31u	/* "GPZ1" */

typedef struct gaz_head
{
	uint32_t	magic;
	uint32_t	size;
	uint32_t	nentries;
	uint32_t	off_trie,
				trie_size;
	uint32_t	off_entries;
	uint32_t	off_strs,
				strs_size;
} gaz_head;

typedef struct gaz_entry
{
	uint32_t	actor,
				entity,
				country,
				sector,
				exact;			/* string offsets, 0 = NULL */
	uint32_t	exactlen;
	int32_t		valid_from,
				valid_to;
	int32_t		next;			/* next entry of the same node, -1 */
	uint8_t		kind,
				match;
	bool		given_name;
} gaz_entry;

struct gp_gaz
{
	const char *base;
	size_t		size;
	gp_itrie	trie;
	const gaz_entry *entries;
	int32_t		nentries;
};

static size_t
align8(size_t n)
{
	return (n + 7) & ~(size_t) 7;
}

/* offset of s in the image's strings, which the builder interned (pointer identity) */
typedef struct strmap
{
	const char **key;
	uint32_t   *off;
	uint32_t	mask;
} strmap;

static uint32_t
strmap_hash(const char *p)
{
	uintptr_t	x = (uintptr_t) p;

	return (uint32_t) ((x >> 3) * 0x9E3779B1u ^ (x >> 35));
}

void *
gp_gazb_image(const gp_gazb *g, gp_arena *arena, size_t *size)
{
	size_t		trie_size;
	void	   *trie = gp_trie_image(&g->trie, arena, &trie_size);
	strmap		sm;
	size_t		strs = 1;		/* offset 0 is NULL */
	gaz_head	h;
	char	   *img;
	uint32_t	cap = 16;

	while (cap < (uint32_t) g->nentries * 8 + 16)
		cap *= 2;
	sm.key = gp_arena_alloc(arena, sizeof(char *) * cap);
	sm.off = gp_arena_alloc(arena, sizeof(uint32_t) * cap);
	memset(sm.key, 0, sizeof(char *) * cap);
	sm.mask = cap - 1;
	/* the distinct strings (pointers: interned) and their sizes */
	for (int32_t i = 0; i < g->nentries; i++)
	{
		const gp_entry *e = &g->entries[i];
		const char *f[5] = {e->actor, e->entity, e->country, e->sector, e->exact};

		for (int k = 0; k < 5; k++)
		{
			uint32_t	j;

			if (f[k] == NULL)
				continue;
			for (j = strmap_hash(f[k]) & sm.mask; sm.key[j] && sm.key[j] != f[k]; j = (j + 1) & sm.mask)
				;
			if (sm.key[j] == NULL)
			{
				sm.key[j] = f[k];
				sm.off[j] = (uint32_t) strs;
				strs += strlen(f[k]) + 1;
			}
		}
	}
	memset(&h, 0, sizeof(h));
	h.magic = GP_GAZ_MAGIC;
	h.nentries = (uint32_t) g->nentries;
	h.off_trie = (uint32_t) align8(sizeof(h));
	h.trie_size = (uint32_t) trie_size;
	h.off_entries = (uint32_t) align8(h.off_trie + trie_size);
	h.off_strs = (uint32_t) align8(h.off_entries + sizeof(gaz_entry) * (size_t) g->nentries);
	h.strs_size = (uint32_t) strs;
	h.size = (uint32_t) align8(h.off_strs + strs);
	img = gp_arena_alloc(arena, h.size);
	memset(img, 0, h.size);
	memcpy(img, &h, sizeof(h));
	memcpy(img + h.off_trie, trie, trie_size);
	for (uint32_t j = 0; j <= sm.mask; j++)
		if (sm.key[j])
			memcpy(img + h.off_strs + sm.off[j], sm.key[j], strlen(sm.key[j]) + 1);
	for (int32_t i = 0; i < g->nentries; i++)
	{
		const gp_entry *e = &g->entries[i];
		gaz_entry  *x = (gaz_entry *) (img + h.off_entries) + i;
		const char *f[5] = {e->actor, e->entity, e->country, e->sector, e->exact};
		uint32_t   *o[5] = {&x->actor, &x->entity, &x->country, &x->sector, &x->exact};

		for (int k = 0; k < 5; k++)
		{
			uint32_t	j;

			*o[k] = 0;
			if (f[k] == NULL)
				continue;
			for (j = strmap_hash(f[k]) & sm.mask; sm.key[j] != f[k]; j = (j + 1) & sm.mask)
				;
			*o[k] = h.off_strs + sm.off[j];
		}
		x->exactlen = e->exact ? (uint32_t) strlen(e->exact) : 0;
		x->valid_from = e->valid_from;
		x->valid_to = e->valid_to;
		x->next = e->next;
		x->kind = e->kind;
		x->match = e->match;
		x->given_name = e->given_name;
	}
	*size = h.size;
	return img;
}

gp_gaz *
gp_gaz_attach(const void *image, size_t size, gp_arena *arena)
{
	gaz_head	h;
	gp_gaz	   *g;
	const char *b = image;

	if (size < sizeof(h) || ((uintptr_t) image & 7) != 0)
		return NULL;
	memcpy(&h, image, sizeof(h));
	if (h.magic != GP_GAZ_MAGIC || h.size > size || h.off_trie < sizeof(h) ||
		(uint64_t) h.off_trie + h.trie_size > h.off_entries ||
		(uint64_t) h.off_entries + sizeof(gaz_entry) * (uint64_t) h.nentries > h.off_strs ||
		(uint64_t) h.off_strs + h.strs_size > h.size || h.strs_size < 1 ||
		b[h.off_strs + h.strs_size - 1] != '\0')
		return NULL;
	g = gp_arena_alloc(arena, sizeof(gp_gaz));
	if (!gp_itrie_attach(&g->trie, b + h.off_trie, h.trie_size))
		return NULL;
	g->base = b;
	g->size = h.size;
	g->entries = (const gaz_entry *) (b + h.off_entries);
	g->nentries = (int32_t) h.nentries;
	return g;
}

gp_gaz *
gp_gazb_build(const gp_gazb *b, gp_arena *arena)
{
	size_t		size;
	void	   *img = gp_gazb_image(b, arena, &size);

	return img ? gp_gaz_attach(img, size, arena) : NULL;
}

int32_t
gp_gaz_nentries(const gp_gaz *g)
{
	return g->nentries;
}

int32_t
gp_gaz_nnodes(const gp_gaz *g)
{
	return g->trie.nnodes;
}

size_t
gp_gaz_memory(const gp_gaz *g)
{
	return g->size;
}

/* a string of the image, NULL for offset 0 (or outside the image: damaged) */
static inline const char *
gstr(const gp_gaz *g, uint32_t off)
{
	return off && off < g->size ? g->base + off : NULL;
}

/*
 * The entries of a node: its first, then each one's next.  An image lists a
 * node's entries from the last added, so next < id; anything else (a
 * damaged image) ends the list.
 */
static inline int32_t
node_first(const gp_gaz *g, int32_t node)
{
	int32_t		id = g->trie.nodes[node].first;

	return id < g->nentries ? id : -1;
}

static inline int32_t
next_entry(const gp_gaz *g, int32_t id)
{
	int32_t		nx = g->entries[id].next;

	return nx < id ? nx : -1;
}

/* ------------------------------------------------------------ matching */

#define GP_MAX_DEPTH 24
#define GP_MAX_ACRONYMS 128

typedef struct acronym
{
	const char *surface;		/* exact surface, e.g. "RFE" */
	int32_t		len;
	const char *entity;
	const char *actor,
			   *country,
			   *sector;
	uint8_t		kind;
} acronym;

#define GP_MAX_CONTEXT 64

struct gp_matcher
{
	const gp_gaz *g;
	gp_segmenter *seg;
	gp_arena   *arena;
	int32_t		date;
	acronym		acr[GP_MAX_ACRONYMS];
	int			nacr;
	/* countries the document has named so far: context for ambiguous names */
	const char *ctx_country[GP_MAX_CONTEXT];
	int32_t		ctx_count[GP_MAX_CONTEXT];
	int			nctx;
	/* the same for the sentence being decided (counts twice) */
	const char *sent_country[GP_MAX_CONTEXT];
	bool		sent_is_state[GP_MAX_CONTEXT];
	int			nsent;
	/* the vocabulary ids of the sentence's token norms (gp_trie.h) */
	int32_t    *vid;
	int32_t		capvid;
	bool		report_blocks;	/* blocked names with a home country are mentions too */
};

/*
 * Support for reading a name as belonging to country: how often the
 * document named that country before, twice how often this sentence does,
 * and, for a sovereign-state reading, twice the other states this sentence
 * names (an international context), not counting the other readings'
 * countries.
 */
static int32_t
context_count(const gp_matcher *m, const char *country, bool state, const char *const *others, int nothers)
{
	int32_t		n = 0;

	if (country == NULL)
		return 0;
	for (int i = 0; i < m->nctx; i++)
		if (strcmp(m->ctx_country[i], country) == 0)
			n += m->ctx_count[i];
	for (int i = 0; i < m->nsent; i++)
	{
		bool		other = false;

		if (strcmp(m->sent_country[i], country) == 0)
		{
			n += 2;
			continue;
		}
		for (int k = 0; k < nothers; k++)
			other |= strcmp(m->sent_country[i], others[k]) == 0;
		if (state && m->sent_is_state[i] && !other)
			n += 2;
	}
	return n;
}

static void
context_add(gp_matcher *m, const char *country)
{
	if (country == NULL)
		return;
	for (int i = 0; i < m->nctx; i++)
		if (m->ctx_country[i] == country || strcmp(m->ctx_country[i], country) == 0)
		{
			m->ctx_count[i]++;
			return;
		}
	if (m->nctx < GP_MAX_CONTEXT)
	{
		m->ctx_country[m->nctx] = country;
		m->ctx_count[m->nctx++] = 1;
	}
}

/* on equal footing, a state before a capital ... before a place */
static int
kind_rank(uint8_t kind)
{
	static const int rank[GP_MK_NKINDS] = {
		[GP_MK_STATE] = 8,[GP_MK_IGO] = 7,[GP_MK_CAPITAL] = 6,[GP_MK_INSTITUTION] = 5,
		[GP_MK_LEADER] = 4,[GP_MK_DEMONYM] = 3,[GP_MK_REGION] = 2,[GP_MK_PLACE] = 1,[GP_MK_BLOCK] = 9
	};

	return kind < GP_MK_NKINDS ? rank[kind] : 0;
}

gp_matcher *
gp_matcher_create(const gp_gaz *g, gp_segmenter *seg, gp_arena *doc_arena, int32_t doc_date)
{
	gp_matcher *m = gp_arena_alloc(doc_arena, sizeof(gp_matcher));

	m->g = g;
	m->seg = seg;
	m->arena = doc_arena;
	m->date = doc_date;
	m->nacr = 0;
	m->nctx = 0;
	m->nsent = 0;
	m->vid = NULL;
	m->capvid = 0;
	m->report_blocks = false;
	return m;
}

void
gp_matcher_report_blocks(gp_matcher *m, bool on)
{
	m->report_blocks = on;
}

/* bytes of the possessive a token ends with: 2 for 's, 4 for ’s, 0 when it has none */
static size_t
possessive_bytes(const char *text, const gp_token *t)
{
	if (!(t->flags & GP_TF_POSSESSIVE))
		return 0;
	return (t->len >= 4 && (unsigned char) text[t->start + t->len - 2] == 0x99) ? 4 : 2;
}

static bool
case_ok(const gp_gaz *g, const gaz_entry *e, const char *text, const gp_token *tok, int32_t first, int32_t last)
{
	if (e->match == GP_MATCH_ANY)
		return true;
	if (e->match == GP_MATCH_CASED)
	{
		const char *x = e->exact ? gstr(g, e->exact) : NULL;
		size_t		pos = 0;

		if (tok[first].flags & GP_TF_LOWER)
			return false;
		if (x == NULL || (uint64_t) e->exact + e->exactlen >= g->size)
			return true;
		/*
		 * A block entry keeps its spelling: each word capitalised there must
		 * be capitalised in the text ("Russia Today" the channel, not
		 * "visited Russia today")
		 */
		for (int32_t k = first; k <= last && pos < e->exactlen; k++)
		{
			if (x[pos] >= 'A' && x[pos] <= 'Z' && (tok[k].flags & GP_TF_LOWER))
				return false;
			pos += (size_t) tok[k].len;
		}
		return true;
	}
	/*
	 * exact: the surface without white space equals the alias so written,
	 * but for an English possessive ("the USDA's report", "THE EC'S")
	 */
	{
		const char *x = gstr(g, e->exact);
		size_t		xl = e->exactlen;
		size_t		pos = 0;

		if (x == NULL || (uint64_t) e->exact + xl >= g->size)
			return false;

		for (int32_t k = first; k <= last; k++)
		{
			size_t		tl = (size_t) tok[k].len;

			if (k == last)
				tl -= possessive_bytes(text, &tok[k]);
			if (pos + tl > xl || memcmp(x + pos, text + tok[k].start, tl) != 0)
				return false;
			pos += tl;
		}
		return pos == xl;
	}
}

typedef struct resolved
{
	const char *entity;
	const char *actor,
			   *country,
			   *sector;
	uint8_t		kind;
	bool		ambiguous;
} resolved;

/*
 * Pick the entry of node for this surface and date.  Returns false if no
 * entry's case policy accepts the surface.
 */
/* "Chad Smith": a first name before a capitalized word that starts no name */
static bool
person_follows(const gp_matcher *m, const gp_token *tok, const int32_t *vid, int32_t ntok, int32_t last)
{
	const gp_token *n;

	if (last + 1 >= ntok)
		return false;
	n = &tok[last + 1];
	if (n->kind != GP_TOK_WORD || !(n->flags & GP_TF_UPPER) || (n->flags & GP_TF_ALLCAPS) ||
		(tok[last].flags & GP_TF_ALLCAPS) || (n->flags & GP_TF_NL_BEFORE))
		return false;
	return gp_itrie_child(&m->g->trie, 0, vid[last + 1]) < 0;
}

/*
 * Whether reading e (tier, ctx, close) beats the best so far: the reading of
 * the document's date, the one its context favours, the nearest period, the
 * higher kind, and, all else equal, the reading whose period began last
 * (Congo after 1997: the DRC, unless Brazzaville is near).
 */
static bool
better_reading(int tier, int32_t ctx, int64_t close, const gaz_entry *e,
			   int best_tier, int32_t best_ctx, int64_t best_close, const gaz_entry *best)
{
	if (tier != best_tier)
		return tier > best_tier;
	if (ctx != best_ctx)
		return ctx > best_ctx;
	if (close != best_close)
		return close > best_close;
	if (kind_rank(e->kind) != kind_rank(best->kind))
		return kind_rank(e->kind) > kind_rank(best->kind);
	return e->valid_from > best->valid_from;
}

static bool
resolve(const gp_matcher *m, int32_t first_entry, const char *text, const gp_token *tok,
		const int32_t *vid, int32_t ntok, int32_t first, int32_t last, resolved *r)
{
	const gp_gaz *g = m->g;
	const gaz_entry *best = NULL;
	int			best_tier = -1;
	int64_t		best_close = 0;
	int32_t		best_ctx = 0;
	const char *seen_country = NULL;
	bool		several = false;
	const char *cands[8];
	int			ncands = 0;

	for (int32_t id = first_entry; id >= 0 && ncands < 8; id = next_entry(g, id))
	{
		const char *c = gstr(g, g->entries[id].country ? g->entries[id].country : g->entries[id].actor);

		if (c != NULL)
			cands[ncands++] = c;
	}

	for (int32_t id = first_entry; id >= 0; id = next_entry(g, id))
	{
		const gaz_entry *e = &g->entries[id];
		const char *e_country = gstr(g, e->country),
				   *e_actor = gstr(g, e->actor);
		int			tier;
		int64_t		close;
		int32_t		ctx;

		if (!case_ok(g, e, text, tok, first, last))
			continue;
		if (e->given_name && person_follows(m, tok, vid, ntok, last))
			continue;
		if (e->kind == GP_MK_BLOCK)
		{
			tier = 9;
			close = 0;
		}
		else if (m->date != GP_NO_DATE)
		{
			bool		after = e->valid_from != GP_NO_DATE && m->date < e->valid_from;
			bool		before = e->valid_to != GP_NO_DATE && m->date > e->valid_to;

			if (!after && !before)
			{
				tier = 3;
				close = 0;
			}
			else
			{
				tier = e->kind == GP_MK_LEADER ? 1 : 2;
				close = -(int64_t) (after ? e->valid_from - m->date : m->date - e->valid_to);
			}
		}
		else
		{
			/*
			 * no date: a current name (context and kind decide between
			 * several, however recent their start), or the latest period
			 */
			tier = e->valid_to == GP_NO_DATE ? 3 : 2;
			close = e->valid_to == GP_NO_DATE ? 0 : e->valid_to;
		}
		/* names with several readings (Georgia): the one the document's context favours */
		ctx = context_count(m, e_country ? e_country : e_actor, e->kind == GP_MK_STATE, cands, ncands);
		if (e->kind != GP_MK_BLOCK && tier >= 2)
		{
			const char *c = e_country ? e_country : e_actor;

			if (c != NULL && seen_country != NULL && strcmp(c, seen_country) != 0)
				several = true;
			if (c != NULL)
				seen_country = c;
		}
		if (best == NULL || better_reading(tier, ctx, close, e, best_tier, best_ctx, best_close, best))
		{
			best = e;
			best_tier = tier;
			best_close = close;
			best_ctx = ctx;
		}
	}
	if (best == NULL)
		return false;
	r->ambiguous = several;
	r->entity = gstr(g, best->entity);
	r->kind = best->kind;
	r->actor = gstr(g, best->actor);
	r->sector = gstr(g, best->sector);
	r->country = gstr(g, best->country);
	/* (a leader's entry names its country: none for an organisation's leader) */
	if (r->country == NULL && (best->kind == GP_MK_STATE || best->kind == GP_MK_DEMONYM ||
							   best->kind == GP_MK_CAPITAL || best->kind == GP_MK_INSTITUTION))
		r->country = r->actor;
	if (best->kind == GP_MK_LEADER && best_tier == 1)
	{
		/* a leader out of office speaks for no government */
		r->actor = NULL;
		r->sector = NULL;
	}
	return true;
}

/* the vocabulary id of a token's norm, -1 if no name has it */
static inline int32_t
token_key(const gp_gaz *g, const gp_token *t)
{
	return gp_itrie_key(&g->trie, t->norm, t->normlen, t->hash);
}

static void
push_mention(gp_mention **out, int32_t *n, int32_t *cap, gp_arena *arena, const gp_mention *mm)
{
	if (*n == *cap)
	{
		int32_t		nc = *cap ? *cap * 2 : 16;

		*out = gp_arena_grow(arena, *out, sizeof(gp_mention) * (size_t) *cap, sizeof(gp_mention) * (size_t) nc);
		*cap = nc;
	}
	(*out)[(*n)++] = *mm;
}

static void
fill_span(gp_mention *mm, const char *text, const gp_token *tok, int32_t first, int32_t last)
{
	const gp_token *a = &tok[first],
			   *b = &tok[last];

	mm->tok_first = first;
	mm->tok_last = last;
	mm->start = a->start;
	mm->len = b->start + b->len - a->start;
	mm->cstart = a->cstart;
	mm->clen = b->cstart + b->clen - a->cstart;
	mm->sentence = a->sentence;
	if (b->flags & GP_TF_POSSESSIVE)
	{
		/* "Russia's" or "Russia’s": the mention is "Russia" */
		mm->len -= (int32_t) possessive_bytes(text, b);
		mm->clen -= 2;
	}
}

static void
set_resolved(gp_mention *mm, const resolved *r, uint8_t via)
{
	mm->ambiguous = r->ambiguous;
	mm->first_entry = -1;
	mm->entity = r->entity;
	mm->actor = r->actor;
	mm->country = r->country;
	mm->sector = r->sector;
	mm->kind = r->kind;
	mm->via = via;
}

static const acronym *
find_acronym(const gp_matcher *m, const char *text, const gp_token *t)
{
	for (int i = 0; i < m->nacr; i++)
		if (m->acr[i].len == t->len &&
			memcmp(m->acr[i].surface, text + t->start, (size_t) t->len) == 0)
			return &m->acr[i];
	return NULL;
}

static bool
is_acronym_token(const gp_token *t)
{
	return t->kind == GP_TOK_WORD && (t->flags & GP_TF_ALLCAPS) && t->len >= 2 && t->len <= 10;
}

static bool
is_punct(const char *text, const gp_token *t, char c)
{
	return t->kind == GP_TOK_PUNCT && t->len == 1 && text[t->start] == c;
}

/*
 * "ChinaJapan": a token glued from two or more names by bad text
 * extraction.  Every camel-case part must be a name for the split to count.
 */
static int32_t
match_glued(gp_matcher *m, const char *text, const gp_token *tok, int32_t i,
			gp_mention **out, int32_t *n, int32_t *cap, gp_arena *arena)
{
	const gp_token *t = &tok[i];
	const char *s = text + t->start;
	int32_t		cuts[8];
	int			ncut = 0;
	gp_mention	found[8];
	int			nfound = 0;

	if (!(t->flags & GP_TF_ASCII) || t->kind != GP_TOK_WORD || t->len < 6 || t->len > 64 ||
		!(t->flags & GP_TF_UPPER) || (t->flags & GP_TF_ALLCAPS))
		return 0;
	cuts[ncut++] = 0;
	for (int32_t k = 1; k < t->len && ncut < 7; k++)
		if (s[k] >= 'A' && s[k] <= 'Z' && s[k - 1] >= 'a' && s[k - 1] <= 'z')
			cuts[ncut++] = k;
	if (ncut < 2)
		return 0;
	cuts[ncut] = t->len;
	if (t->flags & GP_TF_POSSESSIVE)
		cuts[ncut] -= 2;
	for (int p = 0; p < ncut; p++)
	{
		char		norm[65];
		int32_t		plen = cuts[p + 1] - cuts[p];
		gp_token	part = *t;
		int32_t		node,
					key;
		resolved	r;

		if (plen < 2)
			return 0;
		for (int32_t k = 0; k < plen; k++)
		{
			char		c = s[cuts[p] + k];

			norm[k] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
		}
		norm[plen] = '\0';
		part.start = t->start + cuts[p];
		part.len = plen;
		part.cstart = t->cstart + cuts[p];
		part.clen = plen;
		part.norm = norm;
		part.normlen = (uint16_t) plen;
		part.hash = gp_hash(norm, (size_t) plen);
		part.flags = GP_TF_UPPER | GP_TF_ASCII;
		key = token_key(m->g, &part);
		node = gp_itrie_child(&m->g->trie, 0, key);
		if (node < 0 || node_first(m->g, node) < 0 ||
			!resolve(m, node_first(m->g, node), text, &part, &key, 1, 0, 0, &r) ||
			r.kind == GP_MK_BLOCK)
			return 0;
		fill_span(&found[nfound], text, &part, 0, 0);
		found[nfound].tok_first = found[nfound].tok_last = i;
		set_resolved(&found[nfound], &r, GP_VIA_GLUED);
		nfound++;
	}
	for (int k = 0; k < nfound; k++)
		push_mention(out, n, cap, arena, &found[k]);
	return nfound;
}

/*
 * Does the acronym fit the name it follows: same first letter, and its
 * letters in order among the name's?  "Russian Far East (RFE)" yes;
 * "BAGHDAD (AFP)", a news agency's dateline, no.
 */
static bool
acronym_fits(const char *text, const gp_token *acr, const gp_token *first, const gp_token *last)
{
	const char *a = text + acr->start,
			   *ae = a + acr->len;
	const char *n = text + first->start,
			   *ne = text + last->start + last->len;

	if ((*a | 0x20) != (*n | 0x20))
		return false;
	for (; a < ae && n < ne; n++)
		if ((*a | 0x20) == (*n | 0x20))
			a++;
	return a == ae;
}

/*
 * The longest name starting at token i whose case policy accepts the
 * surface: pushes its mention (unless blocked) and returns its last token;
 * -1 if none.
 */
static int32_t
match_at(gp_matcher *m, const char *text, const gp_token *tok, const int32_t *vid, int32_t ntok,
		 int32_t i, gp_mention **out, int32_t *n, int32_t *cap, gp_arena *arena)
{
	const gp_gaz *g = m->g;
	int32_t		stack_node[GP_MAX_DEPTH];
	int32_t		stack_last[GP_MAX_DEPTH];
	int			depth = 0;
	int32_t		node = gp_itrie_child(&g->trie, 0, vid[i]);

	for (int32_t j = i; node >= 0 && depth < GP_MAX_DEPTH;)
	{
		if (node_first(g, node) >= 0)
		{
			stack_node[depth] = node;
			stack_last[depth] = j;
			depth++;
		}
		if (++j >= ntok)
			break;
		node = gp_itrie_child(&g->trie, node, vid[j]);
	}
	while (depth > 0)
	{
		resolved	r;
		int32_t		last;

		depth--;
		last = stack_last[depth];
		if (!resolve(m, node_first(g, stack_node[depth]), text, tok, vid, ntok, i, last, &r))
			continue;
		/* "<ROK>": a ticker symbol in angle brackets names a company */
		if (i > 0 && last + 1 < ntok && tok[i - 1].len == 1 && text[tok[i - 1].start] == '<' &&
			tok[last + 1].len == 1 && text[tok[last + 1].start] == '>')
			return last;
		if (r.kind != GP_MK_BLOCK)
		{
			gp_mention	mm;

			fill_span(&mm, text, tok, i, last);
			set_resolved(&mm, &r, GP_VIA_NAME);
			mm.first_entry = node_first(g, stack_node[depth]);
			push_mention(out, n, cap, arena, &mm);
			/* "the Russian Far East (RFE)": the text defines an acronym */
			if (last + 3 < ntok && is_punct(text, &tok[last + 1], '(') &&
				is_acronym_token(&tok[last + 2]) && is_punct(text, &tok[last + 3], ')'))
			{
				const gp_token *at = &tok[last + 2];

				if (m->nacr < GP_MAX_ACRONYMS && find_acronym(m, text, at) == NULL &&
					acronym_fits(text, at, &tok[i], &tok[last]))
				{
					acronym    *a = &m->acr[m->nacr];

					a->surface = gp_arena_strndup(m->arena, text + at->start, (size_t) at->len);
					a->len = at->len;
					a->entity = r.entity;
					a->actor = r.actor;
					a->country = r.country;
					a->sector = r.sector;
					a->kind = r.kind;
					m->nacr++;
				}
			}
		}
		else if (m->report_blocks && r.country != NULL)
		{
			/* "Swiss franc": no actor, but its home country as weak evidence */
			gp_mention	mm;

			fill_span(&mm, text, tok, i, last);
			set_resolved(&mm, &r, GP_VIA_NAME);
			push_mention(out, n, cap, arena, &mm);
		}
		return last;
	}
	return -1;
}

/* bytes of a leading elided article (l', d', dell', qu' ...) before a capital */
static int32_t
elision_len(const char *text, const gp_token *t)
{
	static const struct
	{
		const char *s;
		size_t		len;
	}			arts[] = {{"l'", 2}, {"d'", 2}, {"dell'", 5}, {"all'", 4}, {"nell'", 5}, {"dall'", 5},
	{"sull'", 5}, {"qu'", 3}, {"l\xe2\x80\x99", 4}, {"d\xe2\x80\x99", 4}};
	const char *s = text + t->start;
	char		c0 = t->norm[0];
	bool		apostrophe = false;

	/* every article starts with one of these letters: most words are out at once */
	if (t->kind != GP_TOK_WORD || (c0 != 'l' && c0 != 'd' && c0 != 'a' && c0 != 'n' && c0 != 's' && c0 != 'q'))
		return 0;
	/* and has its ' (or the first byte of ’) at byte 1 to 4 */
	for (int32_t j = 1; j <= 4 && j < t->normlen; j++)
		apostrophe |= t->norm[j] == '\'' || (unsigned char) t->norm[j] == 0xE2;
	if (!apostrophe)
		return 0;
	for (size_t k = 0; k < sizeof(arts) / sizeof(arts[0]); k++)
	{
		size_t		al = arts[k].len;

		/* the norm is lower case, so this also takes "L'Allemagne" */
		if ((size_t) t->len > al + 1 && t->normlen >= al && memcmp(t->norm, arts[k].s, al) == 0 &&
			s[al] >= 'A' && s[al] <= 'Z')
			return (int32_t) al;
	}
	return 0;
}

static void
strip_elision(const char *text, gp_token *t, int32_t el)
{
	int32_t		chars = gp_utf8_count(text + t->start, el);

	t->norm += el;				/* the article is ASCII or ’, same bytes in the norm */
	t->normlen = (uint16_t) (t->normlen - el);
	t->hash = gp_hash(t->norm, t->normlen);
	t->start += el;
	t->len -= el;
	t->cstart += chars;
	t->clen -= chars;
	t->flags = (uint8_t) ((t->flags & ~GP_TF_LOWER) | GP_TF_UPPER);
}

int32_t
gp_match_sentence(gp_matcher *m, const char *text, const gp_token *tok, int32_t ntok,
				  gp_arena *arena, gp_mention **out)
{
	int32_t		n = 0,
				cap = 0;
	int32_t		i = 0;

	*out = NULL;
	/* each token's norm looked up once; the trie is then walked by integer ids */
	if (ntok > m->capvid)
	{
		int32_t		nc = m->capvid ? m->capvid : 64;

		while (nc < ntok)
			nc *= 2;
		m->vid = gp_arena_alloc(m->arena, sizeof(int32_t) * (size_t) nc);
		m->capvid = nc;
	}
	for (int32_t k = 0; k < ntok; k++)
		m->vid[k] = token_key(m->g, &tok[k]);
	while (i < ntok)
	{
		const gp_token *t = &tok[i];

		if (t->kind != GP_TOK_WORD && t->kind != GP_TOK_IDEO && t->kind != GP_TOK_NUMBER)
		{
			i++;
			continue;
		}
		/* acronyms this document defined take precedence */
		if (m->nacr > 0 && is_acronym_token(t))
		{
			const acronym *a = find_acronym(m, text, t);

			if (a != NULL)
			{
				gp_mention	mm;
				resolved	r = {a->entity, a->actor, a->country, a->sector, a->kind, false};

				fill_span(&mm, text, tok, i, i);
				set_resolved(&mm, &r, GP_VIA_ACRONYM);
				push_mention(out, &n, &cap, arena, &mm);
				i++;
				continue;
			}
		}
		{
			/* (most words start no name: no call for them) */
			int32_t		last = gp_itrie_child(&m->g->trie, 0, m->vid[i]) < 0 ? -1
				: match_at(m, text, tok, m->vid, ntok, i, out, &n, &cap, arena);

			/* "l'Allemagne", "d'Italia": a French/Italian elided article */
			if (last < 0)
			{
				int32_t		el = elision_len(text, t);

				if (el > 0)
				{
					gp_token	win[GP_MAX_DEPTH];
					int32_t		wvid[GP_MAX_DEPTH];
					int32_t		w = 0;
					int32_t		n0 = n;

					for (; w < GP_MAX_DEPTH && i + w < ntok; w++)
					{
						win[w] = tok[i + w];
						wvid[w] = m->vid[i + w];
					}
					strip_elision(text, &win[0], el);
					wvid[0] = token_key(m->g, &win[0]);
					last = match_at(m, text, win, wvid, w, 0, out, &n, &cap, arena);
					if (last >= 0)
					{
						/* a blocked name or a ticker pushes no mention: nothing to move */
						if (n > n0)
						{
							(*out)[n - 1].tok_first += i;
							(*out)[n - 1].tok_last += i;
						}
						last += i;
					}
				}
			}
			if (last >= 0)
			{
				i = last + 1;
				continue;
			}
		}
		(void) match_glued(m, text, tok, i, out, &n, &cap, arena);
		i++;
	}
	/*
	 * Context: the countries this sentence names without doubt count first,
	 * then names with several readings are decided again with them
	 * ("Georgia and Atlanta"), then they count too.
	 */
	m->nsent = 0;
	for (int32_t k = 0; k < n && m->nsent < GP_MAX_CONTEXT; k++)
	{
		const gp_mention *mm = &(*out)[k];
		const char *c = mm->country ? mm->country : mm->actor;

		/* a blocked name's home is no context: other names read the same with blocks reported */
		if (!mm->ambiguous && c != NULL && mm->kind != GP_MK_BLOCK)
		{
			m->sent_country[m->nsent] = c;
			m->sent_is_state[m->nsent++] = mm->kind == GP_MK_STATE || mm->kind == GP_MK_CAPITAL ||
				mm->kind == GP_MK_DEMONYM || mm->kind == GP_MK_LEADER || mm->kind == GP_MK_INSTITUTION;
		}
	}
	for (int32_t k = 0; k < n; k++)
	{
		gp_mention *mm = &(*out)[k];

		if (mm->ambiguous && mm->first_entry >= 0)
		{
			resolved	r;

			if (resolve(m, mm->first_entry, text, tok, m->vid, ntok, mm->tok_first, mm->tok_last, &r))
			{
				int32_t		fe = mm->first_entry;

				set_resolved(mm, &r, mm->via);
				mm->first_entry = fe;
			}
		}
	}
	m->nsent = 0;
	for (int32_t k = 0; k < n; k++)
		if ((*out)[k].kind != GP_MK_BLOCK)
			context_add(m, (*out)[k].country ? (*out)[k].country : (*out)[k].actor);
	return n;
}
