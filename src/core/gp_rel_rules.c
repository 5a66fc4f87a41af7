/*
 * gp_rel_rules.c — the rule families that link one cue to a source and a
 * target, and the driver that runs them over a sentence's matches.
 *
 * A cue is read as a noun (pos noun, or a verb cue after a determiner:
 * "the sanction of") or as a verb/preposition.  Each family is a list of
 * rules tried in order; the first that links the cue emits its rows and
 * stops.  A rule names itself in the row's rule column.
 */
#include "gp_rel_internal.h"

#define norm_is gp_rel_norm_is
#define norm_in gp_rel_norm_in

/* ---------------------------------------------------------------- nouns */

/* "Russo-Chinese strategic partnership": words between the compound and the noun */
#define NOUN_COMPOUND_DIST 3
/* "cooperation between Russia and China": tokens between "between" and the pair */
#define NOUN_BETWEEN_GAP 2
/* "the permission granted by Vietnam to Russia": "by" to the agent, agent to the recipient */
#define NOUN_AGENT_GAP 2
#define NOUN_AGENT_TARGET_SPAN 15
/* "support from Moscow": "from" to the giver */
#define NOUN_FROM_GAP 2
/* "Russia's cooperation with Japan": preposition to the target */
#define NOUN_PREP_TARGET_GAP 3
/* "Japanese investment ... in Siberia": modifier right before the noun, target within the span */
#define NOUN_MODIFIER_DIST 1
#define NOUN_MODIFIER_TARGET_SPAN 12
/* "turn to China for help": source of a gapped noun cue */
#define NOUN_GAP_SOURCE_GAP 8
/* "Brazil and the United States seek to deepen a partnership": coordinated subject to the noun */
#define NOUN_COORD_SUBJECT_DIST 8
/* ... a reference needs the pair right before it ("US and Chinese relations") */
#define REFERENCE_COORD_SUBJECT_DIST 1
/* "US and British activists staged a protest in Beijing" */
#define NOUN_CONFLICT_SUBJECT_DIST 5
/* "Russia has long maintained ties with Vietnam": words between a reference's subject and the noun */
#define REFERENCE_SUBJECT_DIST 4
/* "evidence against Russia was presented by the US": target to the auxiliary */
#define NOUN_PASSIVE_REACH 2

typedef struct rulectx
{
	const gp_relctx *ctx;
	const sent *s;
	const ematch *m;
	const gp_cue *cue;
	emitter    *e;
	link	   *prev;
	int32_t		cs,
				ce;
	int			G;				/* an actor group inside the cue's "*" gap, or -1 */
	int			L;				/* nearest non-place group left of the cue */
	int32_t		after;			/* the preposition after (or ending) a noun cue */
	int32_t		dist;			/* tokens between L and the cue */
} rulectx;

/* every actor of group src_group against every actor of group tgt_group */
static bool
emit_groups(rulectx *r, int src_group, int tgt_group, const char *rule)
{
	alist		S,
				T;

	gp_rel_group_actors(r->s, src_group, &S);
	gp_rel_group_actors(r->s, tgt_group, &T);
	gp_rel_emit_pairs(r->e, &S, &T, rule);
	return true;
}

static void
set_link(rulectx *r, const alist *S, int tgt_group)
{
	link		cur;

	cur.src = *S;
	cur.tgt_group = tgt_group;
	cur.ce = r->ce;
	cur.valid = true;
	*r->prev = cur;
}

/* "Russo-Chinese strategic partnership", "the China-Russia partnership" */
static bool
noun_compound_pair(rulectx *r)
{
	const sent *s = r->s;
	alist		S;

	if (r->L < 0 || !s->g[r->L].compound || r->dist > NOUN_COMPOUND_DIST ||
		gp_rel_boundary_between(s, s->g[r->L].last, r->cs))
		return false;
	gp_rel_group_actors(s, r->L, &S);
	gp_rel_emit_reciprocal(r->e, &S, "noun: X-Y cue");
	return true;
}

