/*
 * pg_input.c — getting a document into UTF-8 and results back out, in any
 * server encoding.
 *
 * UTF8 databases: the datum's bytes are used as they are (no copy).
 * SQL_ASCII: valid UTF-8 is read as UTF-8; anything else is an error.
 * Other encodings: converted to UTF-8 once; results converted back.
 * Positions are counted in code points, which for every server encoding
 * PostgreSQL converts one character to one code point, so they are the
 * database's character positions.
 */
#include "pg_geopol.h"

#include "catalog/namespace.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

void
gp_pg_input_from_text(text *t, GpInput *in)
{
	gp_pg_input_from_bytes(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), in);
}

void
gp_pg_input_from_bytes(const char *s, int32 len, GpInput *in)
{
	int			enc = GetDatabaseEncoding();

	in->encoding = enc;
	if (enc == PG_UTF8)
	{
		in->utf8 = s;
		in->len = len;
	}
	else if (enc == PG_SQL_ASCII)
	{
		if (!pg_verify_mbstr(PG_UTF8, s, len, true))
			ereport(ERROR,
					(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
					 errmsg("text is not valid UTF-8"),
					 errdetail("The database encoding is SQL_ASCII, which does not say how bytes above 127 are to be read; geopol reads such text as UTF-8, and this text is not valid UTF-8."),
					 errhint("Convert the text to UTF-8 (for example with convert_from(convert_to(doc, 'SQL_ASCII'), 'LATIN1')), or create the database with ENCODING 'UTF8'.")));
		in->utf8 = s;
		in->len = len;
	}
	else
	{
		char	   *u = (char *) pg_do_encoding_conversion((unsigned char *) s, len, enc, PG_UTF8);

		in->utf8 = u;
		in->len = (u == s) ? len : (int32) strlen(u);
	}
}

/*
 * Can the server encoding hold every character of UTF-8 s?  Asked of the
 * conversion function itself, in its no-error mode (PostgreSQL 14+).
 */
bool
gp_pg_server_can_hold(const char *s, int32 len)
{
	static int	proc_enc = -1;
	static Oid	proc = InvalidOid;
	int			enc = GetDatabaseEncoding();
	bool		ascii = true;
	unsigned char *dest;
	int			n;

	for (int32 i = 0; i < len && ascii; i++)
		ascii = (unsigned char) s[i] < 0x80;
	if (ascii)
		return true;
	if (proc_enc != enc)
	{
		proc = FindDefaultConversionProc(PG_UTF8, enc);
		proc_enc = enc;
	}
	if (!OidIsValid(proc))
		return true;
	dest = palloc((Size) len * MAX_CONVERSION_GROWTH + 1);
	n = pg_do_encoding_conversion_buf(proc, PG_UTF8, enc, (unsigned char *) s, len,
									  dest, len * MAX_CONVERSION_GROWTH + 1, true);
	pfree(dest);
	return n == len;
}

text *
gp_pg_norm_from_utf8(const char *norm, int32 normlen, const char *surface, int32 len)
{
	int			enc = GetDatabaseEncoding();

	if (enc != PG_UTF8 && enc != PG_SQL_ASCII && !gp_pg_server_can_hold(norm, normlen))
		return gp_pg_text_from_utf8(surface, len);
	return gp_pg_text_from_utf8(norm, normlen);
}

text *
gp_pg_text_from_utf8(const char *s, int32 len)
{
	int			enc = GetDatabaseEncoding();

	if (enc == PG_UTF8 || enc == PG_SQL_ASCII)
		return cstring_to_text_with_len(s, len);
	else
	{
		char	   *c = (char *) pg_do_encoding_conversion((unsigned char *) s, len, PG_UTF8, enc);

		if (c == s)
			return cstring_to_text_with_len(s, len);
		return cstring_to_text(c);
	}
}

/*
 * geopol._from_utf8(bytea): UTF-8 bytes as text in the server encoding, or
 * NULL when the server encoding cannot hold them.  The install script
 * writes data values that are not ASCII this way, so that a LATIN1 database
 * gets every row it can hold (and not the Cyrillic or CJK ones).
 */
PG_FUNCTION_INFO_V1(geopol_from_utf8);
Datum
geopol_from_utf8(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	const char *s = VARDATA_ANY(b);
	int32		len = VARSIZE_ANY_EXHDR(b);

	if (!pg_verify_mbstr(PG_UTF8, s, len, true))
		ereport(ERROR,
				(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
				 errmsg("invalid UTF-8 in geopol data")));
	if (GetDatabaseEncoding() != PG_UTF8 && GetDatabaseEncoding() != PG_SQL_ASCII &&
		!gp_pg_server_can_hold(s, len))
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(gp_pg_text_from_utf8(s, len));
}
