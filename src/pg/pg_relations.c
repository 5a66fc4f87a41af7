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
	GpRowSink	sink;
} RelationState;

Datum
gp_pg_relation_evidence(const GpSentenceResult *r)
{
	return PointerGetDatum(gp_pg_text_from_utf8(r->in->utf8 + r->s.start, r->s.len));
}

void
gp_pg_relation_values(const GpSentenceResult *r, int32 i, Datum evidence, Datum *values, bool *nulls)
{
	const gp_relation *rel = &r->rel[i];
	const gp_token *a = &r->tok[rel->cue_first],
			   *b = &r->tok[rel->cue_last];

	memset(nulls, 0, GP_RELATION_NCOLS * sizeof(bool));
	values[GP_R_sentence] = Int32GetDatum(rel->sentence + 1);
	values[GP_R_source] = gp_pg_text_or_null(rel->source, &nulls[GP_R_source]);
	values[GP_R_target] = gp_pg_text_or_null(rel->target, &nulls[GP_R_target]);
	values[GP_R_event] = gp_pg_text_or_null(rel->event, &nulls[GP_R_event]);
	values[GP_R_mode] = gp_pg_text_or_null(rel->mode, &nulls[GP_R_mode]);
	values[GP_R_quad] = Int16GetDatum(rel->quad);
	values[GP_R_score] = Float4GetDatum(rel->score);
	/* a relationship reference has no event: no quad, no score, a tone */
	nulls[GP_R_quad] = nulls[GP_R_score] = rel->kind != GP_REL_EVENT;
	values[GP_R_negated] = BoolGetDatum(rel->negated);
	values[GP_R_hypothetical] = BoolGetDatum(rel->hypothetical);
	values[GP_R_cue] = PointerGetDatum(gp_pg_text_from_utf8(r->in->utf8 + a->start, b->start + b->len - a->start));
	values[GP_R_start_pos] = Int32GetDatum(a->cstart + 1);
	values[GP_R_len] = Int32GetDatum(b->cstart + b->clen - a->cstart);
	values[GP_R_evidence] = evidence;
	values[GP_R_rule] = gp_pg_text_or_null(rel->rule, &nulls[GP_R_rule]);
	values[GP_R_main] = BoolGetDatum(rel->main);
	values[GP_R_kind] = CStringGetTextDatum(rel->kind == GP_REL_EVENT ? "event" : "reference");
	values[GP_R_tone] = Float4GetDatum(rel->tone);
	nulls[GP_R_tone] = rel->kind != GP_REL_REFERENCE;
}

static void
emit_relations(const GpSentenceResult *r, void *ud)
{
	RelationState *st = ud;
	Datum		evidence = (Datum) 0;

	if (r->nrel > 0)
		evidence = gp_pg_relation_evidence(r);
	for (int32 i = 0; i < r->nrel; i++)
	{
		Datum		values[GP_RELATION_NCOLS];
		bool		nulls[GP_RELATION_NCOLS];

		gp_pg_relation_values(r, i, evidence, values, nulls);
		gp_pg_row_sink_put(&st->sink, values, nulls);
	}
}

PG_FUNCTION_INFO_V1(geopol_relations);
Datum
geopol_relations(PG_FUNCTION_ARGS)
{
	RelationState st;

	/* the executor's expected row type: no catalog lookup per call */
	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	gp_pg_row_sink_init(&st.sink, fcinfo, "geopol.relations()", gp_pg_relation_colnames, GP_RELATION_NCOLS);
	gp_pg_pipeline(PG_GETARG_TEXT_PP(0), PG_ARGISNULL(1) ? GP_NO_DATE : (int32) PG_GETARG_DATEADT(1),
				   GP_WANT_RELATIONS, emit_relations, NULL, &st);
	return (Datum) 0;
}