/* "cooperation between Russia and China" */
static bool
noun_between(rulectx *r)
{
	const sent *s = r->s;
	int			R;
	alist		T;

	if (!norm_is(s, r->ce + 1, "between") && !norm_is(s, r->ce + 1, "among"))
		return false;
	R = gp_rel_right_group(s, r->ce + 1);
	if (R < 0 || s->g[R].n < 2 || s->g[R].first - r->ce - 2 > NOUN_BETWEEN_GAP)
		return false;
	gp_rel_group_actors(s, R, &T);
	gp_rel_emit_reciprocal(r->e, &T, "noun: cue between X and Y");
	return true;
}

/* "the permission granted by Vietnam ... Russia" */
static bool
noun_by_agent(rulectx *r)
{
	const sent *s = r->s;
	int32_t		by;
	int			B,
				R;
	alist		S,
				T;

	if (r->G >= 0 || !(norm_is(s, r->after, "by") || norm_is(s, r->after + 1, "by")))
		return false;
	by = norm_is(s, r->after, "by") ? r->after : r->after + 1;
	B = gp_rel_right_group(s, by);
	if (B < 0 || s->g[B].first - by - 1 > NOUN_AGENT_GAP || s->g[B].place_only)
		return false;
	gp_rel_group_actors(s, B, &S);
	for (R = B + 1; R < s->ng && s->g[R].place_only; R++)
		;
	if (R >= s->ng || s->g[R].first - s->g[B].last > NOUN_AGENT_TARGET_SPAN ||
		gp_rel_hard_boundary_between(s, s->g[B].last, s->g[R].first))
		return false;
	gp_rel_group_actors(s, R, &T);
	gp_rel_emit_pairs(r->e, &S, &T, "noun: cue by X to Y");
	return true;
}

/*
 * "X's support from Y", "Ukraine won support from Moscow": the actor after
 * "from" gives; the possessor or the subject receives.  Negative: "Washington
 * said such a step enjoyed support from Moscow" (the speaker is no party).
 */
static bool
noun_from_giver(rulectx *r)
{
	const sent *s = r->s;
	int32_t		from = norm_is(s, r->ce + 1, "from") ? r->ce + 1 : -1;
	int			B;
	alist		S,
				T;

	if (from < 0 || r->G >= 0 || r->cue->event == NULL)
		return false;
	B = gp_rel_right_group(s, from);
	if (B < 0 || s->g[B].first - from - 1 > NOUN_FROM_GAP || s->g[B].place_only)
		return false;
	gp_rel_group_actors(s, B, &S);
	if (gp_rel_possessor(r->ctx, s, r->cs, &T) ||
		gp_rel_find_source(r->ctx, s, r->cs, NOUN_GAP_SOURCE_GAP, &T))
		gp_rel_emit_pairs(r->e, &S, &T, "noun: Y's cue from X");
	return true;				/* whoever receives, the left actor does not give */
}

/*
 * "Evidence against Russia was presented by the US": a noun cue's target,
 * then a passive verb whose agent is the source.
 */
static bool
passive_after_target(rulectx *r)
{
	const sent *s = r->s;
	int			R,
				B;
	int32_t		k;
	alist		S;

	int32_t		prep = r->cue->pos == GP_POS_PREP && norm_in(s, r->ce, gp_rel_preps) ? r->ce : r->after;

	if (!norm_in(s, prep, gp_rel_preps) || r->G >= 0 || gp_rel_possessor(r->ctx, s, r->cs, &S))
		return false;
	R = gp_rel_target_after(s, prep, NOUN_PREP_TARGET_GAP, false);
	if (R < 0)
		return false;
	k = s->g[R].last + 1;
	while (k <= s->g[R].last + NOUN_PASSIVE_REACH && !norm_in(s, k, gp_rel_auxiliaries))
		k++;
	if (!norm_in(s, k, gp_rel_auxiliaries) || !gp_rel_is_participle(s, k + 1) || !norm_is(s, k + 2, "by"))
		return false;
	B = gp_rel_target_after(s, k + 2, NOUN_AGENT_GAP, false);
	if (B < 0)
		return false;
	return emit_groups(r, B, R, r->cue->pos == GP_POS_PREP ? "prep: cue Y was done by X" : "noun: cue Y was done by X");
}

