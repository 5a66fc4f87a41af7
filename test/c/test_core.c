/*
 * test_core.c — unit tests of the plain-C core (no PostgreSQL).
 *
 * Prints TAP ("ok N - ...") and closes with "N passed, N failed".
 * GEOPOL_CORPUS (default ../shared/corpus/news.tsv) adds a differential test
 * of the ASCII fast path against ICU over the whole corpus when present.
 */
#define _POSIX_C_SOURCE 200809L
#include "gp_arena.h"
#include "gp_cues.h"
#include "gp_text.h"
#include "gp_countries.h"
#include "gp_gazetteer.h"
#include "gp_relations.h"
#include "gp_stem.h"
#include "gp_topics.h"

#include "cue_reference.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int	n_pass,
			n_fail,
			n_test;
static gp_segmenter *seg;

static void
check(int cond, const char *fmt,...)
{
	va_list		ap;

	n_test++;
	printf("%s %d - ", cond ? "ok" : "not ok", n_test);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	if (cond)
		n_pass++;
	else
		n_fail++;
}

typedef struct
{
	gp_token   *tok;
	int32_t		n;
} toks;

/* all tokens of text (every sentence) */
static toks
tokenize(const char *text, gp_arena *a)
{
	gp_arena	sa;
	gp_sentiter *it;
	gp_sentence s;
	toks		r = {NULL, 0};
	int32_t		cap = 0;

	gp_arena_init(&sa, NULL);
	it = gp_sentiter_begin(seg, text, (int32_t) strlen(text), &sa);
	while (gp_sentiter_next(it, &s) == 1)
	{
		gp_token   *t;
		int32_t		k = gp_tokenize_span(seg, text, &s, false, a, &t);

		if (r.n + k > cap)
		{
			int32_t		nc = (r.n + k) * 2 + 8;

			r.tok = gp_arena_grow(a, r.tok, sizeof(gp_token) * (size_t) cap, sizeof(gp_token) * (size_t) nc);
			cap = nc;
		}
		memcpy(r.tok + r.n, t, sizeof(gp_token) * (size_t) k);
		r.n += k;
	}
	gp_arena_free(&sa);
	return r;
}

static int
count_sentences(const char *text, char firsts[][96], int max)
{
	gp_arena	sa;
	gp_sentiter *it;
	gp_sentence s;
	int			n = 0;

	gp_arena_init(&sa, NULL);
	it = gp_sentiter_begin(seg, text, (int32_t) strlen(text), &sa);
	while (gp_sentiter_next(it, &s) == 1)
	{
		if (n < max)
			snprintf(firsts[n], 96, "%.*s", s.len, text + s.start);
		n++;
	}
	gp_arena_free(&sa);
	return n;
}

static void
test_tokens(void)
{
	gp_arena	a;
	toks		t;

	gp_arena_init(&a, NULL);

	t = tokenize("Russia's U.S. ties", &a);
	check(t.n == 4, "Russia's U.S. ties: 4 tokens (got %d)", t.n);
	check(t.n > 0 && strcmp(t.tok[0].norm, "russia") == 0, "possessive removed from norm");
	check(t.n > 0 && (t.tok[0].flags & GP_TF_POSSESSIVE), "possessive flagged");
	check(t.n > 1 && strcmp(t.tok[1].norm, "u.s") == 0 && t.tok[1].kind == GP_TOK_WORD, "U.S is one word");

	t = tokenize("Russia\xe2\x80\x99s policy", &a);
	check(t.n == 2 && strcmp(t.tok[0].norm, "russia") == 0, "typographic possessive removed");
	/* in capitals, through the ASCII path and through ICU alike */
	t = tokenize("THE EC'S VIEW", &a);
	check(t.n == 3 && strcmp(t.tok[1].norm, "ec") == 0 && (t.tok[1].flags & GP_TF_POSSESSIVE),
		  "capital possessive removed and flagged (ASCII)");
	t = tokenize("THE EC\xe2\x80\x99S VIEW", &a);
	check(t.n == 3 && strcmp(t.tok[1].norm, "ec") == 0 && (t.tok[1].flags & GP_TF_POSSESSIVE),
		  "capital typographic possessive removed and flagged");

	t = tokenize("\xe4\xbf\x84\xe7\xbd\x97\xe6\x96\xaf\xe5\x92\x8c\xe4\xb8\xad\xe5\x9b\xbd\xe7\x9a\x84"
				 "\xe6\x88\x98\xe7\x95\xa5\xe4\xbc\x99\xe4\xbc\xb4\xe5\x85\xb3\xe7\xb3\xbb", &a);
	check(t.n >= 5, "Chinese segmented into words (%d tokens)", t.n);
	check(t.n > 0 && t.tok[0].kind == GP_TOK_IDEO && t.tok[0].clen == 3, "first Chinese word is 俄罗斯 (3 chars)");

	t = tokenize("12,000 dlrs and 3.5 pct", &a);
	check(t.n == 5 && t.tok[0].kind == GP_TOK_NUMBER && t.tok[0].len == 6, "12,000 is one number");

	t = tokenize("\xef\xac\x81nal \xc3\x89TAT", &a);	/* ﬁnal ÉTAT */
	check(t.n == 2 && strcmp(t.tok[0].norm, "final") == 0, "NFKC folds the fi ligature");
	check(t.n == 2 && strcmp(t.tok[1].norm, "\xc3\xa9tat") == 0 && (t.tok[1].flags & GP_TF_ALLCAPS),
		  "case folded, all-caps flagged");

	/* code point positions stay consistent with emoji, combining marks, RTL */
	{
		const char *x = "a \xf0\x9f\x98\x80 e\xcc\x81 \xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d z\xe2\x80\x8d\xcc\x81";
		int			ok = 1;

		t = tokenize(x, &a);
		for (int32_t i = 0; i < t.n; i++)
			ok &= gp_utf8_count(x, t.tok[i].start) == t.tok[i].cstart &&
				gp_utf8_count(x + t.tok[i].start, t.tok[i].len) == t.tok[i].clen;
		check(ok && t.n >= 4, "char offsets consistent with emoji/combining/RTL/ZWJ (%d tokens)", t.n);
	}
	/* control characters and a lone combining mark do not crash */
	t = tokenize("\x01\x02 \xcc\x81 x\x7f", &a);
	check(t.n >= 1, "control characters and a lone combining mark");

	gp_arena_free(&a);
}

static void
test_sentences(void)
{
	char		f[16][96];
	int			n;

	n = count_sentences("Title Line\n\nFirst sentence here. Second one follows.", f, 16);
	check(n == 3, "title + 2 sentences (got %d)", n);

	n = count_sentences("Mr. Smith met the U.S. envoy, i.e., the ambassador. He left.", f, 16);
	check(n == 2, "abbreviations do not end sentences (got %d: %s | %s)", n, f[0], n > 1 ? f[1] : "");

	n = count_sentences("It ended there. (1)\n\nNext paragraph.", f, 16);
	check(n == 2 && strcmp(f[0], "It ended there. (1)") == 0, "trailing footnote marker stays with its sentence");

	n = count_sentences("It ended there. (2) To be sure, more came.", f, 16);
	check(n == 2 && strcmp(f[0], "It ended there. (2)") == 0, "footnote marker before the next sentence moves back");

	n = count_sentences("The talks were held\nin Geneva on Monday. They failed.", f, 16);
	check(n == 2, "a hard-wrapped line continues the sentence (got %d)", n);

	n = count_sentences("Article excerpt\nBandwagoning with China was the motive.", f, 16);
	check(n == 2 && strcmp(f[0], "Article excerpt") == 0, "a line without final punctuation is a heading");

	n = count_sentences("   \n\t  ", f, 16);
	check(n == 0, "white space only: no sentence");

	n = count_sentences("George W. Bush spoke.", f, 16);
	check(n == 1, "initials do not end a sentence");
}

/* The ASCII fast path must give exactly ICU's boundaries and kinds. */
static int
same_as_icu(const char *text, int32_t len, char *why, size_t whylen)
{
	gp_arena	a,
				b;
	gp_sentence whole = {0, 0, len, 0, 0};
	gp_token   *t1,
			   *t2;
	int32_t		n1,
				n2;
	int			ok = 1;

	gp_arena_init(&a, NULL);
	gp_arena_init(&b, NULL);
	gp_segmenter_force_icu(seg, false);
	n1 = gp_tokenize_span(seg, text, &whole, true, &a, &t1);
	gp_segmenter_force_icu(seg, true);
	n2 = gp_tokenize_span(seg, text, &whole, true, &b, &t2);
	gp_segmenter_force_icu(seg, false);
	if (n1 != n2)
		ok = 0;
	for (int32_t i = 0; ok && i < n1; i++)
		if (t1[i].start != t2[i].start || t1[i].len != t2[i].len || t1[i].kind != t2[i].kind)
			ok = 0;
	if (!ok)
	{
		int32_t		i = 0;

		while (i < n1 && i < n2 && t1[i].start == t2[i].start && t1[i].len == t2[i].len && t1[i].kind == t2[i].kind)
			i++;
		snprintf(why, whylen, "fast [%.*s](%s) icu [%.*s](%s)",
				 i < n1 ? t1[i].len : 0, i < n1 ? text + t1[i].start : "", i < n1 ? gp_tokkind_name[t1[i].kind] : "-",
				 i < n2 ? t2[i].len : 0, i < n2 ? text + t2[i].start : "", i < n2 ? gp_tokkind_name[t2[i].kind] : "-");
	}
	gp_arena_free(&a);
	gp_arena_free(&b);
	return ok;
}

