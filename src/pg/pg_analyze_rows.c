/*
 * pg_analyze_rows.c — geopol._analyze_rows(keys, docs, doc_dates): what
 * geopol.analyze() finds in a batch of documents, as typed rows for
 * refresh() to store.
 *
 * One call per batch (a set-returning call per document costs several
 * microseconds of its own, a fifth of analysing a short document), one pass
 * over each document, like analyze().  Every row starts with the document's
 * key (as text) and date; then a row 'r' per relation, with
 * the columns of geopol.relations(), then one row 'd' with the document's
 * counts and its mentions and topics as arrays of geopol.mention_row and
 * geopol.topic_row (the columns of geopol.mentions() and topics()), which is
 * how refresh() stores them: one row per document rather than one per
 * mention, so one index entry instead of two per mention.  Typed values
 * throughout: no jsonb to build and parse again.
 */
#include "pg_geopol.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "miscadmin.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/lsyscache.h"
#include "utils/typcache.h"

#include "pg_pipeline.h"
#include "pg_rows.h"

#define COL_KEY 0
#define COL_DATE 1
#define COL_PART 2
#define COL_R (COL_PART + 1)
#define COL_D (COL_R + GP_RELATION_COLS)
#define DOC_COLS 6				/* sentences, mentions, relations, topics, mention and topic arrays */
#define NCOLS (COL_D + DOC_COLS)

/* the elements of one of the arrays: composite values of a row type */
typedef struct RowArray
{
	Oid			type;
	TupleDesc	desc;
	int16		typlen;
	bool		typbyval;
	char		typalign;
	Datum	   *elems;
	int32		n;
	int32		cap;
} RowArray;

typedef struct RowsState
{
	ReturnSetInfo *rsinfo;
	MemoryContext cxt;			/* the call's: outlives the per-sentence one */
	Datum		kinds[GP_MK_NKINDS];
	Datum		values[NCOLS];
	bool		nulls[NCOLS];
	RowArray	men;
	RowArray	top;
	int32		nrelations;
} RowsState;

/*
 * The array column col of the result holds values of a composite type of
 * ncols columns: its descriptor, in cxt (the function's, kept across calls).
 */
static void
row_array_type(RowArray *a, TupleDesc result, int col, int ncols, MemoryContext cxt)
{
	Oid			arraytype = TupleDescAttr(result, col)->atttypid;
	MemoryContext old;

	a->type = get_element_type(arraytype);
	if (!OidIsValid(a->type) || !type_is_rowtype(a->type))
		elog(ERROR, "column %d of geopol._analyze_rows() is not an array of a row type", col + 1);
	old = MemoryContextSwitchTo(cxt);
	a->desc = lookup_rowtype_tupdesc_copy(a->type, -1);
	MemoryContextSwitchTo(old);
	if (a->desc->natts != ncols)
		elog(ERROR, "type %s has %d columns, not %d", format_type_be(a->type), a->desc->natts, ncols);
	get_typlenbyvalalign(a->type, &a->typlen, &a->typbyval, &a->typalign);
}

/* no elements yet (in the current context) */
static void
row_array_start(RowArray *a)
{
	a->n = 0;
	a->cap = 16;
	a->elems = palloc(sizeof(Datum) * a->cap);
}

/* adds a row of a's type, formed in cxt */
static void
row_array_add(RowArray *a, MemoryContext cxt, Datum *values, bool *nulls)
{
	MemoryContext old = MemoryContextSwitchTo(cxt);

	if (a->n == a->cap)
	{
		a->cap *= 2;
		a->elems = repalloc(a->elems, sizeof(Datum) * a->cap);
	}
	a->elems[a->n++] = HeapTupleGetDatum(heap_form_tuple(a->desc, values, nulls));
	MemoryContextSwitchTo(old);
}

static Datum
row_array_result(RowArray *a)
{
	return PointerGetDatum(construct_array(a->elems, a->n, a->type, a->typlen, a->typbyval, a->typalign));
}

static void
put_row(RowsState *st, char part)
{
	st->values[COL_PART] = CharGetDatum(part);
	st->nulls[COL_PART] = false;
	tuplestore_putvalues(st->rsinfo->setResult, st->rsinfo->setDesc, st->values, st->nulls);
}

static void
clear_cols(RowsState *st, int first, int n)
{
	for (int k = first; k < first + n; k++)
		st->nulls[k] = true;
}

static void
rows_sentence(const GpSentenceResult *r, void *ud)
{
	RowsState  *st = ud;

	for (int32 i = 0; i < r->nmen; i++)
	{
		Datum		values[GP_MENTION_COLS];
		bool		nulls[GP_MENTION_COLS];

		gp_mention_values(r, i, st->kinds, values, nulls);
		row_array_add(&st->men, st->cxt, values, nulls);
	}
	if (r->nrel > 0)
	{
		Datum		evidence = gp_relation_evidence(r);

		for (int32 i = 0; i < r->nrel; i++)
		{
			gp_relation_values(r, i, evidence, st->values + COL_R, st->nulls + COL_R);
			put_row(st, 'r');
		}
		clear_cols(st, COL_R, GP_RELATION_COLS);
	}
	st->nrelations += r->nrel;
}

