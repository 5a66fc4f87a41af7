/*
 * gp_rel_main.c — the tone of relationship references and the main row.
 *
 * A reference ("Russo-Chinese relations have never been better") gets a
 * signed tone in [-1, 1] from the reference's own lexicon score (its prior:
 * "rivalry" is hostile) and the tone words around it (geopol.cue_modifier
 * 'positive' / 'negative'), a negation before a tone word turning it round.
 *
 * Where a sentence yields several rows for one (source, target), the main
 * row is the one stated most strongly: an event before a reference, an
 * asserted row before a negated one, a clause-level reading (a control
 * verb's event, a light verb's noun) before the plain cue, a verb before a
 * noun before a preposition (but a noun after a light verb, "signed an
 * agreement", before the verb), a longer cue before a shorter one, then the
 * first in the sentence.
 */
#include "gp_rel_internal.h"

/* tone words this far from the reference, within its clause */
#define TONE_WINDOW 6
/* a negation this close before a tone word turns it round ("not good") */
#define TONE_NEGATION_SCOPE 2
/* tone words that make a reference wholly friendly or hostile */
#define TONE_FULL 2.0f

static bool
negated_before(const sent *s, int32_t k)
{
	for (int i = gp_rel_mod_from(s, k - TONE_NEGATION_SCOPE - GP_REL_MOD_SPAN); i < s->nmods && s->mods[i].first < k; i++)
		if (s->mods[i].effect == GP_CUE_NEGATION && s->mods[i].last < k && k - s->mods[i].last <= TONE_NEGATION_SCOPE)
			return true;
	return false;
}

void
gp_rel_reference_tone(const sent *s, gp_relation *rows, int32_t from, int32_t n)
{
	for (int32_t i = from; i < n; i++)
	{
		gp_relation *r = &rows[i];
		float		t = 0;

		if (r->kind != GP_REL_REFERENCE)
			continue;
		if (r->cue->score > 0)
			t += 1;
		else if (r->cue->score < 0)
			t -= 1;
		for (int k = gp_rel_mod_from(s, r->cue_first - TONE_WINDOW - GP_REL_MOD_SPAN);
			 k < s->nmods && s->mods[k].first <= r->cue_last + TONE_WINDOW; k++)
		{
			const mod  *md = &s->mods[k];
			float		pol;

			if (md->effect != GP_CUE_POSITIVE && md->effect != GP_CUE_NEGATIVE)
				continue;
			if (md->first >= r->cue_first && md->last <= r->cue_last)
				continue;		/* "close ties": the cue's own word is its prior */
			if (md->last < r->cue_first - TONE_WINDOW || md->first > r->cue_last + TONE_WINDOW)
				continue;
			if ((md->last < r->cue_first && gp_rel_hard_boundary_between(s, md->last, r->cue_first)) ||
				(md->first > r->cue_last && gp_rel_hard_boundary_between(s, r->cue_last, md->first)))
				continue;
			pol = md->effect == GP_CUE_POSITIVE ? 1 : -1;
			if (negated_before(s, md->first))
				pol = -pol;
			t += pol;
		}
		t /= TONE_FULL;
		r->tone = t > 1 ? 1 : t < -1 ? -1 : t;
	}
}

/* "signed an energy agreement", "held talks", "launched an attack": the noun after a light verb */
#define LIGHT_NOUN_REACH 3
#define RANK_LIGHT_NOUN 25

static bool
after_light_verb(const sent *s, const gp_relation *r)
{
	for (int32_t k = r->cue_first - 1; k >= 0 && k >= r->cue_first - LIGHT_NOUN_REACH; k--)
	{
		if (gp_rel_mod_at(s, k, GP_CUE_LIGHT, NULL, NULL))
			return true;
		if (s->tok[k].kind != GP_TOK_WORD)
			return false;
	}
	return false;
}

static int
row_rank(const sent *s, const gp_relation *r)
{
	int			rank = r->rank;
	int			words = r->cue_last - r->cue_first + 1;

	if (r->cue->pos != GP_POS_VERB && after_light_verb(s, r))
		rank += RANK_LIGHT_NOUN;

	if (r->kind == GP_REL_EVENT)
		rank += 1000;
	if (!r->negated)
		rank += 500;
	switch (r->cue->pos)
	{
		case GP_POS_VERB:
			rank += 40;
			break;
		case GP_POS_NOUN:
			rank += 30;
			break;
		default:
			rank += words > 1 ? 20 : 0;	/* a bare "against" is the weakest */
			break;
	}
	return rank + (words > 9 ? 9 : words);
}

static bool
same_party(const char *a, const char *b)
{
	return (a == NULL && b == NULL) || (a && b && strcmp(a, b) == 0);
}

void
gp_rel_pick_main(const sent *s, gp_relation *rows, int32_t n)
{
	/* each row's rank once: the pairwise comparison below is over rows only */
	for (int32_t i = 0; i < n; i++)
		rows[i].rank = (int16_t) row_rank(s, &rows[i]);
	for (int32_t i = 0; i < n; i++)
	{
		bool		main = true;

		*s->work += (uint64_t) n;
		for (int32_t j = 0; j < n && main; j++)
		{
			if (j == i || !same_party(rows[i].source, rows[j].source) || !same_party(rows[i].target, rows[j].target))
				continue;
			if (rows[j].rank > rows[i].rank || (rows[j].rank == rows[i].rank && j < i))
				main = false;
		}
		rows[i].main = main;
	}
}
