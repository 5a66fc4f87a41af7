/*
 * pg_analyze.c — geopol.analyze(doc, doc_date) as one jsonb, and
 * geopol.actor_tsvector(doc).
 *
 * Each element is a canonical row of pg_rows.h (the values mentions(),
 * relations() and topics() give), keyed by its column names: a new column
 * is a new key with no code here.
 *
 * analyze() makes one pass and builds its jsonb as it goes, in the binary
 * form PostgreSQL stores (utils/jsonb.h): each mention, relation and topic
 * object is built and converted in the per-sentence memory context, and
 * only its bytes and its JEntry are kept, appended to its array.  At the
 * end the object {"topics", "mentions", "relations", "sentences"} (keys in
 * jsonb order: shorter first, then bytewise) is laid out around the three
 * arrays.  Memory is the size of the result twice at most (the arrays,
 * then the result), not a tree of JsonbValues converted three times over;
 * the bytes are exactly those pushJsonbValue and JsonbValueToJsonb give.
 * A result past the limit of a jsonb value (JENTRY_OFFLENMASK bytes) is
 * reported as soon as the arrays reach it.
 */
#include "pg_geopol.h"

#include "tsearch/ts_type.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"

#include "catalog/pg_type.h"
#include "utils/array.h"

#include "pg_pipeline.h"
#include "pg_rows.h"

/* one array of the result: its elements' bytes and JEntries */
typedef struct JbArray
{
	StringInfoData data;		/* from a 4-byte aligned start, as in the result */
	uint32	   *jentries;
	int32		n,
				cap;
} JbArray;

typedef struct AnalyzeState
{
	MemoryContext cxt;			/* where the arrays are kept */
	MemoryContext elem_cxt;		/* one element's values and conversion, reset after it */
	JbArray		men;
	JbArray		rel;
	JbArray		top;
	int32		nsentences;
	Datum		kinds[GP_MK_NKINDS];	/* the mention kinds as text */
} AnalyzeState;

/*
 * One element of an array: a canonical row (pg_rows.h) as a jsonb object,
 * its keys the row's column names, each value converted by its SQL type, as
 * to_jsonb() would (numbers as numeric, NULL as null).
 */
typedef enum JbKind
{
	JB_INT,
	JB_SMALLINT,
	JB_REAL,
	JB_BOOL,
	JB_TEXT,
	JB_TEXT_ARRAY
} JbKind;

typedef struct JbRow
{
	const char *const *names;
	int			ncols;
	JbKind		kinds[64];
	/*
	 * The columns in jsonb's key order (shorter first, then bytewise):
	 * pushJsonbValue sorts an object's keys, and keys pushed in that order
	 * cost its sort one pass (the bytes are the same whatever the order).
	 */
	int			order[64];
} JbRow;

/* jsonb's order of keys (lengthCompareJsonbStringValue) */
static int
jb_key_cmp(const char *a, const char *b)
{
	size_t		la = strlen(a),
				lb = strlen(b);

	if (la != lb)
		return la < lb ? -1 : 1;
	return memcmp(a, b, la);
}

static void
jb_row_init(JbRow *row, const char *const *names, const char *const *types, int ncols)
{
	Assert(ncols <= lengthof(row->kinds));
	row->names = names;
	row->ncols = ncols;
	for (int c = 0; c < ncols; c++)
	{
		const char *t = types[c];

		if (strcmp(t, "int") == 0)
			row->kinds[c] = JB_INT;
		else if (strcmp(t, "smallint") == 0)
			row->kinds[c] = JB_SMALLINT;
		else if (strcmp(t, "real") == 0)
			row->kinds[c] = JB_REAL;
		else if (strcmp(t, "boolean") == 0)
			row->kinds[c] = JB_BOOL;
		else if (strcmp(t, "text") == 0)
			row->kinds[c] = JB_TEXT;
		else if (strcmp(t, "text[]") == 0)
			row->kinds[c] = JB_TEXT_ARRAY;
		else
			elog(ERROR, "geopol.analyze(): no jsonb form for column type %s", t);
	}
	/* insertion sort of the column numbers: a few dozen, once per backend */
	for (int c = 0; c < ncols; c++)
	{
		int			k = c;

		while (k > 0 && jb_key_cmp(names[row->order[k - 1]], names[c]) > 0)
		{
			row->order[k] = row->order[k - 1];
			k--;
		}
		row->order[k] = c;
	}
}

static void
jb_string(JsonbValue *v, Datum d)
{
	text	   *t = DatumGetTextPP(d);

	v->type = jbvString;
	v->val.string.val = VARDATA_ANY(t);
	v->val.string.len = VARSIZE_ANY_EXHDR(t);
}

