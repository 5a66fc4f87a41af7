/*
 * gp_text.c — ICU-based sentence and word segmentation, see gp_text.h.
 *
 * The text is never copied: ICU reads the caller's UTF-8 through a UText
 * (utext_openUTF8), and break positions are byte offsets into it.
 */
#include "gp_text.h"

#include <stdio.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/uversion.h>

const char *const gp_tokkind_name[GP_TOK_NKINDS] = {
	"word", "number", "ideo", "punct", "symbol", "space"
};

struct gp_segmenter
{
	UBreakIterator *word;
	UBreakIterator *sent;
	const UNormalizer2 *nfkc_cf;
	uint8_t		aclass[128];	/* word-break class of each ASCII byte */
	uint8_t		apunct[128];	/* 1 when u_ispunct() */
	uint8_t		sclass[128];	/* Sentence_Break class of each ASCII byte */
	bool		force_icu;		/* tests: no ASCII fast path */
	UChar	   *ubuf;			/* scratch for normalisation */
	int32_t		ubuflen;
};

/*
 * Longest sentence we hand on in one piece: longer raw segments are cut
 * (at white space where there is some), and segments are not glued
 * together past it, so that the work per sentence downstream is bounded.
 */
#define GP_MAX_SENTENCE_BYTES (64 * 1024)

/* raw segments between two interrupt checks */
#define SENT_CHECK_EVERY 1024

struct gp_sentiter
{
	gp_segmenter *seg;
	const char *text;
	int32_t		len;
	int32_t		raw_pos;		/* last raw boundary consumed */
	int32_t		raw_end;		/* the boundary after raw_pos when it was cut, else -1 */
	int32_t		cur_s, cur_e;	/* pending sentence, -1 if none */
	int32_t		cur_ts, cur_te;	/* the pending sentence without white space at its ends */
	int32_t		index;
	int32_t		char_base_byte;	/* code points counted up to this byte */
	int32_t		char_base;
	bool		done;
	bool		ascii;			/* all-ASCII text: the fast path, no ICU */
	uint64_t	segments;		/* raw segments read */
	uint64_t	work;			/* bytes looked at (gp_sentiter_work) */
};

/* an ICU call failed on a text */
static void
icu_error(const char *what, UErrorCode st)
{
	gp_error(GP_ERR_TEXT, what, u_errorName(st));
}

void
gp_icu_version(char *buf, size_t buflen)
{
	UVersionInfo v;
	char		s[U_MAX_VERSION_STRING_LENGTH];

	u_getVersion(v);
	u_versionToString(v, s);
	snprintf(buf, buflen, "%s", s);
}

/*
 * ASCII word-break classes (UAX #29 as ICU 72 applies it to ASCII).  Used by
 * the fast path for all-ASCII sentences; test/c checks it against ICU.
 */
enum
{
	AC_OTHER = 0,				/* breaks on both sides (WB999) */
	AC_LETTER,					/* ALetter */
	AC_DIGIT,					/* Numeric */
	AC_MIDNUMLET,				/* . and ' (MidNumLet, Single_Quote) */
	AC_MIDLETTER,				/* none in ASCII: ICU drops the colon */
	AC_MIDNUM,					/* , ; */
	AC_EXTNUMLET,				/* _ */
	AC_SPACE,					/* U+0020 (WSegSpace) */
	AC_NEWLINE,					/* \n \r \v \f (breaks on both sides) */
	AC_CTRL						/* other controls */
};

static void
init_ascii_classes(gp_segmenter *seg)
{
	for (int c = 0; c < 128; c++)
	{
		uint8_t		k = AC_OTHER;

		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '@')
			k = AC_LETTER;		/* ICU counts @ as ALetter (e-mail) */
		else if (c >= '0' && c <= '9')
			k = AC_DIGIT;
		else if (c == '.' || c == '\'')
			k = AC_MIDNUMLET;
		else if (c == ',' || c == ';')
			k = AC_MIDNUM;
		else if (c == '_')
			k = AC_EXTNUMLET;
		else if (c == ' ')
			k = AC_SPACE;
		else if (c == '\n' || c == '\r' || c == '\v' || c == '\f')
			k = AC_NEWLINE;
		else if (c < 32 || c == 127)
			k = AC_CTRL;
		seg->aclass[c] = k;
		seg->apunct[c] = u_ispunct(c) ? 1 : 0;
		seg->sclass[c] = (uint8_t) u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
	}
}