/* The ASCII sentence fast path must give exactly ICU's sentences. */
static int
same_sentences_as_icu(const char *text, int32_t len, char *why, size_t whylen)
{
	gp_arena	a,
				b;
	gp_sentiter *i1,
			   *i2;
	gp_sentence s1,
				s2;
	int			r1,
				r2;
	int			ok = 1;

	gp_arena_init(&a, NULL);
	gp_arena_init(&b, NULL);
	gp_segmenter_force_icu(seg, false);
	i1 = gp_sentiter_begin(seg, text, len, &a);
	/* the two iterators must not share ICU state: run them one after the other */
	{
		gp_sentence *fast = NULL;
		int32_t		nfast = 0,
					cap = 0;

		while ((r1 = gp_sentiter_next(i1, &s1)) == 1)
		{
			if (nfast == cap)
			{
				int32_t		nc = cap ? cap * 2 : 16;

				fast = gp_arena_grow(&a, fast, sizeof(gp_sentence) * (size_t) cap, sizeof(gp_sentence) * (size_t) nc);
				cap = nc;
			}
			fast[nfast++] = s1;
		}
		gp_segmenter_force_icu(seg, true);
		i2 = gp_sentiter_begin(seg, text, len, &b);
		for (int32_t k = 0; ok; k++)
		{
			r2 = gp_sentiter_next(i2, &s2);
			if (r2 != 1 || k >= nfast)
			{
				ok = (r2 != 1 && k == nfast);
				if (!ok)
					snprintf(why, whylen, "sentence %d: fast has %d, icu %s", (int) k, (int) nfast, r2 == 1 ? "has more" : "ended");
				break;
			}
			if (fast[k].start != s2.start || fast[k].len != s2.len)
			{
				ok = 0;
				snprintf(why, whylen, "fast [%.*s] icu [%.*s]", fast[k].len > 80 ? 80 : fast[k].len, text + fast[k].start,
						 s2.len > 80 ? 80 : s2.len, text + s2.start);
			}
		}
		gp_segmenter_force_icu(seg, false);
	}
	gp_arena_free(&a);
	gp_arena_free(&b);
	return ok;
}

static void
test_fast_path(void)
{
	static const char *const cases[] = {
		"Russia's U.S. ties", "a:b c.d e'f 1,000 2.5 3;4 x_y __ _a a_ 9a a9",
		"don't 'quoted' \"x\" --- ... e.g. i.e., U.S.-led", "a\r\nb\n\n c\t\td  e",
		"$5 +3 <x> =y ^z `q` |p| ~t #h %p &a *s @m [b] \\c {d}", "1.2.3 a.b.c 1,2,3 a1.b2 1a,2b",
		"x. .x .5 5. ,5 5, :a a: 'a a'", "\x01\x02\x7f end", "a_ 1_ _1 _a a_1 1_a __ @ a@b.c EH101 2000s a1b2", NULL
	};
	static const char *const sentence_cases[] = {
		"One. Two! Three? four. 3.5 pct. U.S.A. is. e.g. the end.", "He said \"Go.\" Then left. (Really.) Yes.",
		"Wait... what?! No. A.B. Smith. x.Y. Ok.\r\nLine two\n\nPara. 'Quoted.' Next",
		"End.  \t Next. Mr. Jones. 5. Item. ,and. ;semi. -dash. :colon.", NULL
	};
	char		why[256];

	for (int i = 0; cases[i]; i++)
	{
		int			ok = same_as_icu(cases[i], (int32_t) strlen(cases[i]), why, sizeof(why));

		check(ok, "ASCII fast path = ICU on case %d%s%s", i + 1, ok ? "" : ": ", ok ? "" : why);
	}
	for (int i = 0; sentence_cases[i]; i++)
	{
		int			ok = same_sentences_as_icu(sentence_cases[i], (int32_t) strlen(sentence_cases[i]), why, sizeof(why));

		check(ok, "ASCII sentence fast path = ICU on case %d%s%s", i + 1, ok ? "" : ": ", ok ? "" : why);
	}
}

static void
test_corpus(const char *path)
{
	FILE	   *f = fopen(path, "rb");
	char	   *line = NULL;
	size_t		cap = 0;
	ssize_t		n;
	long		docs = 0,
				bad = 0,
				sbad = 0;
	char		why[256] = "";
	char		first[300] = "";
	char		sfirst[300] = "";

	if (f == NULL)
	{
		printf("# SKIP corpus differential test: %s not found (set GEOPOL_CORPUS)\n", path);
		return;
	}
	while ((n = getline(&line, &cap, f)) > 0)
	{
		char	   *t1 = memchr(line, '\t', (size_t) n);
		char	   *t2 = t1 ? memchr(t1 + 1, '\t', (size_t) (line + n - t1 - 1)) : NULL;
		char	   *doc;
		int32_t		len;
		int			ascii = 1;

		if (t2 == NULL)
			continue;
		doc = t2 + 1;
		len = (int32_t) (line + n - doc);
		while (len > 0 && (doc[len - 1] == '\n' || doc[len - 1] == '\r'))
			len--;
		for (int32_t i = 0; i < len && ascii; i++)
			ascii = (unsigned char) doc[i] < 0x80;
		if (!ascii)
			continue;
		docs++;
		if (!same_as_icu(doc, len, why, sizeof(why)))
		{
			if (bad++ == 0)
				snprintf(first, sizeof(first), "%.*s: %s", (int) (t1 - line), line, why);
		}
		if (!same_sentences_as_icu(doc, len, why, sizeof(why)))
		{
			if (sbad++ == 0)
				snprintf(sfirst, sizeof(sfirst), "%.*s: %s", (int) (t1 - line), line, why);
		}
	}
	free(line);
	fclose(f);
	check(bad == 0, "ASCII fast path = ICU on %ld ASCII corpus documents (%ld differ%s%s)",
		  docs, bad, bad ? "; first: " : "", first);
	check(sbad == 0, "ASCII sentence fast path = ICU on %ld ASCII corpus documents (%ld differ%s%s)",
		  docs, sbad, sbad ? "; first: " : "", sfirst);
}

/* ------------------------------------------------------ the cue matcher */

static uint32_t rng = 2463534242u;

/* xorshift32: the same sequence on every machine */
static uint32_t
rnd(uint32_t n)
{
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return rng % n;
}

/* a made-up sentence whose tokens are their own stems; scratch has room for 2 n */
static void
make_stems(gp_stems *w, const char **stem, uint32_t *scratch, int32_t n)
{
	for (int32_t i = 0; i < n; i++)
	{
		scratch[n + i] = (uint32_t) strlen(stem[i]);
		scratch[i] = gp_hash(stem[i], scratch[n + i]);
	}
	w->stem = stem;
	w->hash = scratch;
	w->len = scratch + n;
	w->n = n;
}

static int
same_hit(const gp_cuehit *a, const gp_cuehit *b, bool gaps)
{
	return a->cue == b->cue && (a->cue < 0 || (a->first == b->first && a->last == b->last &&
											   (!gaps || (a->gap_first == b->gap_first && a->gap_last == b->gap_last))));
}

/*
 * The matcher against its specification (test/c/cue_reference.h) on random
 * lexicons of a few words and gaps over random texts of those words and
 * clause ends: every start word, the event and the modifier hit.
 */