static bool
noun_passive_agent(rulectx *r)
{
	return passive_after_target(r);
}

/* "Russia's energy cooperation with Japan; its dependence on China" */
static bool
noun_possessor_prep(rulectx *r)
{
	const sent *s = r->s;
	alist		S,
				T;
	int			R;

	if (r->G >= 0 || !norm_in(s, r->after, gp_rel_preps) || !gp_rel_possessor(r->ctx, s, r->cs, &S))
		return false;
	R = gp_rel_target_after(s, r->after, NOUN_PREP_TARGET_GAP, false);
	if (R < 0)
		return false;
	gp_rel_group_actors(s, R, &T);
	gp_rel_emit_pairs(r->e, &S, &T, "noun: X's cue prep Y");
	if (r->cue->symmetric && norm_is(s, r->after, "with"))
		gp_rel_emit_pairs(r->e, &T, &S, "noun: X's cue with Y (reciprocal)");
	set_link(r, &S, R);
	return true;
}

/* "Japanese investment ... in Siberia" */
static bool
noun_modifier_prep(rulectx *r)
{
	const sent *s = r->s;
	int			R;
	int32_t		p;

	if (r->L < 0 || r->dist > NOUN_MODIFIER_DIST || r->G >= 0)
		return false;
	R = gp_rel_right_group(s, r->ce);
	if (R < 0 || s->g[R].first - r->ce > NOUN_MODIFIER_TARGET_SPAN ||
		gp_rel_boundary_between(s, r->ce, s->g[R].first))
		return false;
	p = s->g[R].first - 1;
	while (p > r->ce && norm_in(s, p, gp_rel_fillers))
		p--;
	if (!norm_in(s, p, gp_rel_preps))
		return false;
	return emit_groups(r, r->L, R, "noun: X cue ... prep Y");
}

/*
 * A reference's subject a few words before it: "Russia has long maintained
 * ties with Vietnam".  Negative: "Russia, China and Japan attended a
 * conference on relations" (no partner after the noun), "Russia criticised
 * Japan's ties with China" (the possessor's rule: Japan).
 */
static bool
reference_subject_prep(rulectx *r)
{
	const sent *s = r->s;
	int			R;

	if (r->cue->event != NULL || r->L < 0 || r->dist > REFERENCE_SUBJECT_DIST || r->G >= 0 ||
		!norm_in(s, r->after, gp_rel_preps) || gp_rel_boundary_between(s, s->g[r->L].last, r->cs))
		return false;
	for (int32_t k = s->g[r->L].last + 1; k < r->cs; k++)
		if (s->tok[k].kind != GP_TOK_WORD)
			return false;
	R = gp_rel_target_after(s, r->after, NOUN_PREP_TARGET_GAP, false);
	if (R < 0)
		return false;
	return emit_groups(r, r->L, R, "reference: X ... cue prep Y");
}

/* "Russia turned to China for help" with a noun cue: the actor in the gap */
static bool
noun_gap_actor(rulectx *r)
{
	alist		S,
				T;

	if (r->G < 0 || !gp_rel_find_source(r->ctx, r->s, r->cs, NOUN_GAP_SOURCE_GAP, &S))
		return false;
	gp_rel_group_actors(r->s, r->G, &T);
	gp_rel_emit_pairs(r->e, &S, &T, "noun: X cue * Y *");
	return true;
}

