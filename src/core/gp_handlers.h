/*
 * gp_handlers.h — the core's one entry point to its host: how it gets
 * memory, how it reports an error it cannot go on after, and how the host
 * interrupts a long call.
 *
 * The host installs its handlers once (gp_set_handlers) before it calls the
 * core: the PostgreSQL layer at module load (palloc in a memory context,
 * ereport, CHECK_FOR_INTERRUPTS); tests and tools keep the defaults (malloc,
 * a message on stderr and abort, no interrupts).  Neither the allocation nor
 * the error handler returns on failure, so the core never checks for an
 * allocation that failed and never passes an error up: a call that returns
 * has succeeded.  (The pattern of PostGIS's lwgeom_set_handlers.)
 */
#ifndef GP_HANDLERS_H
#define GP_HANDLERS_H

#include <stddef.h>

typedef enum gp_error_kind
{
	GP_ERR_SETUP = 0,			/* ICU could not be opened (its data missing?) */
	GP_ERR_TEXT					/* an ICU call failed on a text */
} gp_error_kind;

typedef struct gp_handlers
{
	/*
	 * size bytes for owner (the host's memory context; NULL: for the life of
	 * the process), aligned for any type.  Never returns NULL.
	 */
	void	   *(*alloc) (size_t size, void *owner);
	void		(*release) (void *ptr, void *owner);
	/* what the core was doing and the library's error; never returns */
	void		(*error) (gp_error_kind kind, const char *what, const char *detail);
	/* called regularly in every loop over input; may not return (a cancelled query); may be NULL */
	void		(*interrupt) (void);
} gp_handlers;

/* Install h (copied); NULL members keep the defaults. */
void		gp_set_handlers(const gp_handlers *h);

extern gp_handlers gp_handler;

static inline void *
gp_alloc(size_t size, void *owner)
{
	return gp_handler.alloc(size, owner);
}

static inline void
gp_release(void *ptr, void *owner)
{
	gp_handler.release(ptr, owner);
}

#if defined(__GNUC__) || defined(__clang__)
__attribute__((noreturn))
#endif
void		gp_error(gp_error_kind kind, const char *what, const char *detail);

static inline void
gp_interrupt(void)
{
	if (gp_handler.interrupt != NULL)
		gp_handler.interrupt();
}

#endif
