/*
 * pg_analyze_rows.c — geopol._analyze_rows(keys, docs, doc_dates): what
 * geopol.analyze() finds in a batch of documents, as typed rows for
 * refresh() to store.
 *
 * One call per batch (a set-returning call per document costs several
 * microseconds of its own, a fifth of analysing a short document), one pass
 * over each document, like analyze().  Every row starts with the document's
 * key (as text) and date; then a row 'r' per relation, with the columns of
 * a relation prefixed r_, then one row 'd' with the document's own columns
 * prefixed d_ (pg_rows.h: counts, its mentions and topics as arrays of
 * geopol.mention_row and geopol.topic_row, the hash of its text), which is
 * how refresh() stores them: one row per document rather than one per
 * mention, so one index entry instead of two per mention.  Typed values
 * throughout: no jsonb to build and parse again.
 *
 * Columns are placed by name (pg_rows.h), so the function serves the
 * declaration of every release: 0.2.0's had no d_text_hash.
 */
#include "pg_geopol.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "miscadmin.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/lsyscache.h"
#include "utils/typcache.h"

#include "pg_pipeline.h"
#include "pg_rows.h"

/* the elements of one of the arrays: composite values of a row type */
typedef struct RowArray
{
	Oid			type;
	TupleDesc	desc;
	GpRowMap   *map;			/* canonical row -> the type's attributes */
	int16		typlen;
	bool		typbyval;
	char		typalign;
	Datum	   *elems;
	int32		n;
	int32		cap;
} RowArray;

/* what every call needs, made at the first: the layout and the row types */
typedef struct RowsLayout
{
	int			col_key,
				col_date,
				col_part;
	GpRowMap   *rel;			/* r_ columns */
	GpRowMap   *doc;			/* d_ columns */
	Datum		kinds[GP_MK_NKINDS];
	RowArray	men;
	RowArray	top;
} RowsLayout;

typedef struct RowsState
{
	ReturnSetInfo *rsinfo;
	const RowsLayout *lay;
	MemoryContext cxt;			/* the document's: outlives the per-sentence one */
	Datum	   *values;			/* the declared row */
	bool	   *nulls;
	int			natts;
	RowArray	men;
	RowArray	top;
	int32		nrelations;
	int64		text_hash;
} RowsState;

static int
column_named(TupleDesc desc, const char *name)
{
	for (int j = 0; j < desc->natts; j++)
		if (!TupleDescAttr(desc, j)->attisdropped && strcmp(NameStr(TupleDescAttr(desc, j)->attname), name) == 0)
			return j;
	return -1;
}

/*
 * The array column col of the result holds values of a composite type made
 * of the columns names: its descriptor and map, in cxt (the function's).
 */
static void
row_array_type(RowArray *a, TupleDesc result, int col, const char *const *names, int ncols,
			   const char *what, MemoryContext cxt)
{
	Oid			arraytype = TupleDescAttr(result, col)->atttypid;
	MemoryContext old;

	a->type = get_element_type(arraytype);
	if (!OidIsValid(a->type) || !type_is_rowtype(a->type))
		elog(ERROR, "column %d of geopol._analyze_rows() is not an array of a row type", col + 1);
	old = MemoryContextSwitchTo(cxt);
	a->desc = lookup_rowtype_tupdesc_copy(a->type, -1);
	MemoryContextSwitchTo(old);
	a->map = gp_pg_row_map(a->desc, names, ncols, "", cxt);
	gp_pg_row_maps_cover(a->desc, what, &a->map, 1, NULL, 0);
	get_typlenbyvalalign(a->type, &a->typlen, &a->typbyval, &a->typalign);
}

