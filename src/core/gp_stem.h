/*
 * gp_stem.h — a light English stemmer for cue and topic words.
 *
 * Strips regular inflections so that lexicon entries are written once in
 * their base form: -ies/-ied → -y, -ing, -ed, -es, -s (not -ss), then a
 * final -e.  Irregular forms (met, sought) are lexicon rows of their own.
 * Words of other scripts and short words are left alone.
 */
#ifndef GP_STEM_H
#define GP_STEM_H

#include <stddef.h>
#include <stdint.h>

#include "gp_arena.h"
#include "gp_text.h"

/* Stem of norm[0..len) into out (capacity len + 2); returns its length. */
size_t		gp_stem(const char *norm, size_t len, char *out);

/* Stemmed words of a token array (other tokens keep their norm). */
typedef struct gp_stems
{
	const char **stem;			/* NUL-terminated */
	uint32_t   *len;			/* bytes */
	uint32_t   *hash;			/* gp_hash */
	int32_t		n;
} gp_stems;

void		gp_stem_tokens(const gp_token *tok, int32_t ntok, gp_arena *arena, gp_stems *out);

#endif
