-- eval/reuters.sql — Reuters-21578 dev half: document-level countries.
--
-- Predicted set of a document: the salient countries of geopol.countries(text, date) — states named
-- (directly or through capitals, institutions, leaders in office, demonyms, places) weighted by kind and
-- position, or, in a document naming none, those its currency/company-form words suggest (inferred).
-- The set of every country mentioned at all is reported too ("all mentioned"), for comparison. Gold: the document's `places` tags, each mapped to its accepted
-- ISO codes (reuters_places_iso.tsv; ussr = SUN|RUS ...). A predicted code is correct when it is accepted
-- for one of the document's places; a place is found when one of its accepted codes is predicted.
-- Precision = correct predicted codes / predicted codes, recall = found places / places (micro, over all
-- documents). Needs the tables filled by eval/run (news, reuters_tags, reuters_iso).

\set ON_ERROR_STOP on
\pset footer off
SET client_min_messages = warning;

CREATE TEMP TABLE r_doc AS
SELECT t.id, n.date, n.text, coalesce(t.places, '') <> '' AS tagged
FROM geopol_eval.reuters_tags t
JOIN geopol_eval.news n USING (id)
WHERE t.id ~ '^reu-[0-9]+$' AND substr(t.id, 5)::int BETWEEN 1 AND 10000;

CREATE TEMP TABLE r_gold AS
SELECT DISTINCT d.id, p.place, string_to_array(coalesce(m.codes, ''), '|') AS codes
FROM r_doc d
JOIN geopol_eval.reuters_tags t USING (id)
CROSS JOIN LATERAL unnest(string_to_array(t.places, ',')) AS p(place)
LEFT JOIN geopol_eval.reuters_iso m ON m.place = p.place
WHERE p.place <> '';

CREATE TEMP TABLE r_mention AS
SELECT d.id, x.sentence, x.start_pos, x.surface, x.actor, x.entity, x.kind, x.country,
       geopol_eval.country_code(x.actor, x.country) AS code
FROM r_doc d, geopol.mentions(d.text, d.date) x;

CREATE TEMP TABLE r_country AS
SELECT d.id, c.* FROM r_doc d, geopol.countries(d.text, d.date) c;

ANALYZE r_gold;
CREATE TEMP TABLE r_pred_all AS
SELECT p.id, p.code, count(g.id) > 0 AS correct
FROM (SELECT DISTINCT id, code FROM r_mention WHERE code IS NOT NULL) p
LEFT JOIN r_gold g ON g.id = p.id AND p.code = ANY (g.codes)
GROUP BY p.id, p.code;
CREATE TEMP TABLE r_pred AS
SELECT p.id, p.code, count(g.id) > 0 AS correct
FROM (SELECT DISTINCT id, country AS code FROM r_country WHERE salient) p
LEFT JOIN r_gold g ON g.id = p.id AND p.code = ANY (g.codes)
GROUP BY p.id, p.code;
ANALYZE r_pred;

CREATE TEMP TABLE r_gold_found AS
SELECT g.id, g.place, g.codes, count(p.id) > 0 AS found
FROM r_gold g LEFT JOIN r_pred p ON p.id = g.id AND p.code = ANY (g.codes)
GROUP BY g.id, g.place, g.codes;

INSERT INTO geopol_eval.score (part, variant, units, n_pred, correct_pred, n_gold, found_gold, target, note)
SELECT 'reuters', v.variant,
       (SELECT count(*) FROM r_doc d WHERE d.tagged OR NOT v.tagged_only),
       (SELECT count(*) FROM r_pred p JOIN r_doc d USING (id) WHERE d.tagged OR NOT v.tagged_only),
       (SELECT count(*) FILTER (WHERE correct) FROM r_pred p JOIN r_doc d USING (id) WHERE d.tagged OR NOT v.tagged_only),
       (SELECT count(*) FROM r_gold),
       (SELECT count(*) FILTER (WHERE found) FROM r_gold_found),
       v.target, v.note
