/*
 * gp_trie.c — hashed trie, see gp_trie.h.
 */
#include "gp_trie.h"

#include <string.h>

#include "gp_text.h"

static inline uint32_t
edge_hash(int32_t parent, uint32_t h)
{
	uint32_t	x = h ^ ((uint32_t) parent * 0x9E3779B1u);

	x ^= x >> 16;
	x *= 0x85EBCA6Bu;
	x ^= x >> 13;
	return x;
}

static void
rehash(gp_trie *t, uint32_t nslots)
{
	int32_t    *slots = gp_arena_alloc(t->arena, sizeof(int32_t) * nslots);

	memset(slots, 0xFF, sizeof(int32_t) * nslots);
	for (int32_t id = 1; id < t->nnodes; id++)
	{
		uint32_t	i;

		if (t->nodes[t->nodes[id].parent].gap == id)
			continue;			/* gap children are not hashed */
		i = edge_hash(t->nodes[id].parent, t->nodes[id].hash) & (nslots - 1);
		while (slots[i] >= 0)
			i = (i + 1) & (nslots - 1);
		slots[i] = id;
	}
	t->slots = slots;
	t->nslots = nslots;
}

static int32_t
new_node(gp_trie *t, int32_t parent, uint32_t hash, const char *key, size_t keylen)
{
	gp_trie_node *n;

	if (t->nnodes == t->capnodes)
		gp_trie_reserve(t, t->capnodes * 2);
	n = &t->nodes[t->nnodes];
	n->parent = parent;
	n->hash = hash;
	n->key = gp_arena_strndup(t->arena, key, keylen);
	n->first = -1;
	n->gap = -1;
	n->flags = 0;
	return t->nnodes++;
}

void
gp_trie_init(gp_trie *t, gp_arena *arena)
{
	memset(t, 0, sizeof(*t));
	t->arena = arena;
	gp_trie_reserve(t, 1024);
	(void) new_node(t, -1, 0, "", 0);
}

void
gp_trie_reserve(gp_trie *t, int32_t nodes)
{
	uint32_t	slots = t->nslots ? t->nslots : 2048;

	if (nodes > t->capnodes)
	{
		t->nodes = gp_arena_grow(t->arena, t->nodes, sizeof(gp_trie_node) * (size_t) t->nnodes,
								 sizeof(gp_trie_node) * (size_t) nodes);
		t->capnodes = nodes;
	}
	while (slots < (uint32_t) nodes * 2)
		slots *= 2;
	if (slots > t->nslots)
		rehash(t, slots);
}

int32_t
gp_trie_find(const gp_trie *t, int32_t parent, uint32_t hash, const char *key, size_t keylen)
{
	uint32_t	mask = t->nslots - 1;

	for (uint32_t i = edge_hash(parent, hash) & mask;; i = (i + 1) & mask)
	{
		int32_t		id = t->slots[i];
		const gp_trie_node *n;

		if (id < 0)
			return -1;
		n = &t->nodes[id];
		if (n->parent == parent && n->hash == hash && strncmp(n->key, key, keylen) == 0 && n->key[keylen] == '\0')
			return id;
	}
}

int32_t
gp_trie_insert(gp_trie *t, int32_t parent, const char *key)
{
	size_t		len = strlen(key);
	uint32_t	h = gp_hash(key, len);
	int32_t		id = gp_trie_find(t, parent, h, key, len);

	if (id >= 0)
		return id;
	id = new_node(t, parent, h, key, len);
	if ((uint32_t) t->nnodes * 2 > t->nslots)
	{
		rehash(t, t->nslots * 2);
		return id;
	}
	{
		uint32_t	i = edge_hash(parent, h) & (t->nslots - 1);

		while (t->slots[i] >= 0)
			i = (i + 1) & (t->nslots - 1);
		t->slots[i] = id;
	}
	return id;
}

int32_t
gp_trie_gap(gp_trie *t, int32_t parent)
{
	int32_t		id;

	if (t->nodes[parent].gap >= 0)
		return t->nodes[parent].gap;
	id = new_node(t, parent, 0, "*", 1);
	t->nodes[parent].gap = id;
	return id;
}

/* ------------------------------------------------------------ images */

#define GP_TRIE_MAGIC 0x47505452u	/* "GPTR" */

typedef struct image_head
{
	uint32_t	magic;
	uint32_t	size;
	uint32_t	nvocab,
				nvslots,
				nedges,
				nnodes;
	uint32_t	off_vslots,
				off_vocab,
				off_edges,
				off_nodes,
				off_strs,
				strs_size;
} image_head;

static size_t
align8(size_t n)
{
	return (n + 7) & ~(size_t) 7;
}

static uint32_t
pow2_at_least(uint32_t n)
{
	uint32_t	p = 2;

	while (p < n)
		p *= 2;
	return p;
}

static bool
is_gap(const gp_trie *t, int32_t id)
{
	return t->nodes[t->nodes[id].parent].gap == id;
}

