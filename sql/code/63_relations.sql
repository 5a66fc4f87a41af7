
-- ------------------------------------------------------------ relations

CREATE OR REPLACE FUNCTION geopol.relations(doc text, doc_date date DEFAULT NULL)
    RETURNS SETOF geopol.relation_row
    LANGUAGE c STABLE PARALLEL SAFE
    ROWS 10 COST 3000	-- see 60_text.sql
    AS 'MODULE_PATHNAME', 'geopol_relations';
COMMENT ON FUNCTION geopol.relations(text, date) IS
    'Who does what to whom: PLOVER-typed relations between actor mentions, found by cue patterns; cue/start_pos/len point at the words that triggered the row, evidence is the sentence, rule the pattern.';