/* "Brazil and the United States seek to deepen a partnership" */
static bool
noun_coordinated_subject(rulectx *r)
{
	const sent *s = r->s;
	int			reach = r->cue->event ? NOUN_COORD_SUBJECT_DIST : REFERENCE_COORD_SUBJECT_DIST;
	alist		S;

	if (!r->cue->symmetric || r->L < 0 || s->g[r->L].n < 2 || r->dist > reach || s->g[r->L].compound ||
		gp_rel_boundary_between(s, s->g[r->L].last, r->cs) ||
		norm_in(s, gp_rel_skip_back_fillers(s, s->g[r->L].first - 1), gp_rel_preps))
		return false;
	gp_rel_group_actors(s, r->L, &S);
	gp_rel_emit_reciprocal(r->e, &S, "noun: X and Y ... cue");
	return true;
}

/* "US and British activists staged a protest in Beijing": conflict at a place */
static bool
noun_conflict_at_place(rulectx *r)
{
	const sent *s = r->s;
	int			R;

	if (r->cue->quad < 3 || r->L < 0 || r->dist > NOUN_CONFLICT_SUBJECT_DIST ||
		gp_rel_boundary_between(s, s->g[r->L].last, r->cs) ||
		!(norm_in(s, r->after, gp_rel_locatives) || norm_is(s, r->after, "against")))
		return false;
	R = gp_rel_target_after(s, r->after, NOUN_PREP_TARGET_GAP, false);
	if (R < 0)
		return false;
	return emit_groups(r, r->L, R, "noun: X ... cue at Y");
}

typedef bool (*rule_fn) (rulectx *r);

static const rule_fn noun_rules[] = {
	noun_compound_pair, noun_between, noun_by_agent, noun_from_giver, noun_passive_agent,
	noun_possessor_prep, noun_modifier_prep, reference_subject_prep, noun_gap_actor, noun_coordinated_subject,
	noun_conflict_at_place, NULL
};

/* -------------------------------------------------- verbs, prepositions */

/* subject to cue: verbs, prepositions ("X ... counterweight to Y") */
#define VERB_SOURCE_GAP 12
#define PREP_SOURCE_GAP 15
/* cue to target */
#define VERB_TARGET_GAP 6
#define PREP_TARGET_GAP 3
/* "Y was accused by X": "by" to the agent, patient to the cue */
#define PASSIVE_AGENT_GAP 2
#define PASSIVE_PATIENT_DIST 8
/* "Two Chinese nationals (were) detained in Pakistan": patient's noun words, cue to the place */
#define PLACE_PATIENT_WORDS 2
#define PLACE_AGENT_GAP 6
/* "The United States demanded that Russia withdraw": "that" to the clause's subject */
#define THAT_SUBJECT_GAP 2
/* ... and the subject to the complement's verb */
#define THAT_COMPLEMENT_REACH 3

/* a verb cue used as a noun ("Moscow's negotiating", "the sanction of") or adjective */
static bool
verb_reads_as_noun(const rulectx *r)
{
	const sent *s = r->s;
	int			L0 = gp_rel_left_group(s, r->cs, true);

	return (L0 >= 0 && s->g[L0].possessive && s->g[L0].last == r->cs - 1) ||
		norm_in(s, r->cs - 1, gp_rel_determiners) || norm_in(s, r->cs - 2, gp_rel_determiners) ||
		(norm_in(s, r->cs - 1, gp_rel_preps) && !norm_is(s, r->cs - 1, "to"));
}

/*
 * "the Israeli-occupied sector", "Russian-backed rebels": a participle glued
 * to an actor is an adjective on some noun, no event between states.
 */
static bool
verb_hyphen_adjective(rulectx *r)
{
	const sent *s = r->s;
	int			L0 = gp_rel_left_group(s, r->cs, true);

	return L0 >= 0 && s->g[L0].last == r->cs - 2 && norm_is(s, r->cs - 1, "-");
}

