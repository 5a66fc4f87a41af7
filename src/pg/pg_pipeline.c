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
		? gp_pg_dict_get((want & (GP_WANT_RELATIONS | GP_WANT_TOPICS)) != 0) : NULL;
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

	gp_pg_input_from_text(doc, &in);
	gp_arena_init(&doc_arena, CurrentMemoryContext);
	gp_arena_init(&sent_arena, CurrentMemoryContext);
	it = gp_sentiter_begin(seg, in.utf8, in.len, &doc_arena);
	if (dict != NULL)
	{
		matcher = gp_matcher_create(dict->gaz, seg, &doc_arena, date);
		gp_matcher_report_blocks(matcher, (want & GP_WANT_BLOCKS) != 0);
		if (want & GP_WANT_RELATIONS)
			relctx = gp_relctx_create(dict->cues, &doc_arena);
		if (want & GP_WANT_TOPICS)
			topics = gp_topicacc_create(dict->topics, &doc_arena);
	}
	memset(&d, 0, sizeof(d));
	memset(&r, 0, sizeof(r));
	r.in = &in;
	while (gp_sentiter_next(it, &r.s) == 1)
	{
		CHECK_FOR_INTERRUPTS();
		r.ntok = r.nmen = r.nrel = 0;
		d.nsentences++;
		if (want & (GP_WANT_TOKENS | GP_WANT_MENTIONS | GP_WANT_RELATIONS | GP_WANT_TOPICS))
			r.ntok = gp_tokenize_span(seg, in.utf8, &r.s, false, &sent_arena, &r.tok);
		if (want & (GP_WANT_MENTIONS | GP_WANT_RELATIONS))
			r.nmen = gp_match_sentence(matcher, in.utf8, r.tok, r.ntok, &sent_arena, &r.men);
		if (want & GP_WANT_RELATIONS)
			r.nrel = gp_relate_sentence(relctx, in.utf8, r.tok, r.ntok, r.men, r.nmen,
										&sent_arena, &r.rel);
		if (topics != NULL)
			gp_topicacc_add(topics, r.tok, r.ntok, &sent_arena);
		if (cb != NULL)
		{
			old = MemoryContextSwitchTo(cxt);
			cb(&r, ud);
			MemoryContextSwitchTo(old);
		}
		MemoryContextReset(cxt);
		gp_arena_reset(&sent_arena);
	}
	if (topics != NULL)
		d.ntopics = gp_topicacc_result(topics, GP_TOPIC_MIN_WEIGHT, &d.topics);
	if (done != NULL)
		done(&d, ud);
	gp_arena_free(&sent_arena);
	gp_arena_free(&doc_arena);
	MemoryContextDelete(cxt);
}
