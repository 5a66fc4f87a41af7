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

static int
rehash(gp_trie *t, uint32_t nslots)
{
	int32_t    *slots = gp_arena_alloc(t->arena, sizeof(int32_t) * nslots);

	if (slots == NULL)
		return -1;
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
	return 0;
}

static int32_t
new_node(gp_trie *t, int32_t parent, uint32_t hash, const char *key, size_t keylen)
{
	gp_trie_node *n;

	if (t->nnodes == t->capnodes && gp_trie_reserve(t, t->capnodes * 2) < 0)
		return -1;
	n = &t->nodes[t->nnodes];
	n->parent = parent;
	n->hash = hash;
	n->key = gp_arena_strndup(t->arena, key, keylen);
	n->first = -1;
	n->gap = -1;
	n->flags = 0;
	return n->key ? t->nnodes++ : -1;
}

int
gp_trie_init(gp_trie *t, gp_arena *arena)
{
	memset(t, 0, sizeof(*t));
	t->arena = arena;
	if (gp_trie_reserve(t, 1024) < 0 || new_node(t, -1, 0, "", 0) < 0)
		return -1;
	return 0;
}

int
gp_trie_reserve(gp_trie *t, int32_t nodes)
{
	uint32_t	slots = t->nslots ? t->nslots : 2048;

	if (nodes > t->capnodes)
	{
		gp_trie_node *nn = gp_arena_grow(t->arena, t->nodes, sizeof(gp_trie_node) * (size_t) t->nnodes,
										 sizeof(gp_trie_node) * (size_t) nodes);

		if (nn == NULL)
			return -1;
		t->nodes = nn;
		t->capnodes = nodes;
	}
	while (slots < (uint32_t) nodes * 2)
		slots *= 2;
	if (slots > t->nslots)
		return rehash(t, slots);
	return 0;
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
	if (id < 0)
		return -1;
	if ((uint32_t) t->nnodes * 2 > t->nslots)
		return rehash(t, t->nslots * 2) < 0 ? -1 : id;
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
	if (id >= 0)
		t->nodes[parent].gap = id;
	return id;
}
