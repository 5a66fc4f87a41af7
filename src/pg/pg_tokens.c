/*
 * pg_tokens.c — geopol.tokens(doc) and geopol.sentences(doc).
 *
 * Both run the per-sentence pipeline (pg_pipeline.c): the core's arena and
 * the row values are reset after each sentence, so memory does not grow with
 * the document beyond the tuplestore (which spills to disk past work_mem).
 */
#include "pg_geopol.h"

#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"

#include "pg_pipeline.h"

typedef struct TokenState
{
	ReturnSetInfo *rsinfo;
	int32		ord;
	Datum		kinds[GP_TOK_NKINDS];
} TokenState;

/*
 * text datums of a sentence's tokens: in a UTF-8 (or SQL_ASCII) database
 * they are laid out in one buffer instead of a palloc each.
 */
static inline Datum
buf_text(char **buf, const char *s, int32 len)
{
	text	   *t = (text *) *buf;

	/* short values get the 1-byte header the tuple would give them anyway */
	if (len + VARHDRSZ_SHORT <= VARATT_SHORT_MAX)
	{
		SET_VARSIZE_SHORT(t, VARHDRSZ_SHORT + len);
		memcpy(VARDATA_SHORT(t), s, len);
		*buf += VARHDRSZ_SHORT + len;
	}
	else
	{
		*buf = (char *) MAXALIGN(*buf);
		t = (text *) *buf;
		SET_VARSIZE(t, VARHDRSZ + len);
		memcpy(VARDATA(t), s, len);
		*buf += VARHDRSZ + len;
	}
	return PointerGetDatum(t);
}

static void
emit_tokens(const GpSentenceResult *r, void *ud)
{
	TokenState *st = ud;
	const GpInput *in = r->in;
	const gp_sentence *s = &r->s;
	gp_token   *tok = r->tok;
	int32		ntok = r->ntok;
	Datum		values[7];
	bool		nulls[7] = {0};
	bool		direct = in->encoding == PG_UTF8 || in->encoding == PG_SQL_ASCII;
	char	   *buf = NULL;

	if (direct)
	{
		Size		need = 0;

		for (int32 i = 0; i < ntok; i++)
			need += MAXALIGN(VARHDRSZ + tok[i].len) + MAXALIGN(VARHDRSZ + tok[i].normlen);
		buf = palloc(need + MAXIMUM_ALIGNOF);
	}
	for (int32 i = 0; i < ntok; i++)
	{
		const gp_token *t = &tok[i];

		values[0] = Int32GetDatum(++st->ord);
		values[1] = Int32GetDatum(s->index + 1);
		if (direct)
		{
			values[2] = buf_text(&buf, in->utf8 + t->start, t->len);
			values[3] = buf_text(&buf, t->norm, t->normlen);
		}
		else
		{
			values[2] = PointerGetDatum(gp_pg_text_from_utf8(in->utf8 + t->start, t->len));
			values[3] = PointerGetDatum(gp_pg_norm_from_utf8(t->norm, t->normlen, in->utf8 + t->start, t->len));
		}
		values[4] = st->kinds[t->kind];
		values[5] = Int32GetDatum(t->cstart + 1);
		values[6] = Int32GetDatum(t->clen);
		tuplestore_putvalues(st->rsinfo->setResult, st->rsinfo->setDesc, values, nulls);
	}
}

PG_FUNCTION_INFO_V1(geopol_tokens);
Datum
geopol_tokens(PG_FUNCTION_ARGS)
{
	TokenState	st;

	/* the executor's expected row type: no catalog lookup per call */
	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	st.rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	st.ord = 0;
	for (int k = 0; k < GP_TOK_NKINDS; k++)
	{
		/* 1-byte headers: what the tuple stores, no conversion per row */
		char	   *buf = palloc(16);

		st.kinds[k] = buf_text(&buf, gp_tokkind_name[k], (int32) strlen(gp_tokkind_name[k]));
	}
	gp_pg_pipeline(PG_GETARG_TEXT_PP(0), GP_NO_DATE, GP_WANT_TOKENS, emit_tokens, NULL, &st);
	return (Datum) 0;
}

static void
emit_sentence(const GpSentenceResult *r, void *ud)
{
	ReturnSetInfo *rsinfo = ud;
	const GpInput *in = r->in;
	const gp_sentence *s = &r->s;
	Datum		values[4];
	bool		nulls[4] = {0};

	values[0] = Int32GetDatum(s->index + 1);
	values[1] = Int32GetDatum(s->cstart + 1);
	values[2] = Int32GetDatum(s->clen);
	values[3] = PointerGetDatum(gp_pg_text_from_utf8(in->utf8 + s->start, s->len));
	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
}

PG_FUNCTION_INFO_V1(geopol_sentences);
Datum
geopol_sentences(PG_FUNCTION_ARGS)
{
	/* the executor's expected row type: no catalog lookup per call */
	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	gp_pg_pipeline(PG_GETARG_TEXT_PP(0), GP_NO_DATE, GP_WANT_SENTENCES, emit_sentence, NULL,
				   fcinfo->resultinfo);
	return (Datum) 0;
}
