/*
 * gp_tokens.c — the tokens of a span (gp_tokenize_span, see gp_text.h):
 * word boundaries from ICU's word break iterator, or from the ASCII state
 * machine (gp_wordbreak.h) for an all-ASCII span; each token's kind from
 * the rule status, its case flags, its norm (lower case for ASCII, NFKC
 * case folded through ICU otherwise, an English possessive removed) and
 * the norm's hash, in one pass.  The span's norms share one block of the
 * arena (an ASCII norm is at most its surface and a NUL), so that a token
 * costs no allocation of its own.
 */
#include "gp_text_int.h"
#include "gp_wordbreak.h"

#include <string.h>

#include <unicode/uchar.h>

const char *const gp_tokkind_name[GP_TOK_NKINDS] = {
	"word", "number", "ideo", "punct", "symbol", "space"
};

/* the case of each ASCII byte: 1 upper-case letter, 2 lower-case letter, 0 none */
static const uint8_t ascii_case[128] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
	0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
};

/* each ASCII byte lower-cased */
static const uint8_t ascii_lower[128] = {
	0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
	16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
	32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
	48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
	64, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
	112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 91, 92, 93, 94, 95,
	96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
	112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127,
};

/* bytes of s[0..n) without an English possessive ('s or ’s, in capitals 'S or ’S) at its end */
int32_t
gp_possessive_len(const char *s, int32_t n)
{
	if (n > 2 && (s[n - 1] == 's' || s[n - 1] == 'S') && s[n - 2] == '\'')
		return n - 2;
	if (n > 4 && (s[n - 1] == 's' || s[n - 1] == 'S') && (unsigned char) s[n - 2] == 0x99 &&
		(unsigned char) s[n - 3] == 0x80 && (unsigned char) s[n - 4] == 0xE2)
		return n - 4;
	return n;
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
 * An ASCII token's norm (lower case, an English possessive removed), case
 * flags and hash in one pass; the norm goes to nb.
 */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((always_inline))	/* once per token: no call */
#endif
static inline void
ascii_norm(gp_token *t, const char *src, int32_t blen, uint8_t kind, gp_normbuf *nb)
{
	char	   *norm = gp_norm_room(nb, (size_t) blen + 1);
	uint32_t	h = 2166136261u;
	int			upper = 0;
	uint8_t		seen = 0;		/* the cases its letters have */
	uint8_t		first = 0;		/* the first letter's case */
	int32_t		nl = blen;

	for (int32_t i = 0; i < blen && (first = ascii_case[(unsigned char) src[i]]) == 0; i++)
		;
	for (int32_t i = 0; i < blen; i++)
	{
		unsigned char c = (unsigned char) src[i];
		uint8_t		k = ascii_case[c];

		c = ascii_lower[c];
		norm[i] = (char) c;
		upper += k & 1;
		seen |= k;
		h = (h ^ c) * 16777619u;
	}
	if (kind == GP_TOK_WORD || kind == GP_TOK_IDEO)
	{
		t->flags |= first == 1 ? GP_TF_UPPER : first == 2 ? GP_TF_LOWER : 0;
		if (upper >= 2 && !(seen & 2))
			t->flags |= GP_TF_ALLCAPS;	/* two letters or more, none lower case */
	}
	if (kind == GP_TOK_WORD && nl > 2 && norm[nl - 1] == 's' && norm[nl - 2] == '\'')
	{
		nl -= 2;
		t->flags |= GP_TF_POSSESSIVE;
		h = gp_hash(norm, (size_t) nl);
	}
	norm[nl] = '\0';
	nb->p = norm + nl + 1;
	t->norm = norm;
	t->normlen = (uint16_t) (nl > 65535 ? 65535 : nl);
	t->hash = h;
}

/* room for one more token */
static inline gp_token *
next_token(gp_arena *arena, gp_token **tok, int32_t *n, int32_t *cap)
{
	if (*n == *cap)
	{
		*tok = gp_arena_grow(arena, *tok, sizeof(gp_token) * (size_t) *cap, sizeof(gp_token) * (size_t) *cap * 2);
		*cap *= 2;
	}
	return &(*tok)[(*n)++];
}

/*
 * The tokens of an all-ASCII span: boundaries and rule status from the
 * ASCII word-break machine, a byte is a code point, and what is white space
 * or punctuation is read from the first byte.
 */
static int32_t
tokenize_ascii(gp_segmenter *seg, const gp_sentence *span, const char *s, bool with_space,
			   gp_arena *arena, gp_normbuf *nb, gp_token **out)
{
	int32_t		len = span->len;
	int32_t		cap = len / 4 + 16;
	int32_t		n = 0;
	gp_token   *tok = gp_arena_alloc(arena, sizeof(gp_token) * (size_t) cap);
	uint8_t		pending = 0;

	for (int32_t i = 0, b; i < len; i = b)
	{
		int32_t		status;
		unsigned char c = (unsigned char) s[i];
		uint8_t		kind;
		gp_token   *t;

		b = gp_wb_next(seg->aclass, s, len, i, &status);
		if (status == UBRK_WORD_LETTER)
			kind = GP_TOK_WORD;
		else if (status == UBRK_WORD_NUMBER)
			kind = GP_TOK_NUMBER;
		else if (c == ' ' || (c >= '\t' && c <= '\r'))
		{
			/* white space: a run of spaces, a line break, a tab, \v or \f */
			pending = GP_TF_SPACE_BEFORE | (c == '\n' || c == '\r' ? GP_TF_NL_BEFORE : 0);
			if (!with_space)
				continue;
			kind = GP_TOK_SPACE;
		}
		else
			kind = seg->apunct[c] ? GP_TOK_PUNCT : GP_TOK_SYMBOL;
		t = next_token(arena, &tok, &n, &cap);
		t->start = span->start + i;
		t->len = b - i;
		t->cstart = span->cstart + i;
		t->clen = b - i;
		t->sentence = span->index;
		t->kind = kind;
		t->flags = GP_TF_ASCII;
		if (kind != GP_TOK_SPACE)
		{
			t->flags |= pending;
			pending = 0;
		}
		ascii_norm(t, s + i, b - i, kind, nb);
		if ((n & 1023) == 0)
			gp_interrupt();
	}
	*out = tok;
	return n;
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
	/* about a token every five bytes: a second block is rarely needed */
	gp_normbuf	nb = {NULL, NULL, arena, (size_t) span->len + (size_t) span->len / 4 + 64};

	if (!seg->force_icu && gp_utf8_ascii(s, span->len))
		return tokenize_ascii(seg, span, s, with_space, arena, &nb, out);
	tok = gp_arena_alloc(arena, sizeof(gp_token) * (size_t) cap);
	gp_icu_set_text(seg->word, s, span->len, "could not set text of ICU word iterator");
	for (;;)
	{
		int32_t		b;
		int32_t		status;
		int32_t		blen;
		int32_t		clen;
		uint8_t		kind;
		bool		ascii;
		gp_token   *t;

		b = ubrk_next(seg->word);
		if (b == UBRK_DONE)
			break;
		status = ubrk_getRuleStatus(seg->word);
		blen = b - prev;
		if (blen <= 0)
			continue;
		ascii = gp_utf8_ascii(s + prev, blen);
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
			int32_t		c = (unsigned char) s[prev];
			bool		space;

			/* ASCII white space: ' ', \t, \n, \v, \f, \r */
			if (c < 0x80)
				space = c == ' ' || (c >= '\t' && c <= '\r');
			else
			{
				c = gp_utf8_decode(s + prev, blen, &adv);
				space = gp_is_space_cp(c);
			}
			if (space)
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
		t = next_token(arena, &tok, &n, &cap);
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
			ascii_norm(t, s + prev, blen, kind, &nb);
		else
		{
			int32_t		nl;
			char	   *norm;

			if (kind == GP_TOK_WORD || kind == GP_TOK_IDEO)
				t->flags |= case_flags(s + prev, blen);
			norm = gp_normalize_into(seg, s + prev, blen, kind == GP_TOK_WORD, &nb, &nl);
			if (kind == GP_TOK_WORD && gp_possessive_len(s + prev, blen) < blen)
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
