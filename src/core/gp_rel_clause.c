/*
 * gp_rel_clause.c — rules that read a cue with the clause around it.
 *
 * control verbs      "X agreed to hold naval drills with Y": one row, the
 *                    governing verb's event (AGREE), the complement's mode
 *                    and target; "X urged Y to withdraw": X→Y REQUEST;
 * intentions         "X will / is ready to / pledged to V Y": AGREE when V
 *                    cooperates, THREATEN when it is a conflict;
 * reported speech    "X said (that) Y attacked Z": X→Y ACCUSE besides Y→Z;
 * light verbs        "X engaged Y in a firefight", "X extended Y a loan":
 *                    the noun carries the event, X→Y.
 * The word classes (intention, speech, light) are geopol.cue_modifier rows.
 */
#include "gp_rel_internal.h"

#include <ctype.h>

#define norm_is gp_rel_norm_is
#define norm_in gp_rel_norm_in

/* "agreed to hold naval drills": tokens from after "to" to the complement's cue */
#define CONTROL_COMPLEMENT_REACH 3
/* "urged Russia to withdraw": tokens of the object between the verb and "to" */
#define CONTROL_OBJECT_REACH 4
/* "X said ... Y": the speaker before the speech word, its clause's subject after */
#define SPEECH_SOURCE_GAP 6
#define SPEECH_SUBJECT_GAP 2
#define SPEECH_CUE_REACH 12
/* "engaged Filipino peacekeepers in a firefight": object's last token to the noun */
#define LIGHT_OBJECT_REACH 4
#define LIGHT_SOURCE_GAP 12
/* complement_of()'s object when the words before "to" name no actor */
#define NO_ACTOR_OBJECT (-2)
/* how much a clause-level reading outranks the plain reading of a cue */
#define RANK_CLAUSE 100

static bool
ends_ly(const sent *s, int32_t k)
{
	return k >= 0 && k < s->ntok && s->tok[k].normlen > 3 &&
		strcmp(s->tok[k].norm + s->tok[k].normlen - 2, "ly") == 0;
}

/* the mode a derived row keeps: the complement's mode, else its event in lower case */
static const char *
mode_of(emitter *e, const gp_cue *c)
{
	char	   *m;

	if (c->mode != NULL)
		return c->mode;
	if (c->event == NULL)
		return NULL;
	m = gp_arena_strndup(e->arena, c->event, strlen(c->event));
	for (char *p = m; *p; p++)
		*p = (char) tolower((unsigned char) *p);
	return m;
}

static void
derive(const gp_relctx *ctx, emitter *e, const char *event, const char *mode)
{
	uint8_t		quad = 0;
	float		base = 0;

	if (!gp_cues_event_type(ctx->cues, event, &quad, &base))
	{
		/* a dictionary without event types: the control cue's own figures */
		quad = e->cue->quad;
		base = e->cue->score;
	}
	e->event = event;
	e->mode = mode;
	e->quad = quad;
	e->score = base;
	e->rank_bonus = RANK_CLAUSE;
}

/*
 * Rule "light verb": "X engaged Y in a firefight", "X extended Y a loan",
 * "X gave Y a cold reception".  Negative: "Japanese investment" (no light
 * verb before the actor), "X gave a speech on Y" (no actor as object).
 */
static bool
light_verb(const gp_relctx *ctx, const sent *s, const ematch *m, emitter *e)
{
	int			L;
	int32_t		v;
	alist		S,
				T;

	if (m->cue->pos == GP_POS_VERB || m->gap_first >= 0)
		return false;
	L = gp_rel_left_group(s, m->first, false);
	if (L < 0 || m->first - s->g[L].last - 1 > LIGHT_OBJECT_REACH || s->g[L].possessive ||
		gp_rel_boundary_between(s, s->g[L].last, m->first))
		return false;
	for (int32_t k = s->g[L].last + 1; k < m->first; k++)
		if (s->tok[k].kind != GP_TOK_WORD)
			return false;
	v = gp_rel_skip_back_fillers(s, s->g[L].first - 1);
	if (v < 0 || !gp_rel_mod_at(s, v, GP_CUE_LIGHT, NULL, NULL))
		return false;
	if (!gp_rel_find_source(ctx, s, v, LIGHT_SOURCE_GAP, &S))
		return false;
	gp_rel_group_actors(s, L, &T);
	if (e->rank_bonus < RANK_CLAUSE)
		e->rank_bonus = RANK_CLAUSE;
	gp_rel_emit_pairs(e, &S, &T, "light: X V Y a cue");
	return true;
}

