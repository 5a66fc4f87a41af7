/*
 * gp_trie.h — a trie of strings (token norms, word stems) whose edges live
 * in one open-addressing hash table keyed by (parent node, key), so that a
 * lookup costs one probe; the gazetteer and the cue/topic lexicons keep
 * their names in one.  A node can also have a "gap" child (the "*" of a cue
 * pattern), which is not hashed.
 */
#ifndef GP_TRIE_H
#define GP_TRIE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "gp_arena.h"

typedef struct gp_trie_node
{
	int32_t		parent;
	uint32_t	hash;			/* gp_hash(key) */
	const char *key;			/* NUL-terminated */
	int32_t		first;			/* the user's first entry ending here, -1 */
	int32_t		gap;			/* the gap child, -1 */
	uint8_t		flags;			/* the user's */
} gp_trie_node;

typedef struct gp_trie
{
	gp_arena   *arena;
	gp_trie_node *nodes;		/* node 0 is the root */
	int32_t		nnodes,
				capnodes;
	int32_t    *slots;			/* node ids, -1 empty */
	uint32_t	nslots;			/* power of two */
} gp_trie;

void		gp_trie_init(gp_trie *t, gp_arena *arena);
/* room for about nodes nodes without regrowing */
void		gp_trie_reserve(gp_trie *t, int32_t nodes);

/* the child of parent for key[0..keylen) with that hash, or -1 */
int32_t		gp_trie_find(const gp_trie *t, int32_t parent, uint32_t hash, const char *key, size_t keylen);
/* find or add the child for key */
int32_t		gp_trie_insert(gp_trie *t, int32_t parent, const char *key);
/* find or add the gap child of parent */
int32_t		gp_trie_gap(gp_trie *t, int32_t parent);


/*
 * The frozen form of a trie: one position-independent image (offsets, no
 * pointers) that a process can map read-only and share.  Keys are interned:
 * the image holds the vocabulary of distinct keys (a hash table from a
 * token norm to a small integer id), and the edges are hashed by (parent,
 * key id), so that a text's token is looked up once in the vocabulary and
 * then follows edges by integer compares only.
 */
typedef struct gp_ivocab
{
	uint32_t	hash;			/* gp_hash(key) */
	uint32_t	len;			/* bytes */
	uint32_t	str;			/* offset of the NUL-terminated key in the image */
} gp_ivocab;

typedef struct gp_iedge
{
	int32_t		parent;
	int32_t		key;			/* vocabulary id */
	int32_t		child;			/* -1: empty slot */
} gp_iedge;

typedef struct gp_inode
{
	int32_t		first;			/* the user's first entry ending here, -1 */
	int32_t		gap;			/* the gap child, -1 */
	int32_t		flags;			/* the user's */
} gp_inode;

typedef struct gp_itrie
{
	const char *base;			/* the image */
	uint32_t	size;			/* its bytes */
	const int32_t *vslots;		/* vocabulary ids, -1 empty */
	uint32_t	vmask;
	const gp_ivocab *vocab;
	int32_t		nvocab;
	const gp_iedge *edges;
	uint32_t	emask;
	const gp_inode *nodes;
	int32_t		nnodes;
} gp_itrie;

/* The image of t, in arena (8-byte aligned); *size gets its bytes. */
void	   *gp_trie_image(const gp_trie *t, gp_arena *arena, size_t *size);
/*
 * Point v at an image made by gp_trie_image; false if it is not one (header
 * and section bounds checked).  The lookups below check every id and offset
 * they read from the image against its bounds, so that a damaged image
 * gives no match rather than a crash.
 */
bool		gp_itrie_attach(gp_itrie *v, const void *image, size_t size);

/* the vocabulary id of key[0..len) with that hash (gp_hash), or -1 */
static inline int32_t
gp_itrie_key(const gp_itrie *v, const char *key, size_t len, uint32_t hash)
{
	/* (at most every slot: a damaged image may have no empty one) */
	for (uint32_t i = hash & v->vmask, n = 0; n <= v->vmask; i = (i + 1) & v->vmask, n++)
	{
		int32_t		id = v->vslots[i];
		const gp_ivocab *w;

		if (id < 0 || id >= v->nvocab)
			return -1;
		w = &v->vocab[id];
		if (w->hash == hash && w->len == len && (uint64_t) w->str + len < v->size &&
			memcmp(v->base + w->str, key, len) == 0)
			return id;
	}
	return -1;
}

static inline uint32_t
gp_iedge_hash(int32_t parent, int32_t key)
{
	uint32_t	x = (uint32_t) key * 0x9E3779B1u ^ (uint32_t) parent * 0x85EBCA6Bu;

	x ^= x >> 15;
	x *= 0x2C1B3C6Du;
	x ^= x >> 12;
	return x;
}

/* the child of parent by key id (-1 = none) */
static inline int32_t
gp_itrie_child(const gp_itrie *v, int32_t parent, int32_t key)
{
	if (key < 0)
		return -1;
	for (uint32_t i = gp_iedge_hash(parent, key) & v->emask, n = 0; n <= v->emask; i = (i + 1) & v->emask, n++)
	{
		const gp_iedge *e = &v->edges[i];

		if (e->child < 0 || e->child >= v->nnodes)
			return -1;
		if (e->parent == parent && e->key == key)
			return e->child;
	}
	return -1;
}

/* the key of a vocabulary id */
static inline const char *
gp_itrie_keystr(const gp_itrie *v, int32_t key)
{
	return v->base + v->vocab[key].str;
}

#endif