void *
gp_trie_image(const gp_trie *t, gp_arena *arena, size_t *size)
{
	uint32_t	ntmp = pow2_at_least((uint32_t) t->nnodes * 2);
	int32_t    *tmp = gp_arena_alloc(arena, sizeof(int32_t) * ntmp);	/* key -> first node with it */
	int32_t    *vid = gp_arena_alloc(arena, sizeof(int32_t) * (size_t) t->nnodes);
	uint32_t	nvocab = 0;
	size_t		strs = 0;
	image_head	h;
	char	   *img;

	memset(tmp, 0xFF, sizeof(int32_t) * ntmp);
	/* intern the keys: vid[node] = vocabulary id, tmp holds one node per distinct key */
	vid[0] = -1;
	for (int32_t id = 1; id < t->nnodes; id++)
	{
		const gp_trie_node *n = &t->nodes[id];
		uint32_t	i;

		vid[id] = -1;
		if (is_gap(t, id))
			continue;
		for (i = n->hash & (ntmp - 1); tmp[i] >= 0; i = (i + 1) & (ntmp - 1))
			if (t->nodes[tmp[i]].hash == n->hash && strcmp(t->nodes[tmp[i]].key, n->key) == 0)
				break;
		if (tmp[i] < 0)
		{
			tmp[i] = id;
			vid[id] = (int32_t) nvocab++;
			strs += strlen(n->key) + 1;
		}
		else
			vid[id] = vid[tmp[i]];
	}
	memset(&h, 0, sizeof(h));
	h.magic = GP_TRIE_MAGIC;
	h.nvocab = nvocab;
	h.nvslots = pow2_at_least(nvocab * 2);
	h.nedges = pow2_at_least((uint32_t) t->nnodes * 2);
	h.nnodes = (uint32_t) t->nnodes;
	h.off_vslots = (uint32_t) align8(sizeof(image_head));
	h.off_vocab = (uint32_t) align8(h.off_vslots + sizeof(int32_t) * h.nvslots);
	h.off_edges = (uint32_t) align8(h.off_vocab + sizeof(gp_ivocab) * nvocab);
	h.off_nodes = (uint32_t) align8(h.off_edges + sizeof(gp_iedge) * h.nedges);
	h.off_strs = (uint32_t) align8(h.off_nodes + sizeof(gp_inode) * h.nnodes);
	h.strs_size = (uint32_t) strs;
	h.size = (uint32_t) align8(h.off_strs + strs);
	img = gp_arena_alloc(arena, h.size);
	memset(img, 0, h.size);
	memcpy(img, &h, sizeof(h));
	{
		int32_t    *vslots = (int32_t *) (img + h.off_vslots);
		gp_ivocab  *vocab = (gp_ivocab *) (img + h.off_vocab);
		gp_iedge   *edges = (gp_iedge *) (img + h.off_edges);
		gp_inode   *nodes = (gp_inode *) (img + h.off_nodes);
		size_t		pos = h.off_strs;

		memset(vslots, 0xFF, sizeof(int32_t) * h.nvslots);
		for (uint32_t i = 0; i < h.nedges; i++)
			edges[i].child = -1;
		for (int32_t id = 0; id < t->nnodes; id++)
		{
			const gp_trie_node *n = &t->nodes[id];

			nodes[id].first = n->first;
			nodes[id].gap = n->gap;
			nodes[id].flags = n->flags;
			if (vid[id] < 0)
				continue;
			if (vocab[vid[id]].str == 0)
			{
				/* first node with this key: the key into the vocabulary */
				size_t		len = strlen(n->key);
				uint32_t	i;

				vocab[vid[id]].hash = n->hash;
				vocab[vid[id]].len = (uint32_t) len;
				vocab[vid[id]].str = (uint32_t) pos;
				memcpy(img + pos, n->key, len + 1);
				pos += len + 1;
				for (i = n->hash & (h.nvslots - 1); vslots[i] >= 0; i = (i + 1) & (h.nvslots - 1))
					;
				vslots[i] = vid[id];
			}
			{
				uint32_t	i = gp_iedge_hash(n->parent, vid[id]) & (h.nedges - 1);

				while (edges[i].child >= 0)
					i = (i + 1) & (h.nedges - 1);
				edges[i].parent = n->parent;
				edges[i].key = vid[id];
				edges[i].child = id;
			}
		}
	}
	*size = h.size;
	return img;
}

bool
gp_itrie_attach(gp_itrie *v, const void *image, size_t size)
{
	image_head	h;
	const char *b = image;

	if (size < sizeof(h) || ((uintptr_t) image & 7) != 0)
		return false;
	memcpy(&h, image, sizeof(h));
	if (h.magic != GP_TRIE_MAGIC || h.size > size || h.nnodes < 1 ||
		(h.nvslots & (h.nvslots - 1)) != 0 || (h.nedges & (h.nedges - 1)) != 0 ||
		h.nvslots < 2 || h.nedges < 2 || h.nvocab >= h.nvslots || h.nnodes >= h.nedges ||
		h.off_vslots < sizeof(h) ||
		(uint64_t) h.off_vslots + sizeof(int32_t) * (uint64_t) h.nvslots > h.off_vocab ||
		(uint64_t) h.off_vocab + sizeof(gp_ivocab) * (uint64_t) h.nvocab > h.off_edges ||
		(uint64_t) h.off_edges + sizeof(gp_iedge) * (uint64_t) h.nedges > h.off_nodes ||
		(uint64_t) h.off_nodes + sizeof(gp_inode) * (uint64_t) h.nnodes > h.off_strs ||
		(uint64_t) h.off_strs + h.strs_size > h.size)
		return false;
	v->base = b;
	v->size = h.size;
	v->vslots = (const int32_t *) (b + h.off_vslots);
	v->vmask = h.nvslots - 1;
	v->vocab = (const gp_ivocab *) (b + h.off_vocab);
	v->nvocab = (int32_t) h.nvocab;
	v->edges = (const gp_iedge *) (b + h.off_edges);
	v->emask = h.nedges - 1;
	v->nodes = (const gp_inode *) (b + h.off_nodes);
	v->nnodes = (int32_t) h.nnodes;
	return true;
}
