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
gp_topic_values(const gp_topic_result *t, Datum *values, bool *nulls)
{
	Datum	   *terms = palloc(sizeof(Datum) * Max(t->nterms, 1));
	bool		dummy;

	memset(nulls, 0, GP_TOPIC_COLS * sizeof(bool));
	for (int32 k = 0; k < t->nterms; k++)
		terms[k] = gp_text_or_null(t->terms[k], &dummy);
	values[0] = gp_text_or_null(t->topic, &nulls[0]);
	values[1] = Float4GetDatum(t->score);
	values[2] = Int32GetDatum(t->hits);
	values[3] = PointerGetDatum(construct_array(terms, t->nterms, TEXTOID, -1, false, TYPALIGN_INT));
}

static void
emit_topics(const GpDocResult *d, void *ud)
{
	ReturnSetInfo *rsinfo = ud;

	for (int32 i = 0; i < d->ntopics; i++)
	{
		Datum		values[GP_TOPIC_COLS];
		bool		nulls[GP_TOPIC_COLS];

		gp_topic_values(&d->topics[i], values, nulls);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
}

PG_FUNCTION_INFO_V1(geopol_topics);
Datum
geopol_topics(PG_FUNCTION_ARGS)
{
	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	gp_pg_pipeline(PG_GETARG_TEXT_PP(0), GP_NO_DATE, GP_WANT_TOPICS, NULL, emit_topics,
				   fcinfo->resultinfo);
	return (Datum) 0;
}
