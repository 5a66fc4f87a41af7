/*
 * gp_text.h — segmentation of UTF-8 text into sentences and tokens (ICU),
 * and the per-token normal form.  Plain C: no PostgreSQL headers.
 *
 * All offsets are into the caller's UTF-8 buffer: `start`/`len` in bytes,
 * `cstart`/`clen` in code points (0-based).  The caller keeps the buffer
 * alive while the results are used; nothing is copied except norms.
 */
#ifndef GP_TEXT_H
#define GP_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gp_arena.h"
#include "gp_handlers.h"

typedef enum gp_tokkind
{
	GP_TOK_WORD = 0,
	GP_TOK_NUMBER,
	GP_TOK_IDEO,				/* CJK ideographs and kana */
	GP_TOK_PUNCT,
	GP_TOK_SYMBOL,
	GP_TOK_SPACE,				/* only reported when asked (text search parser) */
	GP_TOK_NKINDS
} gp_tokkind;

extern const char *const gp_tokkind_name[GP_TOK_NKINDS];

/* token flags */
#define GP_TF_UPPER		0x01	/* first character upper/title case */
#define GP_TF_LOWER		0x02	/* first character lower case */
#define GP_TF_ALLCAPS	0x04	/* two or more letters, all upper case */
#define GP_TF_SPACE_BEFORE 0x08 /* white space right before */
#define GP_TF_NL_BEFORE 0x10	/* a line break right before */
#define GP_TF_POSSESSIVE 0x20	/* norm had 's / ’s removed */
#define GP_TF_ASCII		0x40	/* surface is pure ASCII */

typedef struct gp_token
{
	int32_t		start;			/* byte offset of the surface */
	int32_t		len;			/* byte length */
	int32_t		cstart;			/* code point offset */
	int32_t		clen;			/* code point length */
	int32_t		sentence;		/* 0-based sentence number */
	uint8_t		kind;			/* gp_tokkind */
	uint8_t		flags;			/* GP_TF_* */
	uint16_t	normlen;		/* bytes of norm (capped at 65535) */
	const char *norm;			/* NUL-terminated NFKC case-folded form */
	uint32_t	hash;			/* gp_hash(norm) */
} gp_token;

typedef struct gp_sentence
{
	int32_t		index;			/* 0-based */
	int32_t		start;			/* bytes, trimmed of surrounding white space */
	int32_t		len;
	int32_t		cstart;			/* code points */
	int32_t		clen;
} gp_sentence;

typedef struct gp_segmenter gp_segmenter;
typedef struct gp_sentiter gp_sentiter;

/*
 * Open a segmenter (ICU word and sentence iterators, NFKC_Casefold).  Costly:
 * callers keep one per process.  ICU failing raises GP_ERR_SETUP.
 */
gp_segmenter *gp_segmenter_open(void);
void		gp_segmenter_close(gp_segmenter *seg);

/* Tests: turn the ASCII fast path off, so every span goes through ICU. */
void		gp_segmenter_force_icu(gp_segmenter *seg, bool on);

/* "72.1" */
void		gp_icu_version(char *buf, size_t buflen);

/* Hash of a byte string (FNV-1a, 32 bit). */
static inline uint32_t
gp_hash(const char *s, size_t n)
{
	uint32_t	h = 2166136261u;

	for (size_t i = 0; i < n; i++)
	{
		h ^= (unsigned char) s[i];
		h *= 16777619u;
	}
	return h;
}

/*
 * Sentences.  gp_sentiter_begin() points the segmenter's sentence iterator at
 * text (which must stay valid); gp_sentiter_next() yields the sentences one
 * by one, skipping white space, so memory does not grow with the document.
 * Only one sentence iteration per segmenter at a time.  The host's
 * interrupt handler is called regularly while the text is searched; ICU
 * failing on the text raises GP_ERR_TEXT.
 */
gp_sentiter *gp_sentiter_begin(gp_segmenter *seg, const char *text, int32_t len,
							   gp_arena *arena);
/* 1 = a sentence in *out, 0 = done */
int			gp_sentiter_next(gp_sentiter *it, gp_sentence *out);
/* bytes and segments looked at so far: tests prove it linear in the text */
uint64_t	gp_sentiter_work(const gp_sentiter *it);

/*
 * Tokens of one span (normally a sentence) of text.  Positions are absolute
 * (span offsets added).  Norms and the token array live in arena.
 * with_space: also report white space runs as GP_TOK_SPACE.
 * Returns the number of tokens.
 */
int32_t		gp_tokenize_span(gp_segmenter *seg, const char *text,
							 const gp_sentence *span, bool with_space,
							 gp_arena *arena, gp_token **out);

/*
 * NFKC case-folded form of s (with English possessive removed when
 * strip_possessive); NUL-terminated, in arena.
 */
char	   *gp_normalize(gp_segmenter *seg, const char *s, int32_t len,
						 bool strip_possessive, gp_arena *arena, int32_t *outlen);

/* Number of code points in s[0..len). */
int32_t		gp_utf8_count(const char *s, int32_t len);

/* Decode one code point at s (len > 0); *adv gets its byte length. */
int32_t		gp_utf8_decode(const char *s, int32_t len, int32_t *adv);

#endif
