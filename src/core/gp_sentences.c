/*
 * gp_sentences.c — the sentence iterator (gp_sentiter, see gp_text.h): raw
 * segments from ICU's sentence break iterator, or from the ASCII state
 * machine (gp_sentbreak.c) for an all-ASCII text, cut at
 * GP_MAX_SENTENCE_BYTES, trimmed of white space, glued by the sentence
 * heuristics (gp_sentrules.c), and handed out one by one with their byte
 * and code point positions, so that memory does not grow with the text.
 */
#include "gp_text_int.h"

#include <string.h>

/* raw segments between two interrupt checks */
#define SENT_CHECK_EVERY 1024

struct gp_sentiter
{
	gp_segmenter *seg;
	const char *text;
	int32_t		len;
	int32_t		raw_pos;		/* last raw boundary consumed */
	int32_t		raw_end;		/* the boundary after raw_pos when it was cut, else -1 */
	int32_t		cur_s, cur_e;	/* pending sentence, -1 if none */
	int32_t		cur_ts, cur_te;	/* the pending sentence without white space at its ends */
	int32_t		index;
	int32_t		char_base_byte;	/* code points counted up to this byte */
	int32_t		char_base;
	bool		done;
	bool		ascii;			/* all-ASCII text: the fast path, no ICU */
	uint64_t	segments;		/* raw segments read */
	uint64_t	work;			/* bytes looked at (gp_sentiter_work) */
};

gp_sentiter *
gp_sentiter_begin(gp_segmenter *seg, const char *text, int32_t len, gp_arena *arena)
{
	gp_sentiter *it = gp_arena_alloc(arena, sizeof(gp_sentiter));

	memset(it, 0, sizeof(*it));
	it->seg = seg;
	it->text = text;
	it->len = len;
	it->cur_s = -1;
	it->raw_end = -1;
	it->ascii = !seg->force_icu && gp_utf8_ascii(text, len);
	if (!it->ascii)
		gp_icu_set_text(seg->sent, text, len, "could not set text of ICU sentence iterator");
	return it;
}

/*
 * Next raw segment [*s, *e) from ICU (or the ASCII rules), cut at
 * GP_MAX_SENTENCE_BYTES.  After a cut the boundary found stays the next
 * one: the text up to it is not searched again (which made a long text
 * without sentence ends quadratic).  The ASCII rules search no further than
 * the cut needs, so that a long text without sentence ends is searched a
 * piece at a time, between interrupt checks; ICU searches on to the next
 * boundary.
 */
static bool
raw_next(gp_sentiter *it, int32_t *s, int32_t *e)
{
	int32_t		b;
	bool		found = true;	/* b is a boundary, not only "further than a cut" */

	if (it->raw_pos >= it->len)
		return false;
	if (++it->segments % SENT_CHECK_EVERY == 0)
		gp_interrupt();
	if (it->raw_end > it->raw_pos)
		b = it->raw_end;
	else if (it->ascii)
	{
		b = gp_sb_next(it->seg->sclass, it->seg->sstop, it->text, it->len, it->raw_pos,
					   it->raw_pos + GP_MAX_SENTENCE_BYTES + 1, &it->work);
		if (b < 0)
		{
			b = it->raw_pos + GP_MAX_SENTENCE_BYTES + 1;
			found = false;
		}
	}
	else
	{
		b = ubrk_following(it->seg->sent, it->raw_pos);
		if (b != UBRK_DONE && b > it->raw_pos)
			it->work += (uint64_t) (b - it->raw_pos);
	}
	if (b == UBRK_DONE || b > it->len)
		b = it->len;
	it->raw_end = -1;
	if (b - it->raw_pos > GP_MAX_SENTENCE_BYTES)
	{
		/* cut at the last white space before the limit, on a char boundary */
		int32_t		cut = it->raw_pos + GP_MAX_SENTENCE_BYTES;
		int32_t		i = cut;

		while (i > it->raw_pos + GP_MAX_SENTENCE_BYTES / 2 && it->text[i] != ' ' && it->text[i] != '\n')
			i--;
		it->work += (uint64_t) (cut - i);
		if (i > it->raw_pos + GP_MAX_SENTENCE_BYTES / 2)
			cut = i + 1;
		while (cut > it->raw_pos + 1 && ((unsigned char) it->text[cut] & 0xC0) == 0x80)
			cut--;
		it->raw_end = found ? b : -1;
		b = cut;
	}
	*s = it->raw_pos;
	*e = b;
	it->raw_pos = b;
	return true;
}