static RowsLayout *
make_layout(TupleDesc desc, MemoryContext cxt)
{
	RowsLayout *lay = MemoryContextAllocZero(cxt, sizeof(RowsLayout));
	static const char *const base[] = {"key", "doc_date", "part"};
	GpRowMap   *maps[2];
	MemoryContext old;
	int			c;

	lay->col_key = column_named(desc, "key");
	lay->col_date = column_named(desc, "doc_date");
	lay->col_part = column_named(desc, "part");
	if (lay->col_key < 0 || lay->col_date < 0 || lay->col_part < 0)
		elog(ERROR, "geopol._analyze_rows() is declared without key, doc_date or part");
	lay->rel = gp_pg_row_map(desc, gp_pg_relation_colnames, GP_RELATION_NCOLS, "r_", cxt);
	lay->doc = gp_pg_row_map(desc, gp_pg_doc_colnames, GP_DOC_NCOLS, "d_", cxt);
	maps[0] = lay->rel;
	maps[1] = lay->doc;
	gp_pg_row_maps_cover(desc, "geopol._analyze_rows()", maps, 2, base, 3);
	old = MemoryContextSwitchTo(cxt);
	gp_pg_mention_kinds(lay->kinds);
	MemoryContextSwitchTo(old);
	for (c = 0; c < desc->natts; c++)
	{
		if (lay->doc->src[c] == GP_D_mention_list)
			row_array_type(&lay->men, desc, c, gp_pg_mention_colnames, GP_MENTION_NCOLS, "geopol.mention_row", cxt);
		else if (lay->doc->src[c] == GP_D_topic_list)
			row_array_type(&lay->top, desc, c, gp_pg_topic_colnames, GP_TOPIC_NCOLS, "geopol.topic_row", cxt);
	}
	if (lay->men.desc == NULL || lay->top.desc == NULL)
		elog(ERROR, "geopol._analyze_rows() is declared without d_mention_list or d_topic_list");
	return lay;
}

/* no elements yet (in the current context) */
static void
row_array_start(RowArray *a)
{
	a->n = 0;
	a->cap = 16;
	a->elems = palloc(sizeof(Datum) * a->cap);
}

/* adds a canonical row as a value of a's type, formed in cxt */
static void
row_array_add(RowArray *a, MemoryContext cxt, const Datum *cv, const bool *cn)
{
	MemoryContext old = MemoryContextSwitchTo(cxt);
	Datum	   *values = palloc(sizeof(Datum) * a->desc->natts);
	bool	   *nulls = palloc(sizeof(bool) * a->desc->natts);

	for (int j = 0; j < a->desc->natts; j++)
		nulls[j] = true;
	gp_pg_row_place(a->map, cv, cn, values, nulls);
	if (a->n == a->cap)
	{
		a->cap *= 2;
		a->elems = repalloc(a->elems, sizeof(Datum) * a->cap);
	}
	a->elems[a->n++] = HeapTupleGetDatum(heap_form_tuple(a->desc, values, nulls));
	pfree(values);
	pfree(nulls);
	MemoryContextSwitchTo(old);
}

static Datum
row_array_result(RowArray *a)
{
	return PointerGetDatum(construct_array(a->elems, a->n, a->type, a->typlen, a->typbyval, a->typalign));
}

/* a row of the given part, with the key and date; then the part's columns NULL again */
static void
put_row(RowsState *st, char part, const GpRowMap *m)
{
	st->values[st->lay->col_part] = CharGetDatum(part);
	st->nulls[st->lay->col_part] = false;
	tuplestore_putvalues(st->rsinfo->setResult, st->rsinfo->setDesc, st->values, st->nulls);
	for (int j = 0; j < st->natts; j++)
		if (m->src[j] >= 0)
			st->nulls[j] = true;
}

