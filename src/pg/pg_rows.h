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

/*
 * The columns of one result row of each part, as geopol.mentions(),
 * relations() and topics() return them (and geopol._analyze_rows() lays
 * them side by side).
 */
#define GP_MENTION_COLS 9
#define GP_RELATION_COLS 14
#define GP_TOPIC_COLS 4

struct GpSentenceResult;
struct gp_topic_result;

/* kinds: the text datums of gp_mkind_name */
extern void gp_mention_kinds(Datum *kinds);
extern void gp_mention_values(const struct GpSentenceResult *r, int32 i, const Datum *kinds,
							  Datum *values, bool *nulls);
/* evidence: the sentence's text datum, shared by its relations */
extern Datum gp_relation_evidence(const struct GpSentenceResult *r);
extern void gp_relation_values(const struct GpSentenceResult *r, int32 i, Datum evidence,
							   Datum *values, bool *nulls);
extern void gp_topic_values(const struct gp_topic_result *t, Datum *values, bool *nulls);

#endif
