/*
 * gp_arena.h — bump allocator over chunks obtained from a caller-supplied
 * allocator.  The core never calls malloc directly: the PostgreSQL layer
 * hands it palloc in a memory context, the unit tests hand it malloc.
 */
#ifndef GP_ARENA_H
#define GP_ARENA_H

#include <stddef.h>
#include <stdint.h>

typedef struct gp_allocator
{
	void	   *(*alloc) (size_t size, void *ud);	/* returns NULL or aborts */
	void		(*release) (void *ptr, void *ud);	/* may be NULL (context reset) */
	void	   *ud;
} gp_allocator;

typedef struct gp_chunk gp_chunk;

typedef struct gp_arena
{
	const gp_allocator *al;
	gp_chunk   *head;			/* current chunk, list of older ones behind */
	size_t		used;			/* bytes used in head */
	size_t		cap;			/* capacity of head */
	size_t		total;			/* bytes obtained from al, for accounting */
} gp_arena;

void		gp_arena_init(gp_arena *a, const gp_allocator *al);
void	   *gp_arena_alloc(gp_arena *a, size_t size);
void	   *gp_arena_grow(gp_arena *a, void *old, size_t oldsize, size_t newsize);
char	   *gp_arena_strndup(gp_arena *a, const char *s, size_t n);
/* Forget everything but keep the first chunk for reuse. */
void		gp_arena_reset(gp_arena *a);
/* Give every chunk back. */
void		gp_arena_free(gp_arena *a);

/* malloc-based allocator for tools and tests. */
extern const gp_allocator gp_malloc_allocator;

#endif
