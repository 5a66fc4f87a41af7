/*
 * pg_mentions.c — geopol.mentions(doc, doc_date).
 */
#include "pg_geopol.h"

#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/date.h"

#include "pg_pipeline.h"
#include "pg_rows.h"

typedef struct MentionState
{
	GpRowSink	sink;
	Datum		kinds[GP_MK_NKINDS];
} MentionState;

void
gp_pg_mention_kinds(Datum *kinds)
{
	for (int k = 0; k < GP_MK_NKINDS; k++)
		kinds[k] = PointerGetDatum(cstring_to_text(gp_mkind_name[k]));
}

void
gp_pg_mention_values(const GpSentenceResult *r, int32 i, const Datum *kinds, Datum *values, bool *nulls)
{
	const gp_mention *mm = &r->men[i];

	memset(nulls, 0, GP_MENTION_NCOLS * sizeof(bool));
	values[GP_M_sentence] = Int32GetDatum(mm->sentence + 1);
	values[GP_M_start_pos] = Int32GetDatum(mm->cstart + 1);
	values[GP_M_len] = Int32GetDatum(mm->clen);
	values[GP_M_surface] = PointerGetDatum(gp_pg_text_from_utf8(r->in->utf8 + mm->start, mm->len));
	values[GP_M_actor] = gp_pg_text_or_null(mm->actor, &nulls[GP_M_actor]);
	values[GP_M_entity] = gp_pg_text_or_null(mm->entity, &nulls[GP_M_entity]);
	values[GP_M_kind] = kinds[mm->kind];
	values[GP_M_country] = gp_pg_text_or_null(mm->country, &nulls[GP_M_country]);
	values[GP_M_sector] = gp_pg_text_or_null(mm->sector, &nulls[GP_M_sector]);
}

static void
emit_mentions(const GpSentenceResult *r, void *ud)
{
	MentionState *st = ud;

	for (int32 i = 0; i < r->nmen; i++)
	{
		Datum		values[GP_MENTION_NCOLS];
		bool		nulls[GP_MENTION_NCOLS];

		gp_pg_mention_values(r, i, st->kinds, values, nulls);
		gp_pg_row_sink_put(&st->sink, values, nulls);
	}
}

PG_FUNCTION_INFO_V1(geopol_mentions);
Datum
geopol_mentions(PG_FUNCTION_ARGS)
{
	MentionState st;

	/* the executor's expected row type: no catalog lookup per call */
	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	gp_pg_row_sink_init(&st.sink, fcinfo, "geopol.mentions()", gp_pg_mention_colnames, GP_MENTION_NCOLS);
	gp_pg_mention_kinds(st.kinds);
	gp_pg_pipeline(PG_GETARG_TEXT_PP(0), PG_ARGISNULL(1) ? GP_NO_DATE : (int32) PG_GETARG_DATEADT(1),
				   GP_WANT_MENTIONS, emit_mentions, NULL, &st);
	return (Datum) 0;
}
