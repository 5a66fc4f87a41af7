/*
 * gp_countries.c — the text tests of geopol.countries() (see gp_countries.h).
 */
#include "gp_countries.h"

static bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static bool
word_at(const char *s, int32_t n, int32_t i, const char *w, int32_t wl)
{
	if (n - i < wl)
		return false;
	for (int32_t k = 0; k < wl; k++)
		if (s[i + k] != w[k])
			return false;
	/* a whole word: what follows is white space or the end */
	return i + wl == n || is_space(s[i + wl]);
}

bool
gp_list_gap(const char *s, int32_t n)
{
	int32_t		i = 0;
	bool		joined = false;

	while (i < n && is_space(s[i]))
		i++;
	if (i < n && s[i] == ',')
	{
		joined = true;
		i++;
		while (i < n && is_space(s[i]))
			i++;
	}
	if (word_at(s, n, i, "and", 3))
	{
		joined = true;
		i += 3;
	}
	else if (word_at(s, n, i, "or", 2))
	{
		joined = true;
		i += 2;
	}
	while (i < n && is_space(s[i]))
		i++;
	return joined && i == n;
}

static bool
is_upper_or_digit(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool
gp_next_ticker(const char *s, int32_t end, int32_t n, int32_t *pos, gp_ticker *t)
{
	for (int32_t i = *pos; i < end; i++)
	{
		int32_t		j = i + 1,
					dot = -1;

		if (s[i] != '<')
			continue;
		while (j < n && j - i - 1 < 12 && is_upper_or_digit(s[j]))
			j++;
		if (j == i + 1 || j >= n)
			continue;
		if (s[j] == '.')
		{
			int32_t		k = j + 1;

			while (k < n && k - j - 1 < 3 && s[k] >= 'A' && s[k] <= 'Z')
				k++;
			if (k == j + 1 || k >= n)
				continue;
			dot = j;
			j = k;
		}
		if (s[j] != '>')
			continue;
		t->start = i + 1;
		t->len = j - i - 1;
		t->suffix = dot < 0 ? -1 : dot + 1;
		t->suffix_len = dot < 0 ? 0 : j - dot - 1;
		*pos = j + 1;
		return true;
	}
	if (*pos < end)
		*pos = end;
	return false;
}

int32_t
gp_utf8_back(const char *s, int32_t off, int32_t lo, int32_t nchars)
{
	while (nchars > 0 && off > lo)
	{
		off--;
		/* continuation bytes belong to the character that starts before them */
		while (off > lo && ((unsigned char) s[off] & 0xC0) == 0x80)
			off--;
		nchars--;
	}
	return off;
}

int32_t
gp_utf8_forward(const char *s, int32_t off, int32_t hi, int32_t nchars)
{
	while (nchars > 0 && off < hi)
	{
		off++;
		while (off < hi && ((unsigned char) s[off] & 0xC0) == 0x80)
			off++;
		nchars--;
	}
	return off;
}

bool
gp_hyphenated_name(const char *s, int32_t n, int32_t start, int32_t end)
{
	/* Abe-Carter: a hyphen, then an upper-case letter (ASCII or any non-ASCII letter) */
	if (end + 1 < n && s[end] == '-' &&
		((s[end + 1] >= 'A' && s[end + 1] <= 'Z') || ((unsigned char) s[end + 1] & 0x80)))
		return true;
	/* Carter-Abe: a capitalised word, then a hyphen right before the name (not "pro-Abe") */
	if (start >= 2 && s[start - 1] == '-')
	{
		int32_t		w = start - 1;

		while (w > 0 && ((s[w - 1] >= 'a' && s[w - 1] <= 'z') || (s[w - 1] >= 'A' && s[w - 1] <= 'Z') ||
						 ((unsigned char) s[w - 1] & 0x80)))
			w--;
		if (w < start - 1 && ((s[w] >= 'A' && s[w] <= 'Z') || ((unsigned char) s[w] & 0x80)))
			return true;
	}
	return false;
}
