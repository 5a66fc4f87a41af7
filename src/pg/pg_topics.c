/*
 * pg_topics.c — geopol.topics(doc).
 */
#include "pg_geopol.h"

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "pg_pipeline.h"
#include "pg_rows.h"

void
gp_pg_topic_values(const gp_topic_result *t, Datum *values, bool *nulls)
{
	Datum	   *terms = palloc(sizeof(Datum) * Max(t->nterms, 1));
	bool		dummy;

	memset(nulls, 0, GP_TOPIC_NCOLS * sizeof(bool));
	for (int32 k = 0; k < t->nterms; k++)
		terms[k] = gp_pg_text_or_null(t->terms[k], &dummy);
	values[GP_T_topic] = gp_pg_text_or_null(t->topic, &nulls[GP_T_topic]);
	values[GP_T_score] = Float4GetDatum(t->score);
	values[GP_T_hits] = Int32GetDatum(t->hits);
	values[GP_T_terms] = PointerGetDatum(construct_array(terms, t->nterms, TEXTOID, -1, false, TYPALIGN_INT));
}

static void
emit_topics(const GpDocResult *d, void *ud)
{
	GpRowSink  *sink = ud;

	for (int32 i = 0; i < d->ntopics; i++)
	{
		Datum		values[GP_TOPIC_NCOLS];
		bool		nulls[GP_TOPIC_NCOLS];

		gp_pg_topic_values(&d->topics[i], values, nulls);
		gp_pg_row_sink_put(sink, values, nulls);
	}
}

PG_FUNCTION_INFO_V1(geopol_topics);
Datum
geopol_topics(PG_FUNCTION_ARGS)
{
	GpRowSink	sink;

	/* the executor's expected row type: no catalog lookup per call */
	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	gp_pg_row_sink_init(&sink, fcinfo, "geopol.topics()", gp_pg_topic_colnames, GP_TOPIC_NCOLS);
	gp_pg_pipeline(PG_GETARG_TEXT_PP(0), GP_NO_DATE, GP_WANT_TOPICS, NULL, emit_topics, &sink);
	return (Datum) 0;
}
