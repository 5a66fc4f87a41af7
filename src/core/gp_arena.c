/*
 * gp_arena.c — bump allocator, see gp_arena.h.
 */
#include "gp_arena.h"

#include <string.h>

struct gp_chunk
{
	gp_chunk   *next;
	size_t		cap;
	/* data follows, aligned */
};

#define GP_ALIGN 16
#define GP_CHUNK_HDR (((sizeof(gp_chunk) + GP_ALIGN - 1) / GP_ALIGN) * GP_ALIGN)
#define GP_MIN_CHUNK ((size_t) 16 * 1024)

void
gp_arena_init(gp_arena *a, void *owner)
{
	a->owner = owner;
	a->head = NULL;
	a->used = 0;
	a->cap = 0;
	a->total = 0;
}

static void
new_chunk(gp_arena *a, size_t need)
{
	size_t		cap = a->cap ? a->cap * 2 : GP_MIN_CHUNK;
	gp_chunk   *c;

	if (cap > (size_t) 8 * 1024 * 1024)
		cap = (size_t) 8 * 1024 * 1024;
	if (cap < need)
		cap = need;
	c = gp_alloc(GP_CHUNK_HDR + cap, a->owner);
	c->next = a->head;
	c->cap = cap;
	a->head = c;
	a->cap = cap;
	a->used = 0;
	a->total += GP_CHUNK_HDR + cap;
}

void *
gp_arena_alloc(gp_arena *a, size_t size)
{
	char	   *p;

	size = (size + GP_ALIGN - 1) & ~((size_t) GP_ALIGN - 1);
	if (size == 0)
		size = GP_ALIGN;
	if (a->head == NULL || a->cap - a->used < size)
		new_chunk(a, size);
	p = (char *) a->head + GP_CHUNK_HDR + a->used;
	a->used += size;
	return p;
}

void *
gp_arena_grow(gp_arena *a, void *old, size_t oldsize, size_t newsize)
{
	void	   *p;

	if (newsize <= oldsize)
		return old;
	p = gp_arena_alloc(a, newsize);
	if (old != NULL && oldsize > 0)
		memcpy(p, old, oldsize);
	return p;
}

char *
gp_arena_strndup(gp_arena *a, const char *s, size_t n)
{
	char	   *p = gp_arena_alloc(a, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void
gp_arena_reset(gp_arena *a)
{
	gp_chunk   *c = a->head;

	if (c == NULL)
		return;
	/* keep the newest (largest) chunk, release the others */
	while (c->next != NULL)
	{
		gp_chunk   *older = c->next;

		c->next = older->next;
		a->total -= GP_CHUNK_HDR + older->cap;
		gp_release(older, a->owner);
	}
	a->used = 0;
	a->cap = c->cap;
}

void
gp_arena_free(gp_arena *a)
{
	gp_chunk   *c = a->head;

	while (c != NULL)
	{
		gp_chunk   *next = c->next;

		gp_release(c, a->owner);
		c = next;
	}
	a->head = NULL;
	a->used = a->cap = a->total = 0;
}
