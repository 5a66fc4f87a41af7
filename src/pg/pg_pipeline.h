/*
 * pg_pipeline.h — one pass over a document, sentence by sentence.
 */
#ifndef PG_PIPELINE_H
#define PG_PIPELINE_H

#include "gp_gazetteer.h"
#include "gp_relations.h"
#include "gp_text.h"
#include "gp_topics.h"

#define GP_WANT_SENTENCES	0
#define GP_WANT_TOKENS		1
#define GP_WANT_MENTIONS	2	/* implies tokens */
#define GP_WANT_RELATIONS	4	/* implies mentions */
#define GP_WANT_TOPICS		8	/* implies tokens */
#define GP_WANT_BLOCKS		16	/* with mentions: blocked names with a home country too (kind block) */

typedef struct GpSentenceResult
{
	const GpInput *in;
	gp_sentence s;
	gp_token   *tok;
	int32		ntok;
	gp_mention *men;
	int32		nmen;
	gp_relation *rel;
	int32		nrel;
} GpSentenceResult;

/* weighted term hits a topic needs to be reported */
#define GP_TOPIC_MIN_WEIGHT 2.0f

typedef struct GpDocResult
{
	int32		nsentences;
	gp_topic_result *topics;
	int32		ntopics;
} GpDocResult;

typedef void (*gp_sentence_cb) (const GpSentenceResult *r, void *ud);
typedef void (*gp_doc_cb) (const GpDocResult *d, void *ud);

/*
 * Run the pipeline over doc; cb (may be NULL) is called once per sentence,
 * in a memory context reset after it returns; done (may be NULL) once at
 * the end with the document-level results.  date: PostgreSQL DateADT or
 * GP_NO_DATE.
 */
extern void gp_pg_pipeline(text *doc, int32 date, int want, gp_sentence_cb cb,
						   gp_doc_cb done, void *ud);

#endif
