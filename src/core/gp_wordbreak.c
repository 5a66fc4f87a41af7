/*
 * gp_wordbreak.c — the class tables of the ASCII word-break state machine
 * (gp_wordbreak.h): each ASCII byte's word-break class, and whether ICU
 * counts it as punctuation (a token's kind).
 */
#include "gp_text_int.h"
#include "gp_wordbreak.h"

#include <unicode/uchar.h>

void
gp_wb_init(uint8_t aclass[128], uint8_t apunct[128])
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
		aclass[c] = k;
		apunct[c] = u_ispunct(c) ? 1 : 0;
	}
}