/* "Y was accused by X" */
static bool
verb_passive_agent(rulectx *r, alist *S)
{
	const sent *s = r->s;
	int			B;
	alist		T;

	if (r->cue->pos != GP_POS_VERB || !norm_in(s, r->cs - 1, gp_rel_auxiliaries) || !norm_is(s, r->ce + 1, "by"))
		return false;
	B = gp_rel_target_after(s, r->ce + 1, PASSIVE_AGENT_GAP, false);
	if (B < 0 || r->L < 0 || r->cs - s->g[r->L].last > PASSIVE_PATIENT_DIST ||
		gp_rel_boundary_between(s, s->g[r->L].last, r->cs))
		return false;
	gp_rel_group_actors(s, B, S);
	gp_rel_group_actors(s, r->L, &T);
	gp_rel_emit_pairs(r->e, S, &T, "verb: Y was cued by X");
	return true;
}

/* a material conflict done to someone (not MOBILIZE, PROTEST: troops deployed, crowds marching) */
static bool
done_to_patient(const gp_cue *c)
{
	return c->quad == 4 && c->event != NULL && strcmp(c->event, "MOBILIZE") != 0 && strcmp(c->event, "PROTEST") != 0;
}

/*
 * Participants marked by place: "Two Chinese nationals were detained in
 * Pakistan", "10 Russian soldiers killed in Ukraine", "Japanese engineers
 * attacked by gunmen in Afghanistan": a conflict done to the patient, with
 * no actor as agent, is coded from the place where it happened.  Negative:
 * "Russia attacked Ukraine" (active, an object), "Russian troops were
 * deployed in Syria" (nothing done to them), "detained by Pakistan" (the
 * agent rule).
 */
static bool
verb_passive_place(rulectx *r)
{
	const sent *s = r->s;
	bool		aux = norm_in(s, r->cs - 1, gp_rel_auxiliaries);
	int32_t		words = r->L >= 0 ? r->cs - s->g[r->L].last - 1 - (aux ? 1 : 0) : -1;
	int32_t		k = r->ce + 1;
	int			Z;

	if (r->cue->pos != GP_POS_VERB || !done_to_patient(r->cue) || r->L < 0 || r->G >= 0 ||
		!gp_rel_is_participle(s, r->ce) || words < 0 || words > PLACE_PATIENT_WORDS ||
		gp_rel_boundary_between(s, s->g[r->L].last, r->cs))
		return false;
	/* without an auxiliary only a demonym's noun phrase reads as the patient */
	if (!aux && (words == 0 || s->u[s->g[r->L].u0].mkind != GP_MK_DEMONYM))
		return false;
	if (norm_is(s, k, "by"))
	{
		/* an agent that is no actor: "by gunmen" */
		int			B = gp_rel_right_group(s, k);

		if (B >= 0 && s->g[B].first - k - 1 <= PASSIVE_AGENT_GAP)
			return false;		/* an actor agent: the passive rule's */
		while (k < s->ntok && k <= r->ce + PLACE_AGENT_GAP && !norm_in(s, k, gp_rel_locatives))
			k++;
	}
	if (!norm_in(s, k, gp_rel_locatives))
		return false;
	Z = gp_rel_target_after(s, k - 1, PREP_TARGET_GAP, true);
	if (Z < 0)
		return false;
	return emit_groups(r, Z, r->L, "verb: Y cued in Z");
}

/*
 * The source of a verb or preposition cue: the previous link's source when
 * chained ("Russia is tapping into X to encourage Y"), the object before
 * "to" ("allowed China to begin", "asked Japan to help"), the main subject
 * of an infinitive, the nearest actor, or a possessive after an opening
 * gerund ("Bandwagoning with China ... have been the motives of Russia's").
 */
