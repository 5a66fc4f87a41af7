-- eval/petr_actors.sql — PETRARCH records: country-level actors of each sentence.
--
--   psql -v eset=validation -v part=petr-validation-actors -f eval/petr_actors.sql
--
-- One unit = one record id of geopol_eval.petr_event (the flat files have one row per expected event; a
-- sentence coded with several events is scored once). Gold: the country parts (first three letters,
-- geopol_eval.petr_country) of every sourcecode and targetcode of the record; codes that are not a
-- country (IGO*, NGO*, IMG*, ---, ...) and no-event records contribute nothing. Predicted: the distinct
-- country-level codes (geopol_eval.country_code) of geopol.mentions(text, date). Micro P/R/F1.

\set ON_ERROR_STOP on
\pset footer off
SET client_min_messages = warning;
\if :{?note}
\else
\set note ''
\endif

DROP TABLE IF EXISTS pa_rec, pa_gold, pa_mention, pa_pred;
CREATE TEMP TABLE pa_rec AS
SELECT id, min(text) AS text, to_date(nullif(min(date), ''), 'YYYYMMDD') AS date
FROM geopol_eval.petr_event WHERE eset = :'eset' GROUP BY id;

CREATE TEMP TABLE pa_gold AS
SELECT DISTINCT e.id, c.code
FROM geopol_eval.petr_event e
CROSS JOIN LATERAL (VALUES (geopol_eval.petr_country(e.sourcecode)), (geopol_eval.petr_country(e.targetcode))) AS c(code)
WHERE e.eset = :'eset' AND c.code IS NOT NULL AND coalesce(e.noevents, '') = '';

CREATE TEMP TABLE pa_mention AS
SELECT r.id, x.surface, x.actor, x.kind, x.country, geopol_eval.country_code(x.actor, x.country) AS code
FROM pa_rec r, geopol.mentions(r.text, r.date) x;

CREATE TEMP TABLE pa_pred AS
SELECT DISTINCT id, code FROM pa_mention WHERE code IS NOT NULL;

INSERT INTO geopol_eval.score (part, variant, units, n_pred, correct_pred, n_gold, found_gold, target, note)
SELECT :'part', 'country actors per record',
       (SELECT count(*) FROM pa_rec),
       (SELECT count(*) FROM pa_pred),
       (SELECT count(*) FROM pa_pred p JOIN pa_gold g USING (id, code)),
       (SELECT count(*) FROM pa_gold),
       (SELECT count(*) FROM pa_pred p JOIN pa_gold g USING (id, code)),
       NULL, :'note';

\echo
\echo '== PETRARCH' :eset 'records: country-level actors per record (geopol.mentions)'
SELECT variant, units AS records, n_pred AS predicted, correct_pred AS correct, n_gold AS gold,
       p AS precision, r AS recall, f1
FROM geopol_eval.score_prf WHERE part = :'part' ORDER BY ord;

\echo '-- false positives and false negatives by code (up to 15 each)'
(SELECT 'FP' AS error, p.code, count(*) AS n, string_agg(DISTINCT m.surface, ', ') AS surfaces, min(p.id) AS example
 FROM pa_pred p LEFT JOIN pa_gold g USING (id, code)
 LEFT JOIN pa_mention m ON m.id = p.id AND m.code = p.code
 WHERE g.id IS NULL GROUP BY p.code ORDER BY n DESC, p.code LIMIT 15)
UNION ALL
(SELECT 'FN', g.code, count(*) AS n, NULL, min(g.id)
 FROM pa_gold g LEFT JOIN pa_pred p USING (id, code)
 WHERE p.id IS NULL GROUP BY g.code ORDER BY n DESC, g.code LIMIT 15);