void
gp_segmenter_force_icu(gp_segmenter *seg, bool on)
{
	seg->force_icu = on;
}

gp_segmenter *
gp_segmenter_open(void)
{
	UErrorCode	st = U_ZERO_ERROR;
	gp_segmenter *seg = gp_alloc(sizeof(gp_segmenter), NULL);

	memset(seg, 0, sizeof(*seg));
	seg->word = ubrk_open(UBRK_WORD, "en", NULL, 0, &st);
	if (U_FAILURE(st))
	{
		gp_segmenter_close(seg);
		gp_error(GP_ERR_SETUP, "could not open ICU word break iterator", u_errorName(st));
	}
	/*
	 * The plain UAX #29 rules; abbreviations (Mr., U.S.) are merged by our
	 * own rules in should_merge(), the same for the ASCII fast path.
	 */
	seg->sent = ubrk_open(UBRK_SENTENCE, "en", NULL, 0, &st);
	if (U_FAILURE(st))
	{
		gp_segmenter_close(seg);
		gp_error(GP_ERR_SETUP, "could not open ICU sentence break iterator", u_errorName(st));
	}
	init_ascii_classes(seg);
	seg->nfkc_cf = unorm2_getNFKCCasefoldInstance(&st);
	if (U_FAILURE(st))
	{
		gp_segmenter_close(seg);
		gp_error(GP_ERR_SETUP, "could not load ICU NFKC_Casefold data", u_errorName(st));
	}
	return seg;
}

void
gp_segmenter_close(gp_segmenter *seg)
{
	if (seg == NULL)
		return;
	if (seg->word)
		ubrk_close(seg->word);
	if (seg->sent)
		ubrk_close(seg->sent);
	if (seg->ubuf)
		gp_release(seg->ubuf, NULL);
	gp_release(seg, NULL);
}

/* ---------------------------------------------------------------- UTF-8 */

int32_t
gp_utf8_count(const char *s, int32_t len)
{
	int32_t		n = 0;

	for (int32_t i = 0; i < len; i++)
		n += ((unsigned char) s[i] & 0xC0) != 0x80;
	return n;
}

int32_t
gp_utf8_decode(const char *s, int32_t len, int32_t *adv)
{
	const unsigned char *u = (const unsigned char *) s;
	int32_t		c = u[0];
	int32_t		n = 1;

	if (c >= 0xF0 && len >= 4)
	{
		c = ((c & 0x07) << 18) | ((u[1] & 0x3F) << 12) | ((u[2] & 0x3F) << 6) | (u[3] & 0x3F);
		n = 4;
	}
	else if (c >= 0xE0 && len >= 3)
	{
		c = ((c & 0x0F) << 12) | ((u[1] & 0x3F) << 6) | (u[2] & 0x3F);
		n = 3;
	}
	else if (c >= 0xC0 && len >= 2)
	{
		c = ((c & 0x1F) << 6) | (u[1] & 0x3F);
		n = 2;
	}
	*adv = n;
	return c;
}

/* code point ending just before byte `end` (end > start) */
static int32_t
last_cp(const char *s, int32_t start, int32_t end, int32_t *cpstart)
{
	int32_t		i = end - 1;
	int32_t		adv;

	while (i > start && ((unsigned char) s[i] & 0xC0) == 0x80)
		i--;
	*cpstart = i;
	return gp_utf8_decode(s + i, end - i, &adv);
}

static bool
is_space_cp(int32_t c)
{
	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
		return true;
	if (c < 0x80)
		return false;
	return u_isUWhiteSpace(c) || c == 0xFEFF;
}

/* ------------------------------------------------------------ sentences */

