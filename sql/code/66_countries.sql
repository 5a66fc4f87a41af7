
-- ------------------------------------------------------------ countries

CREATE OR REPLACE FUNCTION geopol.countries(doc text, doc_date date DEFAULT NULL, min_salience real DEFAULT 1.5,
    OUT country text, OUT salience real, OUT mentions int, OUT first_sentence int,
    OUT salient boolean, OUT inferred boolean, OUT evidence text[])
    RETURNS SETOF record
    LANGUAGE sql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    ROWS 5
    AS $func$
    WITH m AS (
        SELECT coalesce(CASE WHEN x.kind = 'state' THEN x.actor END, x.country) AS country,
               x.sentence, x.surface,
               -- the first sentence (a title or lead) counts twice; adjectives and places half
               (CASE WHEN x.sentence = 1 THEN 2 ELSE 1 END
                * CASE WHEN x.kind IN ('demonym', 'place', 'region') THEN 0.5 ELSE 1 END)::real AS w
        FROM geopol.mentions(doc, doc_date) x
        WHERE x.kind <> 'igo' AND NOT (x.kind = 'leader' AND x.actor IS NULL)
    ), named AS (
        SELECT m.country, sum(m.w)::real AS salience, count(*)::int AS mentions,
               min(m.sentence) AS first_sentence, array_agg(DISTINCT m.surface) AS evidence
        FROM m WHERE m.country IS NOT NULL GROUP BY m.country
    ), top AS (
        SELECT max(n.salience) AS mx FROM named n
    ), inferred AS (
        SELECT i.country, sum(i.weight)::real AS salience, count(*)::int AS mentions,
               min(t.sentence) AS first_sentence, array_agg(DISTINCT t.token) AS evidence
        FROM geopol.tokens(doc) t JOIN geopol.country_indicator i ON i.term = t.token
        WHERE NOT EXISTS (SELECT 1 FROM named)
        GROUP BY i.country
    )
    SELECT n.country, n.salience, n.mentions, n.first_sentence,
           n.salience >= min_salience OR n.salience = (SELECT mx FROM top), false, n.evidence
    FROM named n
    UNION ALL
    SELECT i.country, i.salience, i.mentions, i.first_sentence,
           i.salience >= 1 AND i.salience = (SELECT max(i2.salience) FROM inferred i2), true, i.evidence
    FROM inferred i
    ORDER BY 2 DESC, 1
$func$;
COMMENT ON FUNCTION geopol.countries(text, date, real) IS
    'The countries doc concerns: every state named (directly, or through its capital, institutions, leaders in office, demonyms, regions and places), with salience = mentions weighted by kind (places and adjectives half) and position (the first sentence twice); salient = salience >= min_salience or the document''s top country. A document naming no country gets the countries geopol.country_indicator suggests, flagged inferred.';
