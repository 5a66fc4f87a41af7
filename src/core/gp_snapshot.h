/*
 * gp_snapshot.h — the whole compiled dictionary (gazetteer, cue lexicon,
 * topic lexicon) as one position-independent image: offsets, no pointers,
 * so that it can be written to a file once and mapped read-only by every
 * process that needs it.
 *
 * The gazetteer, by far the largest part, is used in place (gp_gaz views the
 * image).  The cue and topic lexicons are kept in the image as the rows they
 * were compiled from and compiled again, privately, by gp_snapshot_lexicons
 * when first needed: they are small, and their matcher (gp_relations.c)
 * still walks a pointer-based trie.
 *
 * The image carries an opaque key (the PostgreSQL layer's: database,
 * dictionary version, ICU version ...) so that a reader can check it has the
 * image it asked for.
 */
#ifndef GP_SNAPSHOT_H
#define GP_SNAPSHOT_H

#include <stddef.h>
#include <stdint.h>

#include "gp_arena.h"
#include "gp_gazetteer.h"
#include "gp_relations.h"
#include "gp_topics.h"

/* bumped whenever the image's layout or anything it depends on (gp_hash ...) changes */
#define GP_SNAPSHOT_FORMAT 2

typedef struct gp_snapb gp_snapb;

gp_snapb   *gp_snapb_create(gp_arena *arena);
/* the names go into this builder (gp_gazb_add) */
gp_gazb    *gp_snapb_gaz(gp_snapb *b);
/* a cue or negation/modality modifier: its stems ("*" a gap) and fields; strings copied */
void		gp_snapb_add_cue(gp_snapb *b, const char *const *stems, int n, const gp_cue *cue);
/* a topic (in the order gp_topicset_add_topic wants them) and a topic's term */
void		gp_snapb_add_topic(gp_snapb *b, const char *name, const char *parent);
void		gp_snapb_add_term(gp_snapb *b, const char *const *stems, int n, const char *term,
							  const char *topic, float weight);

/*
 * The image, in arena (8-byte aligned), with key[0..keylen) and the row
 * counts to report (names: alias rows read, ncues: cue rows read); *size gets
 * its bytes.
 */
void	   *gp_snapb_image(gp_snapb *b, const void *key, size_t keylen, int32_t names, int32_t ncues,
						   gp_arena *arena, size_t *size);

typedef struct gp_snapshot
{
	const gp_gaz *gaz;			/* views the image */
	int32_t		names;
	int32_t		ncues;
	size_t		size;			/* bytes of the image */
} gp_snapshot;

typedef enum gp_snapshot_rc
{
	GP_SNAPSHOT_OK = 0,
	GP_SNAPSHOT_BAD_IMAGE,		/* not an image of this format, or damaged */
	GP_SNAPSHOT_TOO_MANY_TOPICS,
	GP_SNAPSHOT_TOO_MANY_EVENTS
} gp_snapshot_rc;

/* The image's key (NULL if it is not an image of this format). */
const void *gp_snapshot_key(const void *image, size_t size, size_t *keylen);

/* Attach an image (which must stay valid while *out is used): the gazetteer is viewed in place. */
gp_snapshot_rc gp_snapshot_attach(const void *image, size_t size, gp_arena *arena, gp_snapshot *out);

/* The image's cue and topic lexicons, compiled into arena. */
gp_snapshot_rc gp_snapshot_lexicons(const void *image, size_t size, gp_arena *arena,
									gp_cues **cues, gp_topicset **topics);

#endif
