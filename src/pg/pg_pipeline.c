/*
 * pg_pipeline.c — one pass over a document: sentences, then per sentence
 * tokens, mentions and relations as asked, handed to a callback.
 *
 * Memory is bounded by the sentence: the core's sentence arena and the
 * callback's memory context are reset after each sentence.
 */
#include "pg_geopol.h"

#include "miscadmin.h"

#include "pg_dict.h"
#include "pg_pipeline.h"

void
gp_pg_pipeline(text *doc, int32 date, int want, gp_sentence_cb cb, gp_doc_cb done, void *ud)
{
	GpInput		in;
	gp_segmenter *seg = gp_pg_segmenter();
	const GpDict *dict = (want & (GP_WANT_MENTIONS | GP_WANT_RELATIONS | GP_WANT_TOPICS))
		? gp_dict_get((want & (GP_WANT_RELATIONS | GP_WANT_TOPICS)) != 0) : NULL;
	MemoryContext cxt = AllocSetContextCreate(CurrentMemoryContext, "geopol sentence",
											  ALLOCSET_DEFAULT_SIZES);
	MemoryContext old;
	gp_arena	doc_arena,
				sent_arena;
	gp_sentiter *it;
	gp_matcher *matcher = NULL;
	gp_relctx  *relctx = NULL;
	gp_topicacc *topics = NULL;
	GpSentenceResult r;
	GpDocResult d;
	int			rc;

	gp_input_from_text(doc, &in);
	gp_pg_arena_init(&doc_arena, CurrentMemoryContext);
	gp_pg_arena_init(&sent_arena, CurrentMemoryContext);
	it = gp_sentiter_begin(seg, in.utf8, in.len, &doc_arena);
	if (it == NULL)
		gp_pg_core_error("sentence segmentation");
	gp_sentiter_set_interrupt(it, gp_pg_interrupt, NULL);
	if (dict != NULL)
	{
		matcher = gp_matcher_create(dict->gaz, seg, &doc_arena, date);
		if (want & GP_WANT_RELATIONS)
			relctx = gp_relctx_create(dict->cues, &doc_arena);
		if (want & GP_WANT_TOPICS)
			topics = gp_topicacc_create(dict->topics, &doc_arena);
		if (matcher == NULL || ((want & GP_WANT_RELATIONS) && relctx == NULL) ||
			((want & GP_WANT_TOPICS) && topics == NULL))
			ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("out of memory")));
		if (relctx != NULL)
			gp_relctx_set_interrupt(relctx, gp_pg_interrupt, NULL);
		if (topics != NULL)
			gp_topicacc_set_interrupt(topics, gp_pg_interrupt, NULL);
	}
	memset(&d, 0, sizeof(d));
	memset(&r, 0, sizeof(r));
	r.in = &in;
	while ((rc = gp_sentiter_next(it, &r.s)) == 1)
	{
		CHECK_FOR_INTERRUPTS();
		r.ntok = r.nmen = r.nrel = 0;
		d.nsentences++;
		if (want & (GP_WANT_TOKENS | GP_WANT_MENTIONS | GP_WANT_RELATIONS | GP_WANT_TOPICS))
		{
			r.ntok = gp_tokenize_span(seg, in.utf8, &r.s, false, &sent_arena, &r.tok,
									  gp_pg_interrupt, NULL);
			if (r.ntok < 0)
				gp_pg_core_error("word segmentation");
		}
		if (want & (GP_WANT_MENTIONS | GP_WANT_RELATIONS))
		{
			r.nmen = gp_match_sentence(matcher, in.utf8, r.tok, r.ntok, &sent_arena, &r.men);
			if (r.nmen < 0)
				ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("out of memory")));
		}
		if (want & GP_WANT_RELATIONS)
		{
			r.nrel = gp_relate_sentence(relctx, in.utf8, r.tok, r.ntok, r.men, r.nmen,
										&sent_arena, &r.rel);
			if (r.nrel < 0)
				ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("out of memory")));
		}
		if (topics != NULL && gp_topicacc_add(topics, r.tok, r.ntok, &sent_arena) < 0)
			ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("out of memory")));
		if (cb != NULL)
		{
			old = MemoryContextSwitchTo(cxt);
			cb(&r, ud);
			MemoryContextSwitchTo(old);
		}
		MemoryContextReset(cxt);
		gp_arena_reset(&sent_arena);
	}
	if (rc < 0)
		gp_pg_core_error("sentence segmentation");
	if (topics != NULL)
	{
		d.ntopics = gp_topicacc_result(topics, GP_TOPIC_MIN_WEIGHT, &d.topics);
		if (d.ntopics < 0)
			ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("out of memory")));
	}
	if (done != NULL)
		done(&d, ud);
	gp_arena_free(&sent_arena);
	gp_arena_free(&doc_arena);
	MemoryContextDelete(cxt);
}
