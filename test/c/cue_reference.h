/*
 * cue_reference.h — the cue matcher's specification as a brute-force search,
 * for differential tests (test/c/test_core.c, test/fuzz/fuzz_cues.c).
 *
 * Every cue of the lexicon, every way of sharing tokens out to its gaps:
 * exponential, so for short texts and small lexicons only.  What it must
 * agree with gp_cues_match() on, for every start word:
 *   - a phrase is a sequence of stems and gaps; a gap takes 0 ..
 *     GP_CUE_GAP_TOKENS tokens, none of them "." or ";", and leaves a token
 *     after it; a phrase longer than GP_CUE_MAX_ELEMENTS never matches;
 *   - the event phrase: most literal words, then fewest gap tokens, then
 *     the first in search order (compare the choices made word by word:
 *     literal before gap, shorter gap before longer);
 *   - the modifier phrase: the longest, then the first in search order;
 *   - the hit names the first lexicon entry of its phrase (entries with the
 *     same stems share a trie node), and the gap tokens from the first gap
 *     token to the last.
 * Header-only (static functions): each test program includes it once.
 */
#ifndef CUE_REFERENCE_H
#define CUE_REFERENCE_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "gp_relations.h"

#define REF_MAX_CUES 64
#define REF_MAX_ELEMS 64

typedef struct ref_cue
{
	const char *stem[REF_MAX_ELEMS];
	int			n;
	int32_t		id;				/* the entry gp_cuesb_add gave it */
	bool		event;
} ref_cue;

typedef struct ref_lexicon
{
	ref_cue		cue[REF_MAX_CUES];
	int			n;
	int32_t		next_id;
} ref_lexicon;

/* mirror of gp_cuesb_add's rules: no empty cue, none that starts with a gap */
static void
ref_add(ref_lexicon *L, const char *const *stems, int n, bool event)
{
	ref_cue    *c;

	if (n <= 0 || strcmp(stems[0], "*") == 0 || L->n >= REF_MAX_CUES || n > REF_MAX_ELEMS)
		return;
	c = &L->cue[L->n++];
	for (int i = 0; i < n; i++)
		c->stem[i] = stems[i];
	c->n = n;
	c->id = L->next_id++;
	c->event = event;
}

static bool
ref_same_phrase(const ref_cue *a, const ref_cue *b)
{
	if (a->n != b->n)
		return false;
	for (int i = 0; i < a->n; i++)
		if (strcmp(a->stem[i], b->stem[i]) != 0)
			return false;
	return true;
}

typedef struct ref_search
{
	const gp_stems *w;
	const ref_cue *cue;
	int32_t		k;
	bool		event,
				modifier;		/* what ends at the phrase's node */
	int32_t		first_id;
	int			choice[REF_MAX_ELEMS];
	/* best event and modifier so far */
	gp_cuehit	ev,
				md;
	int			ev_words,
				ev_gap;
	int			ev_choice[REF_MAX_ELEMS],
				md_choice[REF_MAX_ELEMS];
	int			ev_n,
				md_n;
} ref_search;

/* does choice vector a (n elements) come before b (m) in search order? */
static bool
ref_before(const int *a, int n, const int *b, int m)
{
	for (int i = 0; i < n && i < m; i++)
		if (a[i] != b[i])
			return a[i] < b[i];
	return n < m;
}

static void
ref_candidate(ref_search *S, int32_t last, int words, int gap, int32_t gf, int32_t gl)
{
	int			n = S->cue->n;

	if (S->event)
	{
		bool		better = S->ev.cue < 0 || words > S->ev_words ||
			(words == S->ev_words && (gap < S->ev_gap ||
									  (gap == S->ev_gap && (last > S->ev.last ||
															(last == S->ev.last &&
															 ref_before(S->choice, n, S->ev_choice, S->ev_n))))));

		if (better)
		{
			S->ev = (gp_cuehit) {S->first_id, S->k, last, gf, gl};
			S->ev_words = words;
			S->ev_gap = gap;
			memcpy(S->ev_choice, S->choice, sizeof(int) * (size_t) n);
			S->ev_n = n;
		}
	}
	if (S->modifier && (S->md.cue < 0 || last > S->md.last ||
						(last == S->md.last && ref_before(S->choice, n, S->md_choice, S->md_n))))
	{
		S->md = (gp_cuehit) {S->first_id, S->k, last, -1, -1};
		memcpy(S->md_choice, S->choice, sizeof(int) * (size_t) n);
		S->md_n = n;
	}
}

static bool
ref_clause_end(const char *s)
{
	return strcmp(s, ".") == 0 || strcmp(s, ";") == 0;
}

/* element e of the phrase at token j */
static void
ref_walk(ref_search *S, int e, int32_t j, int words, int gap, int32_t gf, int32_t gl)
{
	const ref_cue *c = S->cue;

	if (e == c->n)
	{
		if (strcmp(c->stem[c->n - 1], "*") != 0)
			ref_candidate(S, j - 1, words, gap, gf, gl);
		return;
	}
	if (strcmp(c->stem[e], "*") != 0)
	{
		if (j < S->w->n && strcmp(S->w->stem[j], c->stem[e]) == 0)
		{
			S->choice[e] = 0;
			ref_walk(S, e + 1, j + 1, words + 1, gap, gf, gl);
		}
		return;
	}
	for (int t = 0; t <= GP_CUE_GAP_TOKENS && j + t < S->w->n; t++)
	{
		if (t > 0 && ref_clause_end(S->w->stem[j + t - 1]))
			break;
		S->choice[e] = 1 + t;
		ref_walk(S, e + 1, j + t, words, gap + t, t ? (gf < 0 ? j : gf) : gf, t ? j + t - 1 : gl);
	}
}

/* what gp_cues_match must find at word k */
static void
ref_match(const ref_lexicon *L, const gp_stems *w, int32_t k, gp_cuehit *ev, gp_cuehit *md)
{
	ref_search	S;

	memset(&S, 0, sizeof(S));
	S.w = w;
	S.k = k;
	S.ev = (gp_cuehit) {-1, -1, -1, -1, -1};
	S.md = S.ev;
	for (int i = 0; i < L->n; i++)
	{
		bool		first = true;

		/* one search per phrase: its first entry, and what any of its entries is */
		for (int p = 0; p < i && first; p++)
			first = !ref_same_phrase(&L->cue[p], &L->cue[i]);
		if (!first || L->cue[i].n > GP_CUE_MAX_ELEMENTS)
			continue;
		S.cue = &L->cue[i];
		S.first_id = L->cue[i].id;
		S.event = S.modifier = false;
		for (int p = i; p < L->n; p++)
			if (ref_same_phrase(&L->cue[p], &L->cue[i]))
			{
				S.event |= L->cue[p].event;
				S.modifier |= !L->cue[p].event;
			}
		ref_walk(&S, 0, k, 0, 0, -1, -1);
	}
	*ev = S.ev;
	*md = S.md;
}

#endif