static void
test_cue_matcher_reference(void)
{
	static const char *const lexicon_words[] = {"a", "b", "c", "*"};
	static const char *const text_words[] = {"a", "b", "a", "c", "b", ".", ";", "a"};
	long		starts = 0,
				bad = 0,
				gapped = 0;
	char		first[256] = "";

	for (int trial = 0; trial < 5000; trial++)
	{
		gp_arena	a;
		gp_cuesb   *b;
		gp_cues    *c;
		gp_cuewalk *cw;
		ref_lexicon *L = calloc(1, sizeof(ref_lexicon));
		const char *lex[8][8];
		const char *text[40];
		uint32_t	hash[80];
		gp_stems	w;
		int			ncues = 1 + (int) rnd(8);
		int32_t		nt = 1 + (int32_t) rnd(40);

		gp_arena_init(&a, NULL);
		b = gp_cuesb_create(&a);
		cw = gp_cuewalk_create(&a);
		for (int i = 0; i < ncues; i++)
		{
			int			n = 1 + (int) rnd(8);
			bool		event = rnd(10) < 7;
			gp_cue		q;

			for (int e = 0; e < n; e++)
				lex[i][e] = lexicon_words[rnd(4)];
			memset(&q, 0, sizeof(q));
			q.event = event ? "EVENT" : NULL;
			q.effect = (uint8_t) (event ? GP_CUE_EVENT : GP_CUE_NEGATION);
			gp_cuesb_add(b, lex[i], n, &q);
			ref_add(L, lex[i], n, event);
		}
		c = gp_cuesb_build(b, &a);
		for (int32_t i = 0; i < nt; i++)
			text[i] = text_words[rnd(8)];
		make_stems(&w, text, hash, nt);
		for (int32_t k = 0; k < nt; k++)
		{
			gp_cuehit	ev,
						md,
						rev,
						rmd;

			gp_cues_match(c, cw, &w, k, &ev, &md);
			ref_match(L, &w, k, &rev, &rmd);
			starts++;
			gapped += rev.gap_first >= 0;
			if (!same_hit(&ev, &rev, true) || !same_hit(&md, &rmd, false))
			{
				if (bad++ == 0)
					snprintf(first, sizeof(first), "trial %d start %d: event %d [%d,%d] gap [%d,%d], expected %d [%d,%d] gap [%d,%d]; "
							 "modifier %d [%d,%d], expected %d [%d,%d]", trial, (int) k,
							 ev.cue, ev.first, ev.last, ev.gap_first, ev.gap_last,
							 rev.cue, rev.first, rev.last, rev.gap_first, rev.gap_last,
							 md.cue, md.first, md.last, rmd.cue, rmd.first, rmd.last);
			}
		}
		gp_arena_free(&a);
		free(L);
	}
	check(bad == 0 && gapped > 500, "cue matcher = its brute-force specification at %ld start words of 5000 random lexicons, %ld hits through gaps (%ld differ%s%s)",
		  starts, gapped, bad, bad ? "; first: " : "", first);

	/* the longest cue that matches has GP_CUE_MAX_ELEMENTS words and gaps */
	{
		gp_arena	a;
		gp_cuesb   *b;
		gp_cues    *c;
		gp_cuewalk *cw;
		const char *stems[GP_CUE_MAX_ELEMENTS + 1];
		const char *text[GP_CUE_MAX_ELEMENTS + 5];
		uint32_t	hash[2 * (GP_CUE_MAX_ELEMENTS + 5)];
		gp_stems	w;
		gp_cuehit	ev,
					md;
		gp_cue		q;

		gp_arena_init(&a, NULL);
		b = gp_cuesb_create(&a);
		cw = gp_cuewalk_create(&a);
		memset(&q, 0, sizeof(q));
		q.event = "EVENT";
		for (int i = 0; i <= GP_CUE_MAX_ELEMENTS; i++)
			stems[i] = "a";
		gp_cuesb_add(b, stems, GP_CUE_MAX_ELEMENTS, &q);
		gp_cuesb_add(b, stems, GP_CUE_MAX_ELEMENTS + 1, &q);
		c = gp_cuesb_build(b, &a);
		for (int i = 0; i < GP_CUE_MAX_ELEMENTS + 5; i++)
			text[i] = "a";
		make_stems(&w, text, hash, GP_CUE_MAX_ELEMENTS + 5);
		gp_cues_match(c, cw, &w, 0, &ev, &md);
		check(ev.cue == 0 && ev.last == GP_CUE_MAX_ELEMENTS - 1,
			  "a cue of %d words matches, one of %d does not (got cue %d ending at %d)",
			  GP_CUE_MAX_ELEMENTS, GP_CUE_MAX_ELEMENTS + 1, ev.cue, ev.last);
		gp_arena_free(&a);
	}
}

/*
 * A hostile cue: "w * w * ... w" with 20 gaps over a sentence of 10,000
 * tokens "w".  The old matcher, a recursion per gap, tried 6^12 ways per
 * start word; the states are bounded by GP_CUE_MAX_ELEMENTS times the gap
 * tokens of a path (here 2 * sum(5g + 1) for g = 0..12, about 800).
 */
static void
test_cue_hostile(void)
{
	enum
	{
		NT = 10000, GAPS = 20
	};
	gp_arena	a;
	gp_cuesb   *b;
	gp_cues    *c;
	gp_cuewalk *cw;
	const char *stems[2 * GAPS + 1];
	const char **text = malloc(sizeof(char *) * NT);
	uint32_t   *hash = malloc(sizeof(uint32_t) * NT * 2);
	gp_stems	w;
	gp_cue		q;
	uint64_t	worst = 0,
				bound = (uint64_t) GP_CUE_MAX_ELEMENTS * (GP_CUE_GAP_TOKENS * (GP_CUE_MAX_ELEMENTS / 2) + 1);
	gp_cuehit	first_ev = {-1, -1, -1, -1, -1};

	gp_arena_init(&a, NULL);
	b = gp_cuesb_create(&a);
	cw = gp_cuewalk_create(&a);
	for (int i = 0; i < 2 * GAPS + 1; i++)
		stems[i] = i % 2 ? "*" : "w";
	memset(&q, 0, sizeof(q));
	q.event = "EVENT";
	gp_cuesb_add(b, stems, 2 * GAPS + 1, &q);	/* 41 elements: never matches whole */
	gp_cuesb_add(b, stems, GP_CUE_MAX_ELEMENTS, &q);	/* its first 25: 12 gaps */
	c = gp_cuesb_build(b, &a);
	for (int32_t i = 0; i < NT; i++)
		text[i] = "w";
	make_stems(&w, text, hash, NT);
	for (int32_t k = 0; k < NT; k++)
	{
		gp_cuehit	ev,
					md;
		uint64_t	before = gp_cuewalk_states(cw);

		gp_cues_match(c, cw, &w, k, &ev, &md);
		if (gp_cuewalk_states(cw) - before > worst)
			worst = gp_cuewalk_states(cw) - before;
		if (k == 0)
			first_ev = ev;
	}
	check(worst <= bound && worst < GP_CUE_MAX_STATES,
		  "a cue with %d gaps over %d tokens: at most %lu states per start word (bound %lu), %lu in all",
		  GAPS, NT, (unsigned long) worst, (unsigned long) bound, (unsigned long) gp_cuewalk_states(cw));
	check(first_ev.cue == 1 && first_ev.last == GP_CUE_MAX_ELEMENTS / 2 && first_ev.gap_first == -1,
		  "its first %d elements match with empty gaps (cue %d, last word %d)", GP_CUE_MAX_ELEMENTS, first_ev.cue, first_ev.last);
	gp_arena_free(&a);
	free(text);
	free(hash);
}

/* ------------------------------------------------ gazetteer and relations */

/* add a name: its norms are its tokens' norms */
static void
add_name(gp_gazb *g, gp_arena *a, const char *name, const char *actor, const char *entity,
		 gp_mkind kind, const char *country, gp_match match, int32_t from, int32_t to)
{
	gp_sentence whole = {0, 0, (int32_t) strlen(name), 0, 0};
	gp_token   *t;
	int32_t		n = gp_tokenize_span(seg, name, &whole, false, a, &t);
	const char *norms[16];
	gp_entry	e;

	for (int32_t i = 0; i < n && i < 16; i++)
		norms[i] = t[i].norm;
	memset(&e, 0, sizeof(e));
	e.actor = actor;
	e.entity = entity;
	e.kind = (uint8_t) kind;
	e.country = country;
	e.sector = (kind == GP_MK_CAPITAL || kind == GP_MK_LEADER) ? "GOV" : NULL;
	e.match = (uint8_t) match;
	e.exact = match == GP_MATCH_EXACT ? name : NULL;
	e.valid_from = from;
	e.valid_to = to;
	gp_gazb_add(g, norms, (int) n, &e);
}

static void
add_cue(gp_cuesb *c, gp_arena *a, const char *cue, const char *event, float score, gp_cuepos pos,
		bool reciprocal, gp_cueeffect effect)
{
	gp_sentence whole = {0, 0, (int32_t) strlen(cue), 0, 0};
	gp_token   *t;
	int32_t		n = gp_tokenize_span(seg, cue, &whole, false, a, &t);
	const char *stems[16];
	gp_cue		q;

	for (int32_t i = 0; i < n && i < 16; i++)
	{
		char	   *st = gp_arena_alloc(a, (size_t) t[i].normlen + 2);

		if (t[i].kind == GP_TOK_WORD)
			gp_stem(t[i].norm, t[i].normlen, st);
		else
			strcpy(st, t[i].norm);
		stems[i] = st;
	}
	memset(&q, 0, sizeof(q));
	q.text = cue;
	q.event = event;
	q.score = score;
	q.quad = (uint8_t) (score >= 5 ? 2 : score >= 0 ? 1 : score > -4 ? 3 : 4);
	q.pos = (uint8_t) pos;
	q.symmetric = reciprocal;
	q.effect = (uint8_t) effect;
	gp_cuesb_add(c, stems, (int) n, &q);
}

