/*
 * gp_text_int.h — what the files of the text layer share and nobody else
 * sees: the segmenter, the cap on a sentence, and each file's functions
 * for the others.
 *
 * The text layer, one file per concern:
 *   gp_icu.c        ICU wrappers: the segmenter's iterators and normaliser, errors
 *   gp_utf8.c       UTF-8 helpers
 *   gp_wordbreak.c  the ASCII word-break state machine (and gp_wordbreak.h)
 *   gp_sentbreak.c  the ASCII sentence-break state machine
 *   gp_sentrules.c  sentence heuristics: what ICU's raw segments are glued into
 *   gp_sentences.c  the sentence iterator
 *   gp_tokens.c     tokens of a span: kinds, flags, norms
 */
#ifndef GP_TEXT_INT_H
#define GP_TEXT_INT_H

#include "gp_text.h"

#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/utypes.h>

struct gp_segmenter
{
	UBreakIterator *word;
	UBreakIterator *sent;
	const UNormalizer2 *nfkc_cf;
	uint8_t		aclass[128];	/* word-break class of each ASCII byte (gp_wordbreak.h) */
	uint8_t		apunct[128];	/* 1 when u_ispunct() */
	uint8_t		sclass[128];	/* Sentence_Break class of each ASCII byte */
	uint8_t		sstop[128];		/* 1: a byte that may end a sentence (gp_sentbreak.c) */
	bool		force_icu;		/* tests: no ASCII fast path */
	UChar	   *ubuf;			/* scratch for normalisation */
	int32_t		ubuflen;
};

/*
 * Longest sentence we hand on in one piece: longer raw segments are cut
 * (at white space where there is some), and segments are not glued
 * together past it, so that the work per sentence downstream is bounded.
 */
#define GP_MAX_SENTENCE_BYTES (64 * 1024)

/*
 * Norms written one after the other, each NUL-terminated, into blocks of an
 * arena (at least block bytes each): the tokens of a span share a block or
 * two instead of an allocation each.
 */
typedef struct gp_normbuf
{
	char	   *p;				/* where the next norm goes */
	char	   *end;
	gp_arena   *arena;
	size_t		block;
} gp_normbuf;

/* room for need bytes at nb->p (the caller moves nb->p past what it writes) */
static inline char *
gp_norm_room(gp_normbuf *nb, size_t need)
{
	if ((size_t) (nb->end - nb->p) < need)
	{
		size_t		size = need > nb->block ? need : nb->block;

		nb->p = gp_arena_alloc(nb->arena, size);
		nb->end = nb->p + size;
	}
	return nb->p;
}

/* gp_icu.c */
/* gp_normalize into nb, past which nb->p is moved */
char	   *gp_normalize_into(gp_segmenter *seg, const char *s, int32_t len, bool strip_possessive,
							  gp_normbuf *nb, int32_t *outlen);
/* an ICU call failed on a text: raises GP_ERR_TEXT */
void		gp_icu_error(const char *what, UErrorCode st);
/* point bi at s[0..len) (the text is not copied) and to its start */
void		gp_icu_set_text(UBreakIterator *bi, const char *s, int32_t len, const char *what);

/* gp_utf8.c */
/* s[0..len) is all ASCII */
bool		gp_utf8_ascii(const char *s, int32_t len);
/* code point ending just before byte end (end > start); *cpstart gets where it starts */
int32_t		gp_utf8_last(const char *s, int32_t start, int32_t end, int32_t *cpstart);
/* white space (Unicode White_Space, and U+FEFF) */
bool		gp_is_space_cp(int32_t c);

/* gp_wordbreak.c (the state machine itself: gp_wordbreak.h) */
void		gp_wb_init(uint8_t aclass[128], uint8_t apunct[128]);

/* gp_sentbreak.c */
void		gp_sb_init(uint8_t sclass[128], uint8_t sstop[128]);
int32_t		gp_sb_next(const uint8_t *sclass, const uint8_t *sstop, const char *t, int32_t n, int32_t p,
					   int32_t limit, uint64_t *work);

/* gp_sentrules.c */
void		gp_sent_trim(const char *t, int32_t s, int32_t e, int32_t *ts, int32_t *te);
bool		gp_sent_glue(const char *t, int32_t ts, int32_t te, int32_t nts, int32_t nte, uint64_t *work);
int32_t		gp_footnote_len(const char *t, int32_t s, int32_t e);
bool		gp_ends_final(const char *t, int32_t s, int32_t e, uint64_t *work);

/* gp_tokens.c */
int32_t		gp_possessive_len(const char *s, int32_t n);

#endif
