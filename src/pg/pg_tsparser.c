/*
 * pg_tsparser.c — a text search parser on the ICU tokenizer, so that
 * to_tsvector('geopol.multilingual', body) indexes Chinese, Japanese and
 * Thai by words.
 *
 * Token type ids are chosen so that pg_catalog.prsd_headline (the default
 * parser's headline function, which knows ids 12 = blank, 13 = tag and the
 * hyphenated-word ids 5/15/16/17) treats our tokens sensibly.
 */
#include "pg_geopol.h"

#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "tsearch/ts_public.h"
#include "utils/builtins.h"

#define LEX_WORD	1
#define LEX_IDEO	2
#define LEX_NUMBER	3
#define LEX_PUNCT	7
#define LEX_SYMBOL	8
#define LEX_BLANK	12

static const int kind_lexid[GP_TOK_NKINDS] = {
	[GP_TOK_WORD] = LEX_WORD,
	[GP_TOK_NUMBER] = LEX_NUMBER,
	[GP_TOK_IDEO] = LEX_IDEO,
	[GP_TOK_PUNCT] = LEX_PUNCT,
	[GP_TOK_SYMBOL] = LEX_SYMBOL,
	[GP_TOK_SPACE] = LEX_BLANK,
};

typedef struct PrsState
{
	char	   *srv;			/* server-encoded text, as given */
	gp_token   *tok;
	int32		ntok;
	int32		cur;
	int32	   *srvstart;		/* per token: byte offset in srv (non-UTF8 only) */
	int32	   *srvlen;
	gp_arena	arena;
} PrsState;

PG_FUNCTION_INFO_V1(geopol_prs_start);
Datum
geopol_prs_start(PG_FUNCTION_ARGS)
{
	char	   *s = (char *) PG_GETARG_POINTER(0);
	int32		len = PG_GETARG_INT32(1);
	PrsState   *st = palloc0(sizeof(PrsState));
	GpInput		in;
	gp_sentence whole;

	st->srv = s;
	gp_pg_input_from_bytes(s, len, &in);
	gp_arena_init(&st->arena, CurrentMemoryContext);
	whole.index = 0;
	whole.start = 0;
	whole.len = in.len;
	whole.cstart = 0;
	whole.clen = 0;
	st->ntok = gp_tokenize_span(gp_pg_segmenter(), in.utf8, &whole, true, &st->arena, &st->tok);
	if (in.encoding != PG_UTF8 && in.encoding != PG_SQL_ASCII)
	{
		/* map code point offsets back to bytes of the server encoding */
		int32		pos = 0,
					chr = 0;

		st->srvstart = palloc(sizeof(int32) * Max(st->ntok, 1));
		st->srvlen = palloc(sizeof(int32) * Max(st->ntok, 1));
		for (int32 i = 0; i < st->ntok; i++)
		{
			int32		b;

			if ((i & 0xFFFF) == 0xFFFF)
				CHECK_FOR_INTERRUPTS();	/* a whole document: millions of tokens */
			while (chr < st->tok[i].cstart && pos < len)
			{
				pos += pg_mblen(s + pos);
				chr++;
			}
			b = pos;
			while (chr < st->tok[i].cstart + st->tok[i].clen && pos < len)
			{
				pos += pg_mblen(s + pos);
				chr++;
			}
			st->srvstart[i] = b;
			st->srvlen[i] = pos - b;
		}
	}
	PG_RETURN_POINTER(st);
}

PG_FUNCTION_INFO_V1(geopol_prs_gettoken);
Datum
geopol_prs_gettoken(PG_FUNCTION_ARGS)
{
	PrsState   *st = (PrsState *) PG_GETARG_POINTER(0);
	char	  **t = (char **) PG_GETARG_POINTER(1);
	int		   *tlen = (int *) PG_GETARG_POINTER(2);
	const gp_token *tok;

	if (st->cur >= st->ntok)
		PG_RETURN_INT32(0);
	tok = &st->tok[st->cur];
	if (st->srvstart)
	{
		*t = st->srv + st->srvstart[st->cur];
		*tlen = st->srvlen[st->cur];
	}
	else
	{
		*t = st->srv + tok->start;
		*tlen = tok->len;
	}
	st->cur++;
	PG_RETURN_INT32(kind_lexid[tok->kind]);
}

PG_FUNCTION_INFO_V1(geopol_prs_end);
Datum
geopol_prs_end(PG_FUNCTION_ARGS)
{
	PrsState   *st = (PrsState *) PG_GETARG_POINTER(0);

	gp_arena_free(&st->arena);
	if (st->srvstart)
	{
		pfree(st->srvstart);
		pfree(st->srvlen);
	}
	pfree(st);
	PG_RETURN_VOID();
}

PG_FUNCTION_INFO_V1(geopol_prs_lextype);
Datum
geopol_prs_lextype(PG_FUNCTION_ARGS)
{
	static const struct
	{
		int			id;
		const char *alias;
		const char *descr;
	}			types[] = {
		{LEX_WORD, "word", "Word (ICU word break, letters)"},
		{LEX_IDEO, "ideo", "Ideographic or kana word (ICU dictionary segmentation)"},
		{LEX_NUMBER, "number", "Number"},
		{LEX_PUNCT, "punct", "Punctuation"},
		{LEX_SYMBOL, "symbol", "Symbol"},
		{LEX_BLANK, "blank", "Space symbols"},
	};
	int			n = lengthof(types);
	LexDescr   *descr = palloc(sizeof(LexDescr) * (n + 1));

	for (int i = 0; i < n; i++)
	{
		descr[i].lexid = types[i].id;
		descr[i].alias = pstrdup(types[i].alias);
		descr[i].descr = pstrdup(types[i].descr);
	}
	descr[n].lexid = 0;
	PG_RETURN_POINTER(descr);
}