/* an event type's quad and base score, as pg_dict.c reads them from geopol.event_type */
static void
add_event_type(gp_cuesb *c, const char *event, uint8_t quad, float base)
{
	gp_cue		q;

	memset(&q, 0, sizeof(q));
	q.event = event;
	q.quad = quad;
	q.score = base;
	q.effect = GP_CUE_EVENT_TYPE;
	gp_cuesb_add(c, &event, 1, &q);
}

typedef struct analysis
{
	char		mentions[512];
	char		relations[512];
	int			pairs_one_main;	/* (sentence, source, target) with exactly one main row */
	int			pairs;
} analysis;

/* "ACTOR:surface|..." and "SRC>TGT:EVENT[!?]|..." of a text */
static void
analyse(const gp_gaz *g, const gp_cues *cues, const char *text, int32_t date, analysis *out)
{
	gp_arena	a;
	gp_sentiter *it;
	gp_sentence s;
	gp_matcher *m;
	gp_relctx  *rc;

	gp_arena_init(&a, NULL);
	it = gp_sentiter_begin(seg, text, (int32_t) strlen(text), &a);
	m = gp_matcher_create(g, seg, &a, date);
	rc = gp_relctx_create(cues, &a);
	out->mentions[0] = out->relations[0] = '\0';
	out->pairs = out->pairs_one_main = 0;
	while (gp_sentiter_next(it, &s) == 1)
	{
		gp_token   *t;
		gp_mention *men;
		gp_relation *rel;
		int32_t		nt = gp_tokenize_span(seg, text, &s, false, &a, &t);
		int32_t		nm = gp_match_sentence(m, text, t, nt, &a, &men);
		int32_t		nr = gp_relate_sentence(rc, text, t, nt, men, nm, &a, &rel);

		for (int32_t i = 0; i < nm; i++)
			snprintf(out->mentions + strlen(out->mentions), sizeof(out->mentions) - strlen(out->mentions),
					 "%s%s:%.*s", out->mentions[0] ? "|" : "", men[i].actor ? men[i].actor : "-",
					 (int) men[i].len, text + men[i].start);
		for (int32_t i = 0; i < nr; i++)
			snprintf(out->relations + strlen(out->relations), sizeof(out->relations) - strlen(out->relations),
					 "%s%s>%s:%s%s%s", out->relations[0] ? "|" : "", rel[i].source, rel[i].target ? rel[i].target : "-",
					 rel[i].event ? rel[i].event : "REF", rel[i].negated ? "!" : "", rel[i].hypothetical ? "?" : "");
		for (int32_t i = 0; i < nr; i++)
		{
			int			mains = 0;
			bool		first = true;

			for (int32_t j = 0; j < nr; j++)
				if (strcmp(rel[i].source, rel[j].source) == 0 &&
					((rel[i].target == NULL && rel[j].target == NULL) ||
					 (rel[i].target && rel[j].target && strcmp(rel[i].target, rel[j].target) == 0)))
				{
					mains += rel[j].main;
					first &= j >= i;
				}
			if (first)
			{
				out->pairs++;
				out->pairs_one_main += mains == 1;
			}
		}
	}
	gp_arena_free(&a);
}

static void
test_gazetteer_and_relations(void)
{
	gp_arena	a;
	gp_gazb    *gb;
	gp_gaz	   *g;
	gp_cuesb   *cb;
	gp_cues    *c;
	analysis	r;
	int32_t		d2015 = gp_days_from_ymd(2015, 6, 1),
				d1995 = gp_days_from_ymd(1995, 6, 1);

	gp_arena_init(&a, NULL);
	gb = gp_gazb_create(&a);
	cb = gp_cuesb_create(&a);
	add_name(gb, &a, "Russia", "RUS", "Russia", GP_MK_STATE, NULL, GP_MATCH_CASED, GP_NO_DATE, GP_NO_DATE);
	add_name(gb, &a, "China", "CHN", "China", GP_MK_STATE, NULL, GP_MATCH_CASED, GP_NO_DATE, GP_NO_DATE);
	add_name(gb, &a, "Japan", "JPN", "Japan", GP_MK_STATE, NULL, GP_MATCH_CASED, GP_NO_DATE, GP_NO_DATE);
	add_name(gb, &a, "Russo-", "RUS", "Russia", GP_MK_DEMONYM, NULL, GP_MATCH_CASED, GP_NO_DATE, GP_NO_DATE);
	add_name(gb, &a, "Chinese", "CHN", "China", GP_MK_DEMONYM, NULL, GP_MATCH_CASED, GP_NO_DATE, GP_NO_DATE);
	add_name(gb, &a, "US", "USA", "United States", GP_MK_STATE, NULL, GP_MATCH_EXACT, GP_NO_DATE, GP_NO_DATE);
	add_name(gb, &a, "Moscow", "RUS", "Moscow", GP_MK_CAPITAL, "RUS", GP_MATCH_CASED, GP_NO_DATE, GP_NO_DATE);
	add_name(gb, &a, "South China Sea", NULL, "South China Sea", GP_MK_REGION, NULL, GP_MATCH_CASED, GP_NO_DATE, GP_NO_DATE);
	add_name(gb, &a, "Washington Post", NULL, "Washington Post", GP_MK_BLOCK, NULL, GP_MATCH_CASED, GP_NO_DATE, GP_NO_DATE);
	add_name(gb, &a, "Washington", "USA", "Washington", GP_MK_CAPITAL, "USA", GP_MATCH_CASED, GP_NO_DATE, GP_NO_DATE);
	add_name(gb, &a, "Russian Far East", NULL, "Russian Far East", GP_MK_REGION, "RUS", GP_MATCH_CASED, GP_NO_DATE, GP_NO_DATE);
	/* two readings of one name, both valid from 1997 on (the order they are added in must not matter) */
	add_name(gb, &a, "Congo", "COD", "DR Congo", GP_MK_STATE, NULL, GP_MATCH_CASED,
			 gp_days_from_ymd(1997, 5, 17), GP_NO_DATE);
	add_name(gb, &a, "Congo", "COG", "Republic of the Congo", GP_MK_STATE, NULL, GP_MATCH_CASED, GP_NO_DATE, GP_NO_DATE);
	add_name(gb, &a, "Kongo", "COG", "Republic of the Congo", GP_MK_STATE, NULL, GP_MATCH_CASED, GP_NO_DATE, GP_NO_DATE);
	add_name(gb, &a, "Kongo", "COD", "DR Congo", GP_MK_STATE, NULL, GP_MATCH_CASED,
			 gp_days_from_ymd(1997, 5, 17), GP_NO_DATE);
	add_name(gb, &a, "Brazzaville", "COG", "Brazzaville", GP_MK_CAPITAL, "COG", GP_MATCH_CASED, GP_NO_DATE, GP_NO_DATE);
	add_name(gb, &a, "Putin", "RUS", "Vladimir Putin", GP_MK_LEADER, "RUS", GP_MATCH_CASED,
			 gp_days_from_ymd(2000, 5, 7), GP_NO_DATE);
	add_cue(cb, &a, "cooperation", "COOPERATE", 7, GP_POS_NOUN, true, GP_CUE_EVENT);
	add_cue(cb, &a, "partnership", "COOPERATE", 6, GP_POS_NOUN, true, GP_CUE_EVENT);
	add_cue(cb, &a, "accuse", "ACCUSE", -3, GP_POS_VERB, false, GP_CUE_EVENT);
	add_cue(cb, &a, "turn to * for help", "REQUEST", 0, GP_POS_VERB, false, GP_CUE_EVENT);
	add_cue(cb, &a, "not", NULL, 0, GP_POS_VERB, false, GP_CUE_NEGATION);
	add_cue(cb, &a, "would", NULL, 0, GP_POS_VERB, false, GP_CUE_HYPOTHETICAL);
	g = gp_gazb_build(gb, &a);
	c = gp_cuesb_build(cb, &a);
	check(g != NULL && c != NULL, "the gazetteer's and the cue lexicon's images build and attach");

	analyse(g, c, "The South China Sea matters; the Washington Post said Washington let us go.", GP_NO_DATE, &r);
	check(strcmp(r.mentions, "-:South China Sea|USA:Washington") == 0,
		  "longest match: a region and a blocked newspaper hide the state names inside (%s)", r.mentions);
	analyse(g, c, "Russia's cooperation with Japan. The Russo-Chinese partnership.", GP_NO_DATE, &r);
	check(strcmp(r.mentions, "RUS:Russia|JPN:Japan|RUS:Russo-|CHN:Chinese") == 0, "possessive and prefix (%s)", r.mentions);
	check(strcmp(r.relations, "RUS>JPN:COOPERATE|JPN>RUS:COOPERATE|RUS>CHN:COOPERATE|CHN>RUS:COOPERATE") == 0,
		  "X's cue with Y and X-Y cue, both ways (%s)", r.relations);
	analyse(g, c, "The US's role. THE US'S ROLE. The US\xe2\x80\x99s role. The USA's role. Let us's go.", GP_NO_DATE, &r);
	check(strcmp(r.mentions, "USA:US|USA:US|USA:US") == 0,
		  "an alias matched exactly takes a possessive, nothing else (%s)", r.mentions);
	analyse(g, c, "Investment in the Russian Far East (RFE) grew. The RFE is cold.", GP_NO_DATE, &r);
	check(strcmp(r.mentions, "-:Russian Far East|-:RFE|-:RFE") == 0, "an acronym the text defines (%s)", r.mentions);
	analyse(g, c, "Putin spoke.", d2015, &r);
	check(strcmp(r.mentions, "RUS:Putin") == 0, "a leader in office speaks for the state (%s)", r.mentions);
	analyse(g, c, "Congo said so. Kongo said so.", d2015, &r);
	check(strcmp(r.mentions, "COD:Congo|COD:Kongo") == 0, "all else equal, the reading whose period began last (%s)",
		  r.mentions);
	analyse(g, c, "Congo said so.", d1995, &r);
	check(strcmp(r.mentions, "COG:Congo") == 0, "the reading of the document's date (%s)", r.mentions);
	analyse(g, c, "In Brazzaville, Congo said so.", d2015, &r);
	check(strcmp(r.mentions, "COG:Brazzaville|COG:Congo") == 0, "the context before the period (%s)", r.mentions);
	analyse(g, c, "Putin spoke.", d1995, &r);
	check(strcmp(r.mentions, "-:Putin") == 0, "not before the term (%s)", r.mentions);
	analyse(g, c, "Moscow was forced to turn to China for help. Japan did not accuse China. Japan would accuse China.", GP_NO_DATE, &r);
	check(strcmp(r.relations, "RUS>CHN:REQUEST|JPN>CHN:ACCUSE!|JPN>CHN:ACCUSE?") == 0,
		  "a gapped cue, negation and modality (%s)", r.relations);
	analyse(g, c, "Russia, China and Japan attended.", GP_NO_DATE, &r);
	check(r.relations[0] == '\0', "co-occurrence is no relation (%s)", r.relations);
	/* 0.3.0 rule families: references, control verbs, intentions, non-actor demonyms, the main row */
	add_cue(cb, &a, "relations", NULL, 0, GP_POS_NOUN, true, GP_CUE_EVENT);
	add_cue(cb, &a, "agree to", "AGREE", 2.5, GP_POS_VERB, false, GP_CUE_EVENT);
	add_cue(cb, &a, "attack", "ASSAULT", -9, GP_POS_VERB, false, GP_CUE_EVENT);
	add_cue(cb, &a, "criticise", "ACCUSE", -3, GP_POS_VERB, false, GP_CUE_EVENT);
	add_cue(cb, &a, "will", NULL, 0, GP_POS_VERB, false, GP_CUE_INTENTION);
	add_cue(cb, &a, "speakers", NULL, 0, GP_POS_VERB, false, GP_CUE_NONACTOR);
	add_event_type(cb, "AGREE", 1, 2.5f);
	add_event_type(cb, "THREATEN", 3, -3.5f);
	c = gp_cuesb_build(cb, &a);
	analyse(g, c, "Russo-Chinese relations matter. Russia, China and Japan attended.", GP_NO_DATE, &r);
	check(strcmp(r.relations, "RUS>CHN:REF|CHN>RUS:REF") == 0, "a relationship reference, not co-occurrence (%s)", r.relations);
	analyse(g, c, "Russia agreed to attack Japan. Russia will attack Japan. Russia will criticise Japan.", GP_NO_DATE, &r);
	check(strcmp(r.relations, "RUS>JPN:AGREE|RUS>JPN:THREATEN|RUS>JPN:ACCUSE") == 0,
		  "a control verb decides the event; an intention is THREATEN; verbal conflict stays (%s)", r.relations);
	analyse(g, c, "Chinese speakers attack Japan. Chinese forces attack Japan.", GP_NO_DATE, &r);
	check(strcmp(r.relations, "CHN>JPN:ASSAULT") == 0, "a demonym on a non-actor noun is no state (%s)", r.relations);
	analyse(g, c, "Russia's cooperation with Japan and partnership with Japan. Japan did not accuse China and would accuse China.",
			GP_NO_DATE, &r);
	check(r.pairs > 0 && r.pairs == r.pairs_one_main, "exactly one main row per (sentence, source, target) (%d of %d)",
		  r.pairs_one_main, r.pairs);
	analyse(g, c, "ChinaJapan tensions.", GP_NO_DATE, &r);
	check(strcmp(r.mentions, "CHN:China|JPN:Japan") == 0, "glued names (%s)", r.mentions);
	gp_arena_free(&a);
}

