-- eval/summary.sql — every figure of the run, from geopol_eval.score.
\set ON_ERROR_STOP on
\pset footer off
SELECT part, variant, units,
       n_pred AS pred, correct_pred AS correct, n_gold AS gold, found_gold AS found,
       CASE WHEN n_gold IS NOT NULL THEN p END AS precision,
       r AS recall, f1,
       CASE WHEN n_gold IS NULL THEN p END AS share,
       target,
       CASE WHEN target ~ '^F1 >= ' THEN CASE WHEN f1 >= substring(target FROM '[0-9.]+$')::numeric THEN 'met' ELSE 'NOT met' END
            WHEN target ~ '^share >= ' THEN CASE WHEN p >= substring(target FROM '[0-9.]+$')::numeric THEN 'met' ELSE 'NOT met' END
       END AS status
FROM geopol_eval.score_prf ORDER BY ord;
