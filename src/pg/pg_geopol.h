/*
 * pg_geopol.h — shared declarations of the PostgreSQL layer.
 */
#ifndef PG_GEOPOL_H
#define PG_GEOPOL_H

#include "postgres.h"
#include "fmgr.h"
#include "utils/memutils.h"

#include "gp_arena.h"
#include "gp_text.h"

/* A document as the core sees it: UTF-8, with the server's original text. */
typedef struct GpInput
{
	const char *utf8;			/* UTF-8 bytes (may point into the datum) */
	int32		len;
	int			encoding;		/* server encoding */
} GpInput;

/* pg_module.c: the core's handlers are installed at load (gp_handlers.h) */
extern gp_segmenter *gp_pg_segmenter(void);

/* pg_input.c */
extern void gp_pg_input_from_text(text *t, GpInput *in);
extern void gp_pg_input_from_bytes(const char *s, int32 len, GpInput *in);
extern text *gp_pg_text_from_utf8(const char *s, int32 len);
extern bool gp_pg_server_can_hold(const char *s, int32 len);
/* norm in the server encoding; the surface where the encoding cannot hold it */
extern text *gp_pg_norm_from_utf8(const char *norm, int32 normlen, const char *surface, int32 len);

#endif