/* "kind:actor:country:surface@first-last|..." of a text's mentions, blocked names with a home reported or not */
static void
block_mentions(const gp_gaz *g, const char *text, bool report, char *out, size_t size)
{
	gp_arena	a;
	gp_sentiter *it;
	gp_sentence s;
	gp_matcher *m;

	gp_arena_init(&a, NULL);
	it = gp_sentiter_begin(seg, text, (int32_t) strlen(text), &a);
	m = gp_matcher_create(g, seg, &a, GP_NO_DATE);
	gp_matcher_report_blocks(m, report);
	out[0] = '\0';
	while (gp_sentiter_next(it, &s) == 1)
	{
		gp_token   *t;
		gp_mention *men;
		int32_t		nt = gp_tokenize_span(seg, text, &s, false, &a, &t);
		int32_t		nm = gp_match_sentence(m, text, t, nt, &a, &men);

		for (int32_t i = 0; i < nm; i++)
			snprintf(out + strlen(out), size - strlen(out), "%s%s:%s:%s:%.*s@%d-%d", out[0] ? "|" : "",
					 gp_mkind_name[men[i].kind], men[i].actor ? men[i].actor : "-",
					 men[i].country ? men[i].country : "-", (int) men[i].len, text + men[i].start,
					 (int) men[i].tok_first, (int) men[i].tok_last);
	}
	gp_arena_free(&a);
}

/*
 * Blocked names with a home country ("Swiss franc" CHE): never a mention
 * unless the caller asks (geopol.countries()); then a mention of kind block
 * without actor, which decides no other name.
 */