static void
jb_row(JsonbParseState **ps, const JbRow *row, const Datum *cv, const bool *cn)
{
	for (int i = 0; i < row->ncols; i++)
	{
		int			c = row->order[i];
		JsonbValue	v;

		v.type = jbvString;
		v.val.string.val = (char *) row->names[c];
		v.val.string.len = (int) strlen(row->names[c]);
		pushJsonbValue(ps, WJB_KEY, &v);
		if (cn[c])
		{
			v.type = jbvNull;
			pushJsonbValue(ps, WJB_VALUE, &v);
			continue;
		}
		switch (row->kinds[c])
		{
			case JB_INT:
				v.type = jbvNumeric;
				v.val.numeric = int64_to_numeric(DatumGetInt32(cv[c]));
				break;
			case JB_SMALLINT:
				v.type = jbvNumeric;
				v.val.numeric = int64_to_numeric(DatumGetInt16(cv[c]));
				break;
			case JB_REAL:
				v.type = jbvNumeric;
				v.val.numeric = DatumGetNumeric(DirectFunctionCall1(float4_numeric, cv[c]));
				break;
			case JB_BOOL:
				v.type = jbvBool;
				v.val.boolean = DatumGetBool(cv[c]);
				break;
			case JB_TEXT:
				jb_string(&v, cv[c]);
				break;
			case JB_TEXT_ARRAY:
				{
					Datum	   *elems;
					bool	   *enulls;
					int			n;

					deconstruct_array(DatumGetArrayTypeP(cv[c]), TEXTOID, -1, false, TYPALIGN_INT,
									  &elems, &enulls, &n);
					pushJsonbValue(ps, WJB_BEGIN_ARRAY, NULL);
					for (int k = 0; k < n; k++)
					{
						if (enulls[k])
							v.type = jbvNull;
						else
							jb_string(&v, elems[k]);
						pushJsonbValue(ps, WJB_ELEM, &v);
					}
					pushJsonbValue(ps, WJB_END_ARRAY, NULL);
					continue;
				}
		}
		pushJsonbValue(ps, WJB_VALUE, &v);
	}
}

/* the rows' layouts, made once per backend */
static JbRow jb_mention,
			jb_relation,
			jb_topic;
static bool jb_rows_ready = false;

/* ------------------------------------------------------------ the arrays */

static void
jb_array_init(JbArray *arr)
{
	initStringInfo(&arr->data);
	arr->cap = 64;
	arr->n = 0;
	arr->jentries = palloc(sizeof(uint32) * arr->cap);
}

/* bytes of the result so far, without the padding between its parts */
static uint64
jb_result_bytes(const AnalyzeState *st)
{
	return (uint64) st->men.data.len + st->rel.data.len + st->top.data.len +
		sizeof(uint32) * ((uint64) st->men.n + st->rel.n + st->top.n);
}

static void
jb_too_large(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("the analysis of this document exceeds the maximum size of a jsonb value"),
			 errdetail("Its mentions, relations and topics take more than %u bytes as jsonb.", JENTRY_OFFLENMASK),
			 errhint("Use geopol.mentions() and geopol.relations(), which return rows, or keep the table analysed with geopol.track().")));
}

/* start an element: its values are built in st->elem_cxt */
static MemoryContext
jb_element_begin(AnalyzeState *st, JsonbParseState **pstate)
{
	MemoryContext old = MemoryContextSwitchTo(st->elem_cxt);

	*pstate = NULL;
	pushJsonbValue(pstate, WJB_BEGIN_OBJECT, NULL);
	return old;
}

/*
 * End the object *pstate holds, convert it and append its bytes to arr:
 * padded to 4 bytes as convertJsonbArray pads it, its JEntry a length, or
 * every JB_OFFSET_STRIDE'th one the end offset.  Then forget the element.
 */
static void
jb_element_end(AnalyzeState *st, JbArray *arr, JsonbParseState **pstate, MemoryContext old)
{
	Jsonb	   *j = JsonbValueToJsonb(pushJsonbValue(pstate, WJB_END_OBJECT, NULL));
	int32		start = arr->data.len;
	uint32		len;

	MemoryContextSwitchTo(st->cxt);

	if (jb_result_bytes(st) + VARSIZE(j) + 2 * sizeof(uint32) > JENTRY_OFFLENMASK)
		jb_too_large();
	while (arr->data.len % sizeof(uint32) != 0)
		appendStringInfoCharMacro(&arr->data, '\0');
	appendBinaryStringInfo(&arr->data, VARDATA(j), VARSIZE(j) - VARHDRSZ);
	len = (uint32) (arr->data.len - start);
	if (arr->n == arr->cap)
	{
		arr->cap *= 2;
		arr->jentries = repalloc(arr->jentries, sizeof(uint32) * arr->cap);
	}
	arr->jentries[arr->n] = arr->n % JB_OFFSET_STRIDE == 0
		? JENTRY_ISCONTAINER | JENTRY_HAS_OFF | (uint32) arr->data.len
		: JENTRY_ISCONTAINER | len;
	arr->n++;
	MemoryContextSwitchTo(old);
	MemoryContextReset(st->elem_cxt);
}

