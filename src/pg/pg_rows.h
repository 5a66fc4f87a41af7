/*
 * pg_rows.h — small helpers for building result rows.
 */
#ifndef PG_ROWS_H
#define PG_ROWS_H

#include "utils/builtins.h"

/* text datum of a UTF-8 C string (dictionary strings), or NULL */
static inline Datum
gp_text_or_null(const char *s, bool *isnull)
{
	if (s == NULL)
	{
		*isnull = true;
		return (Datum) 0;
	}
	*isnull = false;
	return PointerGetDatum(gp_text_from_utf8(s, (int32) strlen(s)));
}

#endif
