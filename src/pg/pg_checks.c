/*
 * pg_checks.c — geopol._has_word(name): the check that keeps names the
 * matcher can never match out of the dictionary tables.
 *
 * A name made only of punctuation, symbols or invisible characters (zero
 * width spaces, joiners) gives token norms that are empty or punctuation:
 * it can never be told apart from the text around it, and it is almost
 * always a mistake.  The dictionary tables' CHECK constraints call this
 * (with a length bound) so that such a row is refused with a clear message
 * instead of silently never matching.
 */
#include "pg_geopol.h"

#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(geopol_has_word);
Datum
geopol_has_word(PG_FUNCTION_ARGS)
{
	GpInput		in;
	gp_arena	a;
	gp_token   *tok;
	gp_sentence whole = {0, 0, 0, 0, 0};
	int32		n;
	bool		found = false;

	gp_pg_input_from_text(PG_GETARG_TEXT_PP(0), &in);
	gp_arena_init(&a, CurrentMemoryContext);
	whole.len = in.len;
	n = gp_tokenize_span(gp_pg_segmenter(), in.utf8, &whole, false, &a, &tok);
	for (int32 i = 0; i < n && !found; i++)
		found = (tok[i].kind == GP_TOK_WORD || tok[i].kind == GP_TOK_NUMBER || tok[i].kind == GP_TOK_IDEO)
			&& tok[i].normlen > 0;
	PG_RETURN_BOOL(found);
}
