/*
 * gp_sentrules.c — sentence heuristics: whether the next raw segment (what
 * ICU's sentence rules, or the ASCII state machine, find) is glued to the
 * sentence before it.  News and papers need more than UAX #29: an
 * abbreviation (Mr., U.S., e.g.) or an initial does not end a sentence, a
 * line that wraps continues one, a heading ends one at its line break, a
 * blank line is a paragraph, a footnote marker or an ellipsis belongs to
 * the sentence before it.  Each test looks at a bounded stretch of text and
 * counts what it looked at (*work) for the tests that prove the sentence
 * iterator linear.
 */
#include "gp_text_int.h"

#include <string.h>

#include <unicode/uchar.h>

/* [*ts, *te) = s..e without white space at both ends */
void
gp_sent_trim(const char *t, int32_t s, int32_t e, int32_t *ts, int32_t *te)
{
	int32_t		adv;

	/* ASCII white space first, the general case after */
	while (s < e && (t[s] == ' ' || t[s] == '\n' || t[s] == '\t' || t[s] == '\r'))
		s++;
	while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\n' || t[e - 1] == '\t' || t[e - 1] == '\r'))
		e--;
	while (s < e)
	{
		int32_t		c = gp_utf8_decode(t + s, e - s, &adv);

		if (!gp_is_space_cp(c))
			break;
		s += adv;
	}
	while (e > s)
	{
		int32_t		cps;
		int32_t		c = gp_utf8_last(t, s, e, &cps);

		if (!gp_is_space_cp(c))
			break;
		e = cps;
	}
	*ts = s;
	*te = e;
}

static int
count_newlines(const char *t, int32_t s, int32_t e)
{
	int			n = 0;

	for (int32_t i = s; i < e; i++)
		n += t[i] == '\n' || (t[i] == '\r' && (i + 1 >= e || t[i + 1] != '\n'));
	return n;
}

/* Does text end (before closing quotes/brackets) with final punctuation? */
bool
gp_ends_final(const char *t, int32_t s, int32_t e, uint64_t *work)
{
	while (e > s)
	{
		int32_t		cps;
		int32_t		c = gp_utf8_last(t, s, e, &cps);

		(*work)++;
		if (c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 || c == 0xBB)
		{
			e = cps;
			continue;
		}
		return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == ':' || c == ';' ||
			c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0x0964;
	}
	return false;
}

/*
 * A footnote marker: "(1)", "[12]", "1" — up to three digits, optionally
 * bracketed.  Returns its byte length at t+s, or 0.
 */
int32_t
gp_footnote_len(const char *t, int32_t s, int32_t e)
{
	int32_t		i = s;
	char		close = 0;
	int			digits = 0;

	if (i < e && (t[i] == '(' || t[i] == '['))
	{
		close = t[i] == '(' ? ')' : ']';
		i++;
	}
	while (i < e && t[i] >= '0' && t[i] <= '9' && digits < 4)
	{
		i++;
		digits++;
	}
	if (digits == 0 || digits > 3)
		return 0;
	if (close)
	{
		if (i >= e || t[i] != close)
			return 0;
		i++;
	}
	else
		return 0;				/* bare numbers are too ambiguous */
	return i - s;
}

/* short words that end with a period without ending the sentence */
static const char *const abbrevs[] = {
	"mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "gov",
	"sen", "rep", "st", "jr", "sr", "vs", "e.g", "i.e", "cf", "u.s", "u.k",
	"u.n", "inc", "corp", "ltd", "co", "no", "fig", "al", "approx", "dept",
	"jan", "feb", "aug", "sept", "oct", "nov", "dec", "pres", "rev", "adm",
	"amb", "sec", "hon", "mt", "ave", "messrs", "mme", "mlle", "ft", "bros",
	"est", "sgt", "cmdr", "supt", "govt", "assn", "dist", "univ", NULL
};

static bool
ends_abbrev(const char *t, int32_t s, int32_t e)
{
	int32_t		w;
	char		buf[16];
	int32_t		n;

	if (e - s < 2 || t[e - 1] != '.')
		return false;
	e--;
	w = e;
	/* a word of buf's size or longer is no abbreviation: look no further back */
	while (w > s && e - w < (int32_t) sizeof(buf) &&
		   (((unsigned char) t[w - 1] >= 'A' && (unsigned char) t[w - 1] <= 'Z') ||
			((unsigned char) t[w - 1] >= 'a' && (unsigned char) t[w - 1] <= 'z') ||
			t[w - 1] == '.'))
		w--;
	n = e - w;
	if (n <= 0 || n >= (int32_t) sizeof(buf))
		return false;
	/* a single capital letter: an initial ("George W. Bush") */
	if (n == 1 && t[w] >= 'A' && t[w] <= 'Z')
		return true;
	/* dotted initials: "E.F. Hutton", "N.Z. government", "U.S. envoy" */
	if (n >= 3)
	{
		bool		dotted = true;

		for (int32_t i = 0; i < n && dotted; i++)
			dotted = (i % 2 == 0) ? ((t[w + i] >= 'A' && t[w + i] <= 'Z') || (t[w + i] >= 'a' && t[w + i] <= 'z'))
				: t[w + i] == '.';
		if (dotted)
			return true;
	}
	for (int32_t i = 0; i < n; i++)
		buf[i] = (t[w + i] >= 'A' && t[w + i] <= 'Z') ? t[w + i] + 32 : t[w + i];
	buf[n] = '\0';
	for (int i = 0; abbrevs[i]; i++)
		if (abbrevs[i][0] == buf[0] && strcmp(buf, abbrevs[i]) == 0)
			return true;
	return false;
}

static bool
starts_lower(const char *t, int32_t s, int32_t e)
{
	int32_t		adv;

	if (s >= e)
		return false;
	return u_islower(gp_utf8_decode(t + s, e - s, &adv));
}

static bool
has_alnum(const char *t, int32_t s, int32_t e, uint64_t *work)
{
	int32_t		adv;

	for (int32_t i = s; i < e; i += adv)
	{
		int32_t		c = gp_utf8_decode(t + i, e - i, &adv);

		(*work)++;
		if (u_isalnum(c))
			return true;
	}
	return false;
}

/*
 * Should the raw segment be glued to the pending sentence?  Both are given
 * without white space at their ends: [ts, te) and [nts, nte).
 */
bool
gp_sent_glue(const char *t, int32_t ts, int32_t te, int32_t nts, int32_t nte, uint64_t *work)
{
	int			nl;

	if (nts == nte || ts == te)
		return true;			/* white space only: absorb */
	nl = count_newlines(t, te, nts);
	*work += (uint64_t) (nts - te);
	if (nl >= 2)
		return false;			/* blank line: paragraph */
	/* a lone footnote marker or ellipsis after a sentence belongs to it */
	if (gp_footnote_len(t, nts, nte) == nte - nts || !has_alnum(t, nts, nte, work))
		return true;
	if (nl == 1)
	{
		/* a line break: a heading/title ends here unless the line wraps */
		if (gp_ends_final(t, ts, te, work))
			return false;
		return starts_lower(t, nts, nte);
	}
	/* ICU broke within a line */
	if (ends_abbrev(t, ts, te))
		return true;
	return false;
}