/* bytes an array takes in the result after its padding: header, JEntries, data */
static uint32
jb_array_size(const JbArray *arr)
{
	return sizeof(uint32) * (1 + (uint32) arr->n) + (uint32) arr->data.len;
}

/* lay arr out at buf + *pos (a 4-byte aligned position: no padding needed) */
static void
jb_array_put(char *buf, uint32 *pos, const JbArray *arr)
{
	uint32		head = (uint32) arr->n | JB_FARRAY;

	memcpy(buf + *pos, &head, sizeof(uint32));
	memcpy(buf + *pos + sizeof(uint32), arr->jentries, sizeof(uint32) * arr->n);
	*pos += sizeof(uint32) * (1 + arr->n);
	memcpy(buf + *pos, arr->data.data, arr->data.len);
	*pos += arr->data.len;
}

/*
 * The result: {"topics": [...], "mentions": [...], "relations": [...],
 * "sentences": n} laid out as convertJsonbObject lays it out: header, a
 * JEntry per key then per value (the first key's an end offset), the keys,
 * the values, each array and the number padded to 4 bytes.
 */
static Jsonb *
jb_result(AnalyzeState *st)
{
	static const char *const keys[4] = {"topics", "mentions", "relations", "sentences"};
	const JbArray *arrays[3] = {&st->top, &st->men, &st->rel};
	Numeric		num = int64_to_numeric(st->nsentences);
	uint32		numlen = VARSIZE_ANY(num);
	uint32		jentries[8];
	uint32		pos,
				keylen = 0,
				size,
				head = 4 | JB_FOBJECT;
	char	   *buf;

	/* offsets from the start of the root container (after the varlena header) */
	pos = sizeof(uint32) * (1 + 8);
	for (int i = 0; i < 4; i++)
	{
		keylen += strlen(keys[i]);
		jentries[i] = i == 0 ? JENTRY_ISSTRING | JENTRY_HAS_OFF | keylen : JENTRY_ISSTRING | (uint32) strlen(keys[i]);
	}
	pos += keylen;
	for (int i = 0; i < 3; i++)
	{
		uint32		pad = INTALIGN(VARHDRSZ + pos) - (VARHDRSZ + pos);
		uint64		len = (uint64) pad + jb_array_size(arrays[i]);

		if (len > JENTRY_OFFLENMASK)
			jb_too_large();
		jentries[4 + i] = JENTRY_ISCONTAINER | (uint32) len;
		pos += (uint32) len;
	}
	{
		uint32		pad = INTALIGN(VARHDRSZ + pos) - (VARHDRSZ + pos);

		jentries[7] = JENTRY_ISNUMERIC | (pad + numlen);
		pos += pad + numlen;
	}
	if (pos > JENTRY_OFFLENMASK)
		jb_too_large();
	size = VARHDRSZ + pos;

	buf = palloc0(size);
	SET_VARSIZE(buf, size);
	pos = VARHDRSZ;
	memcpy(buf + pos, &head, sizeof(uint32));
	memcpy(buf + pos + sizeof(uint32), jentries, sizeof(jentries));
	pos += sizeof(uint32) * (1 + 8);
	for (int i = 0; i < 4; i++)
	{
		memcpy(buf + pos, keys[i], strlen(keys[i]));
		pos += strlen(keys[i]);
	}
	for (int i = 0; i < 3; i++)
	{
		pos = INTALIGN(pos);	/* padding stays zero */
		jb_array_put(buf, &pos, arrays[i]);
		/* the array's bytes are in the result: give them back at once */
		pfree(arrays[i]->data.data);
		pfree(arrays[i]->jentries);
	}
	pos = INTALIGN(pos);
	memcpy(buf + pos, num, numlen);
	Assert(pos + numlen == size);
	return (Jsonb *) buf;
}

/* ---------------------------------------------------------------- analyze */

static void
analyze_sentence(const GpSentenceResult *r, void *ud)
{
	AnalyzeState *st = ud;
	Datum		evidence = (Datum) 0;

	for (int32 i = 0; i < r->nmen; i++)
	{
		Datum		cv[GP_MENTION_NCOLS];
		bool		cn[GP_MENTION_NCOLS];
		JsonbParseState *ps;
		MemoryContext old = jb_element_begin(st, &ps);

		gp_pg_mention_values(r, i, st->kinds, cv, cn);
		jb_row(&ps, &jb_mention, cv, cn);
		jb_element_end(st, &st->men, &ps, old);
	}
	if (r->nrel > 0)
		evidence = gp_pg_relation_evidence(r);	/* in the sentence's context: shared by its relations */
	for (int32 i = 0; i < r->nrel; i++)
	{
		Datum		cv[GP_RELATION_NCOLS];
		bool		cn[GP_RELATION_NCOLS];
		JsonbParseState *ps;
		MemoryContext old = jb_element_begin(st, &ps);

		gp_pg_relation_values(r, i, evidence, cv, cn);
		jb_row(&ps, &jb_relation, cv, cn);
		jb_element_end(st, &st->rel, &ps, old);
	}
}