gp_sentiter *
gp_sentiter_begin(gp_segmenter *seg, const char *text, int32_t len, gp_arena *arena)
{
	gp_sentiter *it = gp_arena_alloc(arena, sizeof(gp_sentiter));
	UText		ut = UTEXT_INITIALIZER;
	UErrorCode	st = U_ZERO_ERROR;

	memset(it, 0, sizeof(*it));
	it->seg = seg;
	it->text = text;
	it->len = len;
	it->cur_s = -1;
	it->raw_end = -1;
	it->ascii = !seg->force_icu;
	for (int32_t i = 0; it->ascii && i < len; i++)
		it->ascii = (unsigned char) text[i] < 0x80;
	if (it->ascii)
		return it;
	utext_openUTF8(&ut, text, len, &st);
	if (U_SUCCESS(st))
		ubrk_setUText(seg->sent, &ut, &st);
	utext_close(&ut);
	if (U_FAILURE(st))
		icu_error("could not set text of ICU sentence iterator", st);
	ubrk_first(seg->sent);
	return it;
}

/*
 * The next sentence boundary after p in all-ASCII text: UAX #29 rules
 * SB3–SB11 over the Sentence_Break classes ICU gives the ASCII characters
 * (no Extend/Format/Sep/OLetter occur in ASCII).  test/c checks it against
 * ICU's iterator over the corpus.  The rules look at the text around each
 * character, never at where the search began, so a search may start
 * anywhere and stop anywhere: -1 when no boundary is decided by a character
 * before limit.
 */
static int32_t
ascii_sentence_end(const gp_segmenter *seg, const char *t, int32_t n, int32_t p, int32_t limit,
				   uint64_t *work)
{
#define SB(i) (seg->sclass[(unsigned char) t[(i)]])
	int32_t		stop = n < limit ? n : limit;
	int32_t		i,
				b = -2;			/* none decided yet */
	uint64_t	ahead = 0;		/* bytes looked at ahead of i */

	for (i = p; i < stop; i++)
	{
		uint8_t		c = SB(i);
		int32_t		k,
					m;

		if (c == U_SB_CR)
		{
			b = (i + 1 < n && t[i + 1] == '\n') ? i + 2 : i + 1;	/* SB3, SB4 */
			break;
		}
		if (c == U_SB_LF || c == U_SB_SEP)
		{
			b = i + 1;			/* SB4 */
			break;
		}
		if (c != U_SB_ATERM && c != U_SB_STERM)
			continue;
		if (c == U_SB_ATERM && i + 1 < n)
		{
			if (SB(i + 1) == U_SB_NUMERIC)
				continue;		/* SB6: 3.5 */
			if (i > 0 && (SB(i - 1) == U_SB_UPPER || SB(i - 1) == U_SB_LOWER) && SB(i + 1) == U_SB_UPPER)
				continue;		/* SB7: U.S */
		}
		k = i + 1;
		while (k < n && SB(k) == U_SB_CLOSE)
			k++;				/* SB9 */
		m = k;
		while (m < n && SB(m) == U_SB_SP)
			m++;				/* SB10 */
		ahead += (uint64_t) (m - i);
		if (m >= n)
		{
			b = n;
			break;
		}
		if (SB(m) == U_SB_CR)
		{
			b = (m + 1 < n && t[m + 1] == '\n') ? m + 2 : m + 1;
			break;
		}
		if (SB(m) == U_SB_LF || SB(m) == U_SB_SEP)
		{
			b = m + 1;
			break;
		}
		if (SB(m) == U_SB_SCONTINUE || SB(m) == U_SB_ATERM || SB(m) == U_SB_STERM)
		{
			i = m - 1;			/* SB8a: no break; go on from there */
			continue;
		}
		if (c == U_SB_ATERM)
		{
			/* SB8: ATerm Close* Sp* × (¬(OLetter|Upper|Lower|ParaSep|SATerm))* Lower */
			int32_t		q = m;

			while (q < n && SB(q) != U_SB_OLETTER && SB(q) != U_SB_UPPER && SB(q) != U_SB_LOWER &&
				   SB(q) != U_SB_SEP && SB(q) != U_SB_CR && SB(q) != U_SB_LF &&
				   SB(q) != U_SB_ATERM && SB(q) != U_SB_STERM)
				q++;
			ahead += (uint64_t) (q - m);
			if (q < n && SB(q) == U_SB_LOWER)
			{
				i = m - 1;
				continue;
			}
		}
		b = m;					/* SB11 */
		break;
	}
	*work += (uint64_t) (i - p + 1) + ahead;
	if (b == -2)
		b = stop == n ? n : -1; /* the text's end, or nothing before limit */
	return b;
#undef SB
}

