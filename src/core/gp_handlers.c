/*
 * gp_handlers.c — the host's handlers and their defaults, see gp_handlers.h.
 *
 * The defaults suit tests and tools: malloc, and on failure a message on
 * stderr and abort() (nothing can go on after it, and a sanitizer or
 * debugger sees where it happened).
 */
#include "gp_handlers.h"

#include <stdio.h>
#include <stdlib.h>

static void *
default_alloc(size_t size, void *owner)
{
	void	   *p = malloc(size ? size : 1);

	(void) owner;
	if (p == NULL)
	{
		fprintf(stderr, "geopol: out of memory (%zu bytes)\n", size);
		abort();
	}
	return p;
}

static void
default_release(void *ptr, void *owner)
{
	(void) owner;
	free(ptr);
}

static void
default_error(gp_error_kind kind, const char *what, const char *detail)
{
	fprintf(stderr, "geopol: %s: %s: %s\n", kind == GP_ERR_SETUP ? "setup failed" : "text analysis failed",
			what, detail);
	abort();
}

gp_handlers gp_handler = {default_alloc, default_release, default_error, NULL};

void
gp_set_handlers(const gp_handlers *h)
{
	gp_handler.alloc = h->alloc ? h->alloc : default_alloc;
	gp_handler.release = h->release ? h->release : default_release;
	gp_handler.error = h->error ? h->error : default_error;
	gp_handler.interrupt = h->interrupt;
}

void
gp_error(gp_error_kind kind, const char *what, const char *detail)
{
	gp_handler.error(kind, what, detail);
	abort();					/* a handler that returns: nothing can go on */
}
