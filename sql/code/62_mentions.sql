-- ------------------------------------------------------------ mentions

CREATE OR REPLACE FUNCTION geopol.mentions(doc text, doc_date date DEFAULT NULL)
    RETURNS SETOF geopol.mention_row
    LANGUAGE c STABLE PARALLEL SAFE
    ROWS 20
    AS 'MODULE_PATHNAME', 'geopol_mentions';
COMMENT ON FUNCTION geopol.mentions(text, date) IS
    'Mentions of states, capitals, institutions, demonyms, leaders (time-aware with doc_date), IGOs, regions and places in doc, resolved through the geopol.alias dictionary. substr(doc, start_pos, len) = surface.';

CREATE OR REPLACE FUNCTION geopol.dictionary_stats(OUT names int, OUT entries int, OUT nodes int,
    OUT memory_bytes bigint, OUT compile_ms float8, OUT compiled_at timestamptz)
    LANGUAGE c STABLE PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'geopol_dictionary_stats';
COMMENT ON FUNCTION geopol.dictionary_stats() IS
    'The compiled dictionary of this backend (compiling it if needed): size, memory and compile time.';