static void
rows_done(const GpDocResult *d, void *ud)
{
	RowsState  *st = ud;

	for (int32 i = 0; i < d->ntopics; i++)
	{
		Datum		values[GP_TOPIC_COLS];
		bool		nulls[GP_TOPIC_COLS];

		gp_topic_values(&d->topics[i], values, nulls);
		row_array_add(&st->top, st->cxt, values, nulls);
	}
	st->values[COL_D + 0] = Int32GetDatum(d->nsentences);
	st->values[COL_D + 1] = Int32GetDatum(st->men.n);
	st->values[COL_D + 2] = Int32GetDatum(st->nrelations);
	st->values[COL_D + 3] = Int32GetDatum(st->top.n);
	st->values[COL_D + 4] = row_array_result(&st->men);
	st->values[COL_D + 5] = row_array_result(&st->top);
	for (int k = 0; k < DOC_COLS; k++)
		st->nulls[COL_D + k] = false;
	put_row(st, 'd');
}

/* what every call needs, made at the first: the kinds' text and the row types */
typedef struct RowsCache
{
	Datum		kinds[GP_MK_NKINDS];
	RowArray	men;
	RowArray	top;
} RowsCache;

static void
deconstruct(ArrayType *a, Oid type, int16 len, bool byval, char align, Datum **values, bool **nulls, int *n)
{
	if (ARR_NDIM(a) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("geopol._analyze_rows() takes one-dimensional arrays")));
	deconstruct_array(a, type, len, byval, align, values, nulls, n);
}

PG_FUNCTION_INFO_V1(geopol_analyze_rows);
Datum
geopol_analyze_rows(PG_FUNCTION_ARGS)
{
	RowsState  *st;
	RowsCache  *cache = fcinfo->flinfo->fn_extra;
	Datum	   *keys,
			   *docs,
			   *dates;
	bool	   *keynull,
			   *docnull,
			   *datenull;
	int			nkeys,
				ndocs,
				ndates;
	MemoryContext doccxt;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2))
		return (Datum) 0;
	deconstruct(PG_GETARG_ARRAYTYPE_P(0), TEXTOID, -1, false, TYPALIGN_INT, &keys, &keynull, &nkeys);
	deconstruct(PG_GETARG_ARRAYTYPE_P(1), TEXTOID, -1, false, TYPALIGN_INT, &docs, &docnull, &ndocs);
	deconstruct(PG_GETARG_ARRAYTYPE_P(2), DATEOID, sizeof(DateADT), true, TYPALIGN_INT, &dates, &datenull, &ndates);
	if (nkeys != ndocs || nkeys != ndates)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("geopol._analyze_rows() needs as many documents and dates as keys")));

	st = palloc0(sizeof(RowsState));
	st->rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	if (st->rsinfo->setDesc->natts != NCOLS)
		elog(ERROR, "geopol._analyze_rows() is declared with %d columns, not %d",
			 st->rsinfo->setDesc->natts, NCOLS);
	if (cache == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);

		cache = palloc0(sizeof(RowsCache));
		gp_mention_kinds(cache->kinds);
		MemoryContextSwitchTo(old);
		row_array_type(&cache->men, st->rsinfo->setDesc, COL_D + 4, GP_MENTION_COLS, fcinfo->flinfo->fn_mcxt);
		row_array_type(&cache->top, st->rsinfo->setDesc, COL_D + 5, GP_TOPIC_COLS, fcinfo->flinfo->fn_mcxt);
		fcinfo->flinfo->fn_extra = cache;
	}
	memcpy(st->kinds, cache->kinds, sizeof(st->kinds));

	/* each document's results in a context of their own, reset after it */
	doccxt = AllocSetContextCreate(CurrentMemoryContext, "geopol._analyze_rows document",
								   ALLOCSET_DEFAULT_SIZES);
	for (int i = 0; i < nkeys; i++)
	{
		MemoryContext old;

		CHECK_FOR_INTERRUPTS();
		if (keynull[i] || docnull[i])
			continue;
		old = MemoryContextSwitchTo(doccxt);
		st->cxt = doccxt;
		st->men = cache->men;
		st->top = cache->top;
		st->nrelations = 0;
		row_array_start(&st->men);
		row_array_start(&st->top);
		clear_cols(st, 0, NCOLS);
		st->values[COL_KEY] = keys[i];
		st->nulls[COL_KEY] = false;
		st->values[COL_DATE] = dates[i];
		st->nulls[COL_DATE] = datenull[i];
		gp_pg_pipeline(DatumGetTextPP(docs[i]), datenull[i] ? GP_NO_DATE : (int32) DatumGetDateADT(dates[i]),
					   GP_WANT_RELATIONS | GP_WANT_TOPICS, rows_sentence, rows_done, st);
		MemoryContextSwitchTo(old);
		MemoryContextReset(doccxt);
	}
	MemoryContextDelete(doccxt);
	return (Datum) 0;
}
