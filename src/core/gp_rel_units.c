/*
 * gp_rel_units.c — the actors of a sentence as the relation rules see them,
 * and the clause helpers every rule family uses.
 *
 * Mentions become units (a demonym and a leader of the same state next to
 * each other are one); a demonym on a non-actor noun ("Russian speakers",
 * "ethnic Albanians", "the Chinese language") is no unit; units joined by
 * "and", commas or hyphens become groups (coordinations, "Russo-Chinese"
 * compounds).  Sources and targets are groups found by distance within a
 * clause; the distances are the callers' named constants.
 */
#include "gp_rel_internal.h"

/* small closed classes of English grammar: the patterns' own vocabulary */
static const char *const connectors[] = {",", "and", "or", "&", "both", "the", "as", "well", "nor", "either", "neither", NULL};
static const char *const clause_breaks[] = {";", ":", "but", "while", "whereas", "although", "though",
	"which", "who", "whom", "because", "however", "that", "unless", "if", NULL};
static const char *const relative_openers[] = {"which", "who", "whom", "whose", NULL};
static const char *const pronouns[] = {"it", "its", "itself", "they", "their", "them", "themselves", "he", "she", NULL};
const char *const gp_rel_preps[] = {"with", "to", "toward", "towards", "on", "upon", "against", "in", "into",
	"from", "over", "for", "of", "at", "vis-a-vis", "vis-à-vis", "versus", "vs", NULL};
const char *const gp_rel_auxiliaries[] = {"was", "were", "is", "are", "been", "be", "being", "get", "got", NULL};
const char *const gp_rel_fillers[] = {"the", "a", "an", "\"", "“", "”", "'", NULL};
const char *const gp_rel_determiners[] = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", NULL};
const char *const gp_rel_locatives[] = {"in", "at", "near", "outside", "inside", NULL};
static const char *const compass_words[] = {"northern", "southern", "eastern", "western", "central",
	"north", "south", "east", "west", "northeastern", "northwestern", "southeastern", "southwestern", NULL};

/* a demonym's noun within this many words is read with it ("Russian-speaking") */
#define NONACTOR_HEAD_REACH 2
/* "Chinese President Xi Jinping": capitalised title words between one actor's mentions */
#define TITLE_WORDS_MAX 3
/* coordination: at most this many connector tokens between two units */
#define COORD_GAP_MAX 4

/* the first bytes are compared inline: most tokens differ there (these run per token) */
bool
gp_rel_norm_is(const sent *s, int32_t k, const char *w)
{
	(*s->work)++;
	return k >= 0 && k < s->ntok && s->tok[k].norm[0] == w[0] && strcmp(s->tok[k].norm, w) == 0;
}

bool
gp_rel_norm_in(const sent *s, int32_t k, const char *const *list)
{
	const char *n;

	(*s->work)++;
	if (k < 0 || k >= s->ntok)
		return false;
	n = s->tok[k].norm;
	for (int i = 0; list[i]; i++)
		if (n[0] == list[i][0] && strcmp(n, list[i]) == 0)
			return true;
	return false;
}

#define norm_is gp_rel_norm_is
#define norm_in gp_rel_norm_in

/*
 * A relative clause opened by ", which/who" and closed by the next comma:
 * returns its last token (the closing comma), or -1.  "Russia, which has
 * long courted Beijing, criticised Japan": the clause is skipped.
 */
static int32_t
relative_clause_end(const sent *s, int32_t k, int32_t limit)
{
	if (!norm_in(s, k, relative_openers) || !norm_is(s, k - 1, ","))
		return -1;
	for (int32_t j = k + 1; j < limit; j++)
	{
		if (norm_is(s, j, ","))
			return j;
		if (norm_is(s, j, ";") || norm_is(s, j, ":"))
			return -1;
	}
	return -1;
}

/*
 * The opener (the comma before "which") of a relative clause that holds
 * token k and closes before b, or -1.
 */
static int32_t
relative_clause_before(const sent *s, int32_t k, int32_t b)
{
	for (int32_t j = k - 1; j > 0; j--)
	{
		if (norm_in(s, j, relative_openers) && norm_is(s, j - 1, ","))
		{
			int32_t		end = relative_clause_end(s, j, b);

			return end > k ? j - 1 : -1;
		}
		if (norm_is(s, j, ",") || norm_in(s, j, clause_breaks))
			return -1;
	}
	return -1;
}

