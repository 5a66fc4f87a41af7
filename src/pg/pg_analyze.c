/*
 * pg_analyze.c — geopol.analyze(doc, doc_date) as one jsonb, and
 * geopol.actor_tsvector(doc).
 *
 * analyze() makes one pass: mentions and relations are pushed into two
 * jsonb arrays as the sentences go by (in the function's memory context, not
 * the per-sentence one), topics at the end, then the object is assembled.
 */
#include "pg_geopol.h"

#include "tsearch/ts_type.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"

#include "pg_pipeline.h"

typedef struct AnalyzeState
{
	MemoryContext cxt;			/* where the jsonb is built */
	JsonbParseState *men;
	JsonbParseState *rel;
	JsonbParseState *top;
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

static void
analyze_sentence(const GpSentenceResult *r, void *ud)
{
	AnalyzeState *st = ud;
	MemoryContext old = MemoryContextSwitchTo(st->cxt);
	const char *u = r->in->utf8;

	for (int32 i = 0; i < r->nmen; i++)
	{
		const gp_mention *m = &r->men[i];

		pushJsonbValue(&st->men, WJB_BEGIN_OBJECT, NULL);
		jb_int(&st->men, "sentence", m->sentence + 1);
		jb_int(&st->men, "start_pos", m->cstart + 1);
		jb_int(&st->men, "len", m->clen);
		jb_text(&st->men, "surface", u + m->start, m->len);
		jb_text(&st->men, "actor", m->actor, -1);
		jb_text(&st->men, "entity", m->entity, -1);
		jb_text(&st->men, "kind", gp_mkind_name[m->kind], -1);
		jb_text(&st->men, "country", m->country, -1);
		jb_text(&st->men, "sector", m->sector, -1);
		pushJsonbValue(&st->men, WJB_END_OBJECT, NULL);
	}
	for (int32 i = 0; i < r->nrel; i++)
	{
		const gp_relation *rel = &r->rel[i];
		const gp_token *a = &r->tok[rel->cue_first],
				   *b = &r->tok[rel->cue_last];

		pushJsonbValue(&st->rel, WJB_BEGIN_OBJECT, NULL);
		jb_int(&st->rel, "sentence", rel->sentence + 1);
		jb_text(&st->rel, "source", rel->source, -1);
		jb_text(&st->rel, "target", rel->target, -1);
		jb_text(&st->rel, "event", rel->cue->event, -1);
		jb_text(&st->rel, "mode", rel->cue->mode, -1);
		jb_int(&st->rel, "quad", rel->cue->quad);
		jb_real(&st->rel, "score", rel->cue->score);
		jb_bool(&st->rel, "negated", rel->negated);
		jb_bool(&st->rel, "hypothetical", rel->hypothetical);
		jb_text(&st->rel, "cue", u + a->start, b->start + b->len - a->start);
		jb_int(&st->rel, "start_pos", a->cstart + 1);
		jb_int(&st->rel, "len", b->cstart + b->clen - a->cstart);
		jb_text(&st->rel, "evidence", u + r->s.start, r->s.len);
		jb_text(&st->rel, "rule", rel->rule, -1);
		pushJsonbValue(&st->rel, WJB_END_OBJECT, NULL);
	}
	MemoryContextSwitchTo(old);
}

static void
analyze_done(const GpDocResult *d, void *ud)
{
	AnalyzeState *st = ud;
	MemoryContext old = MemoryContextSwitchTo(st->cxt);

	st->nsentences = d->nsentences;
	for (int32 i = 0; i < d->ntopics; i++)
	{
		const gp_topic_result *t = &d->topics[i];

		pushJsonbValue(&st->top, WJB_BEGIN_OBJECT, NULL);
		jb_text(&st->top, "topic", t->topic, -1);
		jb_real(&st->top, "score", t->score);
		jb_int(&st->top, "hits", t->hits);
		jb_key(&st->top, "terms");
		pushJsonbValue(&st->top, WJB_BEGIN_ARRAY, NULL);
		for (int32 k = 0; k < t->nterms; k++)
		{
			JsonbValue	v;
			text	   *tx = gp_text_from_utf8(t->terms[k], (int32) strlen(t->terms[k]));

			v.type = jbvString;
			v.val.string.val = VARDATA_ANY(tx);
			v.val.string.len = VARSIZE_ANY_EXHDR(tx);
			pushJsonbValue(&st->top, WJB_ELEM, &v);
		}
		pushJsonbValue(&st->top, WJB_END_ARRAY, NULL);
		pushJsonbValue(&st->top, WJB_END_OBJECT, NULL);
	}
	MemoryContextSwitchTo(old);
}

/* close an array state and push it as the value of key k */
static void
jb_put_array(JsonbParseState **obj, const char *k, JsonbParseState **arr)
{
	Jsonb	   *j = JsonbValueToJsonb(pushJsonbValue(arr, WJB_END_ARRAY, NULL));
	JsonbValue	v;

	jb_key(obj, k);
	v.type = jbvBinary;
	v.val.binary.data = &j->root;
	v.val.binary.len = VARSIZE(j) - VARHDRSZ;
	pushJsonbValue(obj, WJB_VALUE, &v);
}

PG_FUNCTION_INFO_V1(geopol_analyze);
Datum
geopol_analyze(PG_FUNCTION_ARGS)
{
	AnalyzeState st;
	JsonbParseState *obj = NULL;
	JsonbValue *res;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	memset(&st, 0, sizeof(st));
	st.cxt = CurrentMemoryContext;
	pushJsonbValue(&st.men, WJB_BEGIN_ARRAY, NULL);
	pushJsonbValue(&st.rel, WJB_BEGIN_ARRAY, NULL);
	pushJsonbValue(&st.top, WJB_BEGIN_ARRAY, NULL);
	gp_pg_pipeline(PG_GETARG_TEXT_PP(0), PG_ARGISNULL(1) ? GP_NO_DATE : (int32) PG_GETARG_DATEADT(1),
				   GP_WANT_RELATIONS | GP_WANT_TOPICS, analyze_sentence, analyze_done, &st);
	pushJsonbValue(&obj, WJB_BEGIN_OBJECT, NULL);
	jb_int(&obj, "sentences", st.nsentences);
	jb_put_array(&obj, "mentions", &st.men);
	jb_put_array(&obj, "relations", &st.rel);
	jb_put_array(&obj, "topics", &st.top);
	res = pushJsonbValue(&obj, WJB_END_OBJECT, NULL);
	PG_RETURN_JSONB_P(JsonbValueToJsonb(res));
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
