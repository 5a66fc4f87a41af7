/*
 * gp_relations.c — the per-sentence driver of the relation rules (see
 * gp_relations.h; the rules: gp_rel_internal.h; the cues: gp_cues.c).
 */
#include "gp_relations.h"
#include "gp_rel_internal.h"
#include "gp_stem.h"

#include <string.h>

/* ------------------------------------------------------------- driver */

gp_relctx *
gp_relctx_create(const gp_cues *cues, gp_arena *doc_arena)
{
	gp_relctx  *ctx = gp_arena_alloc(doc_arena, sizeof(gp_relctx));

	memset(ctx, 0, sizeof(*ctx));
	ctx->cues = cues;
	ctx->arena = doc_arena;
	ctx->prev_subject.g = -1;
	ctx->walk = gp_cuewalk_create(doc_arena);
	return ctx;
}

uint64_t
gp_relctx_work(const gp_relctx *ctx)
{
	return gp_cuewalk_states(ctx->walk) + ctx->work;
}

/* over-/under- before a cue word: "overdependence on", "underinvestment in" */
static const char *const degree_prefixes[] = {"over", "under", NULL};

/* the stem without its prefix when that starts a cue (so the cue's later words match on); false if none */
static bool
strip_degree_prefix(const gp_cues *c, gp_stems *w, int32_t k, gp_arena *arena)
{
	for (int i = 0; degree_prefixes[i]; i++)
	{
		size_t		pl = strlen(degree_prefixes[i]);
		const char *st = w->stem[k];
		size_t		len = w->len[k];

		if (len <= pl + 3 || strncmp(st, degree_prefixes[i], pl) != 0 ||
			!gp_cues_starts(c, st + pl, len - pl))
			continue;
		w->stem[k] = gp_arena_strndup(arena, st + pl, len - pl);
		w->hash[k] = gp_hash(w->stem[k], len - pl);
		w->len[k] = (uint32_t) (len - pl);
		return true;
	}
	return false;
}

int32_t
gp_relate_sentence(gp_relctx *ctx, const char *text, const gp_token *tok, int32_t ntok,
				   const gp_mention *men, int32_t nmen, gp_arena *arena, gp_relation **out)
{
	sent	   *s = gp_arena_alloc(arena, sizeof(sent));
	ematch	   *events;
	int			nev = 0;
	int32_t		maxev = ntok < GP_REL_MAX_CUES ? ntok : GP_REL_MAX_CUES;

	*out = NULL;
	/* the unit and group arrays are filled before they are read: no memset of them */
	memset(&s->w, 0, sizeof(s->w));
	s->nu = s->ng = s->nmods = 0;
	s->mods = NULL;
	s->question = false;
	s->text = text;
	s->tok = tok;
	s->ntok = ntok;
	s->men = men;
	s->nmen = nmen;
	s->work = &ctx->work;
	gp_rel_build_units(s, men, nmen);
	if (s->nu == 0 || ntok == 0)
		return 0;

	/* stems of the sentence's words */
	events = gp_arena_alloc(arena, sizeof(ematch) * (size_t) maxev);
	s->mods = gp_arena_alloc(arena, sizeof(mod) * (size_t) ntok);
	gp_stem_tokens(tok, ntok, arena, &s->w);
	/* the "opening" of the sentence: nothing but punctuation and fillers */
	for (s->opening_end = 0; s->opening_end < ntok; s->opening_end++)
		if (tok[s->opening_end].kind == GP_TOK_WORD && !gp_rel_norm_in(s, s->opening_end, gp_rel_fillers))
			break;
	/* cues and modifiers, longest first, left to right; the first GP_REL_MAX_CUES cues */
	for (int32_t k = 0, steps = 0; k < ntok && nev < maxev; steps++)
	{
		gp_cuehit	ev,
					md;
		bool		nonevent = false;

		if ((steps & 1023) == 1023)
			gp_interrupt();
		gp_cues_match(ctx->cues, ctx->walk, &s->w, k, &ev, &md);
		if (ev.cue < 0 && md.cue < 0 && (s->w.stem[k][0] == 'o' || s->w.stem[k][0] == 'u') &&
			strip_degree_prefix(ctx->cues, &s->w, k, arena))
			gp_cues_match(ctx->cues, ctx->walk, &s->w, k, &ev, &md);
		if (md.cue >= 0)
		{
			const gp_cue *c = gp_cues_get(ctx->cues, md.cue);

			while (c->effect == GP_CUE_EVENT && c->next >= 0)
				c = gp_cues_get(ctx->cues, c->next);
			s->mods[s->nmods].first = md.first;
			s->mods[s->nmods].last = md.last;
			s->mods[s->nmods].effect = c->effect;
			s->nmods++;
			nonevent = c->effect == GP_CUE_NONEVENT && md.last >= ev.last;
		}
		if (ev.cue >= 0)
		{
			const gp_cue *c = NULL;

			/* the first event cue of a phrase decides */
			for (int32_t ci = ev.cue; ci >= 0; ci = gp_cues_get(ctx->cues, ci)->next)
				if (gp_cues_get(ctx->cues, ci)->effect == GP_CUE_EVENT)
				{
					c = gp_cues_get(ctx->cues, ci);
					break;
				}
			/* "according to", "armed forces": a phrase that is no event hides the cues inside it */
			if (c != NULL && !nonevent)
			{
				events[nev].first = ev.first;
				events[nev].last = ev.last;
				events[nev].gap_first = ev.gap_first;
				events[nev].gap_last = ev.gap_last;
				events[nev].cue = c;
				events[nev].skip = false;
				nev++;
			}
			k = (nonevent ? md.last : ev.last) + 1;
		}
		else
			k++;
	}
	s->question = strcmp(tok[ntok - 1].norm, "?") == 0;
	gp_rel_drop_nonactors(s);
	gp_rel_build_groups(s);
	/* carry the subject over for pronouns in the next sentence */
	for (int gi = 0; gi < s->ng; gi++)
		if (!s->g[gi].place_only)
		{
			alist		a;

			gp_rel_group_actors(s, gi, &a);
			ctx->prev_subject = a;
			break;
		}
	if (s->ng == 0 || nev == 0)
		return 0;
	return gp_rel_link(ctx, s, events, nev, arena, out);
}