static void
test_blocks_with_home(void)
{
	gp_arena	a;
	gp_gazb    *gb;
	gp_gaz	   *g;
	char		off[512],
				on[512];

	gp_arena_init(&a, NULL);
	gb = gp_gazb_create(&a);
	add_name(gb, &a, "Swiss", "CHE", "Switzerland", GP_MK_DEMONYM, NULL, GP_MATCH_CASED, GP_NO_DATE, GP_NO_DATE);
	add_name(gb, &a, "Swiss franc", NULL, "Swiss franc", GP_MK_BLOCK, "CHE", GP_MATCH_CASED, GP_NO_DATE, GP_NO_DATE);
	add_name(gb, &a, "Korean", "KOR", "South Korea", GP_MK_DEMONYM, NULL, GP_MATCH_CASED, GP_NO_DATE, GP_NO_DATE);
	add_name(gb, &a, "Korean War", NULL, "Korean War", GP_MK_BLOCK, NULL, GP_MATCH_CASED, GP_NO_DATE, GP_NO_DATE);
	add_name(gb, &a, "York", NULL, "York", GP_MK_PLACE, "GBR", GP_MATCH_CASED, GP_NO_DATE, GP_NO_DATE);
	add_name(gb, &a, "Bank of New York", NULL, "Bank of New York", GP_MK_BLOCK, "USA", GP_MATCH_CASED, GP_NO_DATE, GP_NO_DATE);
	add_name(gb, &a, "Georgia", "GEO", "Georgia", GP_MK_STATE, NULL, GP_MATCH_CASED, GP_NO_DATE, GP_NO_DATE);
	add_name(gb, &a, "Georgia", NULL, "Georgia (U.S. state)", GP_MK_REGION, "USA", GP_MATCH_CASED, GP_NO_DATE, GP_NO_DATE);
	add_name(gb, &a, "Atlanta", NULL, "Atlanta", GP_MK_PLACE, "USA", GP_MATCH_CASED, GP_NO_DATE, GP_NO_DATE);
	add_name(gb, &a, "Japan", "JPN", "Japan", GP_MK_STATE, NULL, GP_MATCH_CASED, GP_NO_DATE, GP_NO_DATE);
	add_name(gb, &a, "France", "FRA", "France", GP_MK_STATE, NULL, GP_MATCH_CASED, GP_NO_DATE, GP_NO_DATE);
	add_name(gb, &a, "Air France", NULL, "Air France", GP_MK_BLOCK, "FRA", GP_MATCH_CASED, GP_NO_DATE, GP_NO_DATE);
	g = gp_gazb_build(gb, &a);

	block_mentions(g, "The Swiss franc rose. The Korean War ended. Swiss banks opened.", false, off, sizeof(off));
	check(strcmp(off, "demonym:CHE:CHE:Swiss@0-0") == 0, "a blocked name is no mention by default (%s)", off);
	block_mentions(g, "The Swiss franc rose. The Korean War ended. Swiss banks opened.", true, on, sizeof(on));
	check(strcmp(on, "block:-:CHE:Swiss franc@1-2|demonym:CHE:CHE:Swiss@0-0") == 0,
		  "asked for, a blocked name with a home country is a mention of kind block without actor; one without stays none (%s)", on);
	/* the U.S. reading of Georgia needs U.S. context: a U.S. bank's name is none */
	block_mentions(g, "The Bank of New York lent to Georgia.", true, on, sizeof(on));
	check(strcmp(on, "block:-:USA:Bank of New York@1-4|state:GEO:GEO:Georgia@7-7") == 0,
		  "a reported blocked name decides no name with several readings (%s)", on);
	block_mentions(g, "Atlanta and Georgia.", true, on, sizeof(on));
	check(strcmp(on, "place:-:USA:Atlanta@0-0|region:-:USA:Georgia@2-2") == 0, "(while a U.S. place does: %s)", on);
	/* "l'Air France" after another name: the blocked name behind an elided article moves no other mention */
	block_mentions(g, "Japan et l'Air France.", false, off, sizeof(off));
	check(strcmp(off, "state:JPN:JPN:Japan@0-0") == 0, "an elided article before a blocked name (%s)", off);
	block_mentions(g, "Japan et l'Air France.", true, on, sizeof(on));
	check(strcmp(on, "state:JPN:JPN:Japan@0-0|block:-:FRA:Air France@2-3") == 0,
		  "the same, reported (%s)", on);
	block_mentions(g, "l'Air France.", false, off, sizeof(off));
	check(off[0] == '\0', "an elided article before a blocked name, first in the sentence (%s)", off);
	gp_arena_free(&a);
}

/* ------------------------------------------------------------- linearity */

/* a period, 100 kB of spaces, a capital: one boundary decided far from where it is */
static void
test_sentences_far_boundary(void)
{
	size_t		n = 100 * 1000;
	char	   *t = malloc(n + 32);
	char		why[256] = "";
	int			same;

	if (t == NULL)
		abort();
	strcpy(t, "It ended.");
	memset(t + 9, ' ', n);
	strcpy(t + 9 + n, "Then more");
	same = same_sentences_as_icu(t, (int32_t) strlen(t), why, sizeof(why));
	check(same, "a sentence end followed by 100 kB of spaces: the ASCII path gives ICU's%s%s", same ? "" : ": ", why);
	free(t);
}

/* text of n bytes: unit repeated (the last copy cut) */
static char *
repeat_text(const char *unit, size_t n)
{
	char	   *t = malloc(n + 1);
	size_t		ul = strlen(unit);

	for (size_t i = 0; i < n; i++)
		t[i] = unit[i % ul];
	t[n] = '\0';
	return t;
}

/* work of the sentence iterator over text, its sentences and the longest */
static uint64_t
sentence_work(const char *text, int32_t len, bool icu, int32_t *nsent, int32_t *longest)
{
	gp_arena	a;
	gp_sentiter *it;
	gp_sentence s;
	uint64_t	w;

	gp_arena_init(&a, NULL);
	gp_segmenter_force_icu(seg, icu);
	it = gp_sentiter_begin(seg, text, len, &a);
	*nsent = *longest = 0;
	while (gp_sentiter_next(it, &s) == 1)
	{
		(*nsent)++;
		if (s.len > *longest)
			*longest = s.len;
	}
	w = gp_sentiter_work(it);
	gp_segmenter_force_icu(seg, false);
	gp_arena_free(&a);
	return w;
}

/*
 * Sentence splitting does work linear in the text, whatever the text: 1 MB
 * and 4 MB without a sentence end (long runs are cut at 64 kB; the old
 * iterator searched the rest of the text again after every cut), of line
 * breaks only (the old one trimmed the growing run of white space again
 * and again), and of short lines that glue into one sentence (capped at
 * 64 kB; it was unbounded).
 */
static void
test_sentences_linear(void)
{
	static const struct
	{
		const char *what;
		const char *unit;
	}			texts[] = {
		{"words without punctuation", "the talks went on and on without end "},
		{"line breaks only", "\n"},
		{"short lines that continue each other", "x\n"},
		{"spaces after a word", "   "},
		{"abbreviations without spaces", "xU.S.A.s."},
		{"numbers after a period", "a. 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 "},
	};

	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
		for (int icu = 0; icu <= 1; icu++)
		{
			size_t		mb = 1000 * 1000;
			char	   *t1 = repeat_text(texts[i].unit, mb),
					   *t4 = repeat_text(texts[i].unit, 4 * mb);
			int32_t		n1,
						n4,
						long1,
						long4;
			uint64_t	w1,
						w4;

			if (strcmp(texts[i].unit, "   ") == 0)
				t1[0] = t4[0] = 'x';
			if (icu == 0)
			{
				char		why[256] = "";
				int			same = same_sentences_as_icu(t1, (int32_t) mb, why, sizeof(why));

				check(same, "sentences of %s: the ASCII path gives ICU's%s%s", texts[i].what, same ? "" : ": ", why);
			}
			w1 = sentence_work(t1, (int32_t) mb, icu, &n1, &long1);
			w4 = sentence_work(t4, (int32_t) (4 * mb), icu, &n4, &long4);
			check(w4 <= 4 * w1 + w1 / 10 && w4 <= 8 * 4 * mb && long4 <= 64 * 1024 + 8,
				  "sentences of %s (%s): work %lu for 1 MB, %lu for 4 MB (%.2f a byte); %d sentences, the longest %d bytes",
				  texts[i].what, icu ? "ICU" : "ASCII path", (unsigned long) w1, (unsigned long) w4,
				  (double) w4 / (4.0 * mb), (int) n4, (int) long4);
			free(t1);
			free(t4);
		}
}

/* work of relating every sentence of text */
static uint64_t
relation_work(const gp_gaz *g, const gp_cues *cues, const char *text, int32_t *nrel)
{
	gp_arena	a,
				sa;
	gp_sentiter *it;
	gp_sentence s;
	gp_matcher *m;
	gp_relctx  *rc;
	uint64_t	w;

	gp_arena_init(&a, NULL);
	gp_arena_init(&sa, NULL);
	it = gp_sentiter_begin(seg, text, (int32_t) strlen(text), &a);
	m = gp_matcher_create(g, seg, &a, GP_NO_DATE);
	rc = gp_relctx_create(cues, &a);
	*nrel = 0;
	while (gp_sentiter_next(it, &s) == 1)
	{
		gp_token   *t;
		gp_mention *men;
		gp_relation *rel;
		int32_t		nt = gp_tokenize_span(seg, text, &s, false, &sa, &t);
		int32_t		nm = gp_match_sentence(m, text, t, nt, &sa, &men);

		*nrel += gp_relate_sentence(rc, text, t, nt, men, nm, &sa, &rel);
		gp_arena_reset(&sa);
	}
	w = gp_relctx_work(rc);
	gp_arena_free(&sa);
	gp_arena_free(&a);
	return w;
}

/* head repeated to hn bytes, then body repeated to n bytes, then tail */
static char *
framed_text(const char *head, size_t hn, const char *body, size_t n, const char *tail)
{
	char	   *h = repeat_text(head, hn);
	char	   *b = repeat_text(body, n);
	char	   *t = malloc(hn + n + strlen(tail) + 1);

	sprintf(t, "%s%s%s", h, b, tail);
	free(h);
	free(b);
	return t;
}

/* 200 bytes without a cue: cues this far apart stay under GP_REL_MAX_CUES in 48 kB */
#define X200 "x y z x y z x y z x y z x y z x y z x y z x y z x y z x y z x y z x y z x y z x y z x y z x y z x y z " \
	"x y z x y z x y z x y z x y z x y z x y z x y z x y z x y z x y z x y z x y z x y z x y z x y z "

/*
 * Relating a sentence does work linear in its length.  Each text is one
 * sentence (no punctuation), at 6 kB and at 48 kB (under the 64 kB cut),
 * with cues sparse enough to stay under GP_REL_MAX_CUES: the old patterns
 * looked back from every cue to the nearest actor (a pronoun, a clause
 * break) or to the start of the sentence, quadratic in its length.
 */