/*
 * Next raw segment [*s, *e) from ICU (or the ASCII rules), cut at
 * GP_MAX_SENTENCE_BYTES.  After a cut the boundary found stays the next
 * one: the text up to it is not searched again (which made a long text
 * without sentence ends quadratic).  The ASCII rules search no further than
 * the cut needs, so that a long text without sentence ends is searched a
 * piece at a time, between interrupt checks; ICU searches on to the next
 * boundary.
 */
static bool
raw_next(gp_sentiter *it, int32_t *s, int32_t *e)
{
	int32_t		b;
	bool		found = true;	/* b is a boundary, not only "further than a cut" */

	if (it->raw_pos >= it->len)
		return false;
	if (++it->segments % SENT_CHECK_EVERY == 0)
		gp_interrupt();
	if (it->raw_end > it->raw_pos)
		b = it->raw_end;
	else if (it->ascii)
	{
		b = ascii_sentence_end(it->seg, it->text, it->len, it->raw_pos,
							   it->raw_pos + GP_MAX_SENTENCE_BYTES + 1, &it->work);
		if (b < 0)
		{
			b = it->raw_pos + GP_MAX_SENTENCE_BYTES + 1;
			found = false;
		}
	}
	else
	{
		b = ubrk_following(it->seg->sent, it->raw_pos);
		if (b != UBRK_DONE && b > it->raw_pos)
			it->work += (uint64_t) (b - it->raw_pos);
	}
	if (b == UBRK_DONE || b > it->len)
		b = it->len;
	it->raw_end = -1;
	if (b - it->raw_pos > GP_MAX_SENTENCE_BYTES)
	{
		/* cut at the last white space before the limit, on a char boundary */
		int32_t		cut = it->raw_pos + GP_MAX_SENTENCE_BYTES;
		int32_t		i = cut;

		while (i > it->raw_pos + GP_MAX_SENTENCE_BYTES / 2 && it->text[i] != ' ' && it->text[i] != '\n')
			i--;
		it->work += (uint64_t) (cut - i);
		if (i > it->raw_pos + GP_MAX_SENTENCE_BYTES / 2)
			cut = i + 1;
		while (cut > it->raw_pos + 1 && ((unsigned char) it->text[cut] & 0xC0) == 0x80)
			cut--;
		it->raw_end = found ? b : -1;
		b = cut;
	}
	*s = it->raw_pos;
	*e = b;
	it->raw_pos = b;
	return true;
}