static bool
verb_source(rulectx *r, alist *S)
{
	const sent *s = r->s;
	const gp_cue *cue = r->cue;

	if (r->prev->valid && r->L >= 0 && r->L == r->prev->tgt_group && r->prev->ce < r->cs &&
		(cue->pos == GP_POS_PREP || norm_is(s, r->cs - 1, "to") ||
		 (s->tok[r->cs].normlen > 4 && strcmp(s->tok[r->cs].norm + s->tok[r->cs].normlen - 3, "ing") == 0)))
	{
		*S = r->prev->src;
		return true;
	}
	if (cue->pos == GP_POS_VERB && norm_is(s, r->cs - 1, "to") && r->L >= 0 && s->g[r->L].last == r->cs - 2)
	{
		gp_rel_group_actors(s, r->L, S);
		return true;
	}
	if (cue->pos == GP_POS_VERB && norm_is(s, r->cs - 1, "to"))
		for (int gi = 0; gi < s->ng; gi++)
			if (!s->g[gi].place_only && s->g[gi].last < r->cs - 1)
			{
				gp_rel_group_actors(s, gi, S);
				return true;
			}
	if (gp_rel_find_source(r->ctx, s, r->cs, cue->pos == GP_POS_PREP ? PREP_SOURCE_GAP : VERB_SOURCE_GAP, S))
		return true;
	if (r->L < 0 && r->cs <= s->opening_end)
		for (int gi = 0; gi < s->ng; gi++)
			if (s->g[gi].first > r->ce && s->g[gi].possessive && !s->g[gi].place_only)
			{
				gp_rel_group_actors(s, gi, S);
				return true;
			}
	return false;
}

/* "Russia turned to China for help": the actor in the gap */
static bool
verb_gap_target(rulectx *r, const alist *S)
{
	alist		T;

	if (r->G < 0)
		return false;
	gp_rel_group_actors(r->s, r->G, &T);
	gp_rel_emit_pairs(r->e, S, &T, r->cue->pos == GP_POS_PREP ? "prep: X cue * Y *" : "verb: X cue * Y *");
	set_link(r, S, r->G);
	return true;
}

/* "X cue Y"; an organisation meeting in a city does not deal with the host */
static bool
verb_target_after(rulectx *r, const alist *S)
{
	const sent *s = r->s;
	int			R = gp_rel_target_after(s, r->ce, r->cue->pos == GP_POS_PREP ? PREP_TARGET_GAP : VERB_TARGET_GAP, false);
	alist		T;

	/* "Russia seized Crimea", "shelled Donetsk": a place taken or struck stands for its country */
	if (R < 0 && r->cue->pos == GP_POS_VERB && r->cue->quad == 4)
	{
		int32_t		k = gp_rel_skip_fillers(s, r->ce + 1);
		int			P = gp_rel_right_group(s, r->ce);

		if (P >= 0 && s->g[P].first == k && s->g[P].place_only)
			R = P;
	}

	/*
	 * "OPEC ministers met in Vienna": an organisation meeting in a city does
	 * not deal with the host state (a state meeting in a capital is coded
	 * with the host, as CAMEO coders do)
	 */
	if (R >= 0 && r->cue->quad <= 2 && s->g[R].location && S->g >= 0 && gp_rel_group_is_igo(s, S->g))
	{
		int32_t		p = gp_rel_skip_back_fillers(s, s->g[R].first - 1);

		if (p > r->ce && (norm_is(s, p, "in") || norm_is(s, p, "at")))
			R = -1;
	}
	if (R < 0)
		return false;
	gp_rel_group_actors(s, R, &T);
	gp_rel_emit_pairs(r->e, S, &T, r->cue->pos == GP_POS_PREP ? "prep: X cue Y" : "verb: X cue Y");
	set_link(r, S, R);
	return true;
}

/*
 * "The United States demanded that Russia must withdraw", "Rwanda alleged
 * that France was aware": a verbal conflict cue's target is the subject of
 * its that-clause.  Negative: "Russia agreed that talks matter" (no actor),
 * "X said that ..." (said is no cue: the speech rule's).
 */
