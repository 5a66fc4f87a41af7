-- eval/relations.sql — PETRARCH records: dyads of geopol.relations() against the coded events.
--
--   psql -v eset=validation -v part=petr-validation-relations -f eval/relations.sql
--
-- Runs only when geopol.relations(text, date) exists (prints "relations: not installed yet, skipped").
-- Unit = record id. Gold dyads: (first three letters of sourcecode, of targetcode) of each coded event
-- whose both sides are countries (geopol_eval.petr_country; events with an IGO, NGO, '---' ... side are
-- left out and counted), with the event's CAMEO code mapped through data/cameo_plover.tsv (most specific
-- listed code: the code, its 3-digit, else its 2-digit root) to a PLOVER event, and the quad class
-- is that PLOVER event's (geopol.event_type), so REQUEST is verbal conflict as PLOVER has it.
-- Predicted dyads: distinct (source, target) of geopol.relations(text, date) with both sides set and
-- negated false, each side mapped to its country level like mentions (state/former state code kept, IGO
-- dropped, unknown codes kept as they are). Hypothetical relations count.
-- Only event rows (kind 'event') count; relationship references are no events. The dyad's quad and
-- event are its main row's (geopol.relations() marks one main row per sentence, source and target).
-- Figures: directed dyad P/R/F1, undirected dyad P/R/F1 (unordered pairs), and among the directed dyads
-- found, the share whose quad (and, separately, PLOVER event) equals one of the gold event(s) of that dyad;
-- a table of event rows per rule with the precision of each rule's rows.

\set ON_ERROR_STOP on
\pset footer off
SET client_min_messages = warning;
\if :{?target_f1}
\else
\set target_f1 ''
\endif
\if :{?target_quad}
\else
\set target_quad ''
\endif
\if :{?target_event}
\else
\set target_event ''
\endif

SELECT to_regprocedure('geopol.relations(text,date)') IS NOT NULL AS rl_installed \gset
\if :rl_installed

DROP TABLE IF EXISTS rl_rec, rl_gold_event, rl_rel, rl_pred, rl_gold;
CREATE TEMP TABLE rl_rec AS
SELECT id, min(text) AS text, to_date(nullif(min(date), ''), 'YYYYMMDD') AS date
FROM geopol_eval.petr_event WHERE eset = :'eset' GROUP BY id;

