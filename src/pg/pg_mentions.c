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
	ReturnSetInfo *rsinfo;
	Datum		kinds[GP_MK_NKINDS];
} MentionState;

void
gp_mention_kinds(Datum *kinds)
{
	for (int k = 0; k < GP_MK_NKINDS; k++)
		kinds[k] = PointerGetDatum(cstring_to_text(gp_mkind_name[k]));
}

void
gp_mention_values(const GpSentenceResult *r, int32 i, const Datum *kinds, Datum *values, bool *nulls)
{
	const gp_mention *mm = &r->men[i];

	memset(nulls, 0, GP_MENTION_COLS * sizeof(bool));
	values[0] = Int32GetDatum(mm->sentence + 1);
	values[1] = Int32GetDatum(mm->cstart + 1);
	values[2] = Int32GetDatum(mm->clen);
	values[3] = PointerGetDatum(gp_text_from_utf8(r->in->utf8 + mm->start, mm->len));
	values[4] = gp_text_or_null(mm->actor, &nulls[4]);
	values[5] = gp_text_or_null(mm->entry->entity, &nulls[5]);
	values[6] = kinds[mm->kind];
	values[7] = gp_text_or_null(mm->country, &nulls[7]);
	values[8] = gp_text_or_null(mm->sector, &nulls[8]);
}

static void
emit_mentions(const GpSentenceResult *r, void *ud)
{
	MentionState *st = ud;

	for (int32 i = 0; i < r->nmen; i++)
	{
		Datum		values[GP_MENTION_COLS];
		bool		nulls[GP_MENTION_COLS];

		gp_mention_values(r, i, st->kinds, values, nulls);
		tuplestore_putvalues(st->rsinfo->setResult, st->rsinfo->setDesc, values, nulls);
	}
}

PG_FUNCTION_INFO_V1(geopol_mentions);
Datum
geopol_mentions(PG_FUNCTION_ARGS)
{
	MentionState st;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	st.rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	gp_mention_kinds(st.kinds);
	gp_pg_pipeline(PG_GETARG_TEXT_PP(0), PG_ARGISNULL(1) ? GP_NO_DATE : (int32) PG_GETARG_DATEADT(1),
				   GP_WANT_MENTIONS, emit_mentions, NULL, &st);
	return (Datum) 0;
}