static bool
verb_that_clause(rulectx *r, const alist *S)
{
	const sent *s = r->s;
	int32_t		that = gp_rel_skip_fillers(s, r->ce + 1);
	int			R;
	alist		T;

	if (r->cue->pos != GP_POS_VERB || r->cue->quad != 3 || !norm_is(s, that, "that"))
		return false;
	R = gp_rel_right_group(s, that);
	if (R < 0 || s->g[R].first - that - 1 > THAT_SUBJECT_GAP ||
		gp_rel_hard_boundary_between(s, that, s->g[R].first))
		return false;
	gp_rel_group_actors(s, R, &T);
	gp_rel_emit_pairs(r->e, S, &T, "verb: X cue that Y ...");
	r->e->clause_end = s->g[R].last;
	return true;
}

/* "Russia and China collaborated": reciprocal */
static bool
verb_reciprocal(rulectx *r, const alist *S)
{
	if (!r->cue->symmetric || S->n < 2)
		return false;
	gp_rel_emit_reciprocal(r->e, S, "verb: X and Y cue");
	return true;
}

/*
 * "Obama is being pressured by Congress to help Iran": a passive whose agent
 * is no actor; its subject is the patient, so no row.  Negative: "Y was
 * accused by X" (the agent rule), "Russia is committed to ..." (no "by").
 */
static bool
verb_passive_nonactor_agent(rulectx *r)
{
	const sent *s = r->s;
	int			B;

	if (r->cue->pos != GP_POS_VERB || !norm_in(s, r->cs - 1, gp_rel_auxiliaries) ||
		!gp_rel_is_participle(s, r->ce) || !norm_is(s, r->ce + 1, "by"))
		return false;
	B = gp_rel_right_group(s, r->ce + 1);
	return B < 0 || s->g[B].first - r->ce - 2 > PASSIVE_AGENT_GAP;
}

static void
relate_verb(rulectx *r)
{
	alist		S;

	if (r->cue->pos == GP_POS_VERB && verb_hyphen_adjective(r))
		return;
	if (r->cue->pos == GP_POS_PREP && passive_after_target(r))
		return;
	if (verb_passive_place(r))
		return;
	if (!(r->prev->valid && r->L >= 0 && r->L == r->prev->tgt_group) && verb_passive_agent(r, &S))
		return;
	if (verb_passive_nonactor_agent(r))
		return;
	if (!verb_source(r, &S))
		return;
	if (verb_gap_target(r, &S) || verb_target_after(r, &S) || verb_that_clause(r, &S))
		return;
	verb_reciprocal(r, &S);
}

void
gp_rel_relate_cue(const gp_relctx *ctx, const sent *s, const ematch *m, emitter *e, link *prev)
{
	rulectx		r;
	const gp_cue *cue = m->cue;
	bool		as_noun = cue->pos == GP_POS_NOUN;

	memset(&r, 0, sizeof(r));
	r.ctx = ctx;
	r.s = s;
	r.m = m;
	r.cue = cue;
	r.e = e;
	r.prev = prev;
	r.cs = m->first;
	r.ce = m->last;
	r.G = -1;
	/* an actor inside a "*" gap is the other party: "turn to China for help" */
	if (m->gap_first >= 0)
		for (int gi = 0; gi < s->ng; gi++)
			if (s->g[gi].first >= m->gap_first && s->g[gi].last <= m->gap_last)
			{
				r.G = gi;
				break;
			}
	r.L = gp_rel_left_group(s, r.cs, false);
	r.dist = r.L >= 0 ? r.cs - s->g[r.L].last - 1 : 1000;
	if (cue->pos == GP_POS_VERB && verb_reads_as_noun(&r))
		as_noun = true;
	if (as_noun)
	{
		/* the preposition after the cue, or the cue's own last word ("dependence on") */
		r.after = norm_in(s, r.ce, gp_rel_preps) && r.ce > r.cs ? r.ce : gp_rel_skip_fillers(s, r.ce + 1);
		for (int i = 0; noun_rules[i]; i++)
			if (noun_rules[i] (&r))
				return;
		return;
	}
	r.after = r.ce + 1;
	relate_verb(&r);
}

/* ------------------------------------------------------------- driver */

