/*
 * pg_analyze.c — geopol.analyze(doc, doc_date) as one jsonb, and
 * geopol.actor_tsvector(doc).
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

#include "pg_pipeline.h"

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
} AnalyzeState;

static void
jb_key(JsonbParseState **st, const char *k)
{
	JsonbValue	v;

	v.type = jbvString;
	v.val.string.val = (char *) k;
	v.val.string.len = (int) strlen(k);
	pushJsonbValue(st, WJB_KEY, &v);
}

static void
jb_text(JsonbParseState **st, const char *k, const char *s, int32 len)
{
	JsonbValue	v;

	jb_key(st, k);
	if (s == NULL)
		v.type = jbvNull;
	else
	{
		text	   *t = gp_text_from_utf8(s, len < 0 ? (int32) strlen(s) : len);

		v.type = jbvString;
		v.val.string.val = VARDATA_ANY(t);
		v.val.string.len = VARSIZE_ANY_EXHDR(t);
	}
	pushJsonbValue(st, WJB_VALUE, &v);
}

static void
jb_int(JsonbParseState **st, const char *k, int64 i)
{
	JsonbValue	v;

	jb_key(st, k);
	v.type = jbvNumeric;
	v.val.numeric = int64_to_numeric(i);
	pushJsonbValue(st, WJB_VALUE, &v);
}

static void
jb_real(JsonbParseState **st, const char *k, float4 f)
{
	JsonbValue	v;

	jb_key(st, k);
	v.type = jbvNumeric;
	v.val.numeric = DatumGetNumeric(DirectFunctionCall1(float4_numeric, Float4GetDatum(f)));
	pushJsonbValue(st, WJB_VALUE, &v);
}

static void
jb_bool(JsonbParseState **st, const char *k, bool b)
{
	JsonbValue	v;

	jb_key(st, k);
	v.type = jbvBool;
	v.val.boolean = b;
	pushJsonbValue(st, WJB_VALUE, &v);
}

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
	const char *u = r->in->utf8;

	for (int32 i = 0; i < r->nmen; i++)
	{
		const gp_mention *m = &r->men[i];
		JsonbParseState *ps;
		MemoryContext old = jb_element_begin(st, &ps);

		jb_int(&ps, "sentence", m->sentence + 1);
		jb_int(&ps, "start_pos", m->cstart + 1);
		jb_int(&ps, "len", m->clen);
		jb_text(&ps, "surface", u + m->start, m->len);
		jb_text(&ps, "actor", m->actor, -1);
		jb_text(&ps, "entity", m->entity, -1);
		jb_text(&ps, "kind", gp_mkind_name[m->kind], -1);
		jb_text(&ps, "country", m->country, -1);
		jb_text(&ps, "sector", m->sector, -1);
		jb_element_end(st, &st->men, &ps, old);
	}
	for (int32 i = 0; i < r->nrel; i++)
	{
		const gp_relation *rel = &r->rel[i];
		const gp_token *a = &r->tok[rel->cue_first],
				   *b = &r->tok[rel->cue_last];
		JsonbParseState *ps;
		MemoryContext old = jb_element_begin(st, &ps);

		jb_int(&ps, "sentence", rel->sentence + 1);
		jb_text(&ps, "source", rel->source, -1);
		jb_text(&ps, "target", rel->target, -1);
		jb_text(&ps, "event", rel->cue->event, -1);
		jb_text(&ps, "mode", rel->cue->mode, -1);
		jb_int(&ps, "quad", rel->cue->quad);
		jb_real(&ps, "score", rel->cue->score);
		jb_bool(&ps, "negated", rel->negated);
		jb_bool(&ps, "hypothetical", rel->hypothetical);
		jb_text(&ps, "cue", u + a->start, b->start + b->len - a->start);
		jb_int(&ps, "start_pos", a->cstart + 1);
		jb_int(&ps, "len", b->cstart + b->clen - a->cstart);
		jb_text(&ps, "evidence", u + r->s.start, r->s.len);
		jb_text(&ps, "rule", rel->rule, -1);
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
		const gp_topic_result *t = &d->topics[i];
		JsonbParseState *ps;
		MemoryContext old = jb_element_begin(st, &ps);

		jb_text(&ps, "topic", t->topic, -1);
		jb_real(&ps, "score", t->score);
		jb_int(&ps, "hits", t->hits);
		jb_key(&ps, "terms");
		pushJsonbValue(&ps, WJB_BEGIN_ARRAY, NULL);
		for (int32 k = 0; k < t->nterms; k++)
		{
			JsonbValue	v;
			text	   *tx = gp_text_from_utf8(t->terms[k], (int32) strlen(t->terms[k]));

			v.type = jbvString;
			v.val.string.val = VARDATA_ANY(tx);
			v.val.string.len = VARSIZE_ANY_EXHDR(tx);
			pushJsonbValue(&ps, WJB_ELEM, &v);
		}
		pushJsonbValue(&ps, WJB_END_ARRAY, NULL);
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
	memset(&st, 0, sizeof(st));
	st.cxt = CurrentMemoryContext;
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
