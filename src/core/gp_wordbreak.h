/*
 * gp_wordbreak.h — the ASCII word-break state machine: the word boundaries
 * ICU's word break iterator finds in all-ASCII text (UAX #29 rules WB3,
 * WB3d, WB5-WB13b as ICU 72 applies them to ASCII), with the rule status ICU
 * would give, from a class table (gp_wb_init) and a loop over the bytes.
 * The tokenizer's fast path for all-ASCII spans (gp_tokens.c); inline
 * because it runs once per token.  test/c checks it against ICU on every
 * corpus document.
 */
#ifndef GP_WORDBREAK_H
#define GP_WORDBREAK_H

#include <stdint.h>

#include <unicode/ubrk.h>

/* ASCII word-break classes */
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

/*
 * End of the word-break segment of all-ASCII s that starts at i, and the ICU
 * rule status it would have (UAX #29 rules WB3, WB3d, WB5–WB13b).
 */
static inline int32_t
gp_wb_next(const uint8_t *aclass, const char *s, int32_t len, int32_t i, int32_t *status)
{
	uint8_t		c = aclass[(unsigned char) s[i]];
	int32_t		j = i + 1;
	int32_t		st;				/* in a local: s may alias *status */
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
	st = c == AC_LETTER ? UBRK_WORD_LETTER : c == AC_DIGIT ? UBRK_WORD_NUMBER : UBRK_WORD_NONE;
	while (j < len)
	{
		uint8_t		n = aclass[(unsigned char) s[j]];

		if (n == AC_LETTER)
		{
			/* WB5, WB9: a run of letters, by far the most common */
			do
				j++;
			while (j < len && aclass[(unsigned char) s[j]] == AC_LETTER);
			st = UBRK_WORD_LETTER;
			prev = AC_LETTER;
			continue;
		}
		if (n == AC_DIGIT || n == AC_EXTNUMLET)
		{
			/* WB8, WB10, WB13a, WB13b: all join */
			if (n == AC_DIGIT)
				st = UBRK_WORD_NUMBER;
			else if (st == UBRK_WORD_NONE)
				st = UBRK_WORD_LETTER;
			prev = n;
			j++;
			continue;
		}
		if (j + 1 < len)
		{
			uint8_t		n2 = aclass[(unsigned char) s[j + 1]];

			/* WB6, WB7: letter (MidLetter | MidNumLetQ) letter */
			if (prev == AC_LETTER && n2 == AC_LETTER &&
				(n == AC_MIDLETTER || n == AC_MIDNUMLET))
			{
				prev = n2;
				st = UBRK_WORD_LETTER;
				j += 2;
				continue;
			}
			/* WB11, WB12: digit (MidNum | MidNumLetQ) digit */
			if (prev == AC_DIGIT && n2 == AC_DIGIT &&
				(n == AC_MIDNUM || n == AC_MIDNUMLET))
			{
				prev = n2;
				st = UBRK_WORD_NUMBER;
				j += 2;
				continue;
			}
		}
		break;
	}
	*status = st;
	return j;
}

#endif
