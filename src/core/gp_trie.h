/*
 * gp_trie.h — a trie of strings (token norms, word stems) whose edges live
 * in one open-addressing hash table keyed by (parent node, key), so that a
 * lookup costs one probe; the gazetteer and the cue/topic lexicons keep
 * their names in one.  A node can also have a "gap" child (the "*" of a cue
 * pattern), which is not hashed.
 */
#ifndef GP_TRIE_H
#define GP_TRIE_H

#include <stddef.h>
#include <stdint.h>

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

/* 0, or -1 when out of memory */
int			gp_trie_init(gp_trie *t, gp_arena *arena);
/* room for about nodes nodes without regrowing */
int			gp_trie_reserve(gp_trie *t, int32_t nodes);

/* the child of parent for key[0..keylen) with that hash, or -1 */
int32_t		gp_trie_find(const gp_trie *t, int32_t parent, uint32_t hash, const char *key, size_t keylen);
/* find or add the child for key; -1 when out of memory */
int32_t		gp_trie_insert(gp_trie *t, int32_t parent, const char *key);
/* find or add the gap child of parent; -1 when out of memory */
int32_t		gp_trie_gap(gp_trie *t, int32_t parent);

#endif
