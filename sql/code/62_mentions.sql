-- ------------------------------------------------------------ mentions

CREATE OR REPLACE FUNCTION geopol.mentions(doc text, doc_date date DEFAULT NULL)
    RETURNS SETOF geopol.mention_row
    LANGUAGE c STABLE PARALLEL SAFE
    ROWS 20 COST 2600	-- see 60_text.sql
    AS 'MODULE_PATHNAME', 'geopol_mentions';
COMMENT ON FUNCTION geopol.mentions(text, date) IS
    'Mentions of states, capitals, institutions, demonyms, leaders (time-aware with doc_date), IGOs, regions and places in doc, resolved through the geopol.alias dictionary. substr(doc, start_pos, len) = surface.';

CREATE OR REPLACE FUNCTION geopol.dictionary_stats(OUT names int, OUT entries int, OUT nodes int,
    OUT memory_bytes bigint, OUT compile_ms float8, OUT compiled_at timestamptz)
    LANGUAGE c STABLE PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'geopol_dictionary_stats';
COMMENT ON FUNCTION geopol.dictionary_stats() IS
    'The compiled dictionary of this backend (compiling it if needed): size, memory and compile time.';

CREATE OR REPLACE FUNCTION geopol.dictionary_snapshot(OUT source text, OUT version bigint,
    OUT bytes bigint, OUT file text)
    LANGUAGE c STABLE PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'geopol_dictionary_snapshot';
COMMENT ON FUNCTION geopol.dictionary_snapshot() IS
    'Where this session''s compiled dictionary comes from (a snapshot shared by every session, mapped from a file under the data directory, or compiled by this session), its version, its bytes and its file.';
