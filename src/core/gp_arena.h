/*
 * gp_arena.h — bump allocator over chunks obtained from the host's
 * allocation handler (gp_handlers.h) for an owner: the PostgreSQL layer's
 * memory context, or NULL.  Allocation never fails (the handler raises an
 * error instead), so callers do not check for NULL.
 */
#ifndef GP_ARENA_H
#define GP_ARENA_H

#include <stddef.h>
#include <stdint.h>

#include "gp_handlers.h"

typedef struct gp_chunk gp_chunk;

typedef struct gp_arena
{
	void	   *owner;			/* passed to the allocation handler */
	gp_chunk   *head;			/* current chunk, list of older ones behind */
	size_t		used;			/* bytes used in head */
	size_t		cap;			/* capacity of head */
	size_t		total;			/* bytes obtained from the handler, for accounting */
} gp_arena;

void		gp_arena_init(gp_arena *a, void *owner);
void	   *gp_arena_alloc(gp_arena *a, size_t size);
void	   *gp_arena_grow(gp_arena *a, void *old, size_t oldsize, size_t newsize);
char	   *gp_arena_strndup(gp_arena *a, const char *s, size_t n);
/* Forget everything but keep the first chunk for reuse. */
void		gp_arena_reset(gp_arena *a);
/* Give every chunk back. */
void		gp_arena_free(gp_arena *a);

#endif