static void
test_relations_linear(void)
{
	static const struct
	{
		const char *what;
		const char *head;
		bool		long_head;	/* head repeated to half the text, else once */
		const char *body,
				   *tail;
	}			texts[] = {
		{"actors first, then cues far from them",
			"Russia Japan China and Russia met ", false, X200 "accused ", ""},
		{"cues after a long opening of quotes",
			"\" the ", true, X200 "accused ", " Russia's China"},
		{"a sentence dense with actors and cues",
			"", false, "Russia accused China of aggression and Japan denied it to cooperate with them by ", ""},
		{"possessive nouns far after the actors",
			"Russia's China ", false, X200 "cooperation ", ""},
		{"modifiers all along",
			"Russia China ", false, "not x y not x y not x y not x y not x y not x y not x y not x y not x y not x y "
			"not x y not x y not x y not x y not x y not x y not x y not x y not x y not x y accused ", ""},
	};
	gp_arena	a;
	gp_gazb    *gb;
	gp_gaz	   *g;
	gp_cuesb   *cb;
	gp_cues    *c;

	gp_arena_init(&a, NULL);
	gb = gp_gazb_create(&a);
	cb = gp_cuesb_create(&a);
	add_name(gb, &a, "Russia", "RUS", "Russia", GP_MK_STATE, NULL, GP_MATCH_CASED, GP_NO_DATE, GP_NO_DATE);
	add_name(gb, &a, "China", "CHN", "China", GP_MK_STATE, NULL, GP_MATCH_CASED, GP_NO_DATE, GP_NO_DATE);
	add_name(gb, &a, "Japan", "JPN", "Japan", GP_MK_STATE, NULL, GP_MATCH_CASED, GP_NO_DATE, GP_NO_DATE);
	g = gp_gazb_build(gb, &a);
	add_cue(cb, &a, "accuse", "ACCUSE", -3, GP_POS_VERB, false, GP_CUE_EVENT);
	add_cue(cb, &a, "deny", "REJECT", -2, GP_POS_VERB, false, GP_CUE_EVENT);
	add_cue(cb, &a, "cooperate", "COOPERATE", 7, GP_POS_VERB, true, GP_CUE_EVENT);
	add_cue(cb, &a, "cooperation", "COOPERATE", 7, GP_POS_NOUN, true, GP_CUE_EVENT);
	add_cue(cb, &a, "not", NULL, 0, GP_POS_VERB, false, GP_CUE_NEGATION);
	c = gp_cuesb_build(cb, &a);
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
	{
		size_t		h1 = texts[i].long_head ? 3000 : strlen(texts[i].head);
		size_t		h8 = texts[i].long_head ? 24000 : strlen(texts[i].head);
		char	   *t1 = framed_text(texts[i].head, h1, texts[i].body, 6000 - (h1 % 6000), texts[i].tail),
				   *t8 = framed_text(texts[i].head, h8, texts[i].body, 48000 - (h8 % 48000), texts[i].tail);
		int32_t		r1,
					r8;
		uint64_t	w1 = relation_work(g, c, t1, &r1),
					w8 = relation_work(g, c, t8, &r8);

		/*
		 * 8 times the text holds up to 8.3 times the cues (the last block of
		 * the short text is cut before its cue): linear work stays under 8.5
		 * times, quadratic work would be near 64
		 */
		check(w8 <= 8 * w1 + w1 / 2 && w8 <= 64 * 48000,
			  "relations, %s: work %lu for 6 kB, %lu for 48 kB (%.2f a byte); %d relations",
			  texts[i].what, (unsigned long) w1, (unsigned long) w8, w8 / 48000.0, (int) r8);
		free(t1);
		free(t8);
	}

	/* a sentence of 10,000 tokens with a cue of 20 gaps: bounded work */
	{
		char	   *t = framed_text("Russia ", 7, "w ", 20000, "China");
		const char *stems[41];
		gp_cue		q;
		int32_t		r;
		uint64_t	w;

		for (int i = 0; i < 41; i++)
			stems[i] = i % 2 ? "*" : "w";
		memset(&q, 0, sizeof(q));
		q.event = "ACCUSE";
		gp_cuesb_add(cb, stems, 41, &q);
		c = gp_cuesb_build(cb, &a);
		w = relation_work(g, c, t, &r);
		check(w <= (uint64_t) 10000 * GP_CUE_MAX_STATES,
			  "relations of 10,000 tokens under a cue with 20 gaps: work %lu (%.0f a token)", (unsigned long) w, w / 10000.0);
		free(t);
	}
	gp_arena_free(&a);
}

/* the text tests of geopol.countries(): list gaps, ticker symbols, windows */
static void
test_countries_text(void)
{
	const char *gaps_yes[] = {", ", " and ", ", and ", " or ", ","};
	const char *gaps_no[] = {"", " ", " to ", ". ", " android ", ",,", " and the "};
	const char *doc = "STANDARD OIL <SRD> <BP.L> <ABC.TO> <Hughes Corp> <TOOLONGSYMBOL1> <X.ABCD> <7203.T>";
	int32_t		pos = 0;
	gp_ticker	t;
	char		got[256] = "";
	const char *utf = "Z\xc3\xbcrich \xe2\x82\xac";		/* Zürich € */

	for (size_t i = 0; i < sizeof(gaps_yes) / sizeof(*gaps_yes); i++)
		check(gp_list_gap(gaps_yes[i], (int32_t) strlen(gaps_yes[i])), "list gap '%s'", gaps_yes[i]);
	for (size_t i = 0; i < sizeof(gaps_no) / sizeof(*gaps_no); i++)
		check(!gp_list_gap(gaps_no[i], (int32_t) strlen(gaps_no[i])), "no list gap '%s'", gaps_no[i]);
	while (gp_next_ticker(doc, (int32_t) strlen(doc), (int32_t) strlen(doc), &pos, &t))
	{
		size_t		l = strlen(got);

		snprintf(got + l, sizeof(got) - l, "%.*s/%.*s|", (int) t.len, doc + t.start,
				 (int) t.suffix_len, t.suffix < 0 ? "" : doc + t.suffix);
	}
	check(strcmp(got, "SRD/|BP.L/L|ABC.TO/TO|7203.T/T|") == 0, "ticker symbols and their exchange suffixes (%s)", got);
	pos = 0;
	check(gp_next_ticker("x <7203.T> y", 8, 12, &pos, &t) && t.len == 6, "a symbol may run past the end of its sentence");
	check(!gp_next_ticker("x <7203.T> y", 8, 12, &pos, &t) && pos == 10, "and is read once");
	{
		const char *names = "Lena Abe-Carter met Abe and Carter-Abe; Abe- spoke; pro-Abe.";

		check(gp_hyphenated_name(names, (int32_t) strlen(names), 5, 8), "Abe-Carter is another person");
		check(!gp_hyphenated_name(names, (int32_t) strlen(names), 20, 23), "Abe alone is the leader");
		check(gp_hyphenated_name(names, (int32_t) strlen(names), 35, 38), "Carter-Abe is another person");
		check(!gp_hyphenated_name(names, (int32_t) strlen(names), 40, 43), "a hyphen before a space is no name");
		check(!gp_hyphenated_name(names, (int32_t) strlen(names), 56, 59), "pro-Abe is the leader");
	}
	check(gp_utf8_back(utf, 7, 0, 6) == 0, "six characters back over a two-byte one");
	check(gp_utf8_forward(utf, 0, (int32_t) strlen(utf), 8) == (int32_t) strlen(utf), "forward stops at the end");
	check(gp_utf8_forward(utf, 0, (int32_t) strlen(utf), 2) == 3, "forward over a two-byte character");
}

/* ------------------------------------------------------------ lexicon images */

/* the stems of a phrase's words, as the dictionary stores them ("*" stays a gap) */
static int
phrase_stems(const char *phrase, gp_arena *a, const char **out, int max)
{
	toks		t = tokenize(phrase, a);
	int			n = 0;

	for (int32_t i = 0; i < t.n && n < max; i++)
	{
		char	   *st = gp_arena_alloc(a, (size_t) t.tok[i].normlen + 2);

		gp_stem(t.tok[i].norm, t.tok[i].normlen, st);
		out[n++] = t.tok[i].kind == GP_TOK_WORD ? st : t.tok[i].norm;
	}
	return n;
}

static void
add_term(gp_topicsb *b, gp_arena *a, const char *term, const char *topic, float weight)
{
	const char *stems[8];
	int			n = phrase_stems(term, a, stems, 8);

	gp_topicsb_add_term(b, stems, n, term, topic, weight);
}

/*
 * A topic taxonomy compiled into its image, attached and used: terms found
 * through the interned trie, each term's topic by id, parents credited with
 * their children's hits, a term of an unknown topic counting for none.
 */
