/*
 * gp_snapshot.h — the whole compiled dictionary (gazetteer, cue lexicon,
 * topic taxonomy) as one position-independent image: offsets, no pointers,
 * so that it can be written to a file once and mapped read-only by every
 * process that needs it.
 *
 * Each part is an image of its own, used in place: the gazetteer
 * (gp_gazetteer.h), the cues and modifiers (gp_cues.h), the topics and
 * their terms (gp_topics.h).  Attaching reads only their headers and the
 * small tables the matchers follow without checking (a few hundred kB at
 * most); nothing is compiled again.
 *
 * The image carries an opaque key (the PostgreSQL layer's: database,
 * dictionary version, ICU version ...) so that a reader can check it has the
 * image it asked for.
 */
#ifndef GP_SNAPSHOT_H
#define GP_SNAPSHOT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gp_arena.h"
#include "gp_cues.h"
#include "gp_gazetteer.h"
#include "gp_topics.h"

/* bumped whenever the image's layout or anything it depends on (gp_hash ...) changes */
#define GP_SNAPSHOT_FORMAT 3

typedef struct gp_snapb gp_snapb;

gp_snapb   *gp_snapb_create(gp_arena *arena);
/* the names go into this builder (gp_gazb_add) */
gp_gazb    *gp_snapb_gaz(gp_snapb *b);
/*
 * a cue, a modifier or an event type (gp_cuesb_add): its stems ("*" a gap)
 * and fields, strings copied; -1 past GP_CUE_MAX_EVENT_TYPES event types
 */
int			gp_snapb_add_cue(gp_snapb *b, const char *const *stems, int n, const gp_cue *cue);
/* a topic (false past GP_MAX_TOPICS topics) and a topic's term */
bool		gp_snapb_add_topic(gp_snapb *b, const char *name, const char *parent);
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

/* The image's key (NULL if it is not an image of this format). */
const void *gp_snapshot_key(const void *image, size_t size, size_t *keylen);

/*
 * Attach an image (which must stay valid while *out is used): the gazetteer
 * is viewed in place.  false if it is not an image of this format, or damaged.
 */
bool		gp_snapshot_attach(const void *image, size_t size, gp_arena *arena, gp_snapshot *out);

/* The image's cue and topic lexicons, viewed in place (false: damaged). */
bool		gp_snapshot_lexicons(const void *image, size_t size, gp_arena *arena,
								 const gp_cues **cues, const gp_topicset **topics);

#endif