/* [*ts, *te) = s..e without white space at both ends */
static void
trim(const char *t, int32_t s, int32_t e, int32_t *ts, int32_t *te)
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

		if (!is_space_cp(c))
			break;
		s += adv;
	}
	while (e > s)
	{
		int32_t		cps;
		int32_t		c = last_cp(t, s, e, &cps);

		if (!is_space_cp(c))
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
static bool
ends_final(const char *t, int32_t s, int32_t e, uint64_t *work)
{
	while (e > s)
	{
		int32_t		cps;
		int32_t		c = last_cp(t, s, e, &cps);

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
static int32_t
footnote_len(const char *t, int32_t s, int32_t e)
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
static bool
should_merge(gp_sentiter *it, int32_t ts, int32_t te, int32_t nts, int32_t nte)
{
	const char *t = it->text;
	int			nl;

	if (nts == nte || ts == te)
		return true;			/* white space only: absorb */
	nl = count_newlines(t, te, nts);
	it->work += (uint64_t) (nts - te);
	if (nl >= 2)
		return false;			/* blank line: paragraph */
	/* a lone footnote marker or ellipsis after a sentence belongs to it */
	if (footnote_len(t, nts, nte) == nte - nts || !has_alnum(t, nts, nte, &it->work))
		return true;
	if (nl == 1)
	{
		/* a line break: a heading/title ends here unless the line wraps */
		if (ends_final(t, ts, te, &it->work))
			return false;
		return starts_lower(t, nts, nte);
	}
	/* ICU broke within a line */
	if (ends_abbrev(t, ts, te))
		return true;
	return false;
}

/* [*ts, *te) = s..e without white space at both ends, counting the work */
static void
trim_counted(gp_sentiter *it, int32_t s, int32_t e, int32_t *ts, int32_t *te)
{
	trim(it->text, s, e, ts, te);
	it->work += (uint64_t) (*ts - s) + (uint64_t) (e - *te) + 1;
}

/* [s, e) becomes the pending sentence */
static void
set_pending(gp_sentiter *it, int32_t s, int32_t e)
{
	it->cur_s = s;
	it->cur_e = e;
	if (s >= 0)
		trim_counted(it, s, e, &it->cur_ts, &it->cur_te);
}

int
gp_sentiter_next(gp_sentiter *it, gp_sentence *out)
{
	const char *t = it->text;
	int32_t		ns, ne;

	if (it->done)
		return 0;
	for (;;)
	{
		int32_t		ts, te;

		if (it->cur_s < 0)
		{
			if (!raw_next(it, &ns, &ne))
			{
				it->done = true;
				return 0;
			}
			set_pending(it, ns, ne);
			continue;
		}
		if (!raw_next(it, &ns, &ne))
		{
			ns = ne = -1;
			it->done = true;
		}
		else
		{
			int32_t		nts, nte, fl;

			trim_counted(it, ns, ne, &nts, &nte);
			/* glued, the sentence stays within GP_MAX_SENTENCE_BYTES */
			if ((nts == nte || it->cur_ts == it->cur_te || nte - it->cur_ts <= GP_MAX_SENTENCE_BYTES) &&
				should_merge(it, it->cur_ts, it->cur_te, nts, nte))
			{
				it->cur_e = ne;
				if (nts < nte)
				{
					if (it->cur_ts == it->cur_te)
						it->cur_ts = nts;
					it->cur_te = nte;
				}
				else if (it->cur_ts == it->cur_te)
					it->cur_ts = it->cur_te = ne;
				continue;
			}
			/* "... authority. (1) Next sentence": the marker goes before */
			fl = footnote_len(t, nts, nte);
			if (fl > 0 && nts + fl < nte && is_space_cp((unsigned char) t[nts + fl]) &&
				ends_final(t, it->cur_ts, it->cur_te, &it->work))
			{
				it->cur_e = nts + fl;
				it->cur_te = nts + fl;
				ns = nts + fl;
			}
		}
		/* emit the pending sentence, make [ns, ne) pending */
		ts = it->cur_ts;
		te = it->cur_te;
		set_pending(it, ns, ne);
		if (ts == te)
		{
			if (it->done)
				return 0;
			continue;
		}
		if (it->ascii)
			it->char_base = ts;
		else
			it->char_base += gp_utf8_count(t + it->char_base_byte, ts - it->char_base_byte);
		it->work += (uint64_t) (ts - it->char_base_byte) + (uint64_t) (te - ts);
		it->char_base_byte = ts;
		out->index = it->index++;
		out->start = ts;
		out->len = te - ts;
		out->cstart = it->char_base;
		out->clen = it->ascii ? te - ts : gp_utf8_count(t + ts, te - ts);
		return 1;
	}
}

uint64_t
gp_sentiter_work(const gp_sentiter *it)
{
	return it->work + it->segments;
}

/* --------------------------------------------------------------- tokens */

/* room for need UTF-16 units in the scratch buffer, its content kept */
static void
ensure_ubuf(gp_segmenter *seg, int32_t need)
{
	UChar	   *nb;

	if (seg->ubuflen >= need)
		return;
	if (need < 256)
		need = 256;
	nb = gp_alloc(sizeof(UChar) * (size_t) need, NULL);
	if (seg->ubuf)
	{
		memcpy(nb, seg->ubuf, sizeof(UChar) * (size_t) seg->ubuflen);
		gp_release(seg->ubuf, NULL);
	}
	seg->ubuf = nb;
	seg->ubuflen = need;
}

static int32_t
strip_possessive_len(const char *s, int32_t n)
{
	if (n > 2 && s[n - 1] == 's' && s[n - 2] == '\'')
		return n - 2;
	if (n > 4 && s[n - 1] == 's' && (unsigned char) s[n - 2] == 0x99 &&
		(unsigned char) s[n - 3] == 0x80 && (unsigned char) s[n - 4] == 0xE2)
		return n - 4;
	return n;
}

char *
gp_normalize(gp_segmenter *seg, const char *s, int32_t len, bool strip_possessive,
			 gp_arena *arena, int32_t *outlen)
{
	bool		ascii = true;
	char	   *out;
	int32_t		n;

	for (int32_t i = 0; i < len; i++)
		if ((unsigned char) s[i] >= 0x80)
		{
			ascii = false;
			break;
		}
	if (ascii)
	{
		out = gp_arena_alloc(arena, (size_t) len + 1);
		for (int32_t i = 0; i < len; i++)
			out[i] = (s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i];
		n = len;
	}
	else
	{
		UErrorCode	st = U_ZERO_ERROR;
		int32_t		ulen = 0;
		int32_t		nlen;
		UChar	   *src, *dst;
		int32_t		cap;

		/* UTF-16 of the input: at most len units; NFKC_CF may expand (×18 worst) */
		cap = len * 4 + 16;
		ensure_ubuf(seg, cap * 2);
		src = seg->ubuf;
		dst = seg->ubuf + cap;
		u_strFromUTF8Lenient(src, cap, &ulen, s, len, &st);
		if (U_FAILURE(st))
			icu_error("could not convert to UTF-16", st);
		nlen = unorm2_normalize(seg->nfkc_cf, src, ulen, dst, cap, &st);
		if (st == U_BUFFER_OVERFLOW_ERROR)
		{
			int32_t		need = nlen + 1;

			st = U_ZERO_ERROR;
			ensure_ubuf(seg, cap + need);
			src = seg->ubuf;
			dst = seg->ubuf + cap;
			nlen = unorm2_normalize(seg->nfkc_cf, src, ulen, dst, need, &st);
		}
		if (U_FAILURE(st))
			icu_error("could not normalize", st);
		{
			int32_t		blen = 0;

			u_strToUTF8(NULL, 0, &blen, dst, nlen, &st);
			st = U_ZERO_ERROR;
			out = gp_arena_alloc(arena, (size_t) blen + 1);
			u_strToUTF8(out, blen + 1, &n, dst, nlen, &st);
			if (U_FAILURE(st) && st != U_STRING_NOT_TERMINATED_WARNING)
				icu_error("could not convert to UTF-8", st);
		}
	}
	if (strip_possessive)
		n = strip_possessive_len(out, n);
	out[n] = '\0';
	if (outlen)
		*outlen = n;
	return out;
}

/* case flags of a token that is not all ASCII (the ASCII path sets its own) */
static uint8_t
case_flags(const char *s, int32_t len)
{
	uint8_t		f = 0;
	int			letters = 0,
				upper = 0;
	int32_t		adv;

	for (int32_t i = 0; i < len; i += adv)
	{
		int32_t		c = gp_utf8_decode(s + i, len - i, &adv);

		if (u_isUAlphabetic(c))
		{
			bool		up = u_isupper(c) || u_istitle(c);

			letters++;
			upper += up;
			if (letters == 1)
				f |= up ? GP_TF_UPPER : (u_islower(c) ? GP_TF_LOWER : 0);
		}
	}
	if (letters >= 2 && upper == letters)
		f |= GP_TF_ALLCAPS;
	return f;
}

/*
 * End of the word-break segment of all-ASCII s that starts at i, and the ICU
 * rule status it would have (UAX #29 rules WB3, WB3d, WB5–WB13b).
 */
static int32_t
ascii_next(const gp_segmenter *seg, const char *s, int32_t len, int32_t i, int32_t *status)
{
	uint8_t		c = seg->aclass[(unsigned char) s[i]];
	int32_t		j = i + 1;
	uint8_t		prev;

	*status = UBRK_WORD_NONE;
	switch (c)
	{
		case AC_NEWLINE:
			if (s[i] == '\r' && j < len && s[j] == '\n')
				j++;
			return j;
		case AC_SPACE:
			while (j < len && s[j] == ' ')
				j++;
			return j;
		case AC_LETTER:
		case AC_DIGIT:
		case AC_EXTNUMLET:
			break;
		default:
			return j;
	}
	prev = c;
	/* ICU's status is that of the state it ends in: letter or digit as the
	 * last one seen; a run of underscores alone is a word, one alone is not */
	*status = c == AC_LETTER ? UBRK_WORD_LETTER : c == AC_DIGIT ? UBRK_WORD_NUMBER : UBRK_WORD_NONE;
	while (j < len)
	{
		uint8_t		n = seg->aclass[(unsigned char) s[j]];

		if (n == AC_LETTER || n == AC_DIGIT || n == AC_EXTNUMLET)
		{
			/* WB5, WB8, WB9, WB10, WB13a, WB13b: all join */
			if (n == AC_LETTER)
				*status = UBRK_WORD_LETTER;
			else if (n == AC_DIGIT)
				*status = UBRK_WORD_NUMBER;
			else if (*status == UBRK_WORD_NONE)
				*status = UBRK_WORD_LETTER;
			prev = n;
			j++;
			continue;
		}
		if (j + 1 < len)
		{
			uint8_t		n2 = seg->aclass[(unsigned char) s[j + 1]];

			/* WB6, WB7: letter (MidLetter | MidNumLetQ) letter */
			if (prev == AC_LETTER && n2 == AC_LETTER &&
				(n == AC_MIDLETTER || n == AC_MIDNUMLET))
			{
				prev = n2;
				*status = UBRK_WORD_LETTER;
				j += 2;
				continue;
			}
			/* WB11, WB12: digit (MidNum | MidNumLetQ) digit */
			if (prev == AC_DIGIT && n2 == AC_DIGIT &&
				(n == AC_MIDNUM || n == AC_MIDNUMLET))
			{
				prev = n2;
				*status = UBRK_WORD_NUMBER;
				j += 2;
				continue;
			}
		}
		break;
	}
	return j;
}

int32_t
gp_tokenize_span(gp_segmenter *seg, const char *text, const gp_sentence *span,
				 bool with_space, gp_arena *arena, gp_token **out)
{
	const char *s = text + span->start;
	int32_t		cap = span->len / 4 + 16;
	int32_t		n = 0;
	gp_token   *tok;
	int32_t		prev = 0;
	int32_t		cpos = span->cstart;
	uint8_t		pending = 0;
	bool		ascii_span = !seg->force_icu;

	tok = gp_arena_alloc(arena, sizeof(gp_token) * (size_t) cap);
	for (int32_t i = 0; ascii_span && i < span->len; i++)
		ascii_span = (unsigned char) s[i] < 0x80;
	if (!ascii_span)
	{
		UText		ut = UTEXT_INITIALIZER;
		UErrorCode	st = U_ZERO_ERROR;

		utext_openUTF8(&ut, s, span->len, &st);
		if (U_SUCCESS(st))
			ubrk_setUText(seg->word, &ut, &st);
		utext_close(&ut);
		if (U_FAILURE(st))
			icu_error("could not set text of ICU word iterator", st);
		ubrk_first(seg->word);
	}
	for (;;)
	{
		int32_t		b;
		int32_t		status;
		int32_t		blen;
		int32_t		clen;
		uint8_t		kind;
		bool		ascii = true;
		gp_token   *t;

		if (ascii_span)
		{
			if (prev >= span->len)
				break;
			b = ascii_next(seg, s, span->len, prev, &status);
		}
		else
		{
			b = ubrk_next(seg->word);
			if (b == UBRK_DONE)
				break;
			status = ubrk_getRuleStatus(seg->word);
		}
		blen = b - prev;
		if (blen <= 0)
			continue;
		if (!ascii_span)
			for (int32_t i = prev; i < b; i++)
				if ((unsigned char) s[i] >= 0x80)
				{
					ascii = false;
					break;
				}
		clen = ascii ? blen : gp_utf8_count(s + prev, blen);
		if (status >= UBRK_WORD_IDEO && status < UBRK_WORD_IDEO_LIMIT)
			kind = GP_TOK_IDEO;
		else if (status >= UBRK_WORD_KANA && status < UBRK_WORD_KANA_LIMIT)
			kind = GP_TOK_IDEO;
		else if (status >= UBRK_WORD_LETTER && status < UBRK_WORD_LETTER_LIMIT)
			kind = GP_TOK_WORD;
		else if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT)
			kind = GP_TOK_NUMBER;
		else
		{
			int32_t		adv;
			int32_t		c = gp_utf8_decode(s + prev, blen, &adv);

			if (is_space_cp(c))
			{
				pending = GP_TF_SPACE_BEFORE;
				for (int32_t i = prev; i < b; i++)
					if (s[i] == '\n' || s[i] == '\r')
						pending |= GP_TF_NL_BEFORE;
				if (!with_space)
				{
					cpos += clen;
					prev = b;
					continue;
				}
				kind = GP_TOK_SPACE;
			}
			else if (c < 128 ? seg->apunct[c] : u_ispunct(c))
				kind = GP_TOK_PUNCT;
			else
				kind = GP_TOK_SYMBOL;
		}
		if (n == cap)
		{
			tok = gp_arena_grow(arena, tok, sizeof(gp_token) * (size_t) cap,
								sizeof(gp_token) * (size_t) cap * 2);
			cap *= 2;
		}
		t = &tok[n++];
		t->start = span->start + prev;
		t->len = blen;
		t->cstart = cpos;
		t->clen = clen;
		t->sentence = span->index;
		t->kind = kind;
		t->flags = (kind == GP_TOK_SPACE ? 0 : pending) | (ascii ? GP_TF_ASCII : 0);
		if (kind != GP_TOK_SPACE)
			pending = 0;
		if (ascii)
		{
			/* one pass: lower-case norm, case flags and hash */
			char	   *norm = gp_arena_alloc(arena, (size_t) blen + 1);
			const char *src = s + prev;
			uint32_t	h = 2166136261u;
			int			letters = 0,
						upper = 0;
			int32_t		nl = blen;

			for (int32_t i = 0; i < blen; i++)
			{
				char		c = src[i];

				if (c >= 'A' && c <= 'Z')
				{
					if (letters++ == 0)
						t->flags |= GP_TF_UPPER;
					upper++;
					c += 32;
				}
				else if (c >= 'a' && c <= 'z')
				{
					if (letters++ == 0)
						t->flags |= GP_TF_LOWER;
				}
				norm[i] = c;
				h ^= (unsigned char) c;
				h *= 16777619u;
			}
			if (kind != GP_TOK_WORD && kind != GP_TOK_IDEO)
				t->flags &= (uint8_t) ~(GP_TF_UPPER | GP_TF_LOWER);
			else if (letters >= 2 && upper == letters)
				t->flags |= GP_TF_ALLCAPS;
			if (kind == GP_TOK_WORD && nl > 2 && norm[nl - 1] == 's' && norm[nl - 2] == '\'')
			{
				nl -= 2;
				t->flags |= GP_TF_POSSESSIVE;
				h = gp_hash(norm, (size_t) nl);
			}
			norm[nl] = '\0';
			t->norm = norm;
			t->normlen = (uint16_t) (nl > 65535 ? 65535 : nl);
			t->hash = h;
		}
		else
		{
			int32_t		nl;
			char	   *norm;

			if (kind == GP_TOK_WORD || kind == GP_TOK_IDEO)
				t->flags |= case_flags(s + prev, blen);
			norm = gp_normalize(seg, s + prev, blen, kind == GP_TOK_WORD, arena, &nl);
			if (kind == GP_TOK_WORD && strip_possessive_len(s + prev, blen) < blen)
				t->flags |= GP_TF_POSSESSIVE;
			t->norm = norm;
			t->normlen = (uint16_t) (nl > 65535 ? 65535 : nl);
			t->hash = gp_hash(norm, (size_t) nl);
		}
		cpos += clen;
		prev = b;
		if ((n & 1023) == 0)
			gp_interrupt();
	}
	*out = tok;
	return n;
}
