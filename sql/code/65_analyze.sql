-- ------------------------------------------------------------ one call

CREATE OR REPLACE FUNCTION geopol.analyze(doc text, doc_date date DEFAULT NULL) RETURNS jsonb
    LANGUAGE c STABLE PARALLEL SAFE
    COST 5100	-- see 60_text.sql
    AS 'MODULE_PATHNAME', 'geopol_analyze';
COMMENT ON FUNCTION geopol.analyze(text, date) IS
    'Sentences, mentions, relations and topics of doc in one pass: {"sentences": n, "mentions": [...], "relations": [...], "topics": [...]}, each element keyed like the columns of the matching set-returning function.';

CREATE OR REPLACE FUNCTION geopol.actor_tsvector(doc text) RETURNS tsvector
    LANGUAGE c IMMUTABLE PARALLEL SAFE
    COST 2200	-- see 60_text.sql
    AS 'MODULE_PATHNAME', 'geopol_actor_tsvector';
COMMENT ON FUNCTION geopol.actor_tsvector(text) IS
    'The actor codes doc mentions, lower-cased, as a tsvector for a GIN expression index: WHERE geopol.actor_tsvector(body) @@ ''rus & chn''. Declared IMMUTABLE like to_tsvector(regconfig, text): after editing the dictionary tables (or an ICU upgrade), REINDEX such indexes.';
