/*
 * gp_rel_internal.h — what the relation rule files share (not a public API).
 *
 * gp_relations.c matches cues and modifiers on a sentence's stems and calls
 * gp_rel_link(); the rules live one family per file:
 *   gp_rel_units.c     actor units, groups (coordination), non-actor demonyms,
 *                      and the clause helpers (sources, targets, boundaries);
 *   gp_rel_rules.c     the noun and verb/preposition families of a single cue;
 *   gp_rel_clause.c    clause-level rules: control verbs and intentions, that-
 *                      clauses, reported speech, light verbs, place-marked
 *                      participants;
 *   gp_rel_main.c      relationship references' tone and the main row.
 * Each rule is a function named after its pattern, returning true when it
 * linked the cue; distances are named constants next to their rule.
 */
#ifndef GP_REL_INTERNAL_H
#define GP_REL_INTERNAL_H

#include "gp_relations.h"

#include <math.h>
#include <string.h>

#define MAX_UNITS 64
#define MAX_GROUP_ACTORS 8

/* an event cue (or reference) matched in a sentence */
typedef struct ematch
{
	int32_t		first,
				last;
	int32_t		gap_first,		/* tokens a "*" of the cue ran over, or -1 */
				gap_last;
	const gp_cue *cue;			/* the first event cue of the phrase: it decides */
	bool		skip;			/* folded into another match (a control verb's complement) */
} ematch;

typedef struct unit
{
	const char *actor;
	int32_t		first,
				last;
	uint8_t		mkind;			/* gp_mkind of the (first) mention */
	bool		place;			/* a region/place standing for its country */
	bool		capital;		/* a capital: also where things happen */
	bool		igo;
	bool		possessive;
} unit;

typedef struct group
{
	int32_t		u0,
				n;
	int32_t		first,
				last;
	bool		compound;		/* Russo-Chinese, China-Russia, ChinaJapan */
	bool		location;		/* capitals and places only */
	bool		place_only;
	bool		possessive;
	bool		locative;		/* "the US commander in Iraq": where a noun of another actor is */
} group;

typedef struct alist
{
	const char *a[MAX_GROUP_ACTORS];
	int			n;
	int			g;				/* the group it came from, -1 */
} alist;

typedef struct mod
{
	int32_t		first,
				last;
	uint8_t		effect;			/* gp_cueeffect */
} mod;

struct gp_relctx
{
	const gp_cues *cues;
	gp_arena   *arena;
	alist		prev_subject;	/* the first actor group of the previous sentence */
	gp_cuewalk *walk;			/* the cue matcher's scratch */
	uint64_t	work;			/* tokens and rows the patterns looked at (tests) */
};

typedef struct sent
{
	const char *text;
	const gp_token *tok;
	int32_t		ntok;
	gp_stems	w;
	unit		u[MAX_UNITS];
	int			nu;
	group		g[MAX_UNITS];
	int			ng;
	int			unit_group[MAX_UNITS];
	mod		   *mods;
	int			nmods;
	const gp_mention *men;		/* every mention, actors or not, in token order */
	int32_t		nmen;
	int32_t		opening_end;	/* first token that is a word and no filler, or ntok */
	uint64_t   *work;			/* tokens looked at, for tests (gp_relctx_work) */
	bool		question;
} sent;

/* where rows go, and how the cue being linked reads */
typedef struct emitter
{
	gp_relation **out;
	int32_t	   *n;
	int32_t	   *cap;
	gp_arena   *arena;
	int32_t		sentence;
	const gp_cue *cue;
	int32_t		cs,
				ce;
	bool		negated,
				hypothetical;
	/* a rule may restate the row: derived event (control, intention) and mode */
	const char *event;
	const char *mode;
	uint8_t		quad;
	float		score;
	int16_t		rank_bonus;
	int32_t		first_row;		/* rows from here on are this cue's */
	uint64_t   *work;			/* rows compared (gp_relctx_work) */
	int32_t		clause_end;		/* a that-clause's subject ends here (its verb is not asserted), or -1 */
} emitter;

