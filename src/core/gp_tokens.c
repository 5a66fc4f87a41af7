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

/* bytes of s[0..n) without an English possessive ('s or ’s) at its end */
int32_t
gp_possessive_len(const char *s, int32_t n)
{
	if (n > 2 && s[n - 1] == 's' && s[n - 2] == '\'')
		return n - 2;
	if (n > 4 && s[n - 1] == 's' && (unsigned char) s[n - 2] == 0x99 &&
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
	bool		ascii_span = !seg->force_icu && gp_utf8_ascii(s, span->len);
	/* about a token every five bytes: a second block is rarely needed */
	gp_normbuf	nb = {NULL, NULL, arena, (size_t) span->len + (size_t) span->len / 4 + 64};

	tok = gp_arena_alloc(arena, sizeof(gp_token) * (size_t) cap);
	if (!ascii_span)
		gp_icu_set_text(seg->word, s, span->len, "could not set text of ICU word iterator");
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
			b = gp_wb_next(seg->aclass, s, span->len, prev, &status);
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
			char	   *norm = gp_norm_room(&nb, (size_t) blen + 1);
			const char *src = s + prev;
			uint32_t	h = 2166136261u;
			int			letters = 0,
						upper = 0;
			uint8_t		first = 0;	/* the first letter's case */
			int32_t		nl = blen;

			for (int32_t i = 0; i < blen; i++)
			{
				unsigned char c = (unsigned char) src[i];
				uint8_t		k = ascii_case[c];

				c |= (unsigned char) ((k & 1) << 5);	/* upper to lower case */
				norm[i] = (char) c;
				letters += k != 0;
				upper += k & 1;
				first = first ? first : k;
				h ^= c;
				h *= 16777619u;
			}
			t->flags |= first == 1 ? GP_TF_UPPER : first == 2 ? GP_TF_LOWER : 0;
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
			nb.p = norm + nl + 1;
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