FROM (VALUES ('all documents', false, 'F1 >= 0.87', 'geopol.countries() salient; reu-1..reu-10000 in the corpus; documents without places count their predictions as false'),
             ('tagged documents', true, NULL, 'documents with at least one places tag')) AS v(variant, tagged_only, target, note);

-- for comparison: every country mentioned at all, no salience, no inference
INSERT INTO geopol_eval.score (part, variant, units, n_pred, correct_pred, n_gold, found_gold, target, note)
SELECT 'reuters', 'all mentioned (no salience)',
       (SELECT count(*) FROM r_doc),
       (SELECT count(*) FROM r_pred_all),
       (SELECT count(*) FILTER (WHERE correct) FROM r_pred_all),
       (SELECT count(*) FROM r_gold),
       (SELECT count(*) FROM r_gold g WHERE EXISTS (SELECT 1 FROM r_pred_all p WHERE p.id = g.id AND p.code = ANY (g.codes))),
       NULL, 'distinct country-level codes of geopol.mentions()';

\echo
\echo '== Reuters-21578 dev half: document-level countries (geopol.mentions)'
SELECT variant, units AS docs, n_pred AS predicted, correct_pred AS correct, n_gold AS gold_places,
       found_gold AS found, p AS precision, r AS recall, f1
FROM geopol_eval.score_prf WHERE part = 'reuters' ORDER BY ord;

SELECT count(*) AS mentions,
       count(*) FILTER (WHERE code IS NULL) AS mentions_without_country,
       (SELECT count(*) FROM r_gold WHERE codes = '{""}') AS unmapped_gold_places,
       (SELECT count(*) FROM r_doc d WHERE NOT EXISTS (SELECT 1 FROM r_pred p WHERE p.id = d.id)) AS docs_without_country,
       (SELECT count(*) FROM r_gold g WHERE NOT EXISTS (SELECT 1 FROM r_pred p WHERE p.id = g.id)) AS gold_places_in_them
FROM r_mention;

\echo
\echo '-- top 25 false-positive codes (predicted, not among the document''s places); docs_untagged = of them in documents without places'
SELECT p.code, a.name, count(*) AS fp,
       count(*) FILTER (WHERE NOT d.tagged) AS docs_untagged
FROM r_pred p JOIN r_doc d USING (id) LEFT JOIN geopol.actor a ON a.code = p.code
WHERE NOT p.correct
GROUP BY p.code, a.name ORDER BY fp DESC, p.code LIMIT 25;

\echo
\echo '-- top 25 false-negative places (tagged, no accepted code predicted); no_prediction = of them in documents where nothing at all was predicted'
SELECT g.place, array_to_string(g.codes, '|') AS codes, count(*) AS fn,
       count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM r_pred p WHERE p.id = g.id)) AS no_prediction
FROM r_gold_found g WHERE NOT g.found
GROUP BY g.place, g.codes ORDER BY fn DESC, g.place LIMIT 25;

\echo
\echo '-- false positives by mention kind (a false (doc, code) pair counts once for each kind among its mentions)'
SELECT m.kind, count(DISTINCT (m.id, m.code)) AS fp_pairs, count(*) AS mentions
FROM r_mention m JOIN r_pred p ON p.id = m.id AND p.code = m.code AND NOT p.correct
GROUP BY m.kind ORDER BY fp_pairs DESC;

