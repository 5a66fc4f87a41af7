-- eval/petr_unittest.sql — PETRARCH unit-test records, scored with the PETR validation dictionaries
-- loaded into geopol's own dictionary tables (eval/petr_dict.sql) — inside one transaction that is rolled
-- back, so the database's dictionary is left as it was. The scores of this part are written with COPY to
-- the file :scorefile, which eval/run loads into geopol_eval.score after the rollback.
--
--   psql -v scorefile=/tmp/x.tsv -f eval/petr_unittest.sql      (run from the repository root)

\set ON_ERROR_STOP on
\pset footer off
SET client_min_messages = warning;

BEGIN;
DELETE FROM geopol_eval.score WHERE part LIKE 'petr-unittest%';
\ir petr_dict.sql

\set eset unittest
\set part petr-unittest-actors
\set note 'shipped dictionary + PETR.Validate.actors.txt (source petr)'
\ir petr_actors.sql

\set part petr-unittest-relations
\set target_f1 ''
\set target_quad ''
\ir relations.sql

\o :scorefile
COPY (SELECT part, variant, units, n_pred, correct_pred, n_gold, found_gold, target, note
      FROM geopol_eval.score WHERE part LIKE 'petr-unittest%' ORDER BY ord) TO STDOUT;
\o
ROLLBACK;
