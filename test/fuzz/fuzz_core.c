/*
 * fuzz_core.c — libFuzzer target over the plain-C core: arbitrary bytes
 * (made valid UTF-8 the way PostgreSQL guarantees it) through sentences,
 * tokens, a small gazetteer and the relation rules.  Checks that offsets
 * stay inside the text and that nothing crashes.
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc/core \
 *     test/fuzz/fuzz_core.c src/core/*.c -licuuc -licui18n -o fuzz_core
 *   ./fuzz_core -max_total_time=60
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gp_arena.h"
#include "gp_gazetteer.h"
#include "gp_relations.h"
#include "gp_text.h"

static gp_segmenter *seg;
static gp_gaz *gaz;
static gp_gazb *gazb;
static gp_cues *cues;
static gp_arena dict_arena;

static void
setup(void)
{
	static const char *const names[][2] = {{"russia", "RUS"}, {"china", "CHN"}, {"u.s", "USA"}, {"中国", "CHN"}};
	gp_entry	e;
	gp_cuesb   *cuesb;

	seg = gp_segmenter_open();
	gp_arena_init(&dict_arena, NULL);
	gazb = gp_gazb_create(&dict_arena);
	cuesb = gp_cuesb_create(&dict_arena);
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
	{
		const char *norms[1] = {names[i][0]};

		memset(&e, 0, sizeof(e));
		e.actor = names[i][1];
		e.entity = names[i][1];
		e.kind = GP_MK_STATE;
		e.match = GP_MATCH_ANY;
		e.valid_from = e.valid_to = GP_NO_DATE;
		gp_gazb_add(gazb, norms, 1, &e);
	}
	{
		const char *stems[3] = {"turn", "*", "help"};
		gp_cue		c;

		memset(&c, 0, sizeof(c));
		c.event = "REQUEST";
		c.pos = GP_POS_VERB;
		gp_cuesb_add(cuesb, stems, 3, &c);
		stems[0] = "cooperation";
		c.event = "COOPERATE";
		c.pos = GP_POS_NOUN;
		c.symmetric = true;
		gp_cuesb_add(cuesb, stems, 1, &c);
	}
	gaz = gp_gazb_build(gazb, &dict_arena);
	cues = gp_cuesb_build(cuesb, &dict_arena);
	if (gaz == NULL || cues == NULL)
		abort();
}

/* replace invalid UTF-8 with '?' so the input is what a database holds */
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

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *text;
	gp_arena	a;
	gp_sentiter *it;
	gp_sentence s;
	gp_matcher *m;
	gp_relctx  *rc;

	if (seg == NULL)
		setup();
	if (size > 1 << 16)
		return 0;
	text = malloc(size + 1);
	memcpy(text, data, size);
	text[size] = '\0';
	sanitize(text, size);
	gp_arena_init(&a, NULL);
	it = gp_sentiter_begin(seg, text, (int32_t) size, &a);
	m = gp_matcher_create(gaz, seg, &a, GP_NO_DATE);
	rc = gp_relctx_create(cues, &a);
	while (it && gp_sentiter_next(it, &s) == 1)
	{
		gp_token   *t;
		gp_mention *men;
		gp_relation *rel;
		int32_t		nt = gp_tokenize_span(seg, text, &s, (size & 1) != 0, &a, &t);
		int32_t		nm,
					nr;

		if (s.start < 0 || s.start + s.len > (int32_t) size)
			abort();
		for (int32_t i = 0; i < nt; i++)
			if (t[i].start < s.start || t[i].start + t[i].len > s.start + s.len)
				abort();
		nm = gp_match_sentence(m, text, t, nt, &a, &men);
		for (int32_t i = 0; i < nm; i++)
			if (men[i].start < 0 || men[i].len <= 0 || men[i].start + men[i].len > (int32_t) size)
				abort();
		nr = gp_relate_sentence(rc, text, t, nt, men, nm, &a, &rel);
		(void) nr;
	}
	gp_arena_free(&a);
	free(text);
	return 0;
}