/* result of linking one cue, to chain the next one */
typedef struct link
{
	alist		src;
	int			tgt_group;
	int32_t		ce;
	bool		valid;
} link;

/* ---- gp_rel_units.c: units, groups and clause helpers */
void		gp_rel_build_units(sent *s, const gp_mention *men, int32_t nmen);
void		gp_rel_drop_nonactors(sent *s);
void		gp_rel_build_groups(sent *s);
void		gp_rel_group_actors(const sent *s, int gi, alist *out);
bool		gp_rel_group_is_igo(const sent *s, int gi);
int			gp_rel_left_group(const sent *s, int32_t k, bool allow_place);
int			gp_rel_right_group(const sent *s, int32_t k);
bool		gp_rel_norm_is(const sent *s, int32_t k, const char *w);
bool		gp_rel_norm_in(const sent *s, int32_t k, const char *const *list);
bool		gp_rel_boundary_between(const sent *s, int32_t a, int32_t b);
bool		gp_rel_hard_boundary_between(const sent *s, int32_t a, int32_t b);
/* a modifier spans at most this many tokens (its words and gaps) */
#define GP_REL_MOD_SPAN (GP_CUE_MAX_ELEMENTS + GP_CUE_MAX_GAPS * GP_CUE_GAP_TOKENS)
int			gp_rel_mod_from(const sent *s, int32_t k);
bool		gp_rel_mod_at(const sent *s, int32_t k, uint8_t effect, int32_t *first, int32_t *last);
bool		gp_rel_mod_between(const sent *s, int32_t a, int32_t b, uint8_t effect);
int32_t		gp_rel_pronoun_between(const sent *s, int32_t a, int32_t b);
bool		gp_rel_subject_for_pronoun(const gp_relctx *ctx, const sent *s, int32_t pron, alist *out);
bool		gp_rel_find_source(const gp_relctx *ctx, const sent *s, int32_t cs, int maxgap, alist *out);
bool		gp_rel_possessor(const gp_relctx *ctx, const sent *s, int32_t cs, alist *out);
int32_t		gp_rel_skip_back_fillers(const sent *s, int32_t k);
int32_t		gp_rel_skip_fillers(const sent *s, int32_t k);
int			gp_rel_target_after(const sent *s, int32_t k, int maxgap, bool via_prep_only);
bool		gp_rel_is_participle(const sent *s, int32_t k);
void		gp_rel_emit(emitter *e, const char *src, const char *tgt, const char *rule);
void		gp_rel_emit_pairs(emitter *e, const alist *src, const alist *tgt, const char *rule);
void		gp_rel_emit_reciprocal(emitter *e, const alist *g, const char *rule);

/* closed classes of English grammar: the rules' own vocabulary */
extern const char *const gp_rel_fillers[];
extern const char *const gp_rel_preps[];
extern const char *const gp_rel_auxiliaries[];
extern const char *const gp_rel_determiners[];
extern const char *const gp_rel_locatives[];

/* ---- gp_rel_rules.c: the rule families of one cue */
void		gp_rel_relate_cue(const gp_relctx *ctx, const sent *s, const ematch *m, emitter *e, link *prev);

/* ---- gp_rel_clause.c: rules over a cue and its clause */
bool		gp_rel_clause_rules(const gp_relctx *ctx, const sent *s, ematch *ev, int nev, int i,
								emitter *e, link *prev);

/* ---- gp_rel_main.c */
void		gp_rel_reference_tone(const sent *s, gp_relation *rows, int32_t from, int32_t n);
void		gp_rel_pick_main(const sent *s, gp_relation *rows, int32_t n);

/* ---- the driver (gp_rel_rules.c): every match of a sentence */
int32_t		gp_rel_link(gp_relctx *ctx, sent *s, ematch *ev, int nev, gp_arena *arena, gp_relation **out);

#endif
