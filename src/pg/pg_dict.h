/*
 * pg_dict.h — the per-backend compiled dictionary.
 */
#ifndef PG_DICT_H
#define PG_DICT_H

#include "gp_gazetteer.h"

typedef struct GpDict
{
	gp_gaz	   *gaz;
	int32		names;			/* rows read */
	double		compile_ms;
	TimestampTz compiled_at;
} GpDict;

/* The dictionary of this backend, compiled from the tables if stale. */
extern const GpDict *gp_dict_get(void);

#endif
