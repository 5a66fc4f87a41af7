/*
 * gp_utf8.c — UTF-8 helpers.  The text is valid UTF-8 (PostgreSQL checks
 * what it stores; tests and fuzz targets make it so): decoding trusts the
 * lead byte and only guards against running off the end.
 */
#include "gp_text_int.h"

#include <string.h>

#include <unicode/uchar.h>

#define HIGH_BITS 0x8080808080808080ULL

bool
gp_utf8_ascii(const char *s, int32_t len)
{
	uint64_t	acc = 0;
	int32_t		i = 0;

	/* eight bytes at a time, a word of 32 between two tests */
	for (; i + 32 <= len; i += 32)
	{
		uint64_t	w[4];

		memcpy(w, s + i, sizeof(w));
		if ((w[0] | w[1] | w[2] | w[3]) & HIGH_BITS)
			return false;
	}
	for (; i + 8 <= len; i += 8)
	{
		uint64_t	w;

		memcpy(&w, s + i, sizeof(w));
		acc |= w;
	}
	for (; i < len; i++)
		acc |= (unsigned char) s[i];
	return (acc & HIGH_BITS) == 0;
}

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

int32_t
gp_utf8_last(const char *s, int32_t start, int32_t end, int32_t *cpstart)
{
	int32_t		i = end - 1;
	int32_t		adv;

	while (i > start && ((unsigned char) s[i] & 0xC0) == 0x80)
		i--;
	*cpstart = i;
	return gp_utf8_decode(s + i, end - i, &adv);
}

bool
gp_is_space_cp(int32_t c)
{
	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
		return true;
	if (c < 0x80)
		return false;
	return u_isUWhiteSpace(c) || c == 0xFEFF;
}
