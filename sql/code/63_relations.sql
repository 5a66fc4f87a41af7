
-- ------------------------------------------------------------ relations

CREATE OR REPLACE FUNCTION geopol.relations(doc text, doc_date date DEFAULT NULL,
    OUT sentence int, OUT source text, OUT target text, OUT event text, OUT mode text,
    OUT quad smallint, OUT score real, OUT negated boolean, OUT hypothetical boolean,
    OUT cue text, OUT start_pos int, OUT len int, OUT evidence text, OUT rule text)
    RETURNS SETOF record
    LANGUAGE c STABLE PARALLEL SAFE
    ROWS 10
    AS 'MODULE_PATHNAME', 'geopol_relations';
COMMENT ON FUNCTION geopol.relations(text, date) IS
    'Who does what to whom: PLOVER-typed relations between actor mentions, found by cue patterns; cue/start_pos/len point at the words that triggered the row, evidence is the sentence, rule the pattern.';