static void
analyze_done(const GpDocResult *d, void *ud)
{
	AnalyzeState *st = ud;

	st->nsentences = d->nsentences;
	for (int32 i = 0; i < d->ntopics; i++)
	{
		Datum		cv[GP_TOPIC_NCOLS];
		bool		cn[GP_TOPIC_NCOLS];
		JsonbParseState *ps;
		MemoryContext old = jb_element_begin(st, &ps);

		gp_pg_topic_values(&d->topics[i], cv, cn);
		jb_row(&ps, &jb_topic, cv, cn);
		jb_element_end(st, &st->top, &ps, old);
	}
}

PG_FUNCTION_INFO_V1(geopol_analyze);
Datum
geopol_analyze(PG_FUNCTION_ARGS)
{
	AnalyzeState st;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	if (!jb_rows_ready)
	{
		jb_row_init(&jb_mention, gp_pg_mention_colnames, gp_pg_mention_coltypes, GP_MENTION_NCOLS);
		jb_row_init(&jb_relation, gp_pg_relation_colnames, gp_pg_relation_coltypes, GP_RELATION_NCOLS);
		jb_row_init(&jb_topic, gp_pg_topic_colnames, gp_pg_topic_coltypes, GP_TOPIC_NCOLS);
		jb_rows_ready = true;
	}
	memset(&st, 0, sizeof(st));
	st.cxt = CurrentMemoryContext;
	gp_pg_mention_kinds(st.kinds);
	st.elem_cxt = AllocSetContextCreate(CurrentMemoryContext, "geopol analyze element", ALLOCSET_DEFAULT_SIZES);
	jb_array_init(&st.men);
	jb_array_init(&st.rel);
	jb_array_init(&st.top);
	gp_pg_pipeline(PG_GETARG_TEXT_PP(0), PG_ARGISNULL(1) ? GP_NO_DATE : (int32) PG_GETARG_DATEADT(1),
				   GP_WANT_RELATIONS | GP_WANT_TOPICS, analyze_sentence, analyze_done, &st);
	MemoryContextDelete(st.elem_cxt);
	PG_RETURN_JSONB_P(jb_result(&st));
}

/* ------------------------------------------------------- actor_tsvector */

typedef struct ActorSet
{
	char	  **codes;
	int			n,
				cap;
} ActorSet;

static void
collect_actors(const GpSentenceResult *r, void *ud)
{
	ActorSet   *set = ud;

	for (int32 i = 0; i < r->nmen; i++)
	{
		const char *a = r->men[i].actor;
		bool		seen = false;

		if (a == NULL)
			continue;
		for (int k = 0; k < set->n && !seen; k++)
			seen = pg_strcasecmp(set->codes[k], a) == 0;
		if (seen)
			continue;
		if (set->n == set->cap)
		{
			set->cap *= 2;
			set->codes = repalloc(set->codes, sizeof(char *) * set->cap);
		}
		set->codes[set->n++] = MemoryContextStrdup(GetMemoryChunkContext(set->codes), a);
	}
}

PG_FUNCTION_INFO_V1(geopol_actor_tsvector);
Datum
geopol_actor_tsvector(PG_FUNCTION_ARGS)
{
	ActorSet	set;
	StringInfoData buf;

	set.n = 0;
	set.cap = 16;
	set.codes = palloc(sizeof(char *) * set.cap);
	if (!PG_ARGISNULL(0))
		gp_pg_pipeline(PG_GETARG_TEXT_PP(0), GP_NO_DATE, GP_WANT_MENTIONS, collect_actors, NULL, &set);
	initStringInfo(&buf);
	for (int k = 0; k < set.n; k++)
	{
		/* codes are [A-Z0-9_]: safe inside quotes once lower-cased */
		appendStringInfo(&buf, "%s'", k ? " " : "");
		for (const char *p = set.codes[k]; *p; p++)
			appendStringInfoChar(&buf, (*p >= 'A' && *p <= 'Z') ? *p + 32 : *p);
		appendStringInfoChar(&buf, '\'');
	}
	PG_RETURN_DATUM(DirectFunctionCall1(tsvectorin, CStringGetDatum(buf.data)));
}
