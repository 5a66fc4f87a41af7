/*
 * gp_icu.c — the ICU wrappers of the text layer: the segmenter (a word and a
 * sentence break iterator, the NFKC_Casefold normaliser, the ASCII class
 * tables), setting an iterator's text, normalisation, and ICU's errors.
 *
 * The text is never copied: ICU reads the caller's UTF-8 through a UText
 * (utext_openUTF8), and break positions are byte offsets into it.  ICU
 * failing raises through the host's error handler (gp_handlers.h).
 */
#include "gp_text_int.h"

#include <stdio.h>
#include <string.h>

#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/uversion.h>

void
gp_icu_error(const char *what, UErrorCode st)
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
	 * own rules in gp_sent_glue() (gp_sentrules.c), the same for the ASCII fast path.
	 */
	seg->sent = ubrk_open(UBRK_SENTENCE, "en", NULL, 0, &st);
	if (U_FAILURE(st))
	{
		gp_segmenter_close(seg);
		gp_error(GP_ERR_SETUP, "could not open ICU sentence break iterator", u_errorName(st));
	}
	gp_wb_init(seg->aclass, seg->apunct);
	gp_sb_init(seg->sclass, seg->sstop);
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

void
gp_icu_set_text(UBreakIterator *bi, const char *s, int32_t len, const char *what)
{
	UText		ut = UTEXT_INITIALIZER;
	UErrorCode	st = U_ZERO_ERROR;

	utext_openUTF8(&ut, s, len, &st);
	if (U_SUCCESS(st))
		ubrk_setUText(bi, &ut, &st);
	utext_close(&ut);
	if (U_FAILURE(st))
		gp_icu_error(what, st);
	ubrk_first(bi);
}

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

char *
gp_normalize(gp_segmenter *seg, const char *s, int32_t len, bool strip_possessive,
			 gp_arena *arena, int32_t *outlen)
{
	gp_normbuf	nb = {NULL, NULL, arena, 0};	/* a block of exactly the norm's size */

	return gp_normalize_into(seg, s, len, strip_possessive, &nb, outlen);
}

char *
gp_normalize_into(gp_segmenter *seg, const char *s, int32_t len, bool strip_possessive,
				  gp_normbuf *nb, int32_t *outlen)
{
	char	   *out;
	int32_t		n;

	if (gp_utf8_ascii(s, len))
	{
		out = gp_norm_room(nb, (size_t) len + 1);
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
			gp_icu_error("could not convert to UTF-16", st);
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
			gp_icu_error("could not normalize", st);
		{
			int32_t		blen = 0;

			u_strToUTF8(NULL, 0, &blen, dst, nlen, &st);
			st = U_ZERO_ERROR;
			out = gp_norm_room(nb, (size_t) blen + 1);
			u_strToUTF8(out, blen + 1, &n, dst, nlen, &st);
			if (U_FAILURE(st) && st != U_STRING_NOT_TERMINATED_WARNING)
				gp_icu_error("could not convert to UTF-8", st);
		}
	}
	if (strip_possessive)
		n = gp_possessive_len(out, n);
	out[n] = '\0';
	nb->p = out + n + 1;
	if (outlen)
		*outlen = n;
	return out;
}
