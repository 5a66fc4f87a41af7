
-- ------------------------------------------------------------ topics

CREATE OR REPLACE FUNCTION geopol.topics(doc text)
    RETURNS SETOF geopol.topic_row
    LANGUAGE c STABLE PARALLEL SAFE
    ROWS 8 COST 2600	-- see 60_text.sql
    AS 'MODULE_PATHNAME', 'geopol_topics';
COMMENT ON FUNCTION geopol.topics(text) IS
    'Topics of doc from geopol.topic_term hits: score = weighted hits per 100 words (documents under 50 words count as 50), hits = term occurrences, terms = the terms that counted. A topic needs weighted hits of at least 2.';
