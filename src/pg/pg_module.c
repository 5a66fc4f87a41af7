/*
 * pg_module.c — module entry, the per-backend ICU segmenter and the
 * allocator/interrupt hooks the core is given.
 *
 * ICU handles (break iterators, the normaliser) are opened once per backend
 * and reused by every call: nothing is left open when a call errors out, and
 * a cancelled call leaves them ready for the next (each call resets the text
 * they iterate over).
 */
#include "pg_geopol.h"

#include "miscadmin.h"
#include "utils/builtins.h"

PG_MODULE_MAGIC;

static gp_segmenter *segmenter = NULL;

gp_segmenter *
gp_pg_segmenter(void)
{
	if (segmenter == NULL)
	{
		char		err[256];

		segmenter = gp_segmenter_open(err, sizeof(err));
		if (segmenter == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
					 errmsg("could not initialize ICU text segmentation"),
					 errdetail("%s", err),
					 errhint("Check that the ICU data library is installed.")));
	}
	return segmenter;
}

void
gp_pg_interrupt(void *ud)
{
	(void) ud;
	CHECK_FOR_INTERRUPTS();
}

void
gp_pg_core_error(const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
			 errmsg("text analysis failed: %s", what),
			 errdetail("The ICU library reported: %s.", gp_segmenter_error(gp_pg_segmenter()))));
}

static void *
pg_arena_alloc(size_t size, void *ud)
{
	return MemoryContextAllocHuge((MemoryContext) ud, size);
}

static void
pg_arena_release(void *ptr, void *ud)
{
	(void) ud;
	pfree(ptr);
}

void
gp_pg_arena_init(gp_arena *arena, MemoryContext cxt)
{
	gp_allocator *al = MemoryContextAlloc(cxt, sizeof(gp_allocator));

	al->alloc = pg_arena_alloc;
	al->release = pg_arena_release;
	al->ud = cxt;
	gp_arena_init(arena, al);
}

PG_FUNCTION_INFO_V1(geopol_icu_version);
Datum
geopol_icu_version(PG_FUNCTION_ARGS)
{
	char		buf[32];

	gp_icu_version(buf, sizeof(buf));
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}
