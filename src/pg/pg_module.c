/*
 * pg_module.c — module entry: the core's handlers (gp_handlers.h) installed
 * once at load, and the per-backend ICU segmenter.
 *
 * The core allocates through palloc in the memory context it is given
 * (TopMemoryContext for what lives as long as the backend), reports an ICU
 * failure through ereport, and calls CHECK_FOR_INTERRUPTS in its loops over
 * input; none of these returns on failure, so neither the core nor this
 * layer checks for a failed allocation.
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

void		_PG_init(void);

static gp_segmenter *segmenter = NULL;

static void *
gp_pg_alloc(size_t size, void *owner)
{
	return MemoryContextAllocHuge(owner ? (MemoryContext) owner : TopMemoryContext, size);
}

static void
gp_pg_release(void *ptr, void *owner)
{
	(void) owner;
	pfree(ptr);
}

static void
gp_pg_error(gp_error_kind kind, const char *what, const char *detail)
{
	if (kind == GP_ERR_SETUP)
		ereport(ERROR,
				(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
				 errmsg("could not initialize ICU text segmentation"),
				 errdetail("%s: %s.", what, detail),
				 errhint("Check that the ICU data library is installed.")));
	ereport(ERROR,
			(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
			 errmsg("text analysis failed: %s", what),
			 errdetail("The ICU library reported: %s.", detail)));
}

static void
gp_pg_interrupt(void)
{
	CHECK_FOR_INTERRUPTS();
}

void
_PG_init(void)
{
	gp_handlers h = {gp_pg_alloc, gp_pg_release, gp_pg_error, gp_pg_interrupt};

	gp_set_handlers(&h);
}

gp_segmenter *
gp_pg_segmenter(void)
{
	if (segmenter == NULL)
		segmenter = gp_segmenter_open();
	return segmenter;
}

PG_FUNCTION_INFO_V1(geopol_icu_version);
Datum
geopol_icu_version(PG_FUNCTION_ARGS)
{
	char		buf[32];

	gp_icu_version(buf, sizeof(buf));
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}
