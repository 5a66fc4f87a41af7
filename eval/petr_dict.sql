-- eval/petr_dict.sql — PETRARCH validation dictionaries -> geopol's user-editable dictionary tables.
--
-- Input: geopol_eval.petr_actor_raw (eval/petr_actors.awk over PETR.Validate.actors.txt) and, when present,
-- geopol_eval.petr_cue_raw (eval/petr_verbs.awk over PETR.Validate.verbs.txt). Output: rows with
-- source = 'petr' in geopol.actor, geopol.alias and (when the table exists) geopol.cue — plain user rows,
-- exactly what a user adding a dictionary would insert. eval/petr_unittest.sql runs this inside a
-- transaction that it rolls back, so the database's dictionary is unchanged afterwards.
--
-- Actor codes (TABARI/CAMEO style):
--   '---', '+++', '###' (null codes)         -> alias kind 'block' (the name is known and codes nothing)
--   IGO*, NGO*, NGM*, IMG*, MNC*, UNO, IMF ... -> actor of kind 'igo' (the code itself), alias kind 'igo'
--   three letters (GON, ARN, UAR, ...)       -> actor of kind 'state' (new user row unless it exists),
--                                               alias kind 'state'
--   longer (ISRMIL, PSEGZA, HOBGOV ...)      -> alias kind 'institution' of the state made of the first
--                                               three letters; the next three letters become the sector
--                                               when they are a CAMEO agent code (GOV, MIL, REB, OPP ...)
--   'ELR/GAL' (several actors)               -> one alias row per code (geopol keeps one mention per span)
-- Date restrictions become valid_from/valid_to; a default code applies outside every dated restriction
-- of its record. Names are matched case-insensitively (match 'any'), as PETRARCH does. A shipped alias
-- with the same name as a PETR name is deleted (the user's dictionary overrides the shipped one).
--
-- Verbs (eval/petr_verbs.awk documents the pattern syntax it supports): each candidate cue whose PETR code
-- maps through cameo_plover.tsv (geopol_eval.cameo_row) to a PLOVER event becomes a geopol.cue row with
-- pos 'verb', the event's base score (score NULL), the mode of the CAMEO code, two-way when the pattern
-- has a compound-actor slot (%); codes that are not CAMEO (many are WEIS codes: 223, 903, ...) and CAMEO
-- 01x statements (no PLOVER event) are skipped. Rows the table rejects are counted, not fatal.

\set ON_ERROR_STOP on
SET client_min_messages = warning;

CREATE TEMP TABLE pd_code AS
SELECT DISTINCT code,
       CASE WHEN code !~ '^[A-Z][A-Z0-9]{1,15}$' THEN 'null'
            WHEN geopol_eval.petr_is_intl(code) THEN 'igo'
            ELSE 'country' END AS class
FROM geopol_eval.petr_actor_raw;

-- new actors: IGOs and the country parts (states) not yet known
INSERT INTO geopol.actor (code, name, kind, source)
SELECT c.code, coalesce((SELECT initcap(lower(min(r.phrase))) FROM geopol_eval.petr_actor_raw r WHERE r.code = c.code), c.code),
       'igo', 'petr'
FROM pd_code c
WHERE c.class = 'igo' AND NOT EXISTS (SELECT 1 FROM geopol.actor a WHERE a.code = c.code);

INSERT INTO geopol.actor (code, name, kind, source)
SELECT s.code, coalesce((SELECT initcap(lower(min(r.phrase))) FROM geopol_eval.petr_actor_raw r WHERE r.code = s.code), s.code),
       'state', 'petr'
FROM (SELECT DISTINCT left(code, 3) AS code FROM pd_code WHERE class = 'country') s
WHERE NOT EXISTS (SELECT 1 FROM geopol.actor a WHERE a.code = s.code);

-- the periods of each record's default code: the gaps between its dated restrictions
CREATE TEMP TABLE pd_period AS
WITH iv AS (
    SELECT DISTINCT entry, coalesce(valid_from, '-infinity'::date) AS lo, coalesce(valid_to, 'infinity'::date) AS hi
    FROM geopol_eval.petr_actor_raw WHERE NOT is_default
), run AS (
    SELECT entry, lo, hi,
           max(hi) OVER (PARTITION BY entry ORDER BY lo, hi ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_hi
    FROM iv
), gap AS (
    SELECT entry, NULL::date AS lo, lo - 1 AS hi FROM run WHERE prev_hi IS NULL AND lo > '-infinity'
    UNION ALL
    SELECT entry, prev_hi + 1, lo - 1 FROM run WHERE prev_hi IS NOT NULL AND prev_hi < 'infinity' AND lo > prev_hi + 1
    UNION ALL
    SELECT entry, max(hi) + 1, NULL FROM iv GROUP BY entry HAVING max(hi) < 'infinity'
)
SELECT * FROM gap;

CREATE TEMP TABLE pd_alias AS
WITH rows AS (
    -- dated restrictions, and defaults of records without any
    SELECT r.phrase, r.code, r.valid_from, r.valid_to FROM geopol_eval.petr_actor_raw r
    WHERE NOT r.is_default OR NOT EXISTS (SELECT 1 FROM geopol_eval.petr_actor_raw x WHERE x.entry = r.entry AND NOT x.is_default)
    UNION
    -- defaults of records with dated restrictions: one row per gap
    SELECT r.phrase, r.code, g.lo, g.hi FROM geopol_eval.petr_actor_raw r JOIN pd_period g USING (entry)
    WHERE r.is_default
)
SELECT initcap(lower(r.phrase)) AS alias, c.class,
       CASE c.class WHEN 'igo' THEN r.code WHEN 'country' THEN left(r.code, 3) END AS actor,
       CASE c.class WHEN 'null' THEN 'block' WHEN 'igo' THEN 'igo'
                    ELSE CASE WHEN length(r.code) = 3 THEN 'state' ELSE 'institution' END END AS kind,
       CASE WHEN c.class = 'country' THEN left(r.code, 3) END AS country,
       CASE WHEN c.class = 'country' AND substr(r.code, 4, 3) IN
                 ('GOV', 'MIL', 'REB', 'OPP', 'LEG', 'JUD', 'COP', 'MED', 'EDU', 'BUS', 'CVL', 'ELI', 'REL',
                  'HRI', 'LAB', 'AGR', 'DEV', 'HLH', 'SPY', 'UAF', 'MUS', 'CHR', 'REF', 'CRM', 'ENV', 'MOP')
            THEN substr(r.code, 4, 3) END AS sector,
       r.valid_from, r.valid_to, r.code AS petr_code
FROM rows r JOIN pd_code c USING (code)
WHERE geopol._norms(r.phrase) <> '{}';

-- the user's names override shipped ones
CREATE TEMP TABLE pd_overridden (alias text, actor text, kind text, source text);
WITH d AS (
    DELETE FROM geopol.alias a
    WHERE a.source <> 'petr' AND lower(a.alias) IN (SELECT lower(alias) FROM pd_alias)
    RETURNING a.alias, a.actor, a.kind, a.source
)
INSERT INTO pd_overridden SELECT * FROM d;

INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source)
SELECT alias, actor, alias, kind, country, sector, 'any', valid_from, valid_to, 'en', 'petr'
FROM pd_alias;

\echo
\echo '-- PETR.Validate.actors.txt loaded into geopol.actor / geopol.alias (source petr)'
SELECT (SELECT count(*) FROM geopol.actor WHERE source = 'petr') AS new_actors,
       (SELECT count(*) FROM geopol.alias WHERE source = 'petr') AS aliases,
       (SELECT count(*) FROM geopol.alias WHERE source = 'petr' AND (valid_from IS NOT NULL OR valid_to IS NOT NULL)) AS dated_aliases,
       (SELECT count(*) FROM geopol.alias WHERE source = 'petr' AND kind = 'block') AS null_code_names,
       (SELECT count(*) FROM pd_overridden) AS shipped_aliases_overridden,
       (SELECT string_agg(o, ', ') FROM (SELECT DISTINCT alias || '→' || coalesce(actor, kind) AS o
                                         FROM pd_overridden ORDER BY 1 LIMIT 10) x)
       || CASE WHEN (SELECT count(*) FROM pd_overridden) > 10 THEN ', ...' ELSE '' END AS overridden_examples;

-- ------------------------------------------------------------ verbs -> cues
SELECT to_regclass('geopol.cue') IS NOT NULL AS pd_have_cue_table,
       (SELECT count(*) FROM geopol_eval.petr_cue_raw) > 0 AS pd_have_verbs \gset
\if :pd_have_cue_table
\if :pd_have_verbs
CREATE TEMP TABLE pd_cue AS
SELECT (SELECT string_agg(CASE WHEN w = '*' THEN '*' ELSE array_to_string(geopol._norms(w), ' ') END, ' ' ORDER BY i)
        FROM unnest(string_to_array(r.cue, ' ')) WITH ORDINALITY AS t(w, i)) AS cue,
       m.event, nullif(m.mode, '') AS mode, bool_or(r.sym) AS sym
FROM geopol_eval.petr_cue_raw r
CROSS JOIN LATERAL (SELECT * FROM geopol_eval.cameo_row(r.code)) m
WHERE r.status = 'ok' AND r.cue <> '' AND coalesce(m.event, '') <> ''
GROUP BY 1, 2, 3;

SET client_min_messages = notice;
DO $$
DECLARE
    c record; ok int := 0; bad int := 0; first_err text;
    -- the two-way flag is called "symmetric" in the issue and "reciprocal" in geopol 0.1 — take what exists
    symcol text := (SELECT attname FROM pg_attribute WHERE attrelid = 'geopol.cue'::regclass
                    AND attname IN ('symmetric', 'reciprocal') AND NOT attisdropped ORDER BY attname LIMIT 1);
    sql text := format('INSERT INTO geopol.cue (cue, event, mode, score, pos, source%s) VALUES ($1, $2, $3, NULL, ''verb'', ''petr''%s) ON CONFLICT DO NOTHING',
                       CASE WHEN symcol IS NOT NULL THEN ', ' || quote_ident(symcol) ELSE '' END,
                       CASE WHEN symcol IS NOT NULL THEN ', $4' ELSE '' END);
BEGIN
    FOR c IN SELECT * FROM pd_cue ORDER BY cue, event LOOP
        BEGIN
            EXECUTE sql USING c.cue, c.event, c.mode, c.sym;
            ok := ok + 1;
        EXCEPTION WHEN others THEN
            bad := bad + 1;
            first_err := coalesce(first_err, SQLERRM || ' (cue "' || c.cue || '")');
        END;
    END LOOP;
    RAISE NOTICE 'petr cues: % inserted, % rejected%', ok, bad,
        CASE WHEN bad > 0 THEN ' — first error: ' || first_err ELSE '' END;
END $$;
SET client_min_messages = warning;

\echo '-- PETR.Validate.verbs.txt -> geopol.cue (source petr): patterns by outcome'
SELECT r.status || CASE WHEN r.status = 'ok' AND coalesce(m.event, '') = '' THEN
              CASE WHEN m.cameo IS NULL THEN ' but code not CAMEO (skipped)' ELSE ' but CAMEO 01x statement, no PLOVER event (skipped)' END
            ELSE '' END AS outcome,
       count(*) AS candidate_cues
FROM geopol_eval.petr_cue_raw r LEFT JOIN LATERAL (SELECT * FROM geopol_eval.cameo_row(r.code)) m ON true
GROUP BY 1 ORDER BY 2 DESC;
SELECT count(*) AS petr_cues_in_table FROM geopol.cue WHERE source = 'petr';
\endif
\else
\echo 'petr verbs: table geopol.cue not installed yet, skipped'
\endif