/* a negation this close before the cue negates it */
#define NEGATION_SCOPE 4
/* a modal this close before the cue makes it hypothetical */
#define HYPOTHETICAL_SCOPE 8
/* "the US commander in Iraq": words between an actor and "in" */
#define LOCATIVE_NOUN_WORDS 2

/* "The US commander in Iraq": Iraq says where the commander is */
static void
mark_locatives(sent *s, const ematch *ev, int nev)
{
	for (int gi = 1; gi < s->ng; gi++)
	{
		int32_t		in = gp_rel_skip_back_fillers(s, s->g[gi].first - 1);
		int32_t		words = in - s->g[gi - 1].last - 1;
		bool		ok = norm_is(s, in, "in") && words >= 1 && words <= LOCATIVE_NOUN_WORDS;

		for (int32_t k = s->g[gi - 1].last + 1; ok && k < in; k++)
			ok = s->tok[k].kind == GP_TOK_WORD && !norm_in(s, k, gp_rel_auxiliaries);
		for (int i = 0; ok && i < nev; i++)
			ok = !(ev[i].first < in && ev[i].last > s->g[gi - 1].last);	/* no cue: "invested in" */
		s->g[gi].locative = ok;
	}
}

int32_t
gp_rel_link(gp_relctx *ctx, sent *s, ematch *ev, int nev, gp_arena *arena, gp_relation **out)
{
	int32_t		n = 0,
				cap = 0;
	link		prev;

	*out = NULL;
	mark_locatives(s, ev, nev);
	memset(&prev, 0, sizeof(prev));
	for (int i = 0, near = 0; i < nev; i++)
	{
		const ematch *m = &ev[i];
		emitter		e;

		if ((i & 63) == 63)
			gp_interrupt();
		if (m->skip)
			continue;
		memset(&e, 0, sizeof(e));
		e.out = out;
		e.n = &n;
		e.cap = &cap;
		e.arena = arena;
		e.sentence = s->tok[m->first].sentence;
		e.cue = m->cue;
		e.cs = m->first;
		e.ce = m->last;
		e.hypothetical = s->question;
		e.first_row = n;
		e.work = &ctx->work;

		/*
		 * Modifiers that end within HYPOTHETICAL_SCOPE tokens before the cue,
		 * or inside it.  Both lists are in order of their first token: those
		 * that end too early for this cue are too early for every later one.
		 */
		while (near < s->nmods && s->mods[near].last < m->first - HYPOTHETICAL_SCOPE)
			near++;
		for (int k = near; k < s->nmods && s->mods[k].first <= m->last; k++)
		{
			const mod  *md = &s->mods[k];

			ctx->work++;

			if (md->effect == GP_CUE_NEGATION &&
				((md->last < m->first && m->first - md->last <= NEGATION_SCOPE &&
				  !gp_rel_boundary_between(s, md->last, m->first)) ||
				 (md->first > m->first && md->last <= m->last)))
				e.negated = true;
			if (md->effect == GP_CUE_HYPOTHETICAL && md->last < m->first && m->first - md->last <= HYPOTHETICAL_SCOPE &&
				!gp_rel_boundary_between(s, md->last, m->first))
				e.hypothetical = true;
		}
		e.clause_end = -1;
		if (!gp_rel_clause_rules(ctx, s, ev, nev, i, &e, &prev))
			gp_rel_relate_cue(ctx, s, m, &e, &prev);
		/*
		 * "Canada demanded that Iran withdraw from Iraq": what is demanded or
		 * alleged is not asserted, so the complement's own cue gives no row
		 */
		if (e.clause_end >= 0 && i + 1 < nev && ev[i + 1].first > e.clause_end &&
			ev[i + 1].first - e.clause_end <= THAT_COMPLEMENT_REACH &&
			!gp_rel_hard_boundary_between(s, e.clause_end, ev[i + 1].first))
			ev[i + 1].skip = true;
		gp_rel_reference_tone(s, *out, e.first_row, n);
	}
	gp_rel_pick_main(s, *out, n);
	return n;
}
