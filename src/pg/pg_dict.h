/*
 * pg_dict.h — the per-backend compiled dictionary.
 */
#ifndef PG_DICT_H
#define PG_DICT_H

#include "gp_gazetteer.h"
#include "gp_relations.h"
#include "gp_topics.h"

typedef struct GpDict
{
	gp_gaz	   *gaz;
	gp_cues    *cues;
	gp_topicset *topics;
	int32		names;			/* alias rows read */
	int32		ncues;			/* cue and modifier rows read */
	double		compile_ms;
	TimestampTz compiled_at;
} GpDict;

/* The dictionary of this backend, compiled from the tables if stale. */
extern const GpDict *gp_dict_get(void);

#endif