static void
rows_sentence(const GpSentenceResult *r, void *ud)
{
	RowsState  *st = ud;

	for (int32 i = 0; i < r->nmen; i++)
	{
		Datum		values[GP_MENTION_NCOLS];
		bool		nulls[GP_MENTION_NCOLS];

		gp_pg_mention_values(r, i, st->lay->kinds, values, nulls);
		row_array_add(&st->men, st->cxt, values, nulls);
	}
	if (r->nrel > 0)
	{
		Datum		evidence = gp_pg_relation_evidence(r);

		for (int32 i = 0; i < r->nrel; i++)
		{
			Datum		values[GP_RELATION_NCOLS];
			bool		nulls[GP_RELATION_NCOLS];

			gp_pg_relation_values(r, i, evidence, values, nulls);
			gp_pg_row_place(st->lay->rel, values, nulls, st->values, st->nulls);
			put_row(st, 'r', st->lay->rel);
		}
	}
	st->nrelations += r->nrel;
}

static void
rows_done(const GpDocResult *d, void *ud)
{
	RowsState  *st = ud;
	Datum		cv[GP_DOC_NCOLS];
	bool		cn[GP_DOC_NCOLS];

	for (int32 i = 0; i < d->ntopics; i++)
	{
		Datum		values[GP_TOPIC_NCOLS];
		bool		nulls[GP_TOPIC_NCOLS];

		gp_pg_topic_values(&d->topics[i], values, nulls);
		row_array_add(&st->top, st->cxt, values, nulls);
	}
	memset(cn, 0, sizeof(cn));
	cv[GP_D_sentences] = Int32GetDatum(d->nsentences);
	cv[GP_D_mentions] = Int32GetDatum(st->men.n);
	cv[GP_D_relations] = Int32GetDatum(st->nrelations);
	cv[GP_D_topics] = Int32GetDatum(st->top.n);
	cv[GP_D_mention_list] = row_array_result(&st->men);
	cv[GP_D_topic_list] = row_array_result(&st->top);
	cv[GP_D_text_hash] = Int64GetDatum(st->text_hash);
	gp_pg_row_place(st->lay->doc, cv, cn, st->values, st->nulls);
	put_row(st, 'd', st->lay->doc);
}

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
	RowsLayout *lay = fcinfo->flinfo->fn_extra;
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
	if (lay == NULL)
	{
		lay = make_layout(st->rsinfo->setDesc, fcinfo->flinfo->fn_mcxt);
		fcinfo->flinfo->fn_extra = lay;
	}
	st->lay = lay;
	st->natts = st->rsinfo->setDesc->natts;
	st->values = palloc(sizeof(Datum) * st->natts);
	st->nulls = palloc(sizeof(bool) * st->natts);

	/* each document's results in a context of their own, reset after it */
	doccxt = AllocSetContextCreate(CurrentMemoryContext, "geopol._analyze_rows document",
								   ALLOCSET_DEFAULT_SIZES);
	for (int i = 0; i < nkeys; i++)
	{
		MemoryContext old;
		text	   *doc;

		CHECK_FOR_INTERRUPTS();
		if (keynull[i] || docnull[i])
			continue;
		old = MemoryContextSwitchTo(doccxt);
		st->cxt = doccxt;
		st->men = lay->men;
		st->top = lay->top;
		st->nrelations = 0;
		row_array_start(&st->men);
		row_array_start(&st->top);
		for (int j = 0; j < st->natts; j++)
			st->nulls[j] = true;
		st->values[lay->col_key] = keys[i];
		st->nulls[lay->col_key] = false;
		st->values[lay->col_date] = dates[i];
		st->nulls[lay->col_date] = datenull[i];
		doc = DatumGetTextPP(docs[i]);
		/* as hashtextextended(doc COLLATE "C", 0) gives it: geopol.verify() compares */
		st->text_hash = DatumGetInt64(hash_any_extended((unsigned char *) VARDATA_ANY(doc),
														VARSIZE_ANY_EXHDR(doc), 0));
		gp_pg_pipeline(doc, datenull[i] ? GP_NO_DATE : (int32) DatumGetDateADT(dates[i]),
					   GP_WANT_RELATIONS | GP_WANT_TOPICS, rows_sentence, rows_done, st);
		MemoryContextSwitchTo(old);
		MemoryContextReset(doccxt);
	}
	MemoryContextDelete(doccxt);
	return (Datum) 0;
}
