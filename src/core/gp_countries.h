/*
 * gp_countries.h — the text tests behind geopol.countries(): whether the gap
 * between two country mentions makes them items of one list, where ticker
 * symbols (<IBM>, <BP.L>) are, and character windows around a mention.
 * Weights and rules are data (tables read by src/pg/pg_countries.c); what
 * is here is only what reading the text needs.
 */
#ifndef GP_COUNTRIES_H
#define GP_COUNTRIES_H

#include <stdbool.h>
#include <stdint.h>

/*
 * true when s[0..n) joins two list items: optional white space, a comma
 * and/or "and"/"or", optional white space ("Japan, Italy", "Japan and
 * Italy", "Japan, and Italy").
 */
bool		gp_list_gap(const char *s, int32_t n);

typedef struct gp_ticker
{
	int32_t		start;			/* byte offset of the symbol (after '<') */
	int32_t		len;			/* bytes of the symbol, suffix included */
	int32_t		suffix;			/* byte offset of the suffix (after '.'), or -1 */
	int32_t		suffix_len;
} gp_ticker;

/*
 * The next ticker symbol whose '<' lies in s[*pos..end): '<', upper-case
 * letters and digits (1 to 12), optionally '.' and 1 to 3 upper-case
 * letters, '>' (read up to n >= end: a sentence may end inside "<7203.T>").
 * Returns false when there is none; *pos moves past what was read.
 */
bool		gp_next_ticker(const char *s, int32_t end, int32_t n, int32_t *pos, gp_ticker *t);

/*
 * true when the name s[start..end) is glued by a hyphen to a capitalised
 * word ("Abe-Carter", "Carter-Abe"): part of another person's name.
 */
bool		gp_hyphenated_name(const char *s, int32_t n, int32_t start, int32_t end);

/* the byte offset nchars UTF-8 characters before off (not below lo) */
int32_t		gp_utf8_back(const char *s, int32_t off, int32_t lo, int32_t nchars);

/* the byte offset nchars UTF-8 characters after off (not beyond hi) */
int32_t		gp_utf8_forward(const char *s, int32_t off, int32_t hi, int32_t nchars);

#endif
