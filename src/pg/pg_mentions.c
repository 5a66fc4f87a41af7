/*
 * pg_mentions.c — geopol.mentions(doc, doc_date).
 */
#include "pg_geopol.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"

#include "pg_dict.h"

static inline Datum
text_or_null(const char *s, bool *isnull)
{
	if (s == NULL)
	{
		*isnull = true;
		return (Datum) 0;
	}
	*isnull = false;
	return PointerGetDatum(cstring_to_text(s));
}

PG_FUNCTION_INFO_V1(geopol_mentions);
Datum
geopol_mentions(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo;
	const GpDict *d;
	GpInput		in;
	gp_segmenter *seg;
	MemoryContext cxt,
				old;
	gp_arena	doc_arena,
				sent_arena;
	gp_sentiter *it;
	gp_matcher *m;
	gp_sentence s;
	int			rc;
	int32		date = PG_ARGISNULL(1) ? GP_NO_DATE : (int32) PG_GETARG_DATEADT(1);
	Datum		kinds[GP_MK_NKINDS];

	InitMaterializedSRF(fcinfo, 0);
	rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	d = gp_dict_get();
	seg = gp_pg_segmenter();
	for (int k = 0; k < GP_MK_NKINDS; k++)
		kinds[k] = PointerGetDatum(cstring_to_text(gp_mkind_name[k]));

	gp_input_from_text(PG_GETARG_TEXT_PP(0), &in);
	cxt = AllocSetContextCreate(CurrentMemoryContext, "geopol sentence", ALLOCSET_DEFAULT_SIZES);
	gp_pg_arena_init(&doc_arena, CurrentMemoryContext);
	gp_pg_arena_init(&sent_arena, CurrentMemoryContext);
	it = gp_sentiter_begin(seg, in.utf8, in.len, &doc_arena);
	m = gp_matcher_create(d->gaz, seg, &doc_arena, date);
	if (it == NULL || m == NULL)
		gp_pg_core_error("sentence segmentation");
	while ((rc = gp_sentiter_next(it, &s)) == 1)
	{
		gp_token   *tok;
		gp_mention *men;
		int32		ntok,
					nmen;

		CHECK_FOR_INTERRUPTS();
		ntok = gp_tokenize_span(seg, in.utf8, &s, false, &sent_arena, &tok, gp_pg_interrupt, NULL);
		if (ntok < 0)
			gp_pg_core_error("word segmentation");
		nmen = gp_match_sentence(m, in.utf8, tok, ntok, &sent_arena, &men);
		if (nmen < 0)
			ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("out of memory")));
		old = MemoryContextSwitchTo(cxt);
		for (int32 i = 0; i < nmen; i++)
		{
			const gp_mention *mm = &men[i];
			Datum		values[9];
			bool		nulls[9] = {0};

			values[0] = Int32GetDatum(mm->sentence + 1);
			values[1] = Int32GetDatum(mm->cstart + 1);
			values[2] = Int32GetDatum(mm->clen);
			values[3] = PointerGetDatum(gp_text_from_utf8(in.utf8 + mm->start, mm->len));
			values[4] = text_or_null(mm->actor, &nulls[4]);
			values[5] = text_or_null(mm->entry->entity, &nulls[5]);
			values[6] = kinds[mm->kind];
			values[7] = text_or_null(mm->country, &nulls[7]);
			values[8] = text_or_null(mm->sector, &nulls[8]);
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		}
		MemoryContextSwitchTo(old);
		MemoryContextReset(cxt);
		gp_arena_reset(&sent_arena);
	}
	if (rc < 0)
		gp_pg_core_error("sentence segmentation");
	gp_arena_free(&sent_arena);
	gp_arena_free(&doc_arena);
	MemoryContextDelete(cxt);
	return (Datum) 0;
}
