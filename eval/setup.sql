-- eval/setup.sql — schema geopol_eval: gold data tables (filled by eval/run with psql \copy), the score
-- table every part writes to, and two helpers. Dropped and re-created on every run; it never touches the
-- geopol schema. Safe to run in a database that has other data: only schema geopol_eval is replaced.

\set ON_ERROR_STOP on
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS geopol_eval CASCADE;
CREATE SCHEMA geopol_eval;

-- corpus documents (only the ones scored are loaded)
CREATE TABLE geopol_eval.news (id text PRIMARY KEY, date date, text text NOT NULL);
-- Reuters-21578 document tags, dev half (reu-1 .. reu-10000)
CREATE TABLE geopol_eval.reuters_tags (id text PRIMARY KEY, places text, people text, orgs text, topics text);
-- Reuters places spelling -> accepted ISO codes, '|'-separated
CREATE TABLE geopol_eval.reuters_iso (place text PRIMARY KEY, codes text NOT NULL);
-- PETRARCH validation records, one row per expected event; eset = 'validation' | 'unittest'
CREATE TABLE geopol_eval.petr_event (
    eset text NOT NULL, id text NOT NULL, category text, date text, sourcecode text, targetcode text,
    eventcode text, noevents text, text text);
-- CAMEO -> PLOVER (data/cameo_plover.tsv of the repository)
CREATE TABLE geopol_eval.cameo_plover (cameo text PRIMARY KEY, event text, mode text, quad smallint);
-- PETR.Validate.actors.txt as parsed by eval/petr_actors.awk
CREATE TABLE geopol_eval.petr_actor_raw (
    entry int, phrase text, code text, valid_from date, valid_to date, is_default boolean);
-- PETR.Validate.verbs.txt as parsed by eval/petr_verbs.awk
CREATE TABLE geopol_eval.petr_cue_raw (
    block text, code text, cue text, sym boolean, status text, pattern text);

-- every figure of the run; P/R/F1 rows: precision = correct_pred / n_pred, recall = found_gold / n_gold;
-- share rows: value = correct_pred / n_pred
CREATE TABLE geopol_eval.score (
    ord          serial,
    part         text NOT NULL,
    variant      text NOT NULL,
    units        int,             -- documents / records / sentences scored
    n_pred       int,
    correct_pred int,
    n_gold       int,
    found_gold   int,
    target       text,            -- the issue's target for this figure, if any
    note         text
);

CREATE FUNCTION geopol_eval.ratio(num numeric, den numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN den > 0 THEN round(num / den, 4) END $$;

CREATE VIEW geopol_eval.score_prf AS
SELECT ord, part, variant, units, n_pred, correct_pred, n_gold, found_gold,
       geopol_eval.ratio(correct_pred, n_pred) AS p,
       geopol_eval.ratio(found_gold, n_gold) AS r,
       CASE WHEN n_gold IS NULL THEN NULL
            WHEN correct_pred + found_gold > 0 AND n_pred > 0 AND n_gold > 0 THEN
            round(2 * (correct_pred::numeric / n_pred) * (found_gold::numeric / n_gold)
                  / ((correct_pred::numeric / n_pred) + (found_gold::numeric / n_gold)), 4)
            ELSE 0 END AS f1,
       target, note
FROM geopol_eval.score;

-- The country-level code of one mention: the actor when it is a state or former state, otherwise the
-- country of what is mentioned (capitals, institutions, regions, places, leaders out of office);
-- NULL for IGOs and supranational regions.
CREATE FUNCTION geopol_eval.country_code(p_actor text, p_country text) RETURNS text
    LANGUAGE sql STABLE AS $$
    SELECT CASE
             WHEN p_actor IS NULL THEN p_country
             WHEN (SELECT a.kind FROM geopol.actor a WHERE a.code = p_actor) IN ('state', 'former_state') THEN p_actor
             WHEN (SELECT a.kind FROM geopol.actor a WHERE a.code = p_actor) = 'igo' THEN NULL
             ELSE p_country
           END $$;

-- PETRARCH/CAMEO codes that stand for no country: international and non-state prefixes (IGO, NGO, IMG,
-- NGM, MNC, UNO, UAF) and the few international three-letter codes of the PETR test dictionary.
-- The gold country part of a code: its first three letters unless international or not letters
-- ('---', '###', '+++'); NULL then.
CREATE FUNCTION geopol_eval.petr_is_intl(code text) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$
    SELECT upper(left(code, 3)) IN ('IGO', 'NGO', 'IMG', 'NGM', 'MNC', 'UNO', 'UAF')
        OR upper(code) IN ('IMF', 'IBR', 'WBK', 'G77', 'EEC', 'EUR', 'NATO', 'OPEC') $$;
CREATE FUNCTION geopol_eval.petr_country(code text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN upper(left(code, 3)) ~ '^[A-Z]{3}$' AND NOT geopol_eval.petr_is_intl(code)
                THEN upper(left(code, 3)) END $$;

-- CAMEO code -> the most specific row of cameo_plover: the code itself, else its 3-digit, else its
-- 2-digit root (PETR codes like '174K', '030:030' or '1717' end up on a listed code when possible)
CREATE FUNCTION geopol_eval.cameo_row(code text) RETURNS geopol_eval.cameo_plover
    LANGUAGE sql STABLE AS $$
    SELECT c.* FROM geopol_eval.cameo_plover c,
           LATERAL (SELECT substring(code FROM '^[0-9]+') AS d) x
    WHERE c.cameo IN (x.d, left(x.d, 3), left(x.d, 2)) AND length(x.d) >= 2
    ORDER BY length(c.cameo) DESC LIMIT 1 $$;