CREATE TEMP TABLE rl_gold_event AS
SELECT e.id, e.sourcecode, e.targetcode, e.eventcode,
       geopol_eval.petr_country(e.sourcecode) AS s, geopol_eval.petr_country(e.targetcode) AS t,
       -- the quad class of the PLOVER event the CAMEO code maps to (CAMEO's own class where it maps to none)
       m.event, coalesce(et.quad, m.quad) AS quad
FROM geopol_eval.petr_event e
LEFT JOIN LATERAL (SELECT * FROM geopol_eval.cameo_row(e.eventcode)) m ON true
LEFT JOIN geopol.event_type et ON et.event = m.event
WHERE e.eset = :'eset' AND coalesce(e.noevents, '') = '';

CREATE TEMP TABLE rl_gold AS
SELECT id, s, t, array_agg(DISTINCT quad) FILTER (WHERE quad IS NOT NULL) AS quads,
       array_agg(DISTINCT event) FILTER (WHERE coalesce(event, '') <> '') AS events
FROM rl_gold_event WHERE s IS NOT NULL AND t IS NOT NULL
GROUP BY id, s, t;

CREATE TEMP TABLE rl_rel AS
SELECT r.id, x.*
FROM rl_rec r, geopol.relations(r.text, r.date) x;

-- the dyad's event is its main row's (one main row per sentence, source and target; over
-- several sentences of a record, every main row); relationship references (kind 'reference')
-- are no events and are left out
CREATE TEMP TABLE rl_pred AS
SELECT id, s, t, array_agg(DISTINCT quad) FILTER (WHERE quad IS NOT NULL AND main) AS quads,
       array_agg(DISTINCT event) FILTER (WHERE event IS NOT NULL AND main) AS events
FROM (SELECT r.id, r.quad, r.event, r.main,
             CASE WHEN a1.kind IN ('state', 'former_state') OR a1.kind IS NULL THEN r.source END AS s,
             CASE WHEN a2.kind IN ('state', 'former_state') OR a2.kind IS NULL THEN r.target END AS t
      FROM rl_rel r
      LEFT JOIN geopol.actor a1 ON a1.code = r.source
      LEFT JOIN geopol.actor a2 ON a2.code = r.target
      WHERE r.source IS NOT NULL AND r.target IS NOT NULL AND NOT coalesce(r.negated, false)
        AND r.kind = 'event') x
WHERE s IS NOT NULL AND t IS NOT NULL
GROUP BY id, s, t;

INSERT INTO geopol_eval.score (part, variant, units, n_pred, correct_pred, n_gold, found_gold, target, note)
SELECT :'part', 'directed dyads', (SELECT count(*) FROM rl_rec),
       (SELECT count(*) FROM rl_pred),
       (SELECT count(*) FROM rl_pred p JOIN rl_gold g USING (id, s, t)),
       (SELECT count(*) FROM rl_gold),
       (SELECT count(*) FROM rl_pred p JOIN rl_gold g USING (id, s, t)),
       nullif(:'target_f1', ''),
       format('%s coded events, %s with a non-country side left out',
              (SELECT count(*) FROM rl_gold_event), (SELECT count(*) FROM rl_gold_event WHERE s IS NULL OR t IS NULL));

WITH pu AS (SELECT DISTINCT id, least(s, t) AS a, greatest(s, t) AS b FROM rl_pred),
     gu AS (SELECT DISTINCT id, least(s, t) AS a, greatest(s, t) AS b FROM rl_gold)
INSERT INTO geopol_eval.score (part, variant, units, n_pred, correct_pred, n_gold, found_gold, target, note)
SELECT :'part', 'undirected dyads', (SELECT count(*) FROM rl_rec),
       (SELECT count(*) FROM pu), (SELECT count(*) FROM pu JOIN gu USING (id, a, b)),
       (SELECT count(*) FROM gu), (SELECT count(*) FROM pu JOIN gu USING (id, a, b)), NULL, NULL;

INSERT INTO geopol_eval.score (part, variant, units, n_pred, correct_pred, target, note)
SELECT :'part', 'quad right on found dyads', NULL,
       count(*) FILTER (WHERE g.quads IS NOT NULL),
       count(*) FILTER (WHERE g.quads && p.quads),
       nullif(:'target_quad', ''), 'found = directed dyad in gold; right = a predicted quad equals the quad of a gold event''s PLOVER type'
FROM rl_pred p JOIN rl_gold g USING (id, s, t);

INSERT INTO geopol_eval.score (part, variant, units, n_pred, correct_pred, target, note)
SELECT :'part', 'event right on found dyads', NULL,
       count(*) FILTER (WHERE g.events IS NOT NULL),
       count(*) FILTER (WHERE g.events && p.events),
       nullif(:'target_event', ''),
       'the PLOVER event of the dyad''s main row equals a gold event''s (gold CAMEO 01x, no PLOVER type, not counted)'
FROM rl_pred p JOIN rl_gold g USING (id, s, t);

\echo
\echo '== PETRARCH' :eset 'records: dyads of geopol.relations()'
SELECT variant, units AS records, n_pred AS predicted, correct_pred AS correct, n_gold AS gold,
       CASE WHEN n_gold IS NULL THEN NULL ELSE p END AS precision, r AS recall,
       CASE WHEN n_gold IS NULL THEN p END AS share, f1, target, note
FROM geopol_eval.score_prf WHERE part = :'part' ORDER BY ord;

\echo '-- relation rows: all, with both sides, negated, hypothetical, references, main'
SELECT count(*) AS rows, count(*) FILTER (WHERE source IS NOT NULL AND target IS NOT NULL) AS both_sides,
       count(*) FILTER (WHERE negated) AS negated, count(*) FILTER (WHERE hypothetical) AS hypothetical,
       count(*) FILTER (WHERE kind = 'reference') AS references, count(*) FILTER (WHERE main) AS main
FROM rl_rel;

\echo '-- event rows per rule: rows, rows whose dyad (at country level) is coded, precision'
SELECT coalesce(r.rule, '(none)') AS rule, count(*) AS rows,
       count(*) FILTER (WHERE g.id IS NOT NULL) AS in_gold,
       round(count(*) FILTER (WHERE g.id IS NOT NULL)::numeric / count(*), 3) AS precision,
       count(*) FILTER (WHERE r.main) AS main_rows
FROM rl_rel r
LEFT JOIN geopol.actor a1 ON a1.code = r.source
LEFT JOIN geopol.actor a2 ON a2.code = r.target
LEFT JOIN rl_gold g ON g.id = r.id AND g.s = r.source AND g.t = r.target
WHERE r.kind = 'event' AND NOT coalesce(r.negated, false) AND r.target IS NOT NULL
  AND coalesce(a1.kind IN ('state', 'former_state'), true) AND coalesce(a2.kind IN ('state', 'former_state'), true)
GROUP BY 1 ORDER BY 2 DESC, 1;

\echo '-- up to 12 false-positive dyads (predicted, not coded) with their evidence'
SELECT p.id, p.s || '→' || p.t AS dyad, array_to_string(p.events, ',') AS events,
       (SELECT string_agg(DISTINCT coalesce(r.cue, '') || ' [' || coalesce(r.rule, '') || ']', '; ') FROM rl_rel r
         WHERE r.id = p.id AND r.source = p.s AND r.target = p.t) AS cues,
       (SELECT string_agg(DISTINCT g.s || '→' || g.t, ' ') FROM rl_gold g WHERE g.id = p.id) AS gold_dyads
FROM rl_pred p LEFT JOIN rl_gold g USING (id, s, t)
WHERE g.id IS NULL ORDER BY p.id LIMIT 12;

\echo '-- up to 12 false-negative dyads (coded, not predicted)'
SELECT g.id, g.s || '→' || g.t AS dyad, array_to_string(g.events, ',') AS gold_events,
       (SELECT string_agg(DISTINCT p.s || '→' || p.t, ' ') FROM rl_pred p WHERE p.id = g.id) AS predicted_dyads,
       left((SELECT text FROM rl_rec r WHERE r.id = g.id), 140) AS text
FROM rl_gold g LEFT JOIN rl_pred p USING (id, s, t)
WHERE p.id IS NULL ORDER BY g.id LIMIT 12;

\else
\echo 'relations: not installed yet, skipped'
\endif

\echo
\echo '-- found dyads whose quad class is wrong: gold events, predicted rows and their cues'
SELECT p.id, p.s || '→' || p.t AS dyad, array_to_string(g.events, ',') || ' q' || array_to_string(g.quads, ',') AS gold,
       (SELECT string_agg(DISTINCT r.event || ' q' || r.quad || ' "' || r.cue || '"', '; ')
          FROM rl_rel r WHERE r.id = p.id AND r.source = p.s AND r.target = p.t) AS predicted
FROM rl_pred p JOIN rl_gold g USING (id, s, t)
WHERE g.quads IS NOT NULL AND NOT (g.quads && p.quads)
ORDER BY p.id;
