/*
 * gp_gazetteer.h — the compiled dictionary of names and its matcher.
 *
 * Names are sequences of token norms (as gp_text produces them).  A builder
 * (gp_gazb) collects them in a trie; its image (gp_gazb_image) is the
 * compiled gazetteer as one position-independent block: the trie with its
 * keys interned (gp_trie.h), the entries, their strings, all as offsets.  A
 * gp_gaz is a read-only view of an image, wherever it lives (a private
 * buffer, or a file every backend maps): matching looks each token's norm up
 * once in the image's vocabulary, then walks the trie by integer ids.  A
 * node can carry several entries (the same name for different actors in
 * different periods, a leader's terms ...); the resolver picks one by case
 * policy and the document's date.
 */
#ifndef GP_GAZETTEER_H
#define GP_GAZETTEER_H

#include <stdbool.h>
#include <stdint.h>

#include "gp_arena.h"
#include "gp_text.h"

typedef enum gp_mkind
{
	GP_MK_STATE = 0,
	GP_MK_CAPITAL,
	GP_MK_INSTITUTION,
	GP_MK_DEMONYM,
	GP_MK_LEADER,
	GP_MK_IGO,
	GP_MK_REGION,
	GP_MK_PLACE,
	GP_MK_BLOCK,
	GP_MK_NKINDS
} gp_mkind;

extern const char *const gp_mkind_name[GP_MK_NKINDS];
int			gp_mkind_from_name(const char *name);	/* -1 if unknown */

typedef enum gp_match
{
	GP_MATCH_CASED = 0,			/* first letter of the surface not lower case */
	GP_MATCH_EXACT,				/* surface equals the alias, case and all */
	GP_MATCH_ANY
} gp_match;

int			gp_match_from_name(const char *name);	/* -1 if unknown */

#define GP_NO_DATE INT32_MIN	/* open end / no date */

/* a name's entry as the builder takes it */
typedef struct gp_entry
{
	const char *actor;			/* NULL for places, regions, blocks */
	const char *entity;
	const char *country;
	const char *sector;			/* NULL, "GOV", "MIL" ... */
	const char *exact;			/* alias without white space (GP_MATCH_EXACT) */
	int32_t		valid_from;		/* days since 2000-01-01, GP_NO_DATE if open */
	int32_t		valid_to;
	uint8_t		kind;			/* gp_mkind */
	uint8_t		match;			/* gp_match */
	bool		given_name;		/* also a first name: not before a capitalized word */
	int32_t		next;			/* next entry of the same node, -1 */
} gp_entry;

typedef struct gp_gazb gp_gazb;
typedef struct gp_gaz gp_gaz;

gp_gazb    *gp_gazb_create(gp_arena *arena);

/* Add a name given as its token norms.  Strings in e are copied. */
void		gp_gazb_add(gp_gazb *g, const char *const *norms, int ntok, const gp_entry *e);

/* Make room for about nentries names (avoids regrowing while compiling). */
void		gp_gazb_reserve(gp_gazb *g, int32_t nentries);

/* The compiled gazetteer's image in arena (8-byte aligned), its bytes in *size. */
void	   *gp_gazb_image(const gp_gazb *g, gp_arena *arena, size_t *size);

/* A view of an image (which must stay mapped while the view is used); NULL if it is not one. */
gp_gaz	   *gp_gaz_attach(const void *image, size_t size, gp_arena *arena);

/* gp_gazb_image and gp_gaz_attach in one (tests, tools) */
gp_gaz	   *gp_gazb_build(const gp_gazb *g, gp_arena *arena);

int32_t		gp_gaz_nentries(const gp_gaz *g);
int32_t		gp_gaz_nnodes(const gp_gaz *g);
size_t		gp_gaz_memory(const gp_gaz *g);	/* bytes of the image */

/* A mention found in text. */
typedef struct gp_mention
{
	int32_t		tok_first;		/* token index range [first, last] in the sentence */
	int32_t		tok_last;
	int32_t		start;			/* bytes */
	int32_t		len;
	int32_t		cstart;			/* code points */
	int32_t		clen;
	int32_t		sentence;
	const char *entity;			/* what it resolved to */
	const char *actor;			/* may differ from entry->actor (leader out of term) */
	const char *country;
	const char *sector;
	uint8_t		kind;
	uint8_t		via;			/* GP_VIA_* */
	bool		ambiguous;		/* readings in several countries: context decided */
	int32_t		first_entry;	/* the name's entries, to decide again */
} gp_mention;

#define GP_VIA_NAME		0		/* matched a dictionary name */
#define GP_VIA_ACRONYM	1		/* an acronym the document defined */
#define GP_VIA_GLUED	2		/* part of a glued token ("ChinaJapan") */

/* Per-document matching state (acronyms the text defines). */
typedef struct gp_matcher gp_matcher;

gp_matcher *gp_matcher_create(const gp_gaz *g, gp_segmenter *seg, gp_arena *doc_arena,
							  int32_t doc_date);

/*
 * Also report the blocked names that carry a home country ("Swiss franc"
 * CHE): as mentions of kind GP_MK_BLOCK, actor NULL, country set.  Off by
 * default; geopol.countries() turns it on to weigh them as weak evidence.
 * They are not context for names with several readings, so every other
 * mention stays what it is with the option off.
 */
void		gp_matcher_report_blocks(gp_matcher *m, bool on);

/*
 * Mentions in one sentence's tokens (text is the whole document).  Blocked
 * names are consumed and not reported (see gp_matcher_report_blocks).  Results live in arena.  Returns the
 * count.
 */
int32_t		gp_match_sentence(gp_matcher *m, const char *text, const gp_token *tok,
							  int32_t ntok, gp_arena *arena, gp_mention **out);

/* days since 2000-01-01 of y-m-d (proleptic Gregorian) */
int32_t		gp_days_from_ymd(int y, int m, int d);

#endif