static void
test_topic_image(void)
{
	gp_arena	a;
	gp_topicsb *tb;
	gp_topicset *ts;
	gp_topicacc *acc;
	gp_topic_result *res;
	int32_t		n;
	size_t		size;
	void	   *img;
	toks		t;

	gp_arena_init(&a, NULL);
	tb = gp_topicsb_create(&a);
	gp_topicsb_add_topic(tb, "ECONOMY", NULL);
	gp_topicsb_add_topic(tb, "TRADE", "ECONOMY");
	add_term(tb, &a, "trade", "TRADE", 1.0f);
	add_term(tb, &a, "sanctions", "ECONOMY", 1.0f);
	add_term(tb, &a, "tariff war", "TRADE", 2.0f);
	add_term(tb, &a, "trade", "NOWHERE", 5.0f);
	img = gp_topicsb_image(tb, &a, &size);
	ts = gp_topicset_attach(img, size, &a);
	check(ts != NULL && gp_topicset_nterms(ts) == 4, "a topic taxonomy's image attaches (%d terms)",
		  ts ? gp_topicset_nterms(ts) : -1);
	if (ts == NULL)
		return;
	t = tokenize("Trade and sanctioned goods. A tariff war on trading.", &a);
	acc = gp_topicacc_create(ts, &a);
	gp_topicacc_add(acc, t.tok, t.n, &a);
	n = gp_topicacc_result(acc, 0.0f, &res);
	check(n == 2 && strcmp(res[0].topic, "ECONOMY") == 0 && res[0].hits == 4 && res[0].score == 10.0f &&
		  strcmp(res[1].topic, "TRADE") == 0 && res[1].hits == 3 && res[1].score == 8.0f &&
		  res[1].nterms == 2 && strcmp(res[1].terms[0], "trade") == 0 && strcmp(res[1].terms[1], "tariff war") == 0,
		  "topics through the image: the parent counts its child's hits, an unknown topic none (%d topics: %s %d hits %.1f, %s %d hits %.1f)",
		  n, n > 0 ? res[0].topic : "-", n > 0 ? res[0].hits : 0, n > 0 ? res[0].score : 0.0,
		  n > 1 ? res[1].topic : "-", n > 1 ? res[1].hits : 0, n > 1 ? res[1].score : 0.0);
	/* a taxonomy of GP_MAX_TOPICS topics takes no more */
	{
		gp_topicsb *big = gp_topicsb_create(&a);
		bool		ok = true;
		char		name[16];

		for (int i = 0; i < GP_MAX_TOPICS; i++)
		{
			snprintf(name, sizeof(name), "T%d", i);
			ok &= gp_topicsb_add_topic(big, name, NULL);
		}
		check(ok && !gp_topicsb_add_topic(big, "ONE MORE", NULL) && gp_topicsb_add_topic(big, "T7", NULL),
			  "%d topics are taken, one more is refused, one again is no new one", GP_MAX_TOPICS);
	}
	gp_arena_free(&a);
}

/*
 * A cue lexicon's image damaged byte by byte (every byte flipped in turn):
 * attaching either refuses it or gives a view whose matching stays within
 * the image (AddressSanitizer in make unittest-asan) and within its bounds.
 */
static void
test_cue_image_damage(void)
{
	static const char *const cues[] = {"accuse", "turn to * for help", "cooperation with", "not", "would"};
	gp_arena	a;
	gp_cuesb   *b;
	gp_cues    *ok;
	gp_cuewalk *cw;
	void	   *img;
	size_t		size;
	const char *text[] = {"moscow", "turn", "to", "china", "for", "help", "and", "accus", "not", "cooperation", "with", "."};
	uint32_t	scratch[2 * 12];
	gp_stems	w;
	long		refused = 0,
				accepted = 0,
				bounded = 0;

	gp_arena_init(&a, NULL);
	b = gp_cuesb_create(&a);
	for (size_t i = 0; i < sizeof(cues) / sizeof(cues[0]); i++)
	{
		const char *stems[8];
		int			n = phrase_stems(cues[i], &a, stems, 8);
		gp_cue		q;

		memset(&q, 0, sizeof(q));
		q.text = cues[i];
		q.event = i < 3 ? "EVENT" : NULL;
		q.effect = (uint8_t) (i < 3 ? GP_CUE_EVENT : i == 3 ? GP_CUE_NEGATION : GP_CUE_HYPOTHETICAL);
		gp_cuesb_add(b, stems, n, &q);
	}
	img = gp_cuesb_image(b, &a, &size);
	ok = gp_cues_attach(img, size, &a);
	cw = gp_cuewalk_create(&a);
	make_stems(&w, text, scratch, 12);
	{
		gp_cuehit	ev,
					md;

		gp_cues_match(ok, cw, &w, 1, &ev, &md);
		check(ok != NULL && gp_cues_count(ok) == 5 && ev.cue == 1 && ev.last == 5 && ev.gap_first == 3 &&
			  strcmp(gp_cues_get(ok, 1)->text, "turn to * for help") == 0 &&
			  gp_cues_attach(img, size - 8, &a) == NULL,
			  "a cue lexicon's image attaches and matches through a gap; cut short, it is refused");
	}
	for (size_t i = 0; i < size; i++)
	{
		char	   *bad = gp_arena_alloc(&a, size);
		gp_cues    *c;

		memcpy(bad, img, size);
		bad[i] ^= (char) 0xFF;
		c = gp_cues_attach(bad, size, &a);
		if (c == NULL)
		{
			refused++;
			continue;
		}
		accepted++;
		for (int32_t k = 0; k < w.n; k++)
		{
			gp_cuehit	ev,
						md;
			uint64_t	before = gp_cuewalk_states(cw);

			gp_cues_match(c, cw, &w, k, &ev, &md);
			bounded += gp_cuewalk_states(cw) - before <= GP_CUE_MAX_STATES &&
				(ev.cue < 0 || (ev.cue < gp_cues_count(c) && ev.last < w.n)) &&
				(md.cue < 0 || (md.cue < gp_cues_count(c) && md.last < w.n));
		}
	}
	check(bounded == accepted * w.n && refused > 0,
		  "%zu damaged images of a cue lexicon: %ld refused, %ld attached and matched within bounds",
		  size, refused, accepted);
	gp_arena_free(&a);
}

/* ------------------------------------------------------------ handlers */

static long interrupts;

static void
count_interrupt(void)
{
	interrupts++;
}

/*
 * The host's interrupt handler is called while one long sentence is split
 * and tokenized, and while a long text of sentences is split: a cancelled
 * query is noticed within a bounded amount of work.
 */
static void
test_interrupts(void)
{
	enum
	{
		N = 1 << 20
	};
	gp_handlers h = {NULL, NULL, NULL, count_interrupt};
	gp_handlers none = {NULL, NULL, NULL, NULL};
	char	   *text = malloc(N + 1);
	gp_arena	a,
				sa;
	gp_sentiter *it;
	gp_sentence s;
	gp_token   *t;
	long		words = 0,
				lines = 0;

	gp_set_handlers(&h);
	/* 1 MB of "word " (no sentence end: cut into 64 kB pieces) */
	for (int i = 0; i < N; i++)
		text[i] = "word "[i % 5];
	text[N] = '\0';
	gp_arena_init(&a, NULL);
	gp_arena_init(&sa, NULL);
	it = gp_sentiter_begin(seg, text, N, &a);
	while (gp_sentiter_next(it, &s) == 1)
	{
		words += gp_tokenize_span(seg, text, &s, false, &sa, &t);
		gp_arena_reset(&sa);
	}
	check(interrupts >= words / 2048 && words > 200000,
		  "1 MB without a sentence end: %ld interrupt checks for %ld words", interrupts, words);
	/* 1 MB of one-word lines: as many sentences */
	interrupts = 0;
	for (int i = 0; i < N; i++)
		text[i] = "Word\n"[i % 5];
	it = gp_sentiter_begin(seg, text, N, &a);
	while (gp_sentiter_next(it, &s) == 1)
		lines++;
	check(interrupts >= lines / 2048 && lines > 200000,
		  "1 MB of one-word lines: %ld interrupt checks for %ld sentences", interrupts, lines);
	gp_set_handlers(&none);
	gp_arena_free(&sa);
	gp_arena_free(&a);
	free(text);
}

int
main(void)
{
	const char *corpus = getenv("GEOPOL_CORPUS");

	seg = gp_segmenter_open();
	test_tokens();
	test_sentences();
	test_fast_path();
	test_gazetteer_and_relations();
	test_blocks_with_home();
	test_cue_matcher_reference();
	test_cue_hostile();
	test_sentences_linear();
	test_sentences_far_boundary();
	test_relations_linear();
	test_countries_text();
	test_topic_image();
	test_cue_image_damage();
	test_interrupts();
	test_corpus(corpus ? corpus : "../shared/corpus/news.tsv");
	gp_segmenter_close(seg);
	printf("1..%d\n", n_test);
	printf("%d passed, %d failed\n", n_pass, n_fail);
	return n_fail ? 1 : 0;
}
