/*
 * gp_snapshot.c — the dictionary's image, see gp_snapshot.h.
 *
 * Layout: a header, the key, then the images of the gazetteer, the cue
 * lexicon and the topic taxonomy, each 8-byte aligned; every reference an
 * offset from the start of the image.
 */
#include "gp_snapshot.h"

#include <string.h>

#define GP_SNAP_MAGIC 0x47504431u	/* "GPD1" */

typedef struct snap_head
{
	uint32_t	magic;
	uint32_t	format;
	uint32_t	size;
	uint32_t	off_key,
				keylen;
	uint32_t	off_gaz,
				gaz_size;
	uint32_t	off_cues,
				cues_size;
	uint32_t	off_topics,
				topics_size;
	int32_t		names,
				ncues;
} snap_head;

struct gp_snapb
{
	gp_arena   *arena;
	gp_gazb    *gaz;
	gp_cuesb   *cues;
	gp_topicsb *topics;
};

gp_snapb *
gp_snapb_create(gp_arena *arena)
{
	gp_snapb   *b = gp_arena_alloc(arena, sizeof(gp_snapb));

	b->arena = arena;
	b->gaz = gp_gazb_create(arena);
	b->cues = gp_cuesb_create(arena);
	b->topics = gp_topicsb_create(arena);
	return b;
}

gp_gazb *
gp_snapb_gaz(gp_snapb *b)
{
	return b->gaz;
}

int
gp_snapb_add_cue(gp_snapb *b, const char *const *stems, int n, const gp_cue *cue)
{
	return gp_cuesb_add(b->cues, stems, n, cue);
}

bool
gp_snapb_add_topic(gp_snapb *b, const char *name, const char *parent)
{
	return gp_topicsb_add_topic(b->topics, name, parent);
}

void
gp_snapb_add_term(gp_snapb *b, const char *const *stems, int n, const char *term,
				  const char *topic, float weight)
{
	gp_topicsb_add_term(b->topics, stems, n, term, topic, weight);
}

static size_t
align8(size_t n)
{
	return (n + 7) & ~(size_t) 7;
}

void *
gp_snapb_image(gp_snapb *b, const void *key, size_t keylen, int32_t names, int32_t ncues,
			   gp_arena *arena, size_t *size)
{
	size_t		gaz_size,
				cues_size,
				topics_size;
	void	   *gaz = gp_gazb_image(b->gaz, arena, &gaz_size);
	void	   *cues = gp_cuesb_image(b->cues, arena, &cues_size);
	void	   *topics = gp_topicsb_image(b->topics, arena, &topics_size);
	snap_head	h;
	char	   *img;

	memset(&h, 0, sizeof(h));
	h.magic = GP_SNAP_MAGIC;
	h.format = GP_SNAPSHOT_FORMAT;
	h.off_key = (uint32_t) align8(sizeof(h));
	h.keylen = (uint32_t) keylen;
	h.off_gaz = (uint32_t) align8(h.off_key + keylen);
	h.gaz_size = (uint32_t) gaz_size;
	h.off_cues = (uint32_t) align8(h.off_gaz + gaz_size);
	h.cues_size = (uint32_t) cues_size;
	h.off_topics = (uint32_t) align8(h.off_cues + cues_size);
	h.topics_size = (uint32_t) topics_size;
	h.size = (uint32_t) align8(h.off_topics + topics_size);
	h.names = names;
	h.ncues = ncues;
	img = gp_arena_alloc(arena, h.size);
	memset(img, 0, h.size);
	memcpy(img, &h, sizeof(h));
	if (keylen > 0)
		memcpy(img + h.off_key, key, keylen);
	memcpy(img + h.off_gaz, gaz, gaz_size);
	memcpy(img + h.off_cues, cues, cues_size);
	memcpy(img + h.off_topics, topics, topics_size);
	*size = h.size;
	return img;
}

/* ------------------------------------------------------------ reading */

static bool
head_ok(const void *image, size_t size, snap_head *h)
{
	if (size < sizeof(*h) || ((uintptr_t) image & 7) != 0)
		return false;
	memcpy(h, image, sizeof(*h));
	return h->magic == GP_SNAP_MAGIC && h->format == GP_SNAPSHOT_FORMAT && h->size <= size &&
		(uint64_t) h->off_key + h->keylen <= h->size &&
		(uint64_t) h->off_gaz + h->gaz_size <= h->size &&
		(uint64_t) h->off_cues + h->cues_size <= h->size &&
		(uint64_t) h->off_topics + h->topics_size <= h->size &&
		h->off_gaz % 8 == 0 && h->off_cues % 8 == 0 && h->off_topics % 8 == 0;
}

const void *
gp_snapshot_key(const void *image, size_t size, size_t *keylen)
{
	snap_head	h;

	if (!head_ok(image, size, &h))
		return NULL;
	*keylen = h.keylen;
	return (const char *) image + h.off_key;
}

bool
gp_snapshot_attach(const void *image, size_t size, gp_arena *arena, gp_snapshot *out)
{
	snap_head	h;

	memset(out, 0, sizeof(*out));
	if (!head_ok(image, size, &h))
		return false;
	out->gaz = gp_gaz_attach((const char *) image + h.off_gaz, h.gaz_size, arena);
	if (out->gaz == NULL)
		return false;
	out->names = h.names;
	out->ncues = h.ncues;
	out->size = h.size;
	return true;
}

bool
gp_snapshot_lexicons(const void *image, size_t size, gp_arena *arena, const gp_cues **cues,
					 const gp_topicset **topics)
{
	snap_head	h;

	if (!head_ok(image, size, &h))
		return false;
	*cues = gp_cues_attach((const char *) image + h.off_cues, h.cues_size, arena);
	*topics = gp_topicset_attach((const char *) image + h.off_topics, h.topics_size, arena);
	return *cues != NULL && *topics != NULL;
}
