/*
 * geopol install script.  Built by tools/build_sql.pl from the parts in src/sql and
 * the data files; do not edit the built script by hand.
 *
 * Everything is schema-qualified: the script is safe whatever search_path
 * the installing session has.
 */
\echo Use "CREATE EXTENSION geopol" to load this file. \quit

-- ------------------------------------------------------------------ text

CREATE FUNCTION geopol._from_utf8(bytea) RETURNS text
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'geopol_from_utf8';
COMMENT ON FUNCTION geopol._from_utf8(bytea) IS
    'UTF-8 bytes as text in the database encoding, NULL when the encoding cannot hold them (used to load data files into databases of any encoding).';

CREATE FUNCTION geopol.icu_version() RETURNS text
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'geopol_icu_version';
COMMENT ON FUNCTION geopol.icu_version() IS
    'Version of the ICU library geopol segments and normalises text with; results of tokens(), sentences() and the geopol.icu parser depend on it (REINDEX indexes built on them after an ICU upgrade).';

CREATE FUNCTION geopol.tokens(doc text,
    OUT ord int, OUT sentence int, OUT token text, OUT norm text,
    OUT kind text, OUT start_pos int, OUT len int)
    RETURNS SETOF record
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
    ROWS 200
    AS 'MODULE_PATHNAME', 'geopol_tokens';
COMMENT ON FUNCTION geopol.tokens(text) IS
    'Words, numbers, ideographic words, punctuation and symbols of doc (ICU word breaks), with NFKC case-folded norm, 1-based sentence number and 1-based character positions: substr(doc, start_pos, len) = token.';

CREATE FUNCTION geopol.sentences(doc text,
    OUT sentence int, OUT start_pos int, OUT len int, OUT text text)
    RETURNS SETOF record
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
    ROWS 20
    AS 'MODULE_PATHNAME', 'geopol_sentences';
COMMENT ON FUNCTION geopol.sentences(text) IS
    'Sentences of doc: ICU sentence breaks, plus headings and blank lines as boundaries, abbreviations and footnote markers kept inside. substr(doc, start_pos, len) = text.';

-- text search parser and configuration on the same tokenizer
CREATE FUNCTION geopol._prs_start(internal, int4) RETURNS internal
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE AS 'MODULE_PATHNAME', 'geopol_prs_start';
CREATE FUNCTION geopol._prs_gettoken(internal, internal, internal) RETURNS internal
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE AS 'MODULE_PATHNAME', 'geopol_prs_gettoken';
CREATE FUNCTION geopol._prs_end(internal) RETURNS void
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE AS 'MODULE_PATHNAME', 'geopol_prs_end';
CREATE FUNCTION geopol._prs_lextype(internal) RETURNS internal
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE AS 'MODULE_PATHNAME', 'geopol_prs_lextype';

CREATE TEXT SEARCH PARSER geopol.icu (
    START    = geopol._prs_start,
    GETTOKEN = geopol._prs_gettoken,
    END      = geopol._prs_end,
    LEXTYPES = geopol._prs_lextype,
    HEADLINE = pg_catalog.prsd_headline
);
COMMENT ON TEXT SEARCH PARSER geopol.icu IS
    'ICU word breaks (UAX #29 plus dictionaries for Chinese, Japanese, Thai, Lao, Khmer, Burmese).';

CREATE TEXT SEARCH CONFIGURATION geopol.multilingual (PARSER = geopol.icu);
ALTER TEXT SEARCH CONFIGURATION geopol.multilingual
    ADD MAPPING FOR word, ideo, number WITH pg_catalog.simple;
COMMENT ON TEXT SEARCH CONFIGURATION geopol.multilingual IS
    'Language-neutral configuration on the geopol.icu parser: words of any script, lower-cased, no stemming.';