/* [*ts, *te) = s..e without white space at both ends, counting the work */
static void
trim_counted(gp_sentiter *it, int32_t s, int32_t e, int32_t *ts, int32_t *te)
{
	gp_sent_trim(it->text, s, e, ts, te);
	it->work += (uint64_t) (*ts - s) + (uint64_t) (e - *te) + 1;
}

/* [s, e) becomes the pending sentence */
static void
set_pending(gp_sentiter *it, int32_t s, int32_t e)
{
	it->cur_s = s;
	it->cur_e = e;
	if (s >= 0)
		trim_counted(it, s, e, &it->cur_ts, &it->cur_te);
}

int
gp_sentiter_next(gp_sentiter *it, gp_sentence *out)
{
	const char *t = it->text;
	int32_t		ns, ne;

	if (it->done)
		return 0;
	for (;;)
	{
		int32_t		ts, te;

		if (it->cur_s < 0)
		{
			if (!raw_next(it, &ns, &ne))
			{
				it->done = true;
				return 0;
			}
			set_pending(it, ns, ne);
			continue;
		}
		if (!raw_next(it, &ns, &ne))
		{
			ns = ne = -1;
			it->done = true;
		}
		else
		{
			int32_t		nts, nte, fl;

			trim_counted(it, ns, ne, &nts, &nte);
			/* glued, the sentence stays within GP_MAX_SENTENCE_BYTES */
			if ((nts == nte || it->cur_ts == it->cur_te || nte - it->cur_ts <= GP_MAX_SENTENCE_BYTES) &&
				gp_sent_glue(t, it->cur_ts, it->cur_te, nts, nte, &it->work))
			{
				it->cur_e = ne;
				if (nts < nte)
				{
					if (it->cur_ts == it->cur_te)
						it->cur_ts = nts;
					it->cur_te = nte;
				}
				else if (it->cur_ts == it->cur_te)
					it->cur_ts = it->cur_te = ne;
				continue;
			}
			/* "... authority. (1) Next sentence": the marker goes before */
			fl = gp_footnote_len(t, nts, nte);
			if (fl > 0 && nts + fl < nte && gp_is_space_cp((unsigned char) t[nts + fl]) &&
				gp_ends_final(t, it->cur_ts, it->cur_te, &it->work))
			{
				it->cur_e = nts + fl;
				it->cur_te = nts + fl;
				ns = nts + fl;
			}
		}
		/* emit the pending sentence, make [ns, ne) pending */
		ts = it->cur_ts;
		te = it->cur_te;
		set_pending(it, ns, ne);
		if (ts == te)
		{
			if (it->done)
				return 0;
			continue;
		}
		if (it->ascii)
			it->char_base = ts;
		else
			it->char_base += gp_utf8_count(t + it->char_base_byte, ts - it->char_base_byte);
		it->work += (uint64_t) (ts - it->char_base_byte) + (uint64_t) (te - ts);
		it->char_base_byte = ts;
		out->index = it->index++;
		out->start = ts;
		out->len = te - ts;
		out->cstart = it->char_base;
		out->clen = it->ascii ? te - ts : gp_utf8_count(t + ts, te - ts);
		return 1;
	}
}

uint64_t
gp_sentiter_work(const gp_sentiter *it)
{
	return it->work + it->segments;
}
