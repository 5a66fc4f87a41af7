/*
 * gp_stem.c — light English stemmer, see gp_stem.h.
 */
#include "gp_stem.h"

#include <string.h>

static int
ends(const char *s, size_t n, const char *suf)
{
	size_t		k = strlen(suf);

	return n >= k && memcmp(s + n - k, suf, k) == 0;
}

/* only a word of four letters or more that ends in s, d, g or e has a suffix the rules strip */
static inline bool
may_change(const char *norm, size_t len)
{
	char		last;

	if (len <= 3)
		return false;
	last = norm[len - 1];
	return last == 's' || last == 'd' || last == 'g' || last == 'e';
}

size_t
gp_stem(const char *norm, size_t len, char *out)
{
	size_t		n = len;

	memcpy(out, norm, len);
	out[len] = '\0';
	for (size_t i = 0; i < len; i++)
		if (!((norm[i] >= 'a' && norm[i] <= 'z') || norm[i] == '-'))
			return len;			/* not a plain lower-case English word */
	if (n <= 3)
		return n;
	if (ends(out, n, "ies") || ends(out, n, "ied"))
	{
		if (n >= 5)
		{
			n -= 3;
			out[n++] = 'y';
			out[n] = '\0';
			return n;
		}
	}
	/* accuse/accused/accuses/accusing → accus; agree/agreed/agreeing → agre */
	if (ends(out, n, "ing") && n >= 6)
		n -= 3;
	else if (ends(out, n, "ed") && n >= 5)
	{
		out[n - 2] = '\0';
		return n - 2;
	}
	else if (ends(out, n, "es") && n >= 5 && out[n - 3] != 'e')
	{
		out[n - 2] = '\0';
		return n - 2;
	}
	else if (ends(out, n, "s") && !ends(out, n, "ss") && !ends(out, n, "us") && !ends(out, n, "is") && n >= 4)
		n -= 1;
	if (n >= 4 && out[n - 1] == 'e')
		n -= 1;
	out[n] = '\0';
	return n;
}

void
gp_stem_tokens(const gp_token *tok, int32_t ntok, gp_arena *arena, gp_stems *out)
{
	size_t		room = 0;
	char	   *buf;

	out->n = ntok;
	out->stem = gp_arena_alloc(arena, sizeof(char *) * (size_t) (ntok + 1));
	out->hash = gp_arena_alloc(arena, sizeof(uint32_t) * (size_t) (ntok + 1));
	out->len = gp_arena_alloc(arena, sizeof(uint32_t) * (size_t) (ntok + 1));
	/* the stems that differ from their norms, one after the other in one buffer */
	for (int32_t k = 0; k < ntok; k++)
		if (tok[k].kind == GP_TOK_WORD)
			room += (size_t) tok[k].normlen + 2;
	buf = gp_arena_alloc(arena, room + 1);
	for (int32_t k = 0; k < ntok; k++)
	{
		size_t		sl;

		out->stem[k] = tok[k].norm;
		out->hash[k] = tok[k].hash;
		out->len[k] = tok[k].normlen;
		if (tok[k].kind != GP_TOK_WORD)
			continue;
		if (!may_change(tok[k].norm, tok[k].normlen))
			continue;
		sl = gp_stem(tok[k].norm, tok[k].normlen, buf);
		/* a stem is never longer than its word: the same length is the same word */
		if (sl == tok[k].normlen)
			continue;
		out->stem[k] = buf;
		out->hash[k] = gp_hash(buf, sl);
		out->len[k] = (uint32_t) sl;
		buf += sl + 1;
	}
}
