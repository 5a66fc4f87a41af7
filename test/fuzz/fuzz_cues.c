/*
 * fuzz_cues.c — libFuzzer target over the cue matcher with user-supplied
 * cues: the input is a cue lexicon, an empty line, then a text.
 *
 *   one cue a line: a kind letter, a space, its stems ("*" a gap):
 *     v verb, n noun, p preposition (events), x negation, h hypothetical;
 *     any other first letter: the whole line is a verb cue
 *   then an empty line, then the text (made valid UTF-8 as PostgreSQL would)
 *
 * For every start word of every sentence the matcher must agree with its
 * brute-force specification (test/c/cue_reference.h) where that is cheap
 * enough to compute (at most 4 gaps a cue, 64 tokens a sentence), and the
 * relation rules run over the text with the lexicon and a small gazetteer
 * without a crash, a sanitizer report, or more work than linear.
 *
 *   make fuzz   (both targets, FUZZ_SECONDS each)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gp_arena.h"
#include "gp_gazetteer.h"
#include "gp_relations.h"
#include "gp_stem.h"
#include "gp_text.h"

#include "../c/cue_reference.h"

#define MAX_LINE_STEMS 64		/* as pg_dict.c reads them (GP_MAX_KEY_WORDS) */
#define REF_MAX_GAPS 4
#define REF_MAX_TOKENS 64

static gp_segmenter *seg;
static gp_gaz *gaz;
static gp_gazb *gazb;
static gp_arena dict_arena;

static void
setup(void)
{
	static const char *const names[][2] = {{"russia", "RUS"}, {"china", "CHN"}, {"japan", "JPN"},
	{"u.s", "USA"}, {"moscow", "RUS"}, {"中国", "CHN"}};
	gp_entry	e;

	seg = gp_segmenter_open();
	gp_arena_init(&dict_arena, NULL);
	gazb = gp_gazb_create(&dict_arena);
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
	{
		const char *norms[1] = {names[i][0]};

		memset(&e, 0, sizeof(e));
		e.actor = names[i][1];
		e.entity = names[i][1];
		e.kind = i == 4 ? GP_MK_CAPITAL : GP_MK_STATE;
		e.match = GP_MATCH_ANY;
		e.valid_from = e.valid_to = GP_NO_DATE;
		gp_gazb_add(gazb, norms, 1, &e);
	}
	gaz = gp_gazb_build(gazb, &dict_arena);
	if (gaz == NULL)
		abort();
}

/* replace invalid UTF-8 and NUL with '?' so the input is what a database holds */
static void
sanitize(char *s, size_t n)
{
	for (size_t i = 0; i < n;)
	{
		unsigned char c = (unsigned char) s[i];
		size_t		need = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
		bool		ok = need > 0 && i + need <= n && c != 0;

		for (size_t k = 1; ok && k < need; k++)
			ok = ((unsigned char) s[i + k] & 0xC0) == 0x80;
		if (!ok)
		{
			s[i++] = '?';
			continue;
		}
		i += need;
	}
}

/* the lexicon lines of buf[0..len) into c and L; returns the offset of the text */
static size_t
read_lexicon(char *buf, size_t len, gp_cuesb *c, ref_lexicon *L, bool *ref_ok)
{
	size_t		pos = 0;

	*ref_ok = true;
	while (pos < len)
	{
		char	   *line = buf + pos;
		char	   *eol = memchr(line, '\n', len - pos);
		size_t		ll = eol ? (size_t) (eol - line) : len - pos;
		const char *stems[MAX_LINE_STEMS];
		int			n = 0,
					gaps = 0;
		char		kind = 'v';
		char	   *p = line;
		gp_cue		q;

		pos += ll + 1;
		if (ll == 0)
			break;				/* the empty line: the text follows */
		line[ll] = '\0';
		if (ll >= 2 && line[1] == ' ' && strchr("vnpxh", line[0]) != NULL)
		{
			kind = line[0];
			p = line + 2;
		}
		/* stems: runs of bytes other than space, the first MAX_LINE_STEMS */
		for (char *tok = strtok(p, " "); tok != NULL && n < MAX_LINE_STEMS; tok = strtok(NULL, " "))
		{
			stems[n++] = tok;
			gaps += strcmp(tok, "*") == 0;
		}
		memset(&q, 0, sizeof(q));
		q.text = "fuzz";
		q.event = strchr("vnp", kind) ? "EVENT" : NULL;
		q.mode = NULL;
		q.pos = (uint8_t) (kind == 'n' ? GP_POS_NOUN : kind == 'p' ? GP_POS_PREP : GP_POS_VERB);
		q.effect = (uint8_t) (kind == 'x' ? GP_CUE_NEGATION : kind == 'h' ? GP_CUE_HYPOTHETICAL : GP_CUE_EVENT);
		q.symmetric = (n & 1) != 0;
		q.quad = (uint8_t) (1 + n % 4);
		gp_cuesb_add(c, stems, n, &q);
		if (n > 0 && strcmp(stems[0], "*") != 0)
		{
			if (L->n >= REF_MAX_CUES)
				*ref_ok = false;
			ref_add(L, stems, n, q.effect == GP_CUE_EVENT);
		}
		*ref_ok &= gaps <= REF_MAX_GAPS;
	}
	return pos < len ? pos : len;
}