\echo
\echo '-- example false-positive mentions for the top 10 false-positive codes: the two most frequent surfaces of each (mentions/docs: how often that surface is behind a false positive)'
WITH top AS (
    SELECT code, count(*) AS fp FROM r_pred WHERE NOT correct GROUP BY code ORDER BY fp DESC, code LIMIT 10
), surf AS (
    SELECT m.code, m.surface, m.actor, m.kind, m.entity, count(*) AS n, count(DISTINCT m.id) AS docs, min(m.id) AS example_doc,
           row_number() OVER (PARTITION BY m.code ORDER BY count(*) DESC, m.surface) AS rk
    FROM r_mention m JOIN r_pred p ON p.id = m.id AND p.code = m.code AND NOT p.correct
    WHERE m.code IN (SELECT code FROM top)
    GROUP BY m.code, m.surface, m.actor, m.kind, m.entity
)
SELECT s.code, s.example_doc, s.surface, s.actor, s.kind, s.entity, s.n AS mentions, s.docs,
       (SELECT t.places FROM geopol_eval.reuters_tags t WHERE t.id = s.example_doc) AS example_doc_places,
       (SELECT substr(n.text, greatest(1, m.start_pos - 40), 100) FROM r_mention m JOIN geopol_eval.news n USING (id)
         WHERE m.id = s.example_doc AND m.surface = s.surface ORDER BY m.start_pos LIMIT 1) AS context
FROM surf s JOIN top t USING (code)
WHERE s.rk <= 2
ORDER BY t.fp DESC, s.code, s.rk;

\echo
\echo '-- likely wrong resolutions: surfaces behind false positives in >= 5 documents and right in under 25% of their documents'
SELECT m.surface, m.code, m.kind, m.entity,
       count(DISTINCT m.id) FILTER (WHERE NOT p.correct) AS fp_docs,
       count(DISTINCT m.id) FILTER (WHERE p.correct) AS right_docs,
       min(m.id) FILTER (WHERE NOT p.correct) AS example_doc
FROM r_mention m JOIN r_pred p ON p.id = m.id AND p.code = m.code
GROUP BY m.surface, m.code, m.kind, m.entity
HAVING count(DISTINCT m.id) FILTER (WHERE NOT p.correct) >= 5
   AND count(DISTINCT m.id) FILTER (WHERE p.correct) < 0.25 * count(DISTINCT m.id)
ORDER BY fp_docs DESC, m.surface LIMIT 30;

-- ------------------------------------------------------------ by evidence type
\echo
\echo '-- salient countries by evidence type (evidence_types of geopol.countries()): predictions with that type, how many are right'
SELECT t.type AS evidence_type, count(*) AS predicted, count(*) FILTER (WHERE p.correct) AS correct,
       round(count(*) FILTER (WHERE p.correct)::numeric / count(*), 4) AS precision
FROM r_country c CROSS JOIN LATERAL unnest(c.evidence_types) t(type)
JOIN r_pred p ON p.id = c.id AND p.code = c.country
WHERE c.salient
GROUP BY t.type ORDER BY predicted DESC;

-- F1 of the whole with one evidence type switched off (its weight 0, a factor or role 1, the
-- market tables emptied); each change is undone by the rollback of its own subtransaction, so a
-- database scored with --db keeps its tables as they were
CREATE TEMP TABLE r_ablation (evidence text, ord int, n_pred bigint, correct bigint, found bigint);
CREATE FUNCTION pg_temp.r_counts() RETURNS text LANGUAGE sql AS $f$
    WITH p AS (
        SELECT DISTINCT d.id, c.country AS code FROM r_doc d, geopol.countries(d.text, d.date) c WHERE c.salient
    ), pc AS (
        SELECT p.id, p.code, EXISTS (SELECT 1 FROM r_gold g WHERE g.id = p.id AND p.code = ANY (g.codes)) AS correct FROM p
    )
    SELECT concat_ws(',', (SELECT count(*) FROM pc), (SELECT count(*) FILTER (WHERE correct) FROM pc),
           (SELECT count(*) FROM r_gold g WHERE EXISTS (SELECT 1 FROM p WHERE p.id = g.id AND p.code = ANY (g.codes))));
$f$;
CREATE FUNCTION pg_temp.r_variant(label text, ord int, change text) RETURNS void LANGUAGE plpgsql AS $f$
DECLARE
    res text;
