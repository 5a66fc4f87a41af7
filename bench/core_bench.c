/*
 * core_bench.c — throughput of the plain-C core (src/core), without PostgreSQL.
 *
 * Reads the corpus TSV (id, date, text; a header line) into memory, then
 * times, over every document's text:
 *   - sentence splitting alone (gp_sentiter_begin / gp_sentiter_next);
 *   - sentences + tokens (gp_tokenize_span on each sentence), as
 *     geopol.tokens() does it, with the ASCII fast path on (the default);
 *   - the same with the fast path off (every span through ICU), for scale.
 * Each is run 3 times (or runs times); the best wall time (CLOCK_MONOTONIC) is reported.
 * MB/s = text bytes / seconds / 1e6 (text bytes = the third column only).
 *
 * Usage: core_bench corpus.tsv [runs]
 * Built by bench/run with every src/core .c file:
 *   cc -std=c11 -O2 -Isrc/core $(pkg-config --cflags icu-uc icu-i18n)
 *      -o bench/out/core_bench bench/core_bench.c src/core/[*].c $(pkg-config --libs icu-uc icu-i18n)
 */
#define _POSIX_C_SOURCE 200809L
#include "gp_arena.h"
#include "gp_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int	runs = 3;

typedef struct
{
	const char *text;
	int32_t		len;
} doc;

static doc *docs;
static long ndocs;
static long long nbytes;

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

/* Whole file in memory; docs point into it (the text column, raw bytes). */
static int
load(const char *path)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	long		size;
	long		cap = 1024;
	char	   *p,
			   *end;
	int			header = 1;

	if (f == NULL)
		return 0;
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t) size + 1);
	if (buf == NULL || fread(buf, 1, (size_t) size, f) != (size_t) size)
	{
		fclose(f);
		return 0;
	}
	fclose(f);
	buf[size] = '\0';
	docs = malloc(sizeof(doc) * (size_t) cap);
	for (p = buf, end = buf + size; p < end;)
	{
		char	   *nl = memchr(p, '\n', (size_t) (end - p));
		char	   *eol = nl ? nl : end;
		char	   *t1 = memchr(p, '\t', (size_t) (eol - p));
		char	   *t2 = t1 ? memchr(t1 + 1, '\t', (size_t) (eol - t1 - 1)) : NULL;

		if (header)
			header = 0;
		else if (t2 != NULL)
		{
			char	   *text = t2 + 1;
			int32_t		len = (int32_t) (eol - text);

			if (len > 0 && text[len - 1] == '\r')
				len--;
			if (ndocs == cap)
			{
				cap *= 2;
				docs = realloc(docs, sizeof(doc) * (size_t) cap);
			}
			docs[ndocs].text = text;
			docs[ndocs].len = len;
			ndocs++;
			nbytes += len;
		}
		p = eol + 1;
	}
	return 1;
}

/* One pass over the corpus; counts sentences and (if with_tokens) tokens. */
static void
pass(gp_segmenter *seg, int with_tokens, long long *nsent, long long *ntok)
{
	gp_arena	doc_arena,
				sent_arena;

	*nsent = 0;
	*ntok = 0;
	gp_arena_init(&doc_arena, NULL);
	gp_arena_init(&sent_arena, NULL);
	for (long i = 0; i < ndocs; i++)
	{
		gp_sentiter *it = gp_sentiter_begin(seg, docs[i].text, docs[i].len, &doc_arena);
		gp_sentence s;

		while (gp_sentiter_next(it, &s) == 1)
		{
			(*nsent)++;
			if (with_tokens)
			{
				gp_token   *tok;
				int32_t		n = gp_tokenize_span(seg, docs[i].text, &s, false, &sent_arena, &tok);

				*ntok += n;
				gp_arena_reset(&sent_arena);
			}
		}
		gp_arena_reset(&doc_arena);
	}
	gp_arena_free(&sent_arena);
	gp_arena_free(&doc_arena);
}

static void
measure(gp_segmenter *seg, const char *label, int with_tokens)
{
	double		best = 0;
	char		times[128] = "";
	char		toks[32] = "-";
	long long	nsent = 0,
				ntok = 0;

	for (int r = 0; r < runs; r++)
	{
		double		t0 = now(),
					t;

		pass(seg, with_tokens, &nsent, &ntok);
		t = now() - t0;
		if (r == 0 || t < best)
			best = t;
		snprintf(times + strlen(times), sizeof(times) - strlen(times), "%s%.3f", r ? " " : "", t);
	}
	if (with_tokens)
		snprintf(toks, sizeof(toks), "%lld", ntok);
	printf("%-44s %8.3f %8.2f   %9lld %10s   %s\n", label, best, (double) nbytes / best / 1e6,
		   nsent, toks, times);
}

int
main(int argc, char **argv)
{
	char		icu[32];
	gp_segmenter *seg;

	if (argc < 2 || argc > 3 || (argc == 3 && (runs = atoi(argv[2])) < 1))
	{
		fprintf(stderr, "usage: %s corpus.tsv [runs]\n", argv[0]);
		return 2;
	}
	if (!load(argv[1]))
	{
		fprintf(stderr, "core_bench: cannot read %s\n", argv[1]);
		return 1;
	}
	seg = gp_segmenter_open();
	gp_icu_version(icu, sizeof(icu));
	printf("core (no PostgreSQL), ICU %s: %ld documents, %lld text bytes; best of %d runs, wall time\n",
		   icu, ndocs, nbytes, runs);
	printf("%-44s %8s %8s   %9s %10s   %s\n", "pass", "seconds", "MB/s", "sentences", "tokens", "runs (s)");
	measure(seg, "sentences (gp_sentiter)", 0);
	measure(seg, "sentences + tokens (gp_tokenize_span)", 1);
	gp_segmenter_force_icu(seg, true);
	measure(seg, "sentences + tokens, ASCII fast path off", 1);
	gp_segmenter_force_icu(seg, false);
	gp_segmenter_close(seg);
	return 0;
}