bool
gp_rel_boundary_between(const sent *s, int32_t a, int32_t b)
{
	for (int32_t k = a + 1; k < b; k++)
	{
		int32_t		rel = relative_clause_end(s, k, b);

		if (rel >= 0)
		{
			k = rel;			/* skipped whole */
			continue;
		}
		if (norm_in(s, k, clause_breaks))
			return true;
	}
	return false;
}

/* a hard boundary: one that a complement clause ("means that") does not make */
bool
gp_rel_hard_boundary_between(const sent *s, int32_t a, int32_t b)
{
	for (int32_t k = a + 1; k < b; k++)
		if (norm_in(s, k, clause_breaks) && !norm_is(s, k, "that"))
			return true;
	return false;
}

/*
 * The first modifier starting at or after token k: modifiers are in token
 * order, so the rules look at the few near a token, never at all of them
 * (a sentence's work stays linear in its length).
 */
int
gp_rel_mod_from(const sent *s, int32_t k)
{
	int			lo = 0,
				hi = s->nmods;

	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		(*s->work)++;
		if (s->mods[mid].first >= k)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/* is a modifier of this effect at token k (its span in *first, *last)? */
bool
gp_rel_mod_at(const sent *s, int32_t k, uint8_t effect, int32_t *first, int32_t *last)
{
	for (int i = gp_rel_mod_from(s, k - GP_REL_MOD_SPAN); i < s->nmods && s->mods[i].first <= k; i++)
		if (s->mods[i].effect == effect && s->mods[i].last >= k)
		{
			if (first)
				*first = s->mods[i].first;
			if (last)
				*last = s->mods[i].last;
			return true;
		}
	return false;
}

/* a modifier of this effect strictly between a and b */
bool
gp_rel_mod_between(const sent *s, int32_t a, int32_t b, uint8_t effect)
{
	for (int i = gp_rel_mod_from(s, a + 1); i < s->nmods && s->mods[i].first < b; i++)
		if (s->mods[i].effect == effect && s->mods[i].last < b)
			return true;
	return false;
}

void
gp_rel_build_units(sent *s, const gp_mention *men, int32_t nmen)
{
	s->nu = 0;
	for (int32_t i = 0; i < nmen && s->nu < MAX_UNITS; i++)
	{
		const gp_mention *m = &men[i];
		const char *actor = m->actor;
		bool		place = false;

		if (actor == NULL)
		{
			if ((m->kind == GP_MK_REGION || m->kind == GP_MK_PLACE) && m->country != NULL)
			{
				actor = m->country;
				place = true;
			}
			else
				continue;
		}
		if (s->nu > 0)
		{
			unit	   *p = &s->u[s->nu - 1];

			/* "Chinese President Xi Jinping": one unit */
			if (strcmp(p->actor, actor) == 0 && !p->place && !place && p->last < m->tok_first)
			{
				int32_t		gap = m->tok_first - p->last - 1;
				bool		titles = gap <= TITLE_WORDS_MAX;

				for (int32_t k = p->last + 1; titles && k < m->tok_first; k++)
					titles = s->tok[k].kind == GP_TOK_WORD && (s->tok[k].flags & GP_TF_UPPER);
				if (titles)
				{
					p->last = m->tok_last;
					p->possessive = (s->tok[m->tok_last].flags & GP_TF_POSSESSIVE) != 0;
					continue;
				}
			}
		}
		s->u[s->nu].actor = actor;
		s->u[s->nu].first = m->tok_first;
		s->u[s->nu].last = m->tok_last;
		s->u[s->nu].mkind = m->kind;
		s->u[s->nu].place = place;
		s->u[s->nu].capital = m->kind == GP_MK_CAPITAL;
		s->u[s->nu].igo = m->kind == GP_MK_IGO;
		s->u[s->nu].possessive = (s->tok[m->tok_last].flags & GP_TF_POSSESSIVE) != 0;
		s->nu++;
	}
}

/*
 * Rule "non-actor demonym": a nationality or ethnic adjective on a noun that
 * is no actor ("Russian speakers in Latvia", "the Chinese language",
 * "ethnic Albanians", "a Japanese carmaker") is not the state.  The nouns are
 * geopol.cue_modifier rows with effect 'nonactor'; the mention stays a
 * mention (geopol.mentions() is unchanged), only the relation rules drop it.
 * Negative: "Russian troops", "Chinese officials" stay the state.
 */
void
gp_rel_drop_nonactors(sent *s)
{
	int			n = 0;

	for (int i = 0; i < s->nu; i++)
	{
		unit	   *u = &s->u[i];
		bool		drop = false;

		if (u->mkind == GP_MK_DEMONYM && !u->possessive)
		{
			/* the noun after it, over a hyphen ("Russian-speaking") */
			for (int32_t k = u->last + 1; k <= u->last + NONACTOR_HEAD_REACH && k < s->ntok && !drop; k++)
			{
				if (gp_rel_mod_at(s, k, GP_CUE_NONACTOR, NULL, NULL))
					drop = true;
				else if (!norm_is(s, k, "-"))
					break;
			}
			/* "ethnic Albanians" */
			if (!drop && u->first > 0 && gp_rel_mod_at(s, u->first - 1, GP_CUE_NONACTOR, NULL, NULL))
				drop = true;
		}
		if (!drop)
			s->u[n++] = *u;
	}
	s->nu = n;
}

void
gp_rel_build_groups(sent *s)
{
	s->ng = 0;
	for (int i = 0; i < s->nu; i++)
	{
		unit	   *u = &s->u[i];

		if (s->ng > 0)
		{
			group	   *g = &s->g[s->ng - 1];
			unit	   *p = &s->u[g->u0 + g->n - 1];
			int32_t		gap = u->first - p->last - 1;
			bool		compound = false,
						coord = false;

			if (gap < 0 || (gap == 0 && p->last < u->first))
				compound = true;	/* glued, or "Russo-" + "Chinese" */
			else if (gap == 1 && s->tok[p->last + 1].kind == GP_TOK_PUNCT &&
					 (norm_is(s, p->last + 1, "-") || norm_is(s, p->last + 1, "–") || norm_is(s, p->last + 1, "/")))
				compound = true;	/* China-Russia */
			else if (gap >= 1 && gap <= COORD_GAP_MAX && !p->possessive)
			{
				bool		has_link = false;

				coord = true;
				for (int32_t k = p->last + 1; coord && k < u->first; k++)
				{
					coord = norm_in(s, k, connectors);
					has_link |= norm_is(s, k, "and") || norm_is(s, k, "or") || norm_is(s, k, ",") ||
						norm_is(s, k, "&") || norm_is(s, k, "nor");
				}
				coord = coord && has_link;
			}
			if ((compound || coord) && g->n < MAX_GROUP_ACTORS && (compound ? strcmp(p->actor, u->actor) != 0 : true))
			{
				g->n++;
				g->last = u->last;
				g->compound |= compound;
				g->place_only &= u->place;
				g->location &= u->place || u->capital;
				g->possessive = u->possessive;
				s->unit_group[i] = s->ng - 1;
				continue;
			}
		}
		s->g[s->ng].u0 = i;
		s->g[s->ng].n = 1;
		s->g[s->ng].first = u->first;
		s->g[s->ng].last = u->last;
		s->g[s->ng].compound = false;
		s->g[s->ng].place_only = u->place;
		s->g[s->ng].location = u->place || u->capital;
		s->g[s->ng].possessive = u->possessive;
		s->g[s->ng].locative = false;
		s->unit_group[i] = s->ng;
		s->ng++;
	}
}

void
gp_rel_group_actors(const sent *s, int gi, alist *out)
{
	const group *g = &s->g[gi];

	out->n = 0;
	out->g = gi;
	for (int k = 0; k < g->n && out->n < MAX_GROUP_ACTORS; k++)
	{
		const char *a = s->u[g->u0 + k].actor;
		bool		dup = false;

		for (int j = 0; j < out->n; j++)
			dup |= strcmp(out->a[j], a) == 0;
		if (!dup)
			out->a[out->n++] = a;
	}
}

bool
gp_rel_group_is_igo(const sent *s, int gi)
{
	for (int k = 0; k < s->g[gi].n; k++)
		if (!s->u[s->g[gi].u0 + k].igo)
			return false;
	return true;
}

/* nearest group ending before token k (skipping place-only groups) */
int
gp_rel_left_group(const sent *s, int32_t k, bool allow_place)
{
	for (int gi = s->ng - 1; gi >= 0; gi--)
		if (s->g[gi].last < k && (allow_place || !s->g[gi].place_only))
			return gi;
	return -1;
}

int
gp_rel_right_group(const sent *s, int32_t k)
{
	for (int gi = 0; gi < s->ng; gi++)
		if (s->g[gi].first > k)
			return gi;
	return -1;
}

/* the group a pronoun between a and b stands for, or -1 */
int32_t
gp_rel_pronoun_between(const sent *s, int32_t a, int32_t b)
{
	for (int32_t k = b - 1; k > a; k--)
		if (norm_in(s, k, pronouns))
			return k;
	return -1;
}

bool
gp_rel_subject_for_pronoun(const gp_relctx *ctx, const sent *s, int32_t pron, alist *out)
{
	for (int gi = 0; gi < s->ng; gi++)
		if (s->g[gi].last < pron && !s->g[gi].place_only)
		{
			gp_rel_group_actors(s, gi, out);
			return true;
		}
	if (ctx->prev_subject.n > 0)
	{
		*out = ctx->prev_subject;
		out->g = -1;
		return true;
	}
	return false;
}

/*
 * The source of a cue starting at cs: the nearest actor group on the left
 * within maxgap tokens and the same clause, or what a pronoun in between
 * stands for.  A relative clause in between is skipped; a locative group
 * ("the US commander in Iraq") gives way to the actor its noun belongs to;
 * reported speech in between ("Washington said such a step enjoyed support")
 * means the speaker is not the one acting.
 */
bool
gp_rel_find_source(const gp_relctx *ctx, const sent *s, int32_t cs, int maxgap, alist *out)
{
	int			L = gp_rel_left_group(s, cs, false);
	int32_t		from,
				pron;

	/* an actor inside a relative clause before the cue is not its subject */
	if (L >= 0)
	{
		int32_t		open = relative_clause_before(s, s->g[L].first, cs);

		if (open >= 0)
			L = gp_rel_left_group(s, open, false);
	}
	from = L >= 0 ? s->g[L].last : -1;
	/* only a pronoun within maxgap counts: look no further back */
	pron = gp_rel_pronoun_between(s, from > cs - maxgap - 1 ? from : cs - maxgap - 1, cs);
	if (pron >= 0 && cs - pron <= maxgap && !gp_rel_boundary_between(s, pron, cs))
		return gp_rel_subject_for_pronoun(ctx, s, pron, out);
	if (L < 0 || cs - s->g[L].last - 1 > maxgap || gp_rel_boundary_between(s, s->g[L].last, cs))
		return false;
	if (gp_rel_mod_between(s, s->g[L].last, cs, GP_CUE_SPEECH))
		return false;
	/* the distance counts from the locative, the actor is the noun's owner */
	while (L > 0 && s->g[L].locative && !s->g[L - 1].place_only)
		L--;
	gp_rel_group_actors(s, L, out);
	return true;
}

/*
 * Whose is the noun at cs: a possessive actor ("Russia's growing economic
 * dependence"), an actor right before it ("Japanese investment", "US
 * pivot"), or a possessive pronoun ("its dependence").
 */
bool
gp_rel_possessor(const gp_relctx *ctx, const sent *s, int32_t cs, alist *out)
{
	int			L = gp_rel_left_group(s, cs, false);
	int32_t		from = L >= 0 ? s->g[L].last : -1;

	for (int32_t k = cs - 1; k > from && k >= cs - 4; k--)
		if (norm_is(s, k, "its") || norm_is(s, k, "their"))
			return !gp_rel_boundary_between(s, k, cs) && gp_rel_subject_for_pronoun(ctx, s, k, out);
	/* near enough first, so that the clause test looks at a few tokens only */
	if (L < 0 || !(cs - s->g[L].last - 1 <= 0 || (s->g[L].possessive && cs - s->g[L].last - 1 <= 4)) ||
		gp_rel_boundary_between(s, s->g[L].last, cs))
		return false;
	gp_rel_group_actors(s, L, out);
	return true;
}

/* last token index at or before k skipping articles and quotes */
int32_t
gp_rel_skip_back_fillers(const sent *s, int32_t k)
{
	while (k >= 0 && norm_in(s, k, gp_rel_fillers))
		k--;
	return k;
}

/* first token index after k skipping articles and quotes */
int32_t
gp_rel_skip_fillers(const sent *s, int32_t k)
{
	while (k < s->ntok && norm_in(s, k, gp_rel_fillers))
		k++;
	return k;
}

/*
 * Is a mention that is no actor (a supranational region) between a and b?
 * Mentions are in token order: the first one starting after a ends first.
 */
static bool
mention_between(const sent *s, int32_t a, int32_t b)
{
	int32_t		lo = 0,
				hi = s->nmen;

	while (lo < hi)
	{
		int32_t		mid = lo + (hi - lo) / 2;

		(*s->work)++;
		if (s->men[mid].tok_first > a)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo < s->nmen && s->men[lo].tok_last < b;
}

/* a target group right after k: directly, or after a preposition */
int
gp_rel_target_after(const sent *s, int32_t k, int maxgap, bool via_prep_only)
{
	int			R = gp_rel_right_group(s, k);

	if (R < 0 || s->g[R].first - k - 1 > maxgap || gp_rel_boundary_between(s, k, s->g[R].first) ||
		mention_between(s, k, s->g[R].first))
		return -1;
	if (s->g[R].place_only || via_prep_only)
	{
		/* a place stands for its country only as the object of a preposition */
		int32_t		p = s->g[R].first - 1;

		/* "of the northern West Bank" */
		while (p > k && (norm_in(s, p, gp_rel_fillers) || norm_in(s, p, compass_words)))
			p--;
		if (!norm_in(s, p, gp_rel_preps))
			return -1;
	}
	return R;
}

/* a past participle ("killed", "detained", "shot down" is a cue of its own) */
bool
gp_rel_is_participle(const sent *s, int32_t k)
{
	const gp_token *t = &s->tok[k];

	return t->kind == GP_TOK_WORD && t->normlen > 3 &&
		(strcmp(t->norm + t->normlen - 2, "ed") == 0 || strcmp(t->norm + t->normlen - 2, "en") == 0);
}

static bool
same_text(const char *a, const char *b)
{
	return (a == NULL && b == NULL) || (a && b && strcmp(a, b) == 0);
}

void
gp_rel_emit(emitter *e, const char *src, const char *tgt, const char *rule)
{
	gp_relation *r;
	const char *event = e->event ? e->event : e->cue->event;

	if (tgt != NULL && strcmp(src, tgt) == 0)
		return;
	*e->work += (uint64_t) *e->n;
	for (int32_t i = 0; i < *e->n; i++)
	{
		gp_relation *x = &(*e->out)[i];

		if (strcmp(x->source, src) == 0 && same_text(x->target, tgt) && same_text(x->event, event))
			return;
	}
	if (*e->n >= GP_REL_MAX_ROWS)
		return;					/* enough for one sentence */
	if (*e->n == *e->cap)
	{
		int32_t		nc = *e->cap ? *e->cap * 2 : 8;

		*e->out = gp_arena_grow(e->arena, *e->out, sizeof(gp_relation) * (size_t) *e->cap,
								sizeof(gp_relation) * (size_t) nc);
		*e->cap = nc;
	}
	r = &(*e->out)[(*e->n)++];
	memset(r, 0, sizeof(*r));
	r->sentence = e->sentence;
	r->source = src;
	r->target = tgt;
	r->cue = e->cue;
	r->event = event;
	r->kind = event ? GP_REL_EVENT : GP_REL_REFERENCE;
	r->mode = e->event ? e->mode : e->cue->mode;
	r->quad = event ? (e->event ? e->quad : e->cue->quad) : 0;
	r->score = event ? (e->event ? e->score : e->cue->score) : NAN;
	r->tone = NAN;
	r->cue_first = e->cs;
	r->cue_last = e->ce;
	r->negated = e->negated;
	r->hypothetical = e->hypothetical;
	r->rank = e->rank_bonus;
	r->rule = rule;
}

void
gp_rel_emit_pairs(emitter *e, const alist *src, const alist *tgt, const char *rule)
{
	for (int i = 0; i < src->n; i++)
		for (int j = 0; j < tgt->n; j++)
			gp_rel_emit(e, src->a[i], tgt->a[j], rule);
}

void
gp_rel_emit_reciprocal(emitter *e, const alist *g, const char *rule)
{
	for (int i = 0; i < g->n; i++)
		for (int j = 0; j < g->n; j++)
			if (i != j)
				gp_rel_emit(e, g->a[i], g->a[j], rule);
}
