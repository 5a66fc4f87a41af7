/*
 * pg_dict.h — the backend's compiled dictionary (shared where it can be).
 */
#ifndef PG_DICT_H
#define PG_DICT_H

#include "gp_gazetteer.h"
#include "gp_relations.h"
#include "gp_topics.h"

typedef struct GpDict
{
	const gp_gaz *gaz;
	const gp_cues *cues;		/* NULL until asked for */
	const gp_topicset *topics;
	int32		names;			/* alias rows read */
	int32		ncues;			/* cue and modifier rows read */
	size_t		image_bytes;	/* the compiled image (gp_snapshot.h) */
	const char *source;			/* shared and mapped, or compiled by this session */
	int64		version;		/* of geopol.dictionary_version when shared, else -1 */
	double		compile_ms;		/* what getting it cost this session */
	TimestampTz compiled_at;
} GpDict;

/*
 * The dictionary this statement sees (mapped or compiled if stale); with
 * lexicons, its cue and topic lexicons too (else they may be NULL).
 */
extern const GpDict *gp_pg_dict_get(bool lexicons);

#endif