/* link a match: the light-verb reading, else the cue's own rule families */
static void
link_match(const gp_relctx *ctx, const sent *s, const ematch *m, emitter *e, link *prev)
{
	if (!light_verb(ctx, s, m, e))
		gp_rel_relate_cue(ctx, s, m, e, prev);
}

/*
 * The complement of a control verb at match i: the next match, after "to"
 * ("agreed to" + "lift the sanctions", "threatened" + "to" + "bomb"), with
 * an object in between for object control ("urged Russia to withdraw").
 * Returns its index, or -1; *object is the object's group or -1.
 */
static int
complement_of(const sent *s, const ematch *ev, int nev, int i, int *object)
{
	const ematch *m = &ev[i];
	int32_t		to,
				k;
	const ematch *c;

	*object = -1;
	if (m->cue->pos != GP_POS_VERB || m->cue->event == NULL || i + 1 >= nev)
		return -1;
	c = &ev[i + 1];
	if (norm_is(s, m->last, "to"))
		to = m->last;
	else
	{
		int			R = gp_rel_right_group(s, m->last);

		to = gp_rel_skip_fillers(s, m->last + 1);
		if (!norm_is(s, to, "to") && R >= 0 && s->g[R].first == to &&
			s->g[R].last + 1 - m->last <= CONTROL_OBJECT_REACH + 1 && norm_is(s, s->g[R].last + 1, "to"))
		{
			*object = R;
			to = s->g[R].last + 1;
		}
		else if (!norm_is(s, to, "to"))
		{
			/* an object that is no actor: "pressured by Congress to", "urged the rebels to" */
			for (k = m->last + 1; k <= m->last + CONTROL_OBJECT_REACH && k < s->ntok; k++)
				if (norm_is(s, k, "to") || s->tok[k].kind != GP_TOK_WORD)
					break;
			if (!norm_is(s, k, "to") || (R >= 0 && s->g[R].first < k))
				return -1;
			to = k;
			*object = NO_ACTOR_OBJECT;
		}
	}
	/* the object inside the cue's gap: "wants Putin to"; "pressed by parliament to": no actor */
	if (m->gap_first >= 0)
	{
		*object = NO_ACTOR_OBJECT;
		for (int gi = 0; gi < s->ng; gi++)
			if (s->g[gi].first >= m->gap_first && s->g[gi].last <= m->gap_last)
				*object = gi;
	}
	k = to + 1;
	if (ends_ly(s, k))
		k++;
	/* "agreed to extend Russia a loan": the light verb's noun is the complement */
	if (c->first > k + CONTROL_COMPLEMENT_REACH && gp_rel_mod_at(s, k, GP_CUE_LIGHT, NULL, NULL) &&
		c->first <= k + 1 + CONTROL_COMPLEMENT_REACH + LIGHT_OBJECT_REACH)
		k = c->first;
	if (c->first < k || c->first > k + CONTROL_COMPLEMENT_REACH || c->cue->event == NULL)
		return -1;
	for (int32_t j = k; j < c->first; j++)
		if (s->tok[j].kind != GP_TOK_WORD)
			return -1;
	/* a bare preposition is no complement: "agreed to sanctions against Iran" */
	if (c->cue->pos == GP_POS_PREP && c->first == c->last && norm_in(s, c->first, gp_rel_preps))
		return -1;
	return i + 1;
}

/* an intention word right before the cue ("will", "is ready to", "pledged to"): its first token */
static int32_t
intention_before(const sent *s, int32_t cs)
{
	int32_t		first,
				k = cs - 1;

	if (ends_ly(s, k))
		k--;
	if (k >= 0 && gp_rel_mod_at(s, k, GP_CUE_INTENTION, &first, NULL))
		return first;
	return -1;
}

/* an intention states AGREE (to cooperate) or THREATEN (to do harm); verbal conflict stays itself */
static const char *
intention_event(const gp_cue *c)
{
	if (c->event == NULL || c->quad == 3 || strcmp(c->event, "AGREE") == 0)
		return NULL;
	return c->quad <= 2 ? "AGREE" : "THREATEN";
}

/*
 * Rule "intention": the cue at cs is what the actor intends.  Negative:
 * "X would attack Y" (a modal: hypothetical, not an intention), "X will
 * accuse Y" (verbal conflict stays ACCUSE).
 */
