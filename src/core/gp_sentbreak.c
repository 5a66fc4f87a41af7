/*
 * gp_sentbreak.c — the ASCII sentence-break state machine: the raw sentence
 * boundaries ICU's sentence break iterator finds in all-ASCII text (UAX #29
 * rules SB3-SB11 over the Sentence_Break classes ICU gives the ASCII
 * characters; no Extend/Format/Sep/OLetter occur in ASCII).  The sentence
 * iterator's fast path (gp_sentences.c); test/c checks it against ICU's
 * iterator on every corpus document.
 */
#include "gp_text_int.h"

#include <unicode/uchar.h>

void
gp_sb_init(uint8_t sclass[128], uint8_t sstop[128])
{
	for (int c = 0; c < 128; c++)
	{
		sclass[c] = (uint8_t) u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
		/* only a line break or a terminator can end a sentence: the scan skips the rest */
		sstop[c] = sclass[c] == U_SB_CR || sclass[c] == U_SB_LF || sclass[c] == U_SB_SEP ||
			sclass[c] == U_SB_ATERM || sclass[c] == U_SB_STERM;
	}
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
int32_t
gp_sb_next(const uint8_t *sclass, const uint8_t *sstop, const char *t, int32_t n, int32_t p, int32_t limit,
		   uint64_t *work)
{
#define SB(i) (sclass[(unsigned char) t[(i)]])
	int32_t		stop = n < limit ? n : limit;
	int32_t		i,
				b = -2;			/* none decided yet */
	uint64_t	ahead = 0;		/* bytes looked at ahead of i */

	for (i = p; i < stop; i++)
	{
		uint8_t		c;
		int32_t		k,
					m;

		while (i < stop && !sstop[(unsigned char) t[i]])
			i++;
		if (i == stop)
			break;
		c = SB(i);
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