static void
check_matcher(const gp_cues *c, gp_cuewalk *cw, const ref_lexicon *L, const gp_stems *w)
{
	for (int32_t k = 0; k < w->n; k++)
	{
		gp_cuehit	ev,
					md,
					rev,
					rmd;
		uint64_t	before = gp_cuewalk_states(cw);

		gp_cues_match(c, cw, w, k, &ev, &md);
		if (gp_cuewalk_states(cw) - before > GP_CUE_MAX_STATES)
			abort();			/* the bound on the work per start word */
		if (gp_cuewalk_states(cw) - before == GP_CUE_MAX_STATES)
			continue;			/* stopped at the bound: the specification knows none */
		ref_match(L, w, k, &rev, &rmd);
		if (ev.cue != rev.cue || md.cue != rmd.cue ||
			(ev.cue >= 0 && (ev.first != rev.first || ev.last != rev.last ||
							 ev.gap_first != rev.gap_first || ev.gap_last != rev.gap_last)) ||
			(md.cue >= 0 && (md.first != rmd.first || md.last != rmd.last)))
		{
			fprintf(stderr, "start %d: event %d [%d,%d] gap [%d,%d], expected %d [%d,%d] gap [%d,%d]; "
					"modifier %d [%d,%d], expected %d [%d,%d]\n", (int) k,
					ev.cue, ev.first, ev.last, ev.gap_first, ev.gap_last,
					rev.cue, rev.first, rev.last, rev.gap_first, rev.gap_last,
					md.cue, md.first, md.last, rmd.cue, rmd.first, rmd.last);
			abort();
		}
	}
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *buf;
	gp_arena	a,
				sa;
	gp_cuesb   *cb;
	gp_cues    *c;
	gp_cuewalk *cw;
	ref_lexicon *L;
	bool		ref_ok;
	size_t		off;
	const char *text;
	int32_t		tlen;
	gp_sentiter *it;
	gp_sentence s;
	gp_matcher *m;
	gp_relctx  *rc;
	int64_t		tokens = 0,
				sentences = 0;

	if (seg == NULL)
		setup();
	if (size > 1 << 16)
		return 0;
	buf = malloc(size + 1);
	memcpy(buf, data, size);
	buf[size] = '\0';
	sanitize(buf, size);
	L = calloc(1, sizeof(ref_lexicon));
	gp_arena_init(&a, NULL);
	gp_arena_init(&sa, NULL);
	cb = gp_cuesb_create(&a);
	cw = gp_cuewalk_create(&a);
	off = read_lexicon(buf, size, cb, L, &ref_ok);
	c = gp_cuesb_build(cb, &a);
	if (c == NULL)
		abort();
	text = buf + off;
	tlen = (int32_t) (size - off);

	it = gp_sentiter_begin(seg, text, tlen, &a);
	m = gp_matcher_create(gaz, seg, &a, GP_NO_DATE);
	rc = gp_relctx_create(c, &a);
	while (it && gp_sentiter_next(it, &s) == 1)
	{
		gp_token   *t;
		gp_mention *men;
		gp_relation *rel;
		gp_stems	w;
		int32_t		nt = gp_tokenize_span(seg, text, &s, false, &sa, &t),
					nm,
					nr;

		gp_stem_tokens(t, nt, &sa, &w);
		tokens += nt;
		sentences++;
		if (ref_ok && nt <= REF_MAX_TOKENS)
			check_matcher(c, cw, L, &w);
		nm = gp_match_sentence(m, text, t, nt, &sa, &men);
		nr = gp_relate_sentence(rc, text, t, nt, men, nm, &sa, &rel);
		if (nr > GP_REL_MAX_ROWS)
			abort();
		for (int32_t i = 0; i < nr; i++)
			if (rel[i].source == NULL || rel[i].cue == NULL || rel[i].cue_first < 0 ||
				rel[i].cue_first > rel[i].cue_last || rel[i].cue_last >= nt)
				abort();
		gp_arena_reset(&sa);
	}
	/* linear: a bounded number of matcher states a token, of pattern steps a cue */
	if (gp_relctx_work(rc) > (uint64_t) (tokens + sentences) * (GP_CUE_MAX_STATES + 100000))
		abort();
	gp_arena_free(&sa);
	gp_arena_free(&a);
	free(L);
	free(buf);
	return 0;
}