static bool
intention(const gp_relctx *ctx, const sent *s, const ematch *m, int32_t from, emitter *e, link *prev,
		  const char *rule_event)
{
	const char *event = rule_event ? rule_event : intention_event(m->cue);

	if (event == NULL)
		return false;
	derive(ctx, e, event, mode_of(e, m->cue));
	e->cs = from;
	link_match(ctx, s, m, e, prev);
	return true;
}

/*
 * Rule "reported speech": "The US said that Iraq had attacked ...", "Israel
 * said Hamas fired rockets": the speaker accuses the subject of the reported
 * conflict.  Negative: "The US claimed that they attacked Iraq" (the
 * subject is the speaker), "X said it would meet Y" (no conflict).
 */
static void
speech_accusation(const gp_relctx *ctx, const sent *s, const ematch *m, emitter *e)
{
	int			sp = -1;
	int32_t		k;
	int			X,
				Y;
	alist		S,
				T;
	emitter		acc;

	if (m->cue->event == NULL || m->cue->quad != 4 || e->hypothetical || e->negated)
		return;
	for (int i = gp_rel_mod_from(s, m->first - SPEECH_CUE_REACH - GP_REL_MOD_SPAN);
		 i < s->nmods && s->mods[i].first < m->first; i++)
		if (s->mods[i].effect == GP_CUE_SPEECH && s->mods[i].last < m->first &&
			m->first - s->mods[i].last <= SPEECH_CUE_REACH)
			sp = i;
	if (sp < 0 || gp_rel_hard_boundary_between(s, s->mods[sp].last, m->first))
		return;
	k = s->mods[sp].last + 1;
	if (norm_is(s, k, "that"))
		k++;
	Y = gp_rel_right_group(s, s->mods[sp].last);
	if (Y < 0 || s->g[Y].first - k > SPEECH_SUBJECT_GAP || s->g[Y].last >= m->first || s->g[Y].place_only)
		return;
	X = gp_rel_left_group(s, s->mods[sp].first, false);
	if (X < 0 || s->mods[sp].first - s->g[X].last - 1 > SPEECH_SOURCE_GAP ||
		gp_rel_boundary_between(s, s->g[X].last, s->mods[sp].first))
		return;
	gp_rel_group_actors(s, X, &S);
	gp_rel_group_actors(s, Y, &T);
	acc = *e;
	derive(ctx, &acc, "ACCUSE", mode_of(&acc, m->cue));
	acc.cs = s->mods[sp].first;
	acc.negated = false;
	gp_rel_emit_pairs(&acc, &S, &T, "speech: X said Y cue");
}

bool
gp_rel_clause_rules(const gp_relctx *ctx, const sent *s, ematch *ev, int nev, int i,
					emitter *e, link *prev)
{
	ematch	   *m = &ev[i];
	int			object,
				j;
	int32_t		from;

	speech_accusation(ctx, s, m, e);
	j = complement_of(s, ev, nev, i, &object);
	if (j >= 0)
	{
		ematch	   *c = &ev[j];
		int32_t		before = *e->n;

		c->skip = true;
		/* "wants to attack": a "* to" cue without its object is the subject's intention */
		if (object == -1 && m->cue->text != NULL && strchr(m->cue->text, '*') != NULL)
		{
			if (!intention(ctx, s, c, m->first, e, prev, NULL))
				c->skip = false;	/* "wants to accuse Y": the complement as it is */
			return true;
		}
		derive(ctx, e, m->cue->event, mode_of(e, c->cue));
		e->quad = m->cue->quad;
		e->score = m->cue->score;
		if (object == NO_ACTOR_OBJECT)
			return true;		/* "X urged the rebels to attack Y": no row between states */
		if (object >= 0)
		{
			/* object control: "urged Russia to withdraw" is X→Y REQUEST */
			gp_rel_relate_cue(ctx, s, m, e, prev);
			return true;
		}
		/* subject control: the complement's parties, the governing verb's event */
		e->cs = m->first;
		e->ce = c->last;
		link_match(ctx, s, c, e, prev);
		if (*e->n == before)
		{
			e->ce = m->last;
			gp_rel_relate_cue(ctx, s, m, e, prev);
		}
		return true;
	}
	from = intention_before(s, m->first);
	if (from >= 0 && intention(ctx, s, m, from, e, prev, NULL))
		return true;
	return light_verb(ctx, s, m, e);
}
