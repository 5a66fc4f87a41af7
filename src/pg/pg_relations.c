/*
 * pg_relations.c — geopol.relations(doc, doc_date).
 */
#include "pg_geopol.h"

#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/date.h"

#include "pg_pipeline.h"
#include "pg_rows.h"

typedef struct RelationState
{
	ReturnSetInfo *rsinfo;
} RelationState;

Datum
gp_relation_evidence(const GpSentenceResult *r)
{
	return PointerGetDatum(gp_text_from_utf8(r->in->utf8 + r->s.start, r->s.len));
}

void
gp_relation_values(const GpSentenceResult *r, int32 i, Datum evidence, Datum *values, bool *nulls)
{
	const gp_relation *rel = &r->rel[i];
	const gp_token *a = &r->tok[rel->cue_first],
			   *b = &r->tok[rel->cue_last];

	memset(nulls, 0, GP_RELATION_COLS * sizeof(bool));
	values[0] = Int32GetDatum(rel->sentence + 1);
	values[1] = gp_text_or_null(rel->source, &nulls[1]);
	values[2] = gp_text_or_null(rel->target, &nulls[2]);
	values[3] = gp_text_or_null(rel->cue->event, &nulls[3]);
	values[4] = gp_text_or_null(rel->cue->mode, &nulls[4]);
	values[5] = Int16GetDatum(rel->cue->quad);
	values[6] = Float4GetDatum(rel->cue->score);
	values[7] = BoolGetDatum(rel->negated);
	values[8] = BoolGetDatum(rel->hypothetical);
	values[9] = PointerGetDatum(gp_text_from_utf8(r->in->utf8 + a->start, b->start + b->len - a->start));
	values[10] = Int32GetDatum(a->cstart + 1);
	values[11] = Int32GetDatum(b->cstart + b->clen - a->cstart);
	values[12] = evidence;
	values[13] = gp_text_or_null(rel->rule, &nulls[13]);
}

static void
emit_relations(const GpSentenceResult *r, void *ud)
{
	RelationState *st = ud;
	Datum		evidence = (Datum) 0;

	if (r->nrel > 0)
		evidence = gp_relation_evidence(r);
	for (int32 i = 0; i < r->nrel; i++)
	{
		Datum		values[GP_RELATION_COLS];
		bool		nulls[GP_RELATION_COLS];

		gp_relation_values(r, i, evidence, values, nulls);
		tuplestore_putvalues(st->rsinfo->setResult, st->rsinfo->setDesc, values, nulls);
	}
}

PG_FUNCTION_INFO_V1(geopol_relations);
Datum
geopol_relations(PG_FUNCTION_ARGS)
{
	RelationState st;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	st.rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	gp_pg_pipeline(PG_GETARG_TEXT_PP(0), PG_ARGISNULL(1) ? GP_NO_DATE : (int32) PG_GETARG_DATEADT(1),
				   GP_WANT_RELATIONS, emit_relations, NULL, &st);
	return (Datum) 0;
}
