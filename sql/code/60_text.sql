
-- ------------------------------------------------------------------ text

-- COST is honest, so that the planner runs a large table's documents in parallel workers by itself:
-- the cost of one call on a news article of 625 bytes (the corpus's mean) in units of cpu_operator_cost
-- (an int4 +, 33 instructions by callgrind), from bench/callgrind's instructions per MB:
-- COST = instr/MB * 625e-6 / 33, two significant digits.  The planner charges a set-returning
-- function's COST once per call (cost_functionscan), as for any other function.  The number of
-- workers still follows the table's size (one, then one more per tripling above
-- min_parallel_table_scan_size) or its parallel_workers setting.

CREATE OR REPLACE FUNCTION geopol.tokens(doc text,
    OUT ord int, OUT sentence int, OUT token text, OUT norm text,
    OUT kind text, OUT start_pos int, OUT len int)
    RETURNS SETOF record
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
    ROWS 200 COST 7900
    AS 'MODULE_PATHNAME', 'geopol_tokens';
COMMENT ON FUNCTION geopol.tokens(text) IS
    'Words, numbers, ideographic words, punctuation and symbols of doc (ICU word breaks), with NFKC case-folded norm, 1-based sentence number and 1-based character positions: substr(doc, start_pos, len) = token.';

CREATE OR REPLACE FUNCTION geopol.sentences(doc text,
    OUT sentence int, OUT start_pos int, OUT len int, OUT text text)
    RETURNS SETOF record
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
    ROWS 20 COST 830
    AS 'MODULE_PATHNAME', 'geopol_sentences';
COMMENT ON FUNCTION geopol.sentences(text) IS
    'Sentences of doc: ICU sentence breaks, plus headings and blank lines as boundaries, abbreviations and footnote markers kept inside. substr(doc, start_pos, len) = text.';

-- text search parser and configuration on the same tokenizer
CREATE OR REPLACE FUNCTION geopol._prs_start(internal, int4) RETURNS internal
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE AS 'MODULE_PATHNAME', 'geopol_prs_start';
CREATE OR REPLACE FUNCTION geopol._prs_gettoken(internal, internal, internal) RETURNS internal
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE AS 'MODULE_PATHNAME', 'geopol_prs_gettoken';
CREATE OR REPLACE FUNCTION geopol._prs_end(internal) RETURNS void
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE AS 'MODULE_PATHNAME', 'geopol_prs_end';
CREATE OR REPLACE FUNCTION geopol._prs_lextype(internal) RETURNS internal
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE AS 'MODULE_PATHNAME', 'geopol_prs_lextype';