BEGIN
    BEGIN
        IF change IS NOT NULL THEN
            EXECUTE change;
        END IF;
        res := pg_temp.r_counts();
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = res;   -- undoes the change
    EXCEPTION WHEN raise_exception THEN
        res := SQLERRM;
    END;
    INSERT INTO r_ablation VALUES (label, ord, split_part(res, ',', 1)::bigint, split_part(res, ',', 2)::bigint,
                                   split_part(res, ',', 3)::bigint);
END
$f$;
\o /dev/null
SELECT pg_temp.r_variant('(all evidence)', 0, NULL);
SELECT pg_temp.r_variant(w.evidence || CASE WHEN w.evidence IN ('headline', 'list') THEN ' (factor 1)'
                                            WHEN w.evidence IN ('relative', 'top_min') THEN ' (rule off)'
                                            ELSE ' (weight 0)' END,
                         row_number() OVER (ORDER BY w.evidence)::int,
                         format('UPDATE geopol.country_weight SET weight = %s WHERE evidence = %L',
                                CASE WHEN w.evidence IN ('headline', 'list') THEN 1 ELSE 0 END, w.evidence))
FROM geopol.country_weight w WHERE w.evidence <> 'market_cap' ORDER BY w.evidence;
SELECT pg_temp.r_variant('role ' || r.role || ' (factor 1)', 100 + row_number() OVER (ORDER BY r.role)::int,
                         format('UPDATE geopol.mention_role SET weight = 1 WHERE role = %L', r.role))
FROM geopol.mention_role r ORDER BY r.role;
SELECT pg_temp.r_variant('ticker symbols (none)', 200, 'DELETE FROM geopol.ticker_rule');
SELECT pg_temp.r_variant('indicator words (none)', 201, 'DELETE FROM geopol.country_indicator');
\o

\echo
\echo '-- F1 by evidence type: the whole with that evidence switched off; delta_f1 < 0: the evidence helps'
WITH a AS (
    SELECT evidence, ord, n_pred, correct, found,
           correct::numeric / nullif(n_pred, 0) AS p, found::numeric / (SELECT count(*) FROM r_gold) AS r
    FROM r_ablation
), f AS (
    SELECT a.*, 2 * p * r / nullif(p + r, 0) AS f1 FROM a
)
SELECT evidence AS switched_off, n_pred AS predicted, correct, found,
       round(p, 4) AS precision, round(r, 4) AS recall, round(f1, 4) AS f1,
       round(f1 - (SELECT f1 FROM f WHERE ord = 0), 4) AS delta_f1
FROM f ORDER BY ord;

-- held-out check: odd and even document ids apart (the weights were chosen on the odd ones)
INSERT INTO geopol_eval.score (part, variant, units, n_pred, correct_pred, n_gold, found_gold, target, note)
SELECT 'reuters', h.variant,
       (SELECT count(*) FROM r_doc d WHERE substr(d.id, 5)::int % 2 = h.rem),
       (SELECT count(*) FROM r_pred p WHERE substr(p.id, 5)::int % 2 = h.rem),
       (SELECT count(*) FILTER (WHERE correct) FROM r_pred p WHERE substr(p.id, 5)::int % 2 = h.rem),
       (SELECT count(*) FROM r_gold g WHERE substr(g.id, 5)::int % 2 = h.rem),
       (SELECT count(*) FILTER (WHERE found) FROM r_gold_found g WHERE substr(g.id, 5)::int % 2 = h.rem),
       NULL, h.note
FROM (VALUES ('odd ids', 1, 'all documents, odd ids only (where the weights were chosen)'),
             ('even ids', 0, 'all documents, even ids only (held out)')) AS h(variant, rem, note);
\echo
\echo '-- held-out check: odd and even document ids apart'
SELECT variant, units AS docs, n_pred AS predicted, correct_pred AS correct, n_gold AS gold_places,
       found_gold AS found, p AS precision, r AS recall, f1
FROM geopol_eval.score_prf WHERE part = 'reuters' AND variant IN ('odd ids', 'even ids') ORDER BY ord;
