/*
 * geopol update script 0.2.0 to 0.5.0.  Built by tools/build_sql.pl from sql/ and data/;
 * do not edit by hand (sql/updates/README.md says how the sources are laid out).
 * Everything is schema-qualified: the script is safe whatever search_path
 * the session has.
 */
\echo Use "ALTER EXTENSION geopol UPDATE" to load this file. \quit

-- ================================================================ sql/updates/0.2.0--0.3.0.sql
-- geopol 0.2.0 -> 0.3.0: state changes only (the code is replaced whole after
-- this file; rules in sql/updates/README.md).

-- A schema geopol that a role other than a superuser owns or may create in
-- (0.2.0 installed into such a schema without a word): warn, since refusing
-- would also refuse the fixes of this release.
DO $check$
DECLARE
    owner_name text;
BEGIN
    SELECT r.rolname INTO owner_name FROM pg_catalog.pg_namespace s JOIN pg_catalog.pg_roles r ON r.oid = s.nspowner
     WHERE s.nspname = 'geopol' AND NOT r.rolsuper;
    IF owner_name IS NOT NULL THEN
        RAISE WARNING 'schema geopol belongs to role %, not to a superuser', owner_name
            USING DETAIL = 'That role can drop or replace geopol''s objects.',
                  HINT = 'Check what the schema holds, then ALTER SCHEMA geopol OWNER TO a superuser.';
    END IF;
END
$check$;

-- ---------------------------------------------------------------- refresh
-- refresh() now records a table that fails and goes on with the others
CREATE TABLE geopol.refresh_error (
    source      regclass NOT NULL,
    failed_at   timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    sqlstate    text NOT NULL,
    message     text NOT NULL,
    detail      text,
    hint        text,
    context     text
);
CREATE INDEX refresh_error_source_idx ON geopol.refresh_error (source, failed_at);
COMMENT ON TABLE geopol.refresh_error IS
    'Errors that made refresh() skip a tracked table (a lock held longer than its lock_timeout, a key that stopped being unique ...): the newest 100 per table. refresh() goes on with the other tables; geopol.status shows the last error until a refresh of the table gets through.';
SELECT pg_catalog.pg_extension_config_dump('geopol.refresh_error', '');
ALTER TABLE geopol.refresh_error ENABLE ROW LEVEL SECURITY;
CREATE POLICY refresh_error_read ON geopol.refresh_error FOR SELECT
    USING (coalesce(pg_catalog.has_table_privilege(source, 'SELECT'), false));
CREATE POLICY refresh_error_insert ON geopol.refresh_error FOR INSERT WITH CHECK (geopol._is_owner(source));
CREATE POLICY refresh_error_delete ON geopol.refresh_error FOR DELETE USING (geopol._is_owner(source));
GRANT SELECT, INSERT, DELETE ON geopol.refresh_error TO PUBLIC;

-- and shows its progress (geopol.refresh_progress)
CREATE UNLOGGED TABLE geopol._progress (
    pid             int PRIMARY KEY,
    backend_start   timestamptz,
    source          regclass NOT NULL,
    started         timestamptz NOT NULL,
    done            bigint NOT NULL,
    total           bigint,
    failed          bigint NOT NULL,
    updated_at      timestamptz NOT NULL
);
ALTER TABLE geopol._progress ENABLE ROW LEVEL SECURITY;
CREATE POLICY progress_read ON geopol._progress FOR SELECT
    USING (coalesce(pg_catalog.has_table_privilege(source, 'SELECT'), false));
CREATE POLICY progress_insert ON geopol._progress FOR INSERT WITH CHECK (pid = pg_catalog.pg_backend_pid());
CREATE POLICY progress_update ON geopol._progress FOR UPDATE
    USING (pid = pg_catalog.pg_backend_pid()
           OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_stat_activity a WHERE a.pid = _progress.pid))
    WITH CHECK (pid = pg_catalog.pg_backend_pid());
CREATE POLICY progress_delete ON geopol._progress FOR DELETE
    USING (pid = pg_catalog.pg_backend_pid()
           OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_stat_activity a WHERE a.pid = _progress.pid));
GRANT SELECT, INSERT, UPDATE, DELETE ON geopol._progress TO PUBLIC;

-- signatures and result types that changed (the code creates the new ones)
DROP PROCEDURE geopol.refresh(regclass, int);             -- + lock_timeout
DROP FUNCTION geopol._refresh_plan(regclass);             -- tables only: the batches run as their owners
DROP VIEW geopol.status;                                  -- + last_error, last_error_at
DROP FUNCTION geopol._status();

-- ------------------------------------------------------------ row types
-- mentions(), relations() and topics() return row types now (their columns
-- are defined once, in src/pg/pg_rows.h); the relation's is new.  The same
-- columns as 0.2.0's OUT parameters, so queries keep working; a view of
-- yours over one of these functions makes this update fail (drop it, update,
-- create it again).
CREATE TYPE geopol.relation_row AS (sentence int, source text, target text, event text, mode text,
    quad smallint, score real, negated boolean, hypothetical boolean, cue text, start_pos int, len int,
    evidence text, rule text, main boolean, kind text, tone real);
DROP FUNCTION geopol.mentions(text, date);
DROP FUNCTION geopol.relations(text, date);
DROP FUNCTION geopol.topics(text);
DROP FUNCTION geopol._analyze_rows(text[], text[], date[]);   -- + d_text_hash
DROP FUNCTION geopol.events_between(text, text, text, date, date);   -- + main, kind, tone

-- ------------------------------------------------------------ relations
-- relationship references: cues without an event ("relations", "dependence
-- on"); the relation rules read more word classes around cues
ALTER TABLE geopol.cue ALTER COLUMN event DROP NOT NULL;
COMMENT ON TABLE geopol.cue IS
    'Cue lexicon: words and phrases ("*" = a gap of up to 5 tokens) that state a relation, with their PLOVER event, mode and score (NULL = the event''s base score). pos says which pattern family links them: verb (X cue Y), noun (X''s cue with Y, cue between X and Y, X-Y cue), prep (X ... cue Y). A NULL event makes a relationship reference ("relations", "partnership", "dependence on"): talk about the relation itself, whose score is its prior tone.';
ALTER TABLE geopol.cue_modifier DROP CONSTRAINT modifier_effect_known;
ALTER TABLE geopol.cue_modifier ADD CONSTRAINT modifier_effect_known
    CHECK (effect IN ('negation', 'hypothetical', 'intention', 'speech', 'light', 'nonactor', 'nonevent', 'positive', 'negative'));
COMMENT ON TABLE geopol.cue_modifier IS
    'Words the relation rules read around cues: negation (not, never), hypothetical (would, may), intention (will, ready to: AGREE or THREATEN), speech (said: the speaker is no party), light (gave Y a loan), nonactor (Russian speakers: no state), nonevent (according to), positive and negative (the tone of relationship references).';

-- ------------------------------------------------------------ tracked tables
-- each document's results keep a hash of the text analysed (geopol.verify());
-- results stored before this release have none (verify() counts them as
-- unverified)
DO $migrate$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT tr.docs_table FROM geopol.tracked tr LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN text_hash bigint', t.docs_table);
    END LOOP;
    -- relation rows say which is a sentence's main row for its pair, whether
    -- they are an event or a relationship reference, and a reference's tone;
    -- rows stored before this release have none until their document is
    -- analysed again (geopol.requeue())
    FOR t IN SELECT tr.relations_table FROM geopol.tracked tr LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s ADD COLUMN main boolean, ADD COLUMN kind text, ADD COLUMN tone real',
                                  t.relations_table);
    END LOOP;
END
$migrate$;

-- ------------------------------------------------------------ dictionary checks
CREATE FUNCTION geopol._has_word(name text) RETURNS boolean
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'geopol_has_word';

-- names the matcher can never match, and cues whose gaps would make
-- matching costly, are refused (rows that break them fail the update:
-- fix them first, the error names the constraint and the row)
ALTER TABLE geopol.alias
    ADD CONSTRAINT alias_at_most_200_characters CHECK (pg_catalog.length(alias) <= 200),
    ADD CONSTRAINT alias_needs_a_word CHECK (geopol._has_word(alias));
-- a block may name its home country (weak evidence for countries()), still no actor
ALTER TABLE geopol.alias
    DROP CONSTRAINT alias_block_has_no_actor,
    ADD CONSTRAINT alias_block_has_no_actor CHECK (kind <> 'block' OR actor IS NULL);
ALTER TABLE geopol.cue
    ADD CONSTRAINT cue_at_most_3_gaps CHECK (pg_catalog.cardinality(pg_catalog.array_positions(stems, '*')) <= 3),
    ADD CONSTRAINT cue_at_most_16_tokens CHECK (pg_catalog.cardinality(stems) <= 16),
    ADD CONSTRAINT cue_needs_a_word CHECK (geopol._has_word(cue));
ALTER TABLE geopol.cue_modifier
    ADD CONSTRAINT modifier_needs_a_word CHECK (geopol._has_word(phrase)),
    ADD CONSTRAINT modifier_at_most_16_tokens CHECK (pg_catalog.cardinality(geopol._stems(phrase)) <= 16),
    ADD CONSTRAINT modifier_at_most_3_gaps CHECK (pg_catalog.cardinality(pg_catalog.array_positions(geopol._stems(phrase), '*')) <= 3);
ALTER TABLE geopol.topic_term
    ADD CONSTRAINT topic_term_needs_a_word CHECK (geopol._has_word(term)),
    ADD CONSTRAINT topic_term_at_most_200_characters CHECK (pg_catalog.length(term) <= 200),
    ADD CONSTRAINT topic_term_at_most_3_gaps CHECK (pg_catalog.cardinality(pg_catalog.array_positions(geopol._stems(term), '*')) <= 3);

-- ------------------------------------------------------------ ICU
-- what the stored data was computed with (the running ICU when updating:
-- what 0.2.0 used is not recorded)
CREATE OR REPLACE FUNCTION geopol.icu_version() RETURNS text
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'geopol_icu_version';
CREATE TABLE geopol.icu_stamp (
    part        text PRIMARY KEY,
    icu_version text NOT NULL,
    stamped_at  timestamptz NOT NULL DEFAULT pg_catalog.now()
);
COMMENT ON TABLE geopol.icu_stamp IS
    'The ICU version geopol''s stored data was computed with: part dictionary for the norms and stems columns of the dictionary tables (see geopol.icu_status()).';
INSERT INTO geopol.icu_stamp (part, icu_version) VALUES ('dictionary', geopol.icu_version());
GRANT SELECT ON geopol.icu_stamp TO PUBLIC;
ALTER TABLE geopol.tracked ADD COLUMN icu_version text;
UPDATE geopol.tracked SET icu_version = geopol.icu_version();
GRANT UPDATE (icu_version) ON geopol.tracked TO PUBLIC;

-- ---------------------------------------------------------------- countries
-- countries() weighs evidence by tables (kinds, roles, tickers) and reports the
-- evidence types: a new result type
DROP FUNCTION geopol.countries(text, date, real);

-- how countries() weighs its evidence: data, so that users tune it without code
CREATE TABLE geopol.country_weight (
    evidence    text PRIMARY KEY CONSTRAINT country_weight_evidence_format CHECK (evidence ~ '^[a-z_]+$'),
    weight      real NOT NULL CONSTRAINT country_weight_range CHECK (weight >= 0 AND weight <= 100),
    note        text,
    source      text NOT NULL DEFAULT 'user'
);
COMMENT ON TABLE geopol.country_weight IS
    'How geopol.countries() weighs evidence: the weight of each mention kind (state, capital, institution, leader, demonym, place, region), factors for a mention in the headline and in a list, the most that market evidence adds to a country (market_cap), and the salience rule (relative: share of the top country needed; top_min: the top country is salient from this salience on). A missing row counts as 1 (relative and top_min as 0, market_cap as no limit).';
SELECT pg_catalog.pg_extension_config_dump('geopol.country_weight', $$WHERE source = 'user'$$);

CREATE TABLE geopol.mention_role (
    role        text PRIMARY KEY CONSTRAINT mention_role_format CHECK (role ~ '^[a-z_]+$'),
    weight      real NOT NULL CONSTRAINT mention_role_weight CHECK (weight >= 0 AND weight <= 100),
    before      text,
    after       text,
    note        text,
    source      text NOT NULL DEFAULT 'user',
    kinds       text[],
    CONSTRAINT mention_role_kinds_known CHECK (kinds <@ '{state,capital,institution,demonym,leader,region,place}'::text[]),
    CONSTRAINT mention_role_has_pattern CHECK (before IS NOT NULL OR after IS NOT NULL)
);
COMMENT ON TABLE geopol.mention_role IS
    'Roles of a country mention found by regular expressions on the 40 characters before it (before) and the 50 after it (after): a currency ("Australian dlrs"), a comparison ("than Brazil"), a market location ("listed in Luxembourg"), part of a company name, a leader''s surname in another person''s name; kinds: the mention kinds a rule applies to (NULL: all). geopol.countries() multiplies a mention''s weight by the smallest weight of the roles it matches.';
SELECT pg_catalog.pg_extension_config_dump('geopol.mention_role', $$WHERE source = 'user'$$);

CREATE TABLE geopol.ticker_rule (
    suffix      text CONSTRAINT ticker_rule_suffix CHECK (suffix ~ '^[A-Z]{1,3}$'),
    priority    int NOT NULL DEFAULT 5,
    pattern     text,
    country     text NOT NULL REFERENCES geopol.actor (code),
    weight      real NOT NULL CONSTRAINT ticker_rule_weight CHECK (weight >= 0 AND weight <= 10),
    note        text,
    source      text NOT NULL DEFAULT 'user'
);
CREATE UNIQUE INDEX ticker_rule_key ON geopol.ticker_rule ((coalesce(suffix, '')), priority);
COMMENT ON TABLE geopol.ticker_rule IS
    'Ticker symbols (written <SYM> or <SYM.X> in the text) as evidence of a company''s home country: among the rules of the symbol''s exchange suffix (NULL for none), the one with the lowest priority whose pattern (a regular expression on the whole symbol; NULL: any) matches gives its country that weight in geopol.countries().';
SELECT pg_catalog.pg_extension_config_dump('geopol.ticker_rule', $$WHERE source = 'user'$$);

-- readable by everyone, as the other dictionary tables
GRANT SELECT ON geopol.country_weight, geopol.mention_role, geopol.ticker_rule TO PUBLIC;

-- countries() reads these tables once per backend: a statement that changes
-- them makes every backend read them again (the dictionary is not recompiled)
CREATE FUNCTION geopol._countries_changed() RETURNS trigger
    LANGUAGE c
    AS 'MODULE_PATHNAME', 'geopol_countries_changed';
CREATE TRIGGER country_weight_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON geopol.country_weight
    FOR EACH STATEMENT EXECUTE FUNCTION geopol._countries_changed();
CREATE TRIGGER mention_role_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON geopol.mention_role
    FOR EACH STATEMENT EXECUTE FUNCTION geopol._countries_changed();
CREATE TRIGGER ticker_rule_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON geopol.ticker_rule
    FOR EACH STATEMENT EXECUTE FUNCTION geopol._countries_changed();
CREATE TRIGGER country_indicator_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON geopol.country_indicator
    FOR EACH STATEMENT EXECUTE FUNCTION geopol._countries_changed();
-- an indicator word may speak against a country (negative weight: "Ltd" is no U.S. company form)
ALTER TABLE geopol.country_indicator DROP CONSTRAINT indicator_weight,
    ADD CONSTRAINT indicator_weight CHECK (weight >= -10 AND weight <= 10 AND weight <> 0);
COMMENT ON TABLE geopol.country_indicator IS
    'Words (matched case-sensitively on tokens) that suggest a country when a document names none: currency units, company forms, exchanges. geopol.countries() reports such countries as inferred, with the words as evidence. A negative weight speaks against the country: when such a word occurs, the document''s indicator words give that country nothing (Ltd is no U.S. company form, so dlrs then says nothing).';

-- ------------------------------------------------------------ shipped data
-- the rows of the data files that changed since 0.2.0 (tools/build_sql.pl
-- writes them from git): rows users added, and shipped rows they removed or
-- changed that this release leaves alone, stay as they are
-- data/actors.tsv since 0.2.0: 0 rows out, 0 rows in
-- data/aliases_en.tsv since 0.2.0: 2 rows out, 2 rows in
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Asmara' AND t.actor IS NOT DISTINCT FROM 'ERI' AND t.entity IS NOT DISTINCT FROM 'Asmara' AND t.kind IS NOT DISTINCT FROM 'capital' AND t.country IS NOT DISTINCT FROM 'ERI' AND t.sector IS NOT DISTINCT FROM 'GOV' AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.given_name IS NOT DISTINCT FROM 'false' AND t.source = 'data/aliases_en.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Juba' AND t.actor IS NOT DISTINCT FROM 'SSD' AND t.entity IS NOT DISTINCT FROM 'Juba' AND t.kind IS NOT DISTINCT FROM 'capital' AND t.country IS NOT DISTINCT FROM 'SSD' AND t.sector IS NOT DISTINCT FROM 'GOV' AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.given_name IS NOT DISTINCT FROM 'false' AND t.source = 'data/aliases_en.tsv' LIMIT 1);
-- data/aliases_en.tsv: 2 ASCII rows, 0 rows with other characters
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, given_name, source) VALUES
  ('Asmara', 'ERI', 'Asmara', 'capital', 'ERI', 'GOV', 'cased', '1993-05-24', NULL, 'en', 'false', 'data/aliases_en.tsv'),
  ('Juba', 'SSD', 'Juba', 'capital', 'SSD', 'GOV', 'cased', '2011-07-09', NULL, 'en', 'false', 'data/aliases_en.tsv') ON CONFLICT DO NOTHING;
-- data/aliases_places.tsv since 0.2.0: 2 rows out, 3 rows in
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Antarctic' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Antarctica' AND t.kind IS NOT DISTINCT FROM 'region' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_places.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Antarctica' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Antarctica' AND t.kind IS NOT DISTINCT FROM 'region' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_places.tsv' LIMIT 1);
-- data/aliases_places.tsv: 3 ASCII rows, 0 rows with other characters
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) VALUES
  ('Antarctic', NULL, 'Antarctica', 'region', 'ATA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Antarctica', NULL, 'Antarctica', 'region', 'ATA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Jersey', NULL, 'New Jersey', 'region', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv') ON CONFLICT DO NOTHING;
-- data/aliases_institutions.tsv since 0.2.0: 0 rows out, 0 rows in
-- data/aliases_places_extra.tsv since 0.2.0: 1 rows out, 3 rows in
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Cambridge' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Cambridge' AND t.kind IS NOT DISTINCT FROM 'place' AND t.country IS NOT DISTINCT FROM 'GBR' AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_places_extra.tsv' LIMIT 1);
-- data/aliases_places_extra.tsv: 3 ASCII rows, 0 rows with other characters
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) VALUES
  ('Juba', NULL, 'Juba', 'place', 'SDN', NULL, 'cased', NULL, '2011-07-08', 'en', 'data/aliases_places_extra.tsv'),
  ('Asmara', NULL, 'Asmara', 'place', 'ETH', NULL, 'cased', NULL, '1993-05-23', 'en', 'data/aliases_places_extra.tsv'),
  ('Tripoli', NULL, 'Tripoli (Lebanon)', 'place', 'LBN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places_extra.tsv') ON CONFLICT DO NOTHING;
-- data/aliases_nonstate.tsv since 0.2.0: 0 rows out, 44 rows in
-- data/aliases_nonstate.tsv: 44 ASCII rows, 0 rows with other characters
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) VALUES
  ('Hamas', 'PSE', 'Hamas', 'institution', 'PSE', 'REB', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Fatah', 'PSE', 'Fatah', 'institution', 'PSE', 'PTY', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Hezbollah', 'LBN', 'Hezbollah', 'institution', 'LBN', 'REB', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Hizbollah', 'LBN', 'Hezbollah', 'institution', 'LBN', 'REB', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Hizballah', 'LBN', 'Hezbollah', 'institution', 'LBN', 'REB', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Taliban', 'AFG', 'Taliban', 'institution', 'AFG', 'REB', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Pakistani Taliban', 'PAK', 'Tehrik-i-Taliban Pakistan', 'institution', 'PAK', 'REB', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Tehrik-i-Taliban', 'PAK', 'Tehrik-i-Taliban Pakistan', 'institution', 'PAK', 'REB', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('al-Shabab', 'SOM', 'al-Shabab', 'institution', 'SOM', 'REB', 'any', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('al-Shabaab', 'SOM', 'al-Shabab', 'institution', 'SOM', 'REB', 'any', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('al Shabab', 'SOM', 'al-Shabab', 'institution', 'SOM', 'REB', 'any', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Shabab', 'SOM', 'al-Shabab', 'institution', 'SOM', 'REB', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Boko Haram', 'NGA', 'Boko Haram', 'institution', 'NGA', 'REB', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Houthis', 'YEM', 'Houthis', 'institution', 'YEM', 'REB', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Houthi rebels', 'YEM', 'Houthis', 'institution', 'YEM', 'REB', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Ansar Allah', 'YEM', 'Houthis', 'institution', 'YEM', 'REB', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('PKK', 'TUR', 'Kurdistan Workers'' Party', 'institution', 'TUR', 'REB', 'exact', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Kurdistan Workers'' Party', 'TUR', 'Kurdistan Workers'' Party', 'institution', 'TUR', 'REB', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('FARC', 'COL', 'FARC', 'institution', 'COL', 'REB', 'exact', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('ELN', 'COL', 'National Liberation Army (Colombia)', 'institution', 'COL', 'REB', 'exact', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Shining Path', 'PER', 'Shining Path', 'institution', 'PER', 'REB', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Zapatistas', 'MEX', 'Zapatista Army of National Liberation', 'institution', 'MEX', 'REB', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Tamil Tigers', 'LKA', 'Liberation Tigers of Tamil Eelam', 'institution', 'LKA', 'REB', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('LTTE', 'LKA', 'Liberation Tigers of Tamil Eelam', 'institution', 'LKA', 'REB', 'exact', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Abu Sayyaf', 'PHL', 'Abu Sayyaf', 'institution', 'PHL', 'REB', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Moro Islamic Liberation Front', 'PHL', 'Moro Islamic Liberation Front', 'institution', 'PHL', 'REB', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Lashkar-e-Taiba', 'PAK', 'Lashkar-e-Taiba', 'institution', 'PAK', 'REB', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Jaish-e-Mohammed', 'PAK', 'Jaish-e-Mohammed', 'institution', 'PAK', 'REB', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Free Syrian Army', 'SYR', 'Free Syrian Army', 'institution', 'SYR', 'REB', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Nusra Front', 'SYR', 'Nusra Front', 'institution', 'SYR', 'REB', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('al-Nusra Front', 'SYR', 'Nusra Front', 'institution', 'SYR', 'REB', 'any', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Hayat Tahrir al-Sham', 'SYR', 'Hayat Tahrir al-Sham', 'institution', 'SYR', 'REB', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Polisario Front', 'ESH', 'Polisario Front', 'institution', 'ESH', 'REB', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Muslim Brotherhood', 'EGY', 'Muslim Brotherhood', 'institution', 'EGY', 'OPP', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Kuomintang', 'TWN', 'Kuomintang', 'institution', 'TWN', 'PTY', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('United Russia', 'RUS', 'United Russia', 'institution', 'RUS', 'PTY', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Likud', 'ISR', 'Likud', 'institution', 'ISR', 'PTY', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Bharatiya Janata Party', 'IND', 'Bharatiya Janata Party', 'institution', 'IND', 'PTY', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('BJP', 'IND', 'Bharatiya Janata Party', 'institution', 'IND', 'PTY', 'exact', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('African National Congress', 'ZAF', 'African National Congress', 'institution', 'ZAF', 'PTY', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Fidesz', 'HUN', 'Fidesz', 'institution', 'HUN', 'PTY', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Syriza', 'GRC', 'Syriza', 'institution', 'GRC', 'PTY', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('Justice and Development Party', 'TUR', 'Justice and Development Party', 'institution', 'TUR', 'PTY', 'cased', NULL, NULL, 'en', 'data/aliases_nonstate.tsv'),
  ('AKP', 'TUR', 'Justice and Development Party', 'institution', 'TUR', 'PTY', 'exact', NULL, NULL, 'en', 'data/aliases_nonstate.tsv') ON CONFLICT DO NOTHING;
-- data/aliases_blocks.tsv since 0.2.0: 288 rows out, 287 rows in
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Washington Post' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Washington Post' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Washington Times' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Washington Times' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Washington Examiner' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Washington Examiner' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Moscow Times' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Moscow Times' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Japan Times' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Japan Times' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Korea Herald' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Korea Herald' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Korea Times' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Korea Times' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Korea JoongAng Daily' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Korea JoongAng Daily' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Times of India' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Times of India' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'India Today' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'India Today' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Indian Express' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Indian Express' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Jerusalem Post' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Jerusalem Post' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Times of Israel' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Times of Israel' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'China Daily' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'China Daily' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'South China Morning Post' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'South China Morning Post' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Taipei Times' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Taipei Times' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Tehran Times' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Tehran Times' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Kyiv Post' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Kyiv Post' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Kyiv Independent' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Kyiv Independent' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Irish Times' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Irish Times' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Irish Independent' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Irish Independent' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Philippine Daily Inquirer' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Philippine Daily Inquirer' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Manila Times' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Manila Times' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Manila Bulletin' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Manila Bulletin' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Bangkok Post' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Bangkok Post' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Jakarta Post' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Jakarta Post' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Saudi Gazette' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Saudi Gazette' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Australian Financial Review' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Australian Financial Review' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Canadian Press' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Canadian Press' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'China Central Television' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'China Central Television' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'China News Service' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'China News Service' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Korean Central News Agency' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Korean Central News Agency' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Korean Broadcasting System' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Korean Broadcasting System' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Vietnam News Agency' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Vietnam News Agency' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Australian Broadcasting Corporation' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Australian Broadcasting Corporation' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Canadian Broadcasting Corporation' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Canadian Broadcasting Corporation' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'American Broadcasting Company' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'American Broadcasting Company' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'New Delhi Television' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'New Delhi Television' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Air China' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Air China' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Bank of China' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Bank of China' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'China Mobile' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'China Mobile' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'China Telecom' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'China Telecom' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'China Unicom' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'China Unicom' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'China Construction Bank' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'China Construction Bank' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Agricultural Bank of China' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Agricultural Bank of China' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Industrial and Commercial Bank of China' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Industrial and Commercial Bank of China' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'China Development Bank' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'China Development Bank' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'China Eastern Airlines' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'China Eastern Airlines' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'China Southern Airlines' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'China Southern Airlines' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'China Airlines' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'China Airlines' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'China National Petroleum Corporation' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'China National Petroleum Corporation' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'China National Offshore Oil Corporation' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'China National Offshore Oil Corporation' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'China Evergrande Group' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'China Evergrande Group' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'State Grid Corporation of China' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'State Grid Corporation of China' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Japan Airlines' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Japan Airlines' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Japan Tobacco' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Japan Tobacco' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Korean Air' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Korean Air' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Korea Electric Power Corporation' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Korea Electric Power Corporation' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'British Airways' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'British Airways' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'British Petroleum' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'British Petroleum' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'British American Tobacco' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'British American Tobacco' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'British Telecom' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'British Telecom' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'British Aerospace' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'British Aerospace' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Turkish Airlines' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Turkish Airlines' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'American Express' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'American Express' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Bank of America' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Bank of America' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'American Airlines' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'American Airlines' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Air France' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Air France' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Air India' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Air India' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Air Canada' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Air Canada' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Air New Zealand' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Air New Zealand' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Iran Air' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Iran Air' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Qatar Airways' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Qatar Airways' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Saudi Aramco' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Saudi Aramco' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Singapore Airlines' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Singapore Airlines' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Malaysia Airlines' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Malaysia Airlines' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Thai Airways' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Thai Airways' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Vietnam Airlines' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Vietnam Airlines' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Philippine Airlines' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Philippine Airlines' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Garuda Indonesia' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Garuda Indonesia' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Pakistan International Airlines' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Pakistan International Airlines' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Ethiopian Airlines' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Ethiopian Airlines' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Kenya Airways' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Kenya Airways' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'South African Airways' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'South African Airways' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Royal Jordanian' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Royal Jordanian' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Ukraine International Airlines' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Ukraine International Airlines' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'LOT Polish Airlines' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'LOT Polish Airlines' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Swiss International Air Lines' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Swiss International Air Lines' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Norwegian Air Shuttle' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Norwegian Air Shuttle' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Swiss Re' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Swiss Re' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Bank of Ireland' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Bank of Ireland' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Bank of India' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Bank of India' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'State Bank of India' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'State Bank of India' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Taiwan Semiconductor Manufacturing Company' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Taiwan Semiconductor Manufacturing Company' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Tokyo Electric Power Company' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Tokyo Electric Power Company' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Tokyo Electron' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Tokyo Electron' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Tokyo Stock Exchange' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Tokyo Stock Exchange' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'London Stock Exchange' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'London Stock Exchange' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'London Metal Exchange' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'London Metal Exchange' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Moscow Exchange' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Moscow Exchange' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Canada Goose' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Canada Goose' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Georgia Power' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Georgia Power' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Taiwan Semiconductor' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Taiwan Semiconductor Manufacturing Company' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Tokyo Electric Power' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Tokyo Electric Power Company' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Norwegian Air' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Norwegian Air Shuttle' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Chinese yuan' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Chinese yuan (currency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Chinese renminbi' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Chinese renminbi (currency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Japanese yen' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Japanese yen (currency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Russian rouble' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Russian rouble (currency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Russian ruble' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Russian ruble (currency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Indian rupee' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Indian rupee (currency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Turkish lira' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Turkish lira (currency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Brazilian real' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Brazilian real (currency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'South African rand' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'South African rand (currency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Mexican peso' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Mexican peso (currency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Canadian dollar' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Canadian dollar (currency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Australian dollar' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Australian dollar (currency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'South Korean won' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'South Korean won (currency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Indonesian rupiah' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Indonesian rupiah (currency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Egyptian pound' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Egyptian pound (currency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Israeli shekel' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Israeli shekel (currency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Iranian rial' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Iranian rial (currency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Saudi riyal' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Saudi riyal (currency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Ukrainian hryvnia' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Ukrainian hryvnia (currency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'British pound' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'British pound (currency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Swiss franc' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Swiss franc (currency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Free Syrian Army' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Free Syrian Army' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Manufacturers Hanover' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Manufacturers Hanover (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Manufacturers Hanover Trust' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Manufacturers Hanover (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Credit Suisse' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Credit Suisse (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Credit Suisse First Boston' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Credit Suisse First Boston (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'First Boston' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'First Boston (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Swiss Bank Corporation' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Swiss Bank Corporation (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Swiss Bank Corp' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Swiss Bank Corporation (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Union Bank of Switzerland' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Union Bank of Switzerland (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Swiss Reinsurance' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Swiss Re (insurer)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Chase Manhattan' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Chase Manhattan (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Chase Manhattan Bank' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Chase Manhattan (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Bank of New York' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Bank of New York (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Bank of New England' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Bank of New England (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Hong Kong and Shanghai Banking Corporation' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'HSBC (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Hong Kong and Shanghai Banking Corp' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'HSBC (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Hongkong and Shanghai Banking Corporation' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'HSBC (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Hongkong and Shanghai Banking Corp' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'HSBC (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Oversea-Chinese Banking Corporation' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'OCBC (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Oversea-Chinese Banking Corp' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'OCBC (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Korea Exchange Bank' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Korea Exchange Bank (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Bank of Tokyo' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Bank of Tokyo (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Bank of Tokyo-Mitsubishi' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Bank of Tokyo-Mitsubishi (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Industrial Bank of Japan' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Industrial Bank of Japan (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Long-Term Credit Bank of Japan' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Long-Term Credit Bank of Japan (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Fuji Bank' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Fuji Bank (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Bangkok Bank' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Bangkok Bank (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Siam Commercial Bank' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Siam Commercial Bank (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Banque Nationale de Paris' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Banque Nationale de Paris (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Amsterdam-Rotterdam Bank' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Amro Bank (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Societe Generale de Belgique' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM coalesce(geopol._from_utf8('\x536f6369c3a974c3a92047c3a96ec3a972616c652064652042656c67697175652028686f6c64696e6720636f6d70616e7929'::bytea), 'Societe Generale de Belgique') AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE geopol._from_utf8('\x536f6369c3a974c3a92047c3a96ec3a972616c652064652042656c6769717565'::bytea) IS NOT NULL AND t.alias IS NOT DISTINCT FROM geopol._from_utf8('\x536f6369c3a974c3a92047c3a96ec3a972616c652064652042656c6769717565'::bytea) AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM coalesce(geopol._from_utf8('\x536f6369c3a974c3a92047c3a96ec3a972616c652064652042656c67697175652028686f6c64696e6720636f6d70616e7929'::bytea), geopol._from_utf8('\x536f6369c3a974c3a92047c3a96ec3a972616c652064652042656c6769717565'::bytea)) AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Generale de Belgique' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM coalesce(geopol._from_utf8('\x536f6369c3a974c3a92047c3a96ec3a972616c652064652042656c67697175652028686f6c64696e6720636f6d70616e7929'::bytea), 'Generale de Belgique') AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Allied Irish Banks' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Allied Irish Banks (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Israel Discount Bank' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Israel Discount Bank (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Canadian Imperial Bank of Commerce' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Canadian Imperial Bank of Commerce (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Royal Bank of Canada' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Royal Bank of Canada (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'National Australia Bank' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'National Australia Bank (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Commonwealth Bank of Australia' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Commonwealth Bank of Australia (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Bank of New Zealand' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Bank of New Zealand (bank)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Savings Bank FSB' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'federal savings bank (U.S. bank charter suffix)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Savings Bank, FSB' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'federal savings bank (U.S. bank charter suffix)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Savings FSB' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'federal savings bank (U.S. bank charter suffix)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Bank FSB' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'federal savings bank (U.S. bank charter suffix)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Bank, FSB' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'federal savings bank (U.S. bank charter suffix)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Lloyd''s of London' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Lloyd''s of London (insurance market)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Georgia Gulf' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Georgia Gulf (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Georgia-Pacific' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Georgia-Pacific (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Georgia Pacific' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Georgia-Pacific (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Bethlehem Steel' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Bethlehem Steel (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Norfolk Southern' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Norfolk Southern (railway)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Columbia Pictures' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Columbia Pictures (film studio)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Columbia Gas' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Columbia Gas (utility)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Fuji Photo Film' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Fujifilm (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Texas Instruments' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Texas Instruments (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Texas Air' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Texas Air (airline holding)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Ohio Edison' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Ohio Edison (utility)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Virginia Electric and Power' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Virginia Electric and Power (utility)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Virginia Electric' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Virginia Electric and Power (utility)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'New England Electric' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'New England Electric System (utility)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Pacific Gas and Electric' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Pacific Gas and Electric (utility)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Royal Dutch Petroleum' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Royal Dutch Shell (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Royal Dutch' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Royal Dutch Shell (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Dutch State Mines' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'DSM (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'KLM Royal Dutch Airlines' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'KLM (airline)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Shell Canada' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Shell Canada (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Gulf Canada' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Gulf Canada (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Texaco Canada' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Texaco Canada (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Bell Canada' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Bell Canada (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Petro-Canada' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Petro-Canada (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Canadian Pacific' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Canadian Pacific (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Canadian National' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Canadian National (railway)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Canadian National Railway' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Canadian National (railway)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Canadian Airlines' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Canadian Airlines (airline)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Arabian American Oil Company' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Aramco (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Anglo American' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Anglo American (mining company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Anglo American Corporation' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Anglo American (mining company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'South African Breweries' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'South African Breweries (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'China Steel' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'China Steel (Taiwanese company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Chinese Petroleum Corporation' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'CPC Corporation (Taiwanese company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Chinese Petroleum Corp' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'CPC Corporation (Taiwanese company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Israel Chemicals' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Israel Chemicals (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Swedish Match' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Swedish Match (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Philippine Long Distance Telephone' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'PLDT (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Hongkong Land' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Hongkong Land (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Hong Kong Telecom' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Hong Kong Telecom (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Hongkong Telecom' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Hong Kong Telecom (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Tokyo Gas' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Tokyo Gas (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Korea Telecom' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'KT (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'British Steel' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'British Steel (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'British Gas' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'British Gas (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'British Leyland' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'British Leyland (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'British Caledonian' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'British Caledonian (airline)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Bristol-Myers' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Bristol-Myers Squibb (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Bristol-Myers Squibb' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Bristol-Myers Squibb (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Japan Air Lines' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Japan Airlines (airline)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Pan American World Airways' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Pan Am (airline)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Pan American' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Pan Am (airline)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'America West' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'America West Airlines (airline)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Malaysian Airline System' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Malaysia Airlines (airline)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Australian Airlines' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Australian Airlines (airline)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'American Motors' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'American Motors (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'American Brands' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'American Brands (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'American Telephone and Telegraph' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'AT&T (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'American Telephone & Telegraph' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'AT&T (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'American International Group' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'AIG (insurer)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'American Home Products' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'American Home Products (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'American Cyanamid' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'American Cyanamid (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'American Medical International' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'American Medical International (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'American Hospital Supply' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'American Hospital Supply (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'American Electric Power' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'American Electric Power (utility)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'American Standard' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'American Standard (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'American President Lines' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'American President Lines (shipping company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'America Online' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'AOL (company)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'New York Times' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'New York Times (newspaper)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Wall Street Journal' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Wall Street Journal (newspaper)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Los Angeles Times' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Los Angeles Times (newspaper)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Chicago Tribune' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Chicago Tribune (newspaper)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Boston Globe' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Boston Globe (newspaper)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'USA Today' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'USA Today (newspaper)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'U.S. News & World Report' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'U.S. News & World Report (magazine)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'US News & World Report' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'U.S. News & World Report (magazine)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'U.S. News and World Report' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'U.S. News & World Report (magazine)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Ottawa Citizen' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Ottawa Citizen (newspaper)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Canberra Times' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Canberra Times (newspaper)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'New Zealand Herald' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'New Zealand Herald (newspaper)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Buenos Aires Herald' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Buenos Aires Herald (newspaper)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Jordan Times' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Jordan Times (newspaper)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Beijing Review' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Beijing Review (magazine)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Moscow News' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Moscow News (newspaper)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Vietnam News' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Viet Nam News (newspaper)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Viet Nam News' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Viet Nam News (newspaper)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Tokyo Shimbun' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Tokyo Shimbun (newspaper)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Japan Broadcasting Corporation' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'NHK (broadcaster)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Radio Moscow' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Radio Moscow (broadcaster)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Tehran Radio' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'IRIB (broadcaster)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Radio Tehran' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'IRIB (broadcaster)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Baghdad Radio' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Iraqi state radio (broadcaster)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Radio Baghdad' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Iraqi state radio (broadcaster)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Damascus Radio' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Syrian state radio (broadcaster)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Radio Damascus' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Syrian state radio (broadcaster)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Kabul Radio' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Afghan state radio (broadcaster)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Radio Kabul' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Afghan state radio (broadcaster)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'New China News Agency' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Xinhua (news agency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Iraqi News Agency' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Iraqi News Agency (news agency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Saudi Press Agency' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Saudi Press Agency (news agency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Kuwait News Agency' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'KUNA (news agency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Qatar News Agency' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Qatar News Agency (news agency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Syrian Arab News Agency' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'SANA (news agency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Middle East News Agency' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'MENA (news agency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Jordan News Agency' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Petra (news agency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Press Trust of India' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Press Trust of India (news agency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Associated Press of Pakistan' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Associated Press of Pakistan (news agency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Philippine News Agency' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Philippine News Agency (news agency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Malaysian National News Agency' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Bernama (news agency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Hungarian News Agency' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'MTI (news agency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Bulgarian News Agency' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'BTA (news agency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'South African Press Association' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'SAPA (news agency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'News Agency of Nigeria' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'News Agency of Nigeria (news agency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Ghana News Agency' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Ghana News Agency (news agency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Australian Associated Press' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Australian Associated Press (news agency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Iranian Students'' News Agency' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'ISNA (news agency)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
-- data/aliases_blocks.tsv: 284 ASCII rows, 3 rows with other characters
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) VALUES
  ('Washington Post', NULL, 'Washington Post', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Washington Times', NULL, 'Washington Times', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Washington Examiner', NULL, 'Washington Examiner', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Moscow Times', NULL, 'Moscow Times', 'block', 'RUS', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Japan Times', NULL, 'Japan Times', 'block', 'JPN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Korea Herald', NULL, 'Korea Herald', 'block', 'KOR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Korea Times', NULL, 'Korea Times', 'block', 'KOR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Korea JoongAng Daily', NULL, 'Korea JoongAng Daily', 'block', 'KOR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Times of India', NULL, 'Times of India', 'block', 'IND', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('India Today', NULL, 'India Today', 'block', 'IND', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Indian Express', NULL, 'Indian Express', 'block', 'IND', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Jerusalem Post', NULL, 'Jerusalem Post', 'block', 'ISR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Times of Israel', NULL, 'Times of Israel', 'block', 'ISR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('China Daily', NULL, 'China Daily', 'block', 'CHN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('South China Morning Post', NULL, 'South China Morning Post', 'block', 'HKG', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Taipei Times', NULL, 'Taipei Times', 'block', 'TWN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Tehran Times', NULL, 'Tehran Times', 'block', 'IRN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Kyiv Post', NULL, 'Kyiv Post', 'block', 'UKR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Kyiv Independent', NULL, 'Kyiv Independent', 'block', 'UKR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Irish Times', NULL, 'Irish Times', 'block', 'IRL', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Irish Independent', NULL, 'Irish Independent', 'block', 'IRL', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Philippine Daily Inquirer', NULL, 'Philippine Daily Inquirer', 'block', 'PHL', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Manila Times', NULL, 'Manila Times', 'block', 'PHL', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Manila Bulletin', NULL, 'Manila Bulletin', 'block', 'PHL', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Bangkok Post', NULL, 'Bangkok Post', 'block', 'THA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Jakarta Post', NULL, 'Jakarta Post', 'block', 'IDN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Saudi Gazette', NULL, 'Saudi Gazette', 'block', 'SAU', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Australian Financial Review', NULL, 'Australian Financial Review', 'block', 'AUS', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Canadian Press', NULL, 'Canadian Press', 'block', 'CAN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('China Central Television', NULL, 'China Central Television', 'block', 'CHN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('China News Service', NULL, 'China News Service', 'block', 'CHN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Korean Central News Agency', NULL, 'Korean Central News Agency', 'block', 'PRK', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Korean Broadcasting System', NULL, 'Korean Broadcasting System', 'block', 'KOR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Vietnam News Agency', NULL, 'Vietnam News Agency', 'block', 'VNM', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Australian Broadcasting Corporation', NULL, 'Australian Broadcasting Corporation', 'block', 'AUS', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Canadian Broadcasting Corporation', NULL, 'Canadian Broadcasting Corporation', 'block', 'CAN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('American Broadcasting Company', NULL, 'American Broadcasting Company', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('New Delhi Television', NULL, 'New Delhi Television', 'block', 'IND', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Air China', NULL, 'Air China', 'block', 'CHN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Bank of China', NULL, 'Bank of China', 'block', 'CHN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('China Mobile', NULL, 'China Mobile', 'block', 'CHN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('China Telecom', NULL, 'China Telecom', 'block', 'CHN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('China Unicom', NULL, 'China Unicom', 'block', 'CHN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('China Construction Bank', NULL, 'China Construction Bank', 'block', 'CHN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Agricultural Bank of China', NULL, 'Agricultural Bank of China', 'block', 'CHN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Industrial and Commercial Bank of China', NULL, 'Industrial and Commercial Bank of China', 'block', 'CHN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('China Development Bank', NULL, 'China Development Bank', 'block', 'CHN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('China Eastern Airlines', NULL, 'China Eastern Airlines', 'block', 'CHN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('China Southern Airlines', NULL, 'China Southern Airlines', 'block', 'CHN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('China Airlines', NULL, 'China Airlines', 'block', 'TWN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('China National Petroleum Corporation', NULL, 'China National Petroleum Corporation', 'block', 'CHN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('China National Offshore Oil Corporation', NULL, 'China National Offshore Oil Corporation', 'block', 'CHN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('China Evergrande Group', NULL, 'China Evergrande Group', 'block', 'CHN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('State Grid Corporation of China', NULL, 'State Grid Corporation of China', 'block', 'CHN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Japan Airlines', NULL, 'Japan Airlines', 'block', 'JPN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Japan Tobacco', NULL, 'Japan Tobacco', 'block', 'JPN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Korean Air', NULL, 'Korean Air', 'block', 'KOR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Korea Electric Power Corporation', NULL, 'Korea Electric Power Corporation', 'block', 'KOR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('British Airways', NULL, 'British Airways', 'block', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('British Petroleum', NULL, 'British Petroleum', 'block', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('British American Tobacco', NULL, 'British American Tobacco', 'block', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('British Telecom', NULL, 'British Telecom', 'block', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('British Aerospace', NULL, 'British Aerospace', 'block', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Turkish Airlines', NULL, 'Turkish Airlines', 'block', 'TUR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('American Express', NULL, 'American Express', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Bank of America', NULL, 'Bank of America', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('American Airlines', NULL, 'American Airlines', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Air France', NULL, 'Air France', 'block', 'FRA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Air India', NULL, 'Air India', 'block', 'IND', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Air Canada', NULL, 'Air Canada', 'block', 'CAN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Air New Zealand', NULL, 'Air New Zealand', 'block', 'NZL', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Iran Air', NULL, 'Iran Air', 'block', 'IRN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Qatar Airways', NULL, 'Qatar Airways', 'block', 'QAT', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Saudi Aramco', NULL, 'Saudi Aramco', 'block', 'SAU', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Singapore Airlines', NULL, 'Singapore Airlines', 'block', 'SGP', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Malaysia Airlines', NULL, 'Malaysia Airlines', 'block', 'MYS', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Thai Airways', NULL, 'Thai Airways', 'block', 'THA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Vietnam Airlines', NULL, 'Vietnam Airlines', 'block', 'VNM', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Philippine Airlines', NULL, 'Philippine Airlines', 'block', 'PHL', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Garuda Indonesia', NULL, 'Garuda Indonesia', 'block', 'IDN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Pakistan International Airlines', NULL, 'Pakistan International Airlines', 'block', 'PAK', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Ethiopian Airlines', NULL, 'Ethiopian Airlines', 'block', 'ETH', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Kenya Airways', NULL, 'Kenya Airways', 'block', 'KEN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('South African Airways', NULL, 'South African Airways', 'block', 'ZAF', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Royal Jordanian', NULL, 'Royal Jordanian', 'block', 'JOR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Ukraine International Airlines', NULL, 'Ukraine International Airlines', 'block', 'UKR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('LOT Polish Airlines', NULL, 'LOT Polish Airlines', 'block', 'POL', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Swiss International Air Lines', NULL, 'Swiss International Air Lines', 'block', 'CHE', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Norwegian Air Shuttle', NULL, 'Norwegian Air Shuttle', 'block', 'NOR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Swiss Re', NULL, 'Swiss Re', 'block', 'CHE', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Bank of Ireland', NULL, 'Bank of Ireland', 'block', 'IRL', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Bank of India', NULL, 'Bank of India', 'block', 'IND', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('State Bank of India', NULL, 'State Bank of India', 'block', 'IND', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Taiwan Semiconductor Manufacturing Company', NULL, 'Taiwan Semiconductor Manufacturing Company', 'block', 'TWN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Tokyo Electric Power Company', NULL, 'Tokyo Electric Power Company', 'block', 'JPN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Tokyo Electron', NULL, 'Tokyo Electron', 'block', 'JPN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Tokyo Stock Exchange', NULL, 'Tokyo Stock Exchange', 'block', 'JPN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('London Stock Exchange', NULL, 'London Stock Exchange', 'block', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('London Metal Exchange', NULL, 'London Metal Exchange', 'block', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Moscow Exchange', NULL, 'Moscow Exchange', 'block', 'RUS', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Canada Goose', NULL, 'Canada Goose', 'block', 'CAN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Georgia Power', NULL, 'Georgia Power', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Taiwan Semiconductor', NULL, 'Taiwan Semiconductor Manufacturing Company', 'block', 'TWN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Tokyo Electric Power', NULL, 'Tokyo Electric Power Company', 'block', 'JPN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Norwegian Air', NULL, 'Norwegian Air Shuttle', 'block', 'NOR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Chinese yuan', NULL, 'Chinese yuan (currency)', 'block', 'CHN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Chinese renminbi', NULL, 'Chinese renminbi (currency)', 'block', 'CHN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Japanese yen', NULL, 'Japanese yen (currency)', 'block', 'JPN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Russian rouble', NULL, 'Russian rouble (currency)', 'block', 'RUS', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Russian ruble', NULL, 'Russian ruble (currency)', 'block', 'RUS', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Indian rupee', NULL, 'Indian rupee (currency)', 'block', 'IND', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Turkish lira', NULL, 'Turkish lira (currency)', 'block', 'TUR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Brazilian real', NULL, 'Brazilian real (currency)', 'block', 'BRA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('South African rand', NULL, 'South African rand (currency)', 'block', 'ZAF', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Mexican peso', NULL, 'Mexican peso (currency)', 'block', 'MEX', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Canadian dollar', NULL, 'Canadian dollar (currency)', 'block', 'CAN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Australian dollar', NULL, 'Australian dollar (currency)', 'block', 'AUS', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('South Korean won', NULL, 'South Korean won (currency)', 'block', 'KOR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Indonesian rupiah', NULL, 'Indonesian rupiah (currency)', 'block', 'IDN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Egyptian pound', NULL, 'Egyptian pound (currency)', 'block', 'EGY', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Israeli shekel', NULL, 'Israeli shekel (currency)', 'block', 'ISR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Iranian rial', NULL, 'Iranian rial (currency)', 'block', 'IRN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Saudi riyal', NULL, 'Saudi riyal (currency)', 'block', 'SAU', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Ukrainian hryvnia', NULL, 'Ukrainian hryvnia (currency)', 'block', 'UKR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('British pound', NULL, 'British pound (currency)', 'block', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Swiss franc', NULL, 'Swiss franc (currency)', 'block', 'CHE', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Manufacturers Hanover', NULL, 'Manufacturers Hanover (bank)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Manufacturers Hanover Trust', NULL, 'Manufacturers Hanover (bank)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Credit Suisse', NULL, 'Credit Suisse (bank)', 'block', 'CHE', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Credit Suisse First Boston', NULL, 'Credit Suisse First Boston (bank)', 'block', 'CHE', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('First Boston', NULL, 'First Boston (bank)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Swiss Bank Corporation', NULL, 'Swiss Bank Corporation (bank)', 'block', 'CHE', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Swiss Bank Corp', NULL, 'Swiss Bank Corporation (bank)', 'block', 'CHE', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Union Bank of Switzerland', NULL, 'Union Bank of Switzerland (bank)', 'block', 'CHE', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Swiss Reinsurance', NULL, 'Swiss Re (insurer)', 'block', 'CHE', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Chase Manhattan', NULL, 'Chase Manhattan (bank)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Chase Manhattan Bank', NULL, 'Chase Manhattan (bank)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Bank of New York', NULL, 'Bank of New York (bank)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Bank of New England', NULL, 'Bank of New England (bank)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Hong Kong and Shanghai Banking Corporation', NULL, 'HSBC (bank)', 'block', 'HKG', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Hong Kong and Shanghai Banking Corp', NULL, 'HSBC (bank)', 'block', 'HKG', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Hongkong and Shanghai Banking Corporation', NULL, 'HSBC (bank)', 'block', 'HKG', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Hongkong and Shanghai Banking Corp', NULL, 'HSBC (bank)', 'block', 'HKG', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Oversea-Chinese Banking Corporation', NULL, 'OCBC (bank)', 'block', 'SGP', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Oversea-Chinese Banking Corp', NULL, 'OCBC (bank)', 'block', 'SGP', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Korea Exchange Bank', NULL, 'Korea Exchange Bank (bank)', 'block', 'KOR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Bank of Tokyo', NULL, 'Bank of Tokyo (bank)', 'block', 'JPN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Bank of Tokyo-Mitsubishi', NULL, 'Bank of Tokyo-Mitsubishi (bank)', 'block', 'JPN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Industrial Bank of Japan', NULL, 'Industrial Bank of Japan (bank)', 'block', 'JPN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Long-Term Credit Bank of Japan', NULL, 'Long-Term Credit Bank of Japan (bank)', 'block', 'JPN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Fuji Bank', NULL, 'Fuji Bank (bank)', 'block', 'JPN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Bangkok Bank', NULL, 'Bangkok Bank (bank)', 'block', 'THA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Siam Commercial Bank', NULL, 'Siam Commercial Bank (bank)', 'block', 'THA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Banque Nationale de Paris', NULL, 'Banque Nationale de Paris (bank)', 'block', 'FRA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Amsterdam-Rotterdam Bank', NULL, 'Amro Bank (bank)', 'block', 'NLD', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Allied Irish Banks', NULL, 'Allied Irish Banks (bank)', 'block', 'IRL', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Israel Discount Bank', NULL, 'Israel Discount Bank (bank)', 'block', 'ISR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Canadian Imperial Bank of Commerce', NULL, 'Canadian Imperial Bank of Commerce (bank)', 'block', 'CAN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Royal Bank of Canada', NULL, 'Royal Bank of Canada (bank)', 'block', 'CAN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('National Australia Bank', NULL, 'National Australia Bank (bank)', 'block', 'AUS', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Commonwealth Bank of Australia', NULL, 'Commonwealth Bank of Australia (bank)', 'block', 'AUS', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Bank of New Zealand', NULL, 'Bank of New Zealand (bank)', 'block', 'NZL', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Savings Bank FSB', NULL, 'federal savings bank (U.S. bank charter suffix)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Savings Bank, FSB', NULL, 'federal savings bank (U.S. bank charter suffix)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Savings FSB', NULL, 'federal savings bank (U.S. bank charter suffix)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Bank FSB', NULL, 'federal savings bank (U.S. bank charter suffix)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Bank, FSB', NULL, 'federal savings bank (U.S. bank charter suffix)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Lloyd''s of London', NULL, 'Lloyd''s of London (insurance market)', 'block', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Georgia Gulf', NULL, 'Georgia Gulf (company)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Georgia-Pacific', NULL, 'Georgia-Pacific (company)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Georgia Pacific', NULL, 'Georgia-Pacific (company)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Bethlehem Steel', NULL, 'Bethlehem Steel (company)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Norfolk Southern', NULL, 'Norfolk Southern (railway)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Columbia Pictures', NULL, 'Columbia Pictures (film studio)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Columbia Gas', NULL, 'Columbia Gas (utility)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Fuji Photo Film', NULL, 'Fujifilm (company)', 'block', 'JPN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Texas Instruments', NULL, 'Texas Instruments (company)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Texas Air', NULL, 'Texas Air (airline holding)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Ohio Edison', NULL, 'Ohio Edison (utility)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Virginia Electric and Power', NULL, 'Virginia Electric and Power (utility)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Virginia Electric', NULL, 'Virginia Electric and Power (utility)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('New England Electric', NULL, 'New England Electric System (utility)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Pacific Gas and Electric', NULL, 'Pacific Gas and Electric (utility)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Royal Dutch Petroleum', NULL, 'Royal Dutch Shell (company)', 'block', 'NLD', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Royal Dutch', NULL, 'Royal Dutch Shell (company)', 'block', 'NLD', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Dutch State Mines', NULL, 'DSM (company)', 'block', 'NLD', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('KLM Royal Dutch Airlines', NULL, 'KLM (airline)', 'block', 'NLD', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Shell Canada', NULL, 'Shell Canada (company)', 'block', 'CAN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Gulf Canada', NULL, 'Gulf Canada (company)', 'block', 'CAN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Texaco Canada', NULL, 'Texaco Canada (company)', 'block', 'CAN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Bell Canada', NULL, 'Bell Canada (company)', 'block', 'CAN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Petro-Canada', NULL, 'Petro-Canada (company)', 'block', 'CAN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Canadian Pacific', NULL, 'Canadian Pacific (company)', 'block', 'CAN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Canadian National', NULL, 'Canadian National (railway)', 'block', 'CAN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Canadian National Railway', NULL, 'Canadian National (railway)', 'block', 'CAN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Canadian Airlines', NULL, 'Canadian Airlines (airline)', 'block', 'CAN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Arabian American Oil Company', NULL, 'Aramco (company)', 'block', 'SAU', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Anglo American', NULL, 'Anglo American (mining company)', 'block', 'ZAF', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Anglo American Corporation', NULL, 'Anglo American (mining company)', 'block', 'ZAF', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('South African Breweries', NULL, 'South African Breweries (company)', 'block', 'ZAF', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('China Steel', NULL, 'China Steel (Taiwanese company)', 'block', 'TWN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Chinese Petroleum Corporation', NULL, 'CPC Corporation (Taiwanese company)', 'block', 'TWN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Chinese Petroleum Corp', NULL, 'CPC Corporation (Taiwanese company)', 'block', 'TWN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Israel Chemicals', NULL, 'Israel Chemicals (company)', 'block', 'ISR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Swedish Match', NULL, 'Swedish Match (company)', 'block', 'SWE', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Philippine Long Distance Telephone', NULL, 'PLDT (company)', 'block', 'PHL', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Hongkong Land', NULL, 'Hongkong Land (company)', 'block', 'HKG', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Hong Kong Telecom', NULL, 'Hong Kong Telecom (company)', 'block', 'HKG', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Hongkong Telecom', NULL, 'Hong Kong Telecom (company)', 'block', 'HKG', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Tokyo Gas', NULL, 'Tokyo Gas (company)', 'block', 'JPN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Korea Telecom', NULL, 'KT (company)', 'block', 'KOR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('British Steel', NULL, 'British Steel (company)', 'block', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('British Gas', NULL, 'British Gas (company)', 'block', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('British Leyland', NULL, 'British Leyland (company)', 'block', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('British Caledonian', NULL, 'British Caledonian (airline)', 'block', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Bristol-Myers', NULL, 'Bristol-Myers Squibb (company)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Bristol-Myers Squibb', NULL, 'Bristol-Myers Squibb (company)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Japan Air Lines', NULL, 'Japan Airlines (airline)', 'block', 'JPN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Pan American World Airways', NULL, 'Pan Am (airline)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Pan American', NULL, 'Pan Am (airline)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('America West', NULL, 'America West Airlines (airline)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Malaysian Airline System', NULL, 'Malaysia Airlines (airline)', 'block', 'MYS', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Australian Airlines', NULL, 'Australian Airlines (airline)', 'block', 'AUS', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('American Motors', NULL, 'American Motors (company)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('American Brands', NULL, 'American Brands (company)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('American Telephone and Telegraph', NULL, 'AT&T (company)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('American Telephone & Telegraph', NULL, 'AT&T (company)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('American International Group', NULL, 'AIG (insurer)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('American Home Products', NULL, 'American Home Products (company)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('American Cyanamid', NULL, 'American Cyanamid (company)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('American Medical International', NULL, 'American Medical International (company)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('American Hospital Supply', NULL, 'American Hospital Supply (company)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('American Electric Power', NULL, 'American Electric Power (utility)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('American Standard', NULL, 'American Standard (company)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('American President Lines', NULL, 'American President Lines (shipping company)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('America Online', NULL, 'AOL (company)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('New York Times', NULL, 'New York Times (newspaper)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Wall Street Journal', NULL, 'Wall Street Journal (newspaper)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Los Angeles Times', NULL, 'Los Angeles Times (newspaper)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Chicago Tribune', NULL, 'Chicago Tribune (newspaper)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Boston Globe', NULL, 'Boston Globe (newspaper)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('USA Today', NULL, 'USA Today (newspaper)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('U.S. News & World Report', NULL, 'U.S. News & World Report (magazine)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('US News & World Report', NULL, 'U.S. News & World Report (magazine)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('U.S. News and World Report', NULL, 'U.S. News & World Report (magazine)', 'block', 'USA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Ottawa Citizen', NULL, 'Ottawa Citizen (newspaper)', 'block', 'CAN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Canberra Times', NULL, 'Canberra Times (newspaper)', 'block', 'AUS', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('New Zealand Herald', NULL, 'New Zealand Herald (newspaper)', 'block', 'NZL', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Buenos Aires Herald', NULL, 'Buenos Aires Herald (newspaper)', 'block', 'ARG', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Jordan Times', NULL, 'Jordan Times (newspaper)', 'block', 'JOR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Beijing Review', NULL, 'Beijing Review (magazine)', 'block', 'CHN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Moscow News', NULL, 'Moscow News (newspaper)', 'block', 'RUS', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Vietnam News', NULL, 'Viet Nam News (newspaper)', 'block', 'VNM', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Viet Nam News', NULL, 'Viet Nam News (newspaper)', 'block', 'VNM', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Tokyo Shimbun', NULL, 'Tokyo Shimbun (newspaper)', 'block', 'JPN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Japan Broadcasting Corporation', NULL, 'NHK (broadcaster)', 'block', 'JPN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Radio Moscow', NULL, 'Radio Moscow (broadcaster)', 'block', 'RUS', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Tehran Radio', NULL, 'IRIB (broadcaster)', 'block', 'IRN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Radio Tehran', NULL, 'IRIB (broadcaster)', 'block', 'IRN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Baghdad Radio', NULL, 'Iraqi state radio (broadcaster)', 'block', 'IRQ', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Radio Baghdad', NULL, 'Iraqi state radio (broadcaster)', 'block', 'IRQ', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Damascus Radio', NULL, 'Syrian state radio (broadcaster)', 'block', 'SYR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Radio Damascus', NULL, 'Syrian state radio (broadcaster)', 'block', 'SYR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Kabul Radio', NULL, 'Afghan state radio (broadcaster)', 'block', 'AFG', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Radio Kabul', NULL, 'Afghan state radio (broadcaster)', 'block', 'AFG', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('New China News Agency', NULL, 'Xinhua (news agency)', 'block', 'CHN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Iraqi News Agency', NULL, 'Iraqi News Agency (news agency)', 'block', 'IRQ', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Saudi Press Agency', NULL, 'Saudi Press Agency (news agency)', 'block', 'SAU', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Kuwait News Agency', NULL, 'KUNA (news agency)', 'block', 'KWT', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Qatar News Agency', NULL, 'Qatar News Agency (news agency)', 'block', 'QAT', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Syrian Arab News Agency', NULL, 'SANA (news agency)', 'block', 'SYR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Middle East News Agency', NULL, 'MENA (news agency)', 'block', 'EGY', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Jordan News Agency', NULL, 'Petra (news agency)', 'block', 'JOR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Press Trust of India', NULL, 'Press Trust of India (news agency)', 'block', 'IND', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Associated Press of Pakistan', NULL, 'Associated Press of Pakistan (news agency)', 'block', 'PAK', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Philippine News Agency', NULL, 'Philippine News Agency (news agency)', 'block', 'PHL', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Malaysian National News Agency', NULL, 'Bernama (news agency)', 'block', 'MYS', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Hungarian News Agency', NULL, 'MTI (news agency)', 'block', 'HUN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Bulgarian News Agency', NULL, 'BTA (news agency)', 'block', 'BGR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('South African Press Association', NULL, 'SAPA (news agency)', 'block', 'ZAF', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('News Agency of Nigeria', NULL, 'News Agency of Nigeria (news agency)', 'block', 'NGA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Ghana News Agency', NULL, 'Ghana News Agency (news agency)', 'block', 'GHA', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Australian Associated Press', NULL, 'Australian Associated Press (news agency)', 'block', 'AUS', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Iranian Students'' News Agency', NULL, 'ISNA (news agency)', 'block', 'IRN', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv') ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT 'Societe Generale de Belgique', NULL, coalesce(geopol._from_utf8('\x536f6369c3a974c3a92047c3a96ec3a972616c652064652042656c67697175652028686f6c64696e6720636f6d70616e7929'::bytea), 'Societe Generale de Belgique'), 'block', 'BEL', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv' WHERE 'Societe Generale de Belgique' IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x536f6369c3a974c3a92047c3a96ec3a972616c652064652042656c6769717565'::bytea), NULL, coalesce(geopol._from_utf8('\x536f6369c3a974c3a92047c3a96ec3a972616c652064652042656c67697175652028686f6c64696e6720636f6d70616e7929'::bytea), geopol._from_utf8('\x536f6369c3a974c3a92047c3a96ec3a972616c652064652042656c6769717565'::bytea)), 'block', 'BEL', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv' WHERE geopol._from_utf8('\x536f6369c3a974c3a92047c3a96ec3a972616c652064652042656c6769717565'::bytea) IS NOT NULL AND geopol._from_utf8('\x536f6369c3a974c3a92047c3a96ec3a972616c652064652042656c6769717565'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT 'Generale de Belgique', NULL, coalesce(geopol._from_utf8('\x536f6369c3a974c3a92047c3a96ec3a972616c652064652042656c67697175652028686f6c64696e6720636f6d70616e7929'::bytea), 'Generale de Belgique'), 'block', 'BEL', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv' WHERE 'Generale de Belgique' IS NOT NULL ON CONFLICT DO NOTHING;
-- data/aliases_ru.tsv since 0.2.0: 0 rows out, 0 rows in
-- data/aliases_cities.tsv since 0.2.0: 0 rows out, 889 rows in
-- data/aliases_cities.tsv: 719 ASCII rows, 170 rows with other characters
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) VALUES
  ('Aba', NULL, 'Aba', 'place', 'NGA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Abeokuta', NULL, 'Abeokuta', 'place', 'NGA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Abobo', NULL, 'Abobo', 'place', 'CIV', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Abomey-Calavi', NULL, 'Abomey-Calavi', 'place', 'BEN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Adana', NULL, 'Adana', 'place', 'TUR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ado-Ekiti', NULL, 'Ado-Ekiti', 'place', 'NGA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Agadir', NULL, 'Agadir', 'place', 'MAR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Aguascalientes', NULL, 'Aguascalientes', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ahmadnagar', NULL, 'Ahmadnagar', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ajman City', NULL, 'Ajman City', 'place', 'ARE', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ajmer', NULL, 'Ajmer', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Akita', NULL, 'Akita', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Akola', NULL, 'Akola', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Akure', NULL, 'Akure', 'place', 'NGA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Al Kharj', NULL, 'Al Kharj', 'place', 'SAU', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Al Qadarif', NULL, 'Al Qadarif', 'place', 'SDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Alexandria', NULL, 'Alexandria', 'place', 'EGY', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Alicante', NULL, 'Alicante', 'place', 'ESP', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Amagasaki', NULL, 'Amagasaki', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ambon', NULL, 'Ambon', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ananindeua', NULL, 'Ananindeua', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Andijon', NULL, 'Andijon', 'place', 'UZB', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Anqing', NULL, 'Anqing', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ansan-si', NULL, 'Ansan-si', 'place', 'KOR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Anshan', NULL, 'Anshan', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Anshun', NULL, 'Anshun', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Antipolo', NULL, 'Antipolo', 'place', 'PHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Antofagasta', NULL, 'Antofagasta', 'place', 'CHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Antwerpen', NULL, 'Antwerpen', 'place', 'BEL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Anyang', NULL, 'Anyang', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Anyang-si', NULL, 'Anyang-si', 'place', 'KOR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Aracaju', NULL, 'Aracaju', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Arequipa', NULL, 'Arequipa', 'place', 'PER', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Arlington', NULL, 'Arlington', 'place', 'USA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Arusha', NULL, 'Arusha', 'place', 'TZA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Asahikawa', NULL, 'Asahikawa', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Aurangabad', NULL, 'Aurangabad', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Azcapotzalco', NULL, 'Azcapotzalco', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bacolod City', NULL, 'Bacolod City', 'place', 'PHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bacoor', NULL, 'Bacoor', 'place', 'PHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bahawalpur', NULL, 'Bahawalpur', 'place', 'PAK', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Baicheng', NULL, 'Baicheng', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Balikpapan', NULL, 'Balikpapan', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bamenda', NULL, 'Bamenda', 'place', 'CMR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bandar Lampung', NULL, 'Bandar Lampung', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Banjarmasin', NULL, 'Banjarmasin', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Banqiao', NULL, 'Banqiao', 'place', 'TWN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Baoding', NULL, 'Baoding', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bareilly', NULL, 'Bareilly', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Barinas', NULL, 'Barinas', 'place', 'VEN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Barnaul', NULL, 'Barnaul', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Barquisimeto', NULL, 'Barquisimeto', 'place', 'VEN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Barranquilla', NULL, 'Barranquilla', 'place', 'COL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Basrah', NULL, 'Basrah', 'place', 'IRQ', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Batam', NULL, 'Batam', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Batikent', NULL, 'Batikent', 'place', 'TUR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Batman', NULL, 'Batman', 'place', 'TUR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Battagram', NULL, 'Battagram', 'place', 'PAK', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bauchi', NULL, 'Bauchi', 'place', 'NGA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bauru', NULL, 'Bauru', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bayan Nur', NULL, 'Bayan Nur', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Beira', NULL, 'Beira', 'place', 'MOZ', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bekasi', NULL, 'Bekasi', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Belford Roxo', NULL, 'Belford Roxo', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Belgaum', NULL, 'Belgaum', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bellary', NULL, 'Bellary', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bello', NULL, 'Bello', 'place', 'COL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bengbu', NULL, 'Bengbu', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bengkulu', NULL, 'Bengkulu', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Benito Juarez', NULL, 'Benito Juarez', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Benoni', NULL, 'Benoni', 'place', 'ZAF', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Benxi', NULL, 'Benxi', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Betim', NULL, 'Betim', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bhavnagar', NULL, 'Bhavnagar', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bhayandar', NULL, 'Bhayandar', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bhilai', NULL, 'Bhilai', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bhimbar', NULL, 'Bhimbar', 'place', 'PAK', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bhiwandi', NULL, 'Bhiwandi', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bhubaneshwar', NULL, 'Bhubaneshwar', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bilimora', NULL, 'Bilimora', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Birkenhead', NULL, 'Birkenhead', 'place', 'GBR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Biskra', NULL, 'Biskra', 'place', 'DZA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Blantyre', NULL, 'Blantyre', 'place', 'MWI', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bloemfontein', NULL, 'Bloemfontein', 'place', 'ZAF', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bobo-Dioulasso', NULL, 'Bobo-Dioulasso', 'place', 'BFA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bochum-Hordel', NULL, 'Bochum-Hordel', 'place', 'DEU', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bogor', NULL, 'Bogor', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Boksburg', NULL, 'Boksburg', 'place', 'ZAF', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Borivli', NULL, 'Borivli', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Botshabelo', NULL, 'Botshabelo', 'place', 'ZAF', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Boumerdas', NULL, 'Boumerdas', 'place', 'DZA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Brahmapur', NULL, 'Brahmapur', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Brakpan', NULL, 'Brakpan', 'place', 'ZAF', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Brampton', NULL, 'Brampton', 'place', 'CAN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Brent', NULL, 'Brent', 'place', 'GBR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Brno', NULL, 'Brno', 'place', 'CZE', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bucaramanga', NULL, 'Bucaramanga', 'place', 'COL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bucheon-si', NULL, 'Bucheon-si', 'place', 'KOR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Budta', NULL, 'Budta', 'place', 'PHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bulawayo', NULL, 'Bulawayo', 'place', 'ZWE', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Buraydah', NULL, 'Buraydah', 'place', 'SAU', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bursa', NULL, 'Bursa', 'place', 'TUR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Butuan', NULL, 'Butuan', 'place', 'PHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Bydgoszcz', NULL, 'Bydgoszcz', 'place', 'POL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Cabuyao', NULL, 'Cabuyao', 'place', 'PHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Cagayan de Oro', NULL, 'Cagayan de Oro', 'place', 'PHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Calabar', NULL, 'Calabar', 'place', 'NGA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Calamba', NULL, 'Calamba', 'place', 'PHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Callao', NULL, 'Callao', 'place', 'PER', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Caloocan City', NULL, 'Caloocan City', 'place', 'PHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Camayenne', NULL, 'Camayenne', 'place', 'GIN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Campina Grande', NULL, 'Campina Grande', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Campo Grande', NULL, 'Campo Grande', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Campos dos Goytacazes', NULL, 'Campos dos Goytacazes', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Cangzhou', NULL, 'Cangzhou', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Canoas', NULL, 'Canoas', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Cape Town', NULL, 'Cape Town', 'place', 'ZAF', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Carrefour', NULL, 'Carrefour', 'place', 'HTI', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Caxias do Sul', NULL, 'Caxias do Sul', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Cebu City', NULL, 'Cebu City', 'place', 'PHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Celaya', NULL, 'Celaya', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Changde', NULL, 'Changde', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Changshu City', NULL, 'Changshu City', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Changwon', NULL, 'Changwon', 'place', 'KOR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Changzhi', NULL, 'Changzhi', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Changzhou', NULL, 'Changzhou', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Chaoyang', NULL, 'Chaoyang', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Chaozhou', NULL, 'Chaozhou', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Charlotte', NULL, 'Charlotte', 'place', 'USA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Cheboksary', NULL, 'Cheboksary', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Chelyabinsk', NULL, 'Chelyabinsk', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Chengde', NULL, 'Chengde', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Cheonan', NULL, 'Cheonan', 'place', 'KOR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Cheongju-si', NULL, 'Cheongju-si', 'place', 'KOR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Cherepovets', NULL, 'Cherepovets', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Chiclayo', NULL, 'Chiclayo', 'place', 'PER', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Chifeng', NULL, 'Chifeng', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Chihuahua', NULL, 'Chihuahua', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Chimbote', NULL, 'Chimbote', 'place', 'PER', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Chinju', NULL, 'Chinju', 'place', 'KOR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Chita', NULL, 'Chita', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Chitungwiza', NULL, 'Chitungwiza', 'place', 'ZWE', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Chongjin', NULL, 'Chongjin', 'place', 'PRK', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Cimahi', NULL, 'Cimahi', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('City of Balikpapan', NULL, 'City of Balikpapan', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ciudad Apodaca', NULL, 'Ciudad Apodaca', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ciudad General Escobedo', NULL, 'Ciudad General Escobedo', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ciudad Guayana', NULL, 'Ciudad Guayana', 'place', 'VEN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ciudad Nezahualcoyotl', NULL, 'Ciudad Nezahualcoyotl', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ciudad Victoria', NULL, 'Ciudad Victoria', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ciudad del Este', NULL, 'Ciudad del Este', 'place', 'PRY', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Cluj-Napoca', NULL, 'Cluj-Napoca', 'place', 'ROU', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Cochabamba', NULL, 'Cochabamba', 'place', 'BOL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Columbus', NULL, 'Columbus', 'place', 'USA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Comilla', NULL, 'Comilla', 'place', 'BGD', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Constantine', NULL, 'Constantine', 'place', 'DZA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Contagem', NULL, 'Contagem', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Corpus Christi', NULL, 'Corpus Christi', 'place', 'USA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Corrientes', NULL, 'Corrientes', 'place', 'ARG', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Craiova', NULL, 'Craiova', 'place', 'ROU', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Cuernavaca', NULL, 'Cuernavaca', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Cuttack', NULL, 'Cuttack', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Dadonghai', NULL, 'Dadonghai', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Dadukou', NULL, 'Dadukou', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Daejeon', NULL, 'Daejeon', 'place', 'KOR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Dammam', NULL, 'Dammam', 'place', 'SAU', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Dandong', NULL, 'Dandong', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Datong', NULL, 'Datong', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Davangere', NULL, 'Davangere', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Denizli', NULL, 'Denizli', 'place', 'TUR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Denpasar', NULL, 'Denpasar', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Depok', NULL, 'Depok', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Dezhou', NULL, 'Dezhou', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Diadema', NULL, 'Diadema', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Diepsloot', NULL, 'Diepsloot', 'place', 'ZAF', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Dombivli', NULL, 'Dombivli', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Douala', NULL, 'Douala', 'place', 'CMR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Duque de Caxias', NULL, 'Duque de Caxias', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Durgapur', NULL, 'Durgapur', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('East London', NULL, 'East London', 'place', 'ZAF', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ebute Ikorodu', NULL, 'Ebute Ikorodu', 'place', 'NGA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ecatepec de Morelos', NULL, 'Ecatepec de Morelos', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('El Obeid', NULL, 'El Obeid', 'place', 'SDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Enugu', NULL, 'Enugu', 'place', 'NGA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Erzurum', NULL, 'Erzurum', 'place', 'TUR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Esenler', NULL, 'Esenler', 'place', 'TUR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Etobicoke', NULL, 'Etobicoke', 'place', 'CAN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Faisalabad', NULL, 'Faisalabad', 'place', 'PAK', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Faridabad', NULL, 'Faridabad', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Feira de Santana', NULL, 'Feira de Santana', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Fenghuang', NULL, 'Fenghuang', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Franca', NULL, 'Franca', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Fujisawa', NULL, 'Fujisawa', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Fukuyama', NULL, 'Fukuyama', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Fushun', NULL, 'Fushun', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Fuxin', NULL, 'Fuxin', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ganja', NULL, 'Ganja', 'place', 'AZE', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Garoua', NULL, 'Garoua', 'place', 'CMR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Gaya', NULL, 'Gaya', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('General Santos', NULL, 'General Santos', 'place', 'PHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('George Town', NULL, 'George Town', 'place', 'MYS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Gifu-shi', NULL, 'Gifu-shi', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Giza', NULL, 'Giza', 'place', 'EGY', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Gold Coast', NULL, 'Gold Coast', 'place', 'AUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Gorakhpur', NULL, 'Gorakhpur', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Goyang-si', NULL, 'Goyang-si', 'place', 'KOR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Guadalupe', NULL, 'Guadalupe', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Guankou', NULL, 'Guankou', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Guarulhos', NULL, 'Guarulhos', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Guilin', NULL, 'Guilin', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Gujranwala', NULL, 'Gujranwala', 'place', 'PAK', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Gujrat', NULL, 'Gujrat', 'place', 'PAK', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Gulbarga', NULL, 'Gulbarga', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Guli', NULL, 'Guli', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Guntur', NULL, 'Guntur', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Gustavo Adolfo Madero', NULL, 'Gustavo Adolfo Madero', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Gwalior', NULL, 'Gwalior', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Handan', NULL, 'Handan', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Hannover', NULL, 'Hannover', 'place', 'DEU', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Hargeysa', NULL, 'Hargeysa', 'place', 'SOM', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Hegang', NULL, 'Hegang', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Hengshui', NULL, 'Hengshui', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Hengyang', NULL, 'Hengyang', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Hermosillo', NULL, 'Hermosillo', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Heroica Matamoros', NULL, 'Heroica Matamoros', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Himeji', NULL, 'Himeji', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Hirakata', NULL, 'Hirakata', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Homyel''', NULL, 'Homyel''', 'place', 'BLR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Hrodna', NULL, 'Hrodna', 'place', 'BLR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Hsinchu', NULL, 'Hsinchu', 'place', 'TWN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Huai''an', NULL, 'Huai''an', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Huaibei', NULL, 'Huaibei', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Huainan', NULL, 'Huainan', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Hualien City', NULL, 'Hualien City', 'place', 'TWN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Huancayo', NULL, 'Huancayo', 'place', 'PER', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Huangshi', NULL, 'Huangshi', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Hubli', NULL, 'Hubli', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Huocheng', NULL, 'Huocheng', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Hwaseong-si', NULL, 'Hwaseong-si', 'place', 'KOR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ibadan', NULL, 'Ibadan', 'place', 'NGA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ikeja', NULL, 'Ikeja', 'place', 'NGA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Iligan', NULL, 'Iligan', 'place', 'PHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Iligan City', NULL, 'Iligan City', 'place', 'PHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Iloilo', NULL, 'Iloilo', 'place', 'PHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ilorin', NULL, 'Ilorin', 'place', 'NGA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ipoh', NULL, 'Ipoh', 'place', 'MYS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Iquitos', NULL, 'Iquitos', 'place', 'PER', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Irapuato', NULL, 'Irapuato', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Irbid', NULL, 'Irbid', 'place', 'JOR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Islington', NULL, 'Islington', 'place', 'GBR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Itaquaquecetuba', NULL, 'Itaquaquecetuba', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ivanovo', NULL, 'Ivanovo', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Iwaki', NULL, 'Iwaki', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ixtapaluca', NULL, 'Ixtapaluca', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Izhevsk', NULL, 'Izhevsk', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Iztacalco', NULL, 'Iztacalco', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Iztapalapa', NULL, 'Iztapalapa', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Jabalpur', NULL, 'Jabalpur', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Jalandhar', NULL, 'Jalandhar', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Jalgaon', NULL, 'Jalgaon', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Jambi City', NULL, 'Jambi City', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Jammu', NULL, 'Jammu', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Jamnagar', NULL, 'Jamnagar', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Jamshedpur', NULL, 'Jamshedpur', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Jeju City', NULL, 'Jeju City', 'place', 'KOR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Jeonju', NULL, 'Jeonju', 'place', 'KOR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Jhang Sadr', NULL, 'Jhang Sadr', 'place', 'PAK', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Jiamusi', NULL, 'Jiamusi', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Jiangmen', NULL, 'Jiangmen', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Jianshui', NULL, 'Jianshui', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Jiaojiang', NULL, 'Jiaojiang', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Jiaozuo', NULL, 'Jiaozuo', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Jiaxing', NULL, 'Jiaxing', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Jieyang', NULL, 'Jieyang', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Jingdezhen', NULL, 'Jingdezhen', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Jining', NULL, 'Jining', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Jinzhou', NULL, 'Jinzhou', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Jixi', NULL, 'Jixi', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Jodhpur', NULL, 'Jodhpur', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Johor Bahru', NULL, 'Johor Bahru', 'place', 'MYS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Joinville', NULL, 'Joinville', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Jos', NULL, 'Jos', 'place', 'NGA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Juiz de Fora', NULL, 'Juiz de Fora', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kaduna', NULL, 'Kaduna', 'place', 'NGA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kaifeng', NULL, 'Kaifeng', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kalininskiy', NULL, 'Kalininskiy', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kaluga', NULL, 'Kaluga', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kampung Baru Subang', NULL, 'Kampung Baru Subang', 'place', 'MYS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kananga', NULL, 'Kananga', 'place', 'COD', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Karagandy', NULL, 'Karagandy', 'place', 'KAZ', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Karaj', NULL, 'Karaj', 'place', 'IRN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kashiwa', NULL, 'Kashiwa', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kassala', NULL, 'Kassala', 'place', 'SDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Katowice', NULL, 'Katowice', 'place', 'POL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Katsina', NULL, 'Katsina', 'place', 'NGA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kaunas', NULL, 'Kaunas', 'place', 'LTU', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kawagoe', NULL, 'Kawagoe', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kawaguchi', NULL, 'Kawaguchi', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kawasaki', NULL, 'Kawasaki', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kayseri', NULL, 'Kayseri', 'place', 'TUR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Keelung', NULL, 'Keelung', 'place', 'TWN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kemerovo', NULL, 'Kemerovo', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kenitra', NULL, 'Kenitra', 'place', 'MAR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kerman', NULL, 'Kerman', 'place', 'IRN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kermanshah', NULL, 'Kermanshah', 'place', 'IRN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Khabarovsk Vtoroy', NULL, 'Khabarovsk Vtoroy', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Khamis Mushait', NULL, 'Khamis Mushait', 'place', 'SAU', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Khmelnytskyi', NULL, 'Khmelnytskyi', 'place', 'UKR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Khorramabad', NULL, 'Khorramabad', 'place', 'IRN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Khorramshahr', NULL, 'Khorramshahr', 'place', 'IRN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Khulna', NULL, 'Khulna', 'place', 'BGD', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kimhae', NULL, 'Kimhae', 'place', 'KOR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kirov', NULL, 'Kirov', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kisangani', NULL, 'Kisangani', 'place', 'COD', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kitwe', NULL, 'Kitwe', 'place', 'ZMB', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Klang', NULL, 'Klang', 'place', 'MYS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kollam', NULL, 'Kollam', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kolwezi', NULL, 'Kolwezi', 'place', 'COD', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Konya', NULL, 'Konya', 'place', 'TUR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Korba', NULL, 'Korba', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Koshigaya', NULL, 'Koshigaya', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kosti', NULL, 'Kosti', 'place', 'SDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kota', NULL, 'Kota', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kota Bharu', NULL, 'Kota Bharu', 'place', 'MYS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kota Kinabalu', NULL, 'Kota Kinabalu', 'place', 'MYS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kotli', NULL, 'Kotli', 'place', 'PAK', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kowloon', NULL, 'Kowloon', 'place', 'HKG', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kozhikode', NULL, 'Kozhikode', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Krasnodar', NULL, 'Krasnodar', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Krasnogvargeisky', NULL, 'Krasnogvargeisky', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Krugersdorp', NULL, 'Krugersdorp', 'place', 'ZAF', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kryvyi Rih', NULL, 'Kryvyi Rih', 'place', 'UKR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kuantan', NULL, 'Kuantan', 'place', 'MYS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kuching', NULL, 'Kuching', 'place', 'MYS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kulti', NULL, 'Kulti', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kumasi', NULL, 'Kumasi', 'place', 'GHA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kunshan', NULL, 'Kunshan', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kurashiki', NULL, 'Kurashiki', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kurgan', NULL, 'Kurgan', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kurnool', NULL, 'Kurnool', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Kyzylorda', NULL, 'Kyzylorda', 'place', 'KAZ', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('La Plata', NULL, 'La Plata', 'place', 'ARG', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Langfang', NULL, 'Langfang', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Lapu-Lapu City', NULL, 'Lapu-Lapu City', 'place', 'PHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Larkana', NULL, 'Larkana', 'place', 'PAK', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Las Palmas de Gran Canaria', NULL, 'Las Palmas de Gran Canaria', 'place', 'ESP', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Latur', NULL, 'Latur', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Lekki', NULL, 'Lekki', 'place', 'NGA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Lexington-Fayette', NULL, 'Lexington-Fayette', 'place', 'USA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Lianshan', NULL, 'Lianshan', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Liaoyang', NULL, 'Liaoyang', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Liaoyuan', NULL, 'Liaoyuan', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Lijiang', NULL, 'Lijiang', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Likasi', NULL, 'Likasi', 'place', 'COD', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Lipetsk', NULL, 'Lipetsk', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Londrina', NULL, 'Londrina', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Luancheng', NULL, 'Luancheng', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Lublin', NULL, 'Lublin', 'place', 'POL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Luohe', NULL, 'Luohe', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Luoyang', NULL, 'Luoyang', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Luqiao', NULL, 'Luqiao', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Machida', NULL, 'Machida', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Magnitogorsk', NULL, 'Magnitogorsk', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Mahilyow', NULL, 'Mahilyow', 'place', 'BLR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Maiduguri', NULL, 'Maiduguri', 'place', 'NGA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Makassar', NULL, 'Makassar', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Makati City', NULL, 'Makati City', 'place', 'PHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Makhachkala', NULL, 'Makhachkala', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Makiyivka', NULL, 'Makiyivka', 'place', 'UKR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Malang', NULL, 'Malang', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Malatya', NULL, 'Malatya', 'place', 'TUR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Malingao', NULL, 'Malingao', 'place', 'PHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Malir Cantonment', NULL, 'Malir Cantonment', 'place', 'PAK', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Maltepe', NULL, 'Maltepe', 'place', 'TUR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Manado', NULL, 'Manado', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Mandaluyong City', NULL, 'Mandaluyong City', 'place', 'PHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Mandaue City', NULL, 'Mandaue City', 'place', 'PHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Mangalore', NULL, 'Mangalore', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Manizales', NULL, 'Manizales', 'place', 'COL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Mansilingan', NULL, 'Mansilingan', 'place', 'PHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Manukau City', NULL, 'Manukau City', 'place', 'NZL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Mar del Plata', NULL, 'Mar del Plata', 'place', 'ARG', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Maracay', NULL, 'Maracay', 'place', 'VEN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Mardan', NULL, 'Mardan', 'place', 'PAK', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Maroua', NULL, 'Maroua', 'place', 'CMR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Masan', NULL, 'Masan', 'place', 'KOR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Masina', NULL, 'Masina', 'place', 'COD', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Mataram', NULL, 'Mataram', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Mathura', NULL, 'Mathura', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Matola', NULL, 'Matola', 'place', 'MOZ', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Matsudo', NULL, 'Matsudo', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Matsuyama', NULL, 'Matsuyama', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Mawlamyine', NULL, 'Mawlamyine', 'place', 'MMR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Mbuji-Mayi', NULL, 'Mbuji-Mayi', 'place', 'COD', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Medan', NULL, 'Medan', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Medina', NULL, 'Medina', 'place', 'SAU', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Meerut', NULL, 'Meerut', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Mendoza', NULL, 'Mendoza', 'place', 'ARG', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Mersin', NULL, 'Mersin', 'place', 'TUR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Mexicali', NULL, 'Mexicali', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Miguel Hidalgo', NULL, 'Miguel Hidalgo', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Minato', NULL, 'Minato', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Mixco', NULL, 'Mixco', 'place', 'GTM', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Miyazaki', NULL, 'Miyazaki', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Mogi das Cruzes', NULL, 'Mogi das Cruzes', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Montes Claros', NULL, 'Montes Claros', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Morelia', NULL, 'Morelia', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Mudanjiang', NULL, 'Mudanjiang', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Multan', NULL, 'Multan', 'place', 'PAK', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Murcia', NULL, 'Murcia', 'place', 'ESP', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Muzaffarnagar', NULL, 'Muzaffarnagar', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Muzaffarpur', NULL, 'Muzaffarpur', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Mwanza', NULL, 'Mwanza', 'place', 'TZA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Mykolayiv', NULL, 'Mykolayiv', 'place', 'UKR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Naberezhnyye Chelny', NULL, 'Naberezhnyye Chelny', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Nagano', NULL, 'Nagano', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Najafgarh', NULL, 'Najafgarh', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Namangan', NULL, 'Namangan', 'place', 'UZB', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Nampula', NULL, 'Nampula', 'place', 'MOZ', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Nanchong', NULL, 'Nanchong', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Nanded', NULL, 'Nanded', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Nangi', NULL, 'Nangi', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Nantong', NULL, 'Nantong', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Nara-shi', NULL, 'Nara-shi', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Narela', NULL, 'Narela', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Nashik', NULL, 'Nashik', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Nasiriyah', NULL, 'Nasiriyah', 'place', 'IRQ', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Natore', NULL, 'Natore', 'place', 'BGD', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Navi Mumbai', NULL, 'Navi Mumbai', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ndola', NULL, 'Ndola', 'place', 'ZMB', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Neijiang', NULL, 'Neijiang', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Neiva', NULL, 'Neiva', 'place', 'COL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Nellore', NULL, 'Nellore', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('New Kingston', NULL, 'New Kingston', 'place', 'JAM', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('New South Memphis', NULL, 'New South Memphis', 'place', 'USA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Newport', NULL, 'Newport', 'place', 'GBR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Nishinomiya-hama', NULL, 'Nishinomiya-hama', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Nizhniy Novgorod', NULL, 'Nizhniy Novgorod', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Nizhny Tagil', NULL, 'Nizhny Tagil', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('North York', NULL, 'North York', 'place', 'CAN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Novokuznetsk', NULL, 'Novokuznetsk', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Nowrangapur', NULL, 'Nowrangapur', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Nuevo Laredo', NULL, 'Nuevo Laredo', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Nyala', NULL, 'Nyala', 'place', 'SDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Okazaki', NULL, 'Okazaki', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Okene', NULL, 'Okene', 'place', 'NGA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Olinda', NULL, 'Olinda', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Onitsha', NULL, 'Onitsha', 'place', 'NGA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Oran', NULL, 'Oran', 'place', 'DZA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ordos', NULL, 'Ordos', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Orenburg', NULL, 'Orenburg', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Osasco', NULL, 'Osasco', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ostrava', NULL, 'Ostrava', 'place', 'CZE', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Oujda-Angad', NULL, 'Oujda-Angad', 'place', 'MAR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Oyo', NULL, 'Oyo', 'place', 'NGA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Padang', NULL, 'Padang', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Palembang', NULL, 'Palembang', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Palma', NULL, 'Palma', 'place', 'ESP', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Panshan', NULL, 'Panshan', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Pasay', NULL, 'Pasay', 'place', 'PHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Pasig City', NULL, 'Pasig City', 'place', 'PHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Pasragad Branch', NULL, 'Pasragad Branch', 'place', 'IRN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Pasto', NULL, 'Pasto', 'place', 'COL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Pavlodar', NULL, 'Pavlodar', 'place', 'KAZ', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Pekanbaru', NULL, 'Pekanbaru', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Pelotas', NULL, 'Pelotas', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Penza', NULL, 'Penza', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Percut', NULL, 'Percut', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Pereira', NULL, 'Pereira', 'place', 'COL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Petaling Jaya', NULL, 'Petaling Jaya', 'place', 'MYS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Petare', NULL, 'Petare', 'place', 'VEN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Pietermaritzburg', NULL, 'Pietermaritzburg', 'place', 'ZAF', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Pikine', NULL, 'Pikine', 'place', 'SEN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Pimpri', NULL, 'Pimpri', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Pingdingshan', NULL, 'Pingdingshan', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Pingxiang', NULL, 'Pingxiang', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Piracicaba', NULL, 'Piracicaba', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Piura', NULL, 'Piura', 'place', 'PER', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Plovdiv', NULL, 'Plovdiv', 'place', 'BGR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Pohang', NULL, 'Pohang', 'place', 'KOR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Pointe-Noire', NULL, 'Pointe-Noire', 'place', 'COG', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Poltava', NULL, 'Poltava', 'place', 'UKR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Pontianak', NULL, 'Pontianak', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Port Elizabeth', NULL, 'Port Elizabeth', 'place', 'ZAF', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Port Harcourt', NULL, 'Port Harcourt', 'place', 'NGA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Porto Velho', NULL, 'Porto Velho', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Posadas', NULL, 'Posadas', 'place', 'ARG', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Pucallpa', NULL, 'Pucallpa', 'place', 'PER', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Puebla', NULL, 'Puebla', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Puente Alto', NULL, 'Puente Alto', 'place', 'CHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Puerto La Cruz', NULL, 'Puerto La Cruz', 'place', 'VEN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Putian', NULL, 'Putian', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Puyang', NULL, 'Puyang', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Puyang Chengguanzhen', NULL, 'Puyang Chengguanzhen', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Qazvin', NULL, 'Qazvin', 'place', 'IRN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Qinhuangdao', NULL, 'Qinhuangdao', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Qionghai', NULL, 'Qionghai', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Qiqihar', NULL, 'Qiqihar', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Quezon City', NULL, 'Quezon City', 'place', 'PHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Rahim Yar Khan', NULL, 'Rahim Yar Khan', 'place', 'PAK', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv') ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) VALUES
  ('Raipur', NULL, 'Raipur', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ranchi', NULL, 'Ranchi', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Randburg', NULL, 'Randburg', 'place', 'ZAF', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Rangpur', NULL, 'Rangpur', 'place', 'BGD', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ras Al Khaimah City', NULL, 'Ras Al Khaimah City', 'place', 'ARE', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Rasht', NULL, 'Rasht', 'place', 'IRN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Raurkela', NULL, 'Raurkela', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Rawalpindi', NULL, 'Rawalpindi', 'place', 'PAK', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Resistencia', NULL, 'Resistencia', 'place', 'ARG', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Reynosa', NULL, 'Reynosa', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Rohini', NULL, 'Rohini', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Rohtak', NULL, 'Rohtak', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Rosario', NULL, 'Rosario', 'place', 'ARG', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Rostov-na-Donu', NULL, 'Rostov-na-Donu', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Sakai', NULL, 'Sakai', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Salta', NULL, 'Salta', 'place', 'ARG', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Saltillo', NULL, 'Saltillo', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Salvador', NULL, 'Salvador', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Samarinda', NULL, 'Samarinda', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Samsun', NULL, 'Samsun', 'place', 'TUR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Samut Prakan', NULL, 'Samut Prakan', 'place', 'THA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('San Jose del Monte', NULL, 'San Jose del Monte', 'place', 'PHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('San Miguelito', NULL, 'San Miguelito', 'place', 'PAN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('San Salvador de Jujuy', NULL, 'San Salvador de Jujuy', 'place', 'ARG', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Sanandaj', NULL, 'Sanandaj', 'place', 'IRN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Sandakan', NULL, 'Sandakan', 'place', 'MYS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Santa Cruz de la Sierra', NULL, 'Santa Cruz de la Sierra', 'place', 'BOL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Santa Marta', NULL, 'Santa Marta', 'place', 'COL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Santiago de los Caballeros', NULL, 'Santiago de los Caballeros', 'place', 'DOM', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Santiago del Estero', NULL, 'Santiago del Estero', 'place', 'ARG', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Santo Domingo Este', NULL, 'Santo Domingo Este', 'place', 'DOM', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Santo Domingo Oeste', NULL, 'Santo Domingo Oeste', 'place', 'DOM', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Santos', NULL, 'Santos', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Saransk', NULL, 'Saransk', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Saratov', NULL, 'Saratov', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Sargodha', NULL, 'Sargodha', 'place', 'PAK', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Semarang', NULL, 'Semarang', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Seongnam-si', NULL, 'Seongnam-si', 'place', 'KOR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Serekunda', NULL, 'Serekunda', 'place', 'GMB', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Seremban', NULL, 'Seremban', 'place', 'MYS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Serra', NULL, 'Serra', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Sevilla', NULL, 'Sevilla', 'place', 'ESP', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Shah Alam', NULL, 'Shah Alam', 'place', 'MYS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Shangrao', NULL, 'Shangrao', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Shangyu', NULL, 'Shangyu', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Shaoguan', NULL, 'Shaoguan', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Shaoxing', NULL, 'Shaoxing', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Sharjah', NULL, 'Sharjah', 'place', 'ARE', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Shashi', NULL, 'Shashi', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Shekhupura', NULL, 'Shekhupura', 'place', 'PAK', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Shengli', NULL, 'Shengli', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Shibganj', NULL, 'Shibganj', 'place', 'BGD', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Shihezi', NULL, 'Shihezi', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Shimoga', NULL, 'Shimoga', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Shiqi', NULL, 'Shiqi', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Shivaji Nagar', NULL, 'Shivaji Nagar', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Shiyan', NULL, 'Shiyan', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Shuangyashan', NULL, 'Shuangyashan', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Shyamnagar', NULL, 'Shyamnagar', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Shymkent', NULL, 'Shymkent', 'place', 'KAZ', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Sialkot', NULL, 'Sialkot', 'place', 'PAK', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Siliguri', NULL, 'Siliguri', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Siping', NULL, 'Siping', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Situbondo', NULL, 'Situbondo', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Smolensk', NULL, 'Smolensk', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Soacha', NULL, 'Soacha', 'place', 'COL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Sokoto', NULL, 'Sokoto', 'place', 'NGA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Soledad', NULL, 'Soledad', 'place', 'COL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Sorocaba', NULL, 'Sorocaba', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('South Boston', NULL, 'South Boston', 'place', 'USA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('South Tangerang', NULL, 'South Tangerang', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Soyapango', NULL, 'Soyapango', 'place', 'SLV', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Stockton', NULL, 'Stockton', 'place', 'USA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Subang Jaya', NULL, 'Subang Jaya', 'place', 'MYS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Suita', NULL, 'Suita', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Suizhou', NULL, 'Suizhou', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Sukkur', NULL, 'Sukkur', 'place', 'PAK', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Sultangazi', NULL, 'Sultangazi', 'place', 'TUR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Surakarta', NULL, 'Surakarta', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Surgut', NULL, 'Surgut', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Suwon', NULL, 'Suwon', 'place', 'KOR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Szczecin', NULL, 'Szczecin', 'place', 'POL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Tabuk', NULL, 'Tabuk', 'place', 'SAU', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Taguig', NULL, 'Taguig', 'place', 'PHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Taihecun', NULL, 'Taihecun', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Taizhou', NULL, 'Taizhou', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Takamatsu', NULL, 'Takamatsu', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Takatsuki', NULL, 'Takatsuki', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Takeo', NULL, 'Takeo', 'place', 'KHM', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Tampico', NULL, 'Tampico', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Tanda', NULL, 'Tanda', 'place', 'EGY', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Tangerang', NULL, 'Tangerang', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Tanggu', NULL, 'Tanggu', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Taoyuan City', NULL, 'Taoyuan City', 'place', 'TWN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Taraz', NULL, 'Taraz', 'place', 'KAZ', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Tawau', NULL, 'Tawau', 'place', 'MYS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Tel Aviv', NULL, 'Tel Aviv', 'place', 'ISR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Temara', NULL, 'Temara', 'place', 'MAR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Tembisa', NULL, 'Tembisa', 'place', 'ZAF', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Teni', NULL, 'Teni', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Tepic', NULL, 'Tepic', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Teresina', NULL, 'Teresina', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('The Bronx', NULL, 'The Bronx', 'place', 'USA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Thoothukudi', NULL, 'Thoothukudi', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Thrissur', NULL, 'Thrissur', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Tianshui', NULL, 'Tianshui', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Tieling', NULL, 'Tieling', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Tiruchirappalli', NULL, 'Tiruchirappalli', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Tirunelveli', NULL, 'Tirunelveli', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Tiruppur', NULL, 'Tiruppur', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Tlalnepantla', NULL, 'Tlalnepantla', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Tlalpan', NULL, 'Tlalpan', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Tlaquepaque', NULL, 'Tlaquepaque', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Tokorozawa', NULL, 'Tokorozawa', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Toluca', NULL, 'Toluca', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Tomsk', NULL, 'Tomsk', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Tonghua', NULL, 'Tonghua', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Tongshan', NULL, 'Tongshan', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Touba', NULL, 'Touba', 'place', 'SEN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Toyama', NULL, 'Toyama', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Toyohashi', NULL, 'Toyohashi', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Toyonaka', NULL, 'Toyonaka', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Toyota', NULL, 'Toyota', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Trujillo', NULL, 'Trujillo', 'place', 'PER', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Tula', NULL, 'Tula', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Tungi', NULL, 'Tungi', 'place', 'BGD', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Turmero', NULL, 'Turmero', 'place', 'VEN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Tuxtla', NULL, 'Tuxtla', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Tver', NULL, 'Tver', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Tyumen', NULL, 'Tyumen', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Udaipur', NULL, 'Udaipur', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ufa', NULL, 'Ufa', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Uijeongbu-si', NULL, 'Uijeongbu-si', 'place', 'KOR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ujjain', NULL, 'Ujjain', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ulan-Ude', NULL, 'Ulan-Ude', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ulhasnagar', NULL, 'Ulhasnagar', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ulsan', NULL, 'Ulsan', 'place', 'KOR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ulyanovsk', NULL, 'Ulyanovsk', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Umraniye', NULL, 'Umraniye', 'place', 'TUR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Ust-Kamenogorsk', NULL, 'Ust-Kamenogorsk', 'place', 'KAZ', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Utsunomiya', NULL, 'Utsunomiya', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Uyo', NULL, 'Uyo', 'place', 'NGA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Vadodara', NULL, 'Vadodara', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Valledupar', NULL, 'Valledupar', 'place', 'COL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Venustiano Carranza', NULL, 'Venustiano Carranza', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Vereeniging', NULL, 'Vereeniging', 'place', 'ZAF', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Victoria de Durango', NULL, 'Victoria de Durango', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Vijayawada', NULL, 'Vijayawada', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Vila Velha', NULL, 'Vila Velha', 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Villa Nueva', NULL, 'Villa Nueva', 'place', 'GTM', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Villahermosa', NULL, 'Villahermosa', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Villavicencio', NULL, 'Villavicencio', 'place', 'COL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Vinnytsia', NULL, 'Vinnytsia', 'place', 'UKR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Vitebsk', NULL, 'Vitebsk', 'place', 'BLR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Vladikavkaz', NULL, 'Vladikavkaz', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Vladimir', NULL, 'Vladimir', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Vologda', NULL, 'Vologda', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Volzhskiy', NULL, 'Volzhskiy', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Voronezh', NULL, 'Voronezh', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Wad Medani', NULL, 'Wad Medani', 'place', 'SDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Wakayama', NULL, 'Wakayama', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Wandsbek', NULL, 'Wandsbek', 'place', 'DEU', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Warangal', NULL, 'Warangal', 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Warri', NULL, 'Warri', 'place', 'NGA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Weifang', NULL, 'Weifang', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Welkom', NULL, 'Welkom', 'place', 'ZAF', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Wenshan City', NULL, 'Wenshan City', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('West Jerusalem', NULL, 'West Jerusalem', 'place', 'ISR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('West Raleigh', NULL, 'West Raleigh', 'place', 'USA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Winejok', NULL, 'Winejok', 'place', 'SSD', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Wuhu', NULL, 'Wuhu', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Wusong', NULL, 'Wusong', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Wuwei', NULL, 'Wuwei', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Wuxi', NULL, 'Wuxi', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Xiangtan', NULL, 'Xiangtan', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Xiangyang', NULL, 'Xiangyang', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Xianyang', NULL, 'Xianyang', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Xico', NULL, 'Xico', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Xingtai', NULL, 'Xingtai', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Xinpu', NULL, 'Xinpu', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Xinxiang', NULL, 'Xinxiang', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Xinyang', NULL, 'Xinyang', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Xinyuan', NULL, 'Xinyuan', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Xochimilco', NULL, 'Xochimilco', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Xuchang', NULL, 'Xuchang', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Yancheng', NULL, 'Yancheng', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Yangjiang', NULL, 'Yangjiang', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Yangquan', NULL, 'Yangquan', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Yangshuo', NULL, 'Yangshuo', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Yangzhou', NULL, 'Yangzhou', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Yanji', NULL, 'Yanji', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Yaroslavl', NULL, 'Yaroslavl', 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Yazd', NULL, 'Yazd', 'place', 'IRN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Yichang', NULL, 'Yichang', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Yingkou', NULL, 'Yingkou', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Yogyakarta', NULL, 'Yogyakarta', 'place', 'IDN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Yono', NULL, 'Yono', 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Yueyang', NULL, 'Yueyang', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Yunfu', NULL, 'Yunfu', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Zahedan', NULL, 'Zahedan', 'place', 'IRN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Zamboanga', NULL, 'Zamboanga', 'place', 'PHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Zapopan', NULL, 'Zapopan', 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Zaragoza', NULL, 'Zaragoza', 'place', 'ESP', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Zaria', NULL, 'Zaria', 'place', 'NGA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Zarqa', NULL, 'Zarqa', 'place', 'JOR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Zhabei', NULL, 'Zhabei', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Zhangjiakou', NULL, 'Zhangjiakou', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Zhangjiakou Shi Xuanhua Qu', NULL, 'Zhangjiakou Shi Xuanhua Qu', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Zhangzhou', NULL, 'Zhangzhou', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Zhaoqing', NULL, 'Zhaoqing', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Zhenjiang', NULL, 'Zhenjiang', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Zhongshan', NULL, 'Zhongshan', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Zhoukou', NULL, 'Zhoukou', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Zhu Cheng City', NULL, 'Zhu Cheng City', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Zhumadian', NULL, 'Zhumadian', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Zhuzhou', NULL, 'Zhuzhou', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Zibo', NULL, 'Zibo', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Zigong', NULL, 'Zigong', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv'),
  ('Zunyi', NULL, 'Zunyi', 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv') ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4162c5ab2047687572617962'::bytea), NULL, coalesce(geopol._from_utf8('\x4162c5ab2047687572617962'::bytea), geopol._from_utf8('\x4162c5ab2047687572617962'::bytea)), 'place', 'IRQ', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4162c5ab2047687572617962'::bytea) IS NOT NULL AND geopol._from_utf8('\x4162c5ab2047687572617962'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x41636170756c636f206465204a75c3a172657a'::bytea), NULL, coalesce(geopol._from_utf8('\x41636170756c636f206465204a75c3a172657a'::bytea), geopol._from_utf8('\x41636170756c636f206465204a75c3a172657a'::bytea)), 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x41636170756c636f206465204a75c3a172657a'::bytea) IS NOT NULL AND geopol._from_utf8('\x41636170756c636f206465204a75c3a172657a'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x41642044c4ab77c4816ec4ab796168'::bytea), NULL, coalesce(geopol._from_utf8('\x41642044c4ab77c4816ec4ab796168'::bytea), geopol._from_utf8('\x41642044c4ab77c4816ec4ab796168'::bytea)), 'place', 'IRQ', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x41642044c4ab77c4816ec4ab796168'::bytea) IS NOT NULL AND geopol._from_utf8('\x41642044c4ab77c4816ec4ab796168'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x416c2041e1b8a96d6164c4ab'::bytea), NULL, coalesce(geopol._from_utf8('\x416c2041e1b8a96d6164c4ab'::bytea), geopol._from_utf8('\x416c2041e1b8a96d6164c4ab'::bytea)), 'place', 'KWT', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x416c2041e1b8a96d6164c4ab'::bytea) IS NOT NULL AND geopol._from_utf8('\x416c2041e1b8a96d6164c4ab'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x416c204261c59f72616820616c20516164c4ab6d6168'::bytea), NULL, coalesce(geopol._from_utf8('\x416c204261c59f72616820616c20516164c4ab6d6168'::bytea), geopol._from_utf8('\x416c204261c59f72616820616c20516164c4ab6d6168'::bytea)), 'place', 'IRQ', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x416c204261c59f72616820616c20516164c4ab6d6168'::bytea) IS NOT NULL AND geopol._from_utf8('\x416c204261c59f72616820616c20516164c4ab6d6168'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x416c2046617979c5ab6d'::bytea), NULL, coalesce(geopol._from_utf8('\x416c2046617979c5ab6d'::bytea), geopol._from_utf8('\x416c2046617979c5ab6d'::bytea)), 'place', 'EGY', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x416c2046617979c5ab6d'::bytea) IS NOT NULL AND geopol._from_utf8('\x416c2046617979c5ab6d'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x416c20486f6365c3af6d61'::bytea), NULL, coalesce(geopol._from_utf8('\x416c20486f6365c3af6d61'::bytea), geopol._from_utf8('\x416c20486f6365c3af6d61'::bytea)), 'place', 'MAR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x416c20486f6365c3af6d61'::bytea) IS NOT NULL AND geopol._from_utf8('\x416c20486f6365c3af6d61'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x416c204bc5ab74'::bytea), NULL, coalesce(geopol._from_utf8('\x416c204bc5ab74'::bytea), geopol._from_utf8('\x416c204bc5ab74'::bytea)), 'place', 'IRQ', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x416c204bc5ab74'::bytea) IS NOT NULL AND geopol._from_utf8('\x416c204bc5ab74'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x416c204d616ec59fc5ab726168'::bytea), NULL, coalesce(geopol._from_utf8('\x416c204d616ec59fc5ab726168'::bytea), geopol._from_utf8('\x416c204d616ec59fc5ab726168'::bytea)), 'place', 'EGY', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x416c204d616ec59fc5ab726168'::bytea) IS NOT NULL AND geopol._from_utf8('\x416c204d616ec59fc5ab726168'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x416c204d6177c59f696c20616c204a6164c4ab646168'::bytea), NULL, coalesce(geopol._from_utf8('\x416c204d6177c59f696c20616c204a6164c4ab646168'::bytea), geopol._from_utf8('\x416c204d6177c59f696c20616c204a6164c4ab646168'::bytea)), 'place', 'IRQ', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x416c204d6177c59f696c20616c204a6164c4ab646168'::bytea) IS NOT NULL AND geopol._from_utf8('\x416c204d6177c59f696c20616c204a6164c4ab646168'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x416c204d61e1b8a9616c6c616820616c204b756272c3a1'::bytea), NULL, coalesce(geopol._from_utf8('\x416c204d61e1b8a9616c6c616820616c204b756272c3a1'::bytea), geopol._from_utf8('\x416c204d61e1b8a9616c6c616820616c204b756272c3a1'::bytea)), 'place', 'EGY', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x416c204d61e1b8a9616c6c616820616c204b756272c3a1'::bytea) IS NOT NULL AND geopol._from_utf8('\x416c204d61e1b8a9616c6c616820616c204b756272c3a1'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x416c20e1b8a875646179646168'::bytea), NULL, coalesce(geopol._from_utf8('\x416c20e1b8a875646179646168'::bytea), geopol._from_utf8('\x416c20e1b8a875646179646168'::bytea)), 'place', 'YEM', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x416c20e1b8a875646179646168'::bytea) IS NOT NULL AND geopol._from_utf8('\x416c20e1b8a875646179646168'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x416c20e28098416dc481726168'::bytea), NULL, coalesce(geopol._from_utf8('\x416c20e28098416dc481726168'::bytea), geopol._from_utf8('\x416c20e28098416dc481726168'::bytea)), 'place', 'IRQ', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x416c20e28098416dc481726168'::bytea) IS NOT NULL AND geopol._from_utf8('\x416c20e28098416dc481726168'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x416c6c6168c48162c48164'::bytea), NULL, coalesce(geopol._from_utf8('\x416c6c6168c48162c48164'::bytea), geopol._from_utf8('\x416c6c6168c48162c48164'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x416c6c6168c48162c48164'::bytea) IS NOT NULL AND geopol._from_utf8('\x416c6c6168c48162c48164'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x416cc4ab67617268'::bytea), NULL, coalesce(geopol._from_utf8('\x416cc4ab67617268'::bytea), geopol._from_utf8('\x416cc4ab67617268'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x416cc4ab67617268'::bytea) IS NOT NULL AND geopol._from_utf8('\x416cc4ab67617268'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x416d62617474c5ab72'::bytea), NULL, coalesce(geopol._from_utf8('\x416d62617474c5ab72'::bytea), geopol._from_utf8('\x416d62617474c5ab72'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x416d62617474c5ab72'::bytea) IS NOT NULL AND geopol._from_utf8('\x416d62617474c5ab72'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x416d72c48176617469'::bytea), NULL, coalesce(geopol._from_utf8('\x416d72c48176617469'::bytea), geopol._from_utf8('\x416d72c48176617469'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x416d72c48176617469'::bytea) IS NOT NULL AND geopol._from_utf8('\x416d72c48176617469'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x416ec3a1706f6c6973'::bytea), NULL, coalesce(geopol._from_utf8('\x416ec3a1706f6c6973'::bytea), geopol._from_utf8('\x416ec3a1706f6c6973'::bytea)), 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x416ec3a1706f6c6973'::bytea) IS NOT NULL AND geopol._from_utf8('\x416ec3a1706f6c6973'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x41706172656369646120646520476f69c3a26e6961'::bytea), NULL, coalesce(geopol._from_utf8('\x41706172656369646120646520476f69c3a26e6961'::bytea), geopol._from_utf8('\x41706172656369646120646520476f69c3a26e6961'::bytea)), 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x41706172656369646120646520476f69c3a26e6961'::bytea) IS NOT NULL AND geopol._from_utf8('\x41706172656369646120646520476f69c3a26e6961'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4172646162c4ab6c'::bytea), NULL, coalesce(geopol._from_utf8('\x4172646162c4ab6c'::bytea), geopol._from_utf8('\x4172646162c4ab6c'::bytea)), 'place', 'IRN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4172646162c4ab6c'::bytea) IS NOT NULL AND geopol._from_utf8('\x4172646162c4ab6c'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x41726b68616e67656ce28099736b'::bytea), NULL, coalesce(geopol._from_utf8('\x41726b68616e67656ce28099736b'::bytea), geopol._from_utf8('\x41726b68616e67656ce28099736b'::bytea)), 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x41726b68616e67656ce28099736b'::bytea) IS NOT NULL AND geopol._from_utf8('\x41726b68616e67656ce28099736b'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4172c4816b'::bytea), NULL, coalesce(geopol._from_utf8('\x4172c4816b'::bytea), geopol._from_utf8('\x4172c4816b'::bytea)), 'place', 'IRN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4172c4816b'::bytea) IS NOT NULL AND geopol._from_utf8('\x4172c4816b'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x41732053756c61796dc4816ec4ab796168'::bytea), NULL, coalesce(geopol._from_utf8('\x41732053756c61796dc4816ec4ab796168'::bytea), geopol._from_utf8('\x41732053756c61796dc4816ec4ab796168'::bytea)), 'place', 'IRQ', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x41732053756c61796dc4816ec4ab796168'::bytea) IS NOT NULL AND geopol._from_utf8('\x41732053756c61796dc4816ec4ab796168'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x417379c5abc5a3'::bytea), NULL, coalesce(geopol._from_utf8('\x417379c5abc5a3'::bytea), geopol._from_utf8('\x417379c5abc5a3'::bytea)), 'place', 'EGY', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x417379c5abc5a3'::bytea) IS NOT NULL AND geopol._from_utf8('\x417379c5abc5a3'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x417461c59f65686972'::bytea), NULL, coalesce(geopol._from_utf8('\x417461c59f65686972'::bytea), geopol._from_utf8('\x417461c59f65686972'::bytea)), 'place', 'TUR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x417461c59f65686972'::bytea) IS NOT NULL AND geopol._from_utf8('\x417461c59f65686972'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x426168c3a7656c6965766c6572'::bytea), NULL, coalesce(geopol._from_utf8('\x426168c3a7656c6965766c6572'::bytea), geopol._from_utf8('\x426168c3a7656c6965766c6572'::bytea)), 'place', 'TUR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x426168c3a7656c6965766c6572'::bytea) IS NOT NULL AND geopol._from_utf8('\x426168c3a7656c6965766c6572'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x426172646468616dc4816e'::bytea), NULL, coalesce(geopol._from_utf8('\x426172646468616dc4816e'::bytea), geopol._from_utf8('\x426172646468616dc4816e'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x426172646468616dc4816e'::bytea) IS NOT NULL AND geopol._from_utf8('\x426172646468616dc4816e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4261c49f63c4b16c6172'::bytea), NULL, coalesce(geopol._from_utf8('\x4261c49f63c4b16c6172'::bytea), geopol._from_utf8('\x4261c49f63c4b16c6172'::bytea)), 'place', 'TUR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4261c49f63c4b16c6172'::bytea) IS NOT NULL AND geopol._from_utf8('\x4261c49f63c4b16c6172'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x426569e28099616e'::bytea), NULL, coalesce(geopol._from_utf8('\x426569e28099616e'::bytea), geopol._from_utf8('\x426569e28099616e'::bytea)), 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x426569e28099616e'::bytea) IS NOT NULL AND geopol._from_utf8('\x426569e28099616e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x42656e69746f204a75c3a172657a'::bytea), NULL, coalesce(geopol._from_utf8('\x42656e69746f204a75c3a172657a'::bytea), geopol._from_utf8('\x42656e69746f204a75c3a172657a'::bytea)), 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x42656e69746f204a75c3a172657a'::bytea) IS NOT NULL AND geopol._from_utf8('\x42656e69746f204a75c3a172657a'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4268c48167616c707572'::bytea), NULL, coalesce(geopol._from_utf8('\x4268c48167616c707572'::bytea), geopol._from_utf8('\x4268c48167616c707572'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4268c48167616c707572'::bytea) IS NOT NULL AND geopol._from_utf8('\x4268c48167616c707572'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4268c4817470c4817261'::bytea), NULL, coalesce(geopol._from_utf8('\x4268c4817470c4817261'::bytea), geopol._from_utf8('\x4268c4817470c4817261'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4268c4817470c4817261'::bytea) IS NOT NULL AND geopol._from_utf8('\x4268c4817470c4817261'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4268c4ab6c77c4817261'::bytea), NULL, coalesce(geopol._from_utf8('\x4268c4ab6c77c4817261'::bytea), geopol._from_utf8('\x4268c4ab6c77c4817261'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4268c4ab6c77c4817261'::bytea) IS NOT NULL AND geopol._from_utf8('\x4268c4ab6c77c4817261'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4269c3aa6e2048c3b261'::bytea), NULL, coalesce(geopol._from_utf8('\x4269c3aa6e2048c3b261'::bytea), geopol._from_utf8('\x4269c3aa6e2048c3b261'::bytea)), 'place', 'VNM', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4269c3aa6e2048c3b261'::bytea) IS NOT NULL AND geopol._from_utf8('\x4269c3aa6e2048c3b261'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4269c3b1616e'::bytea), NULL, coalesce(geopol._from_utf8('\x4269c3b1616e'::bytea), geopol._from_utf8('\x4269c3b1616e'::bytea)), 'place', 'PHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4269c3b1616e'::bytea) IS NOT NULL AND geopol._from_utf8('\x4269c3b1616e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x426f6bc481726f'::bytea), NULL, coalesce(geopol._from_utf8('\x426f6bc481726f'::bytea), geopol._from_utf8('\x426f6bc481726f'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x426f6bc481726f'::bytea) IS NOT NULL AND geopol._from_utf8('\x426f6bc481726f'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x426f75616bc3a9'::bytea), NULL, coalesce(geopol._from_utf8('\x426f75616bc3a9'::bytea), geopol._from_utf8('\x426f75616bc3a9'::bytea)), 'place', 'CIV', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x426f75616bc3a9'::bytea) IS NOT NULL AND geopol._from_utf8('\x426f75616bc3a9'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x42c4ab6b616e6572'::bytea), NULL, coalesce(geopol._from_utf8('\x42c4ab6b616e6572'::bytea), geopol._from_utf8('\x42c4ab6b616e6572'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x42c4ab6b616e6572'::bytea) IS NOT NULL AND geopol._from_utf8('\x42c4ab6b616e6572'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x43616d6167c3bc6579'::bytea), NULL, coalesce(geopol._from_utf8('\x43616d6167c3bc6579'::bytea), geopol._from_utf8('\x43616d6167c3bc6579'::bytea)), 'place', 'CUB', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x43616d6167c3bc6579'::bytea) IS NOT NULL AND geopol._from_utf8('\x43616d6167c3bc6579'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4361726170696375c3ad6261'::bytea), NULL, coalesce(geopol._from_utf8('\x4361726170696375c3ad6261'::bytea), geopol._from_utf8('\x4361726170696375c3ad6261'::bytea)), 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4361726170696375c3ad6261'::bytea) IS NOT NULL AND geopol._from_utf8('\x4361726170696375c3ad6261'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4368c4816e6461'::bytea), NULL, coalesce(geopol._from_utf8('\x4368c4816e6461'::bytea), geopol._from_utf8('\x4368c4816e6461'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4368c4816e6461'::bytea) IS NOT NULL AND geopol._from_utf8('\x4368c4816e6461'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x43697564616420426f6cc3ad766172'::bytea), NULL, coalesce(geopol._from_utf8('\x43697564616420426f6cc3ad766172'::bytea), geopol._from_utf8('\x43697564616420426f6cc3ad766172'::bytea)), 'place', 'VEN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x43697564616420426f6cc3ad766172'::bytea) IS NOT NULL AND geopol._from_utf8('\x43697564616420426f6cc3ad766172'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x436975646164204cc3b370657a204d6174656f73'::bytea), NULL, coalesce(geopol._from_utf8('\x436975646164204cc3b370657a204d6174656f73'::bytea), geopol._from_utf8('\x436975646164204cc3b370657a204d6174656f73'::bytea)), 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x436975646164204cc3b370657a204d6174656f73'::bytea) IS NOT NULL AND geopol._from_utf8('\x436975646164204cc3b370657a204d6174656f73'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x436f6e7374616ec5a361'::bytea), NULL, coalesce(geopol._from_utf8('\x436f6e7374616ec5a361'::bytea), geopol._from_utf8('\x436f6e7374616ec5a361'::bytea)), 'place', 'ROU', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x436f6e7374616ec5a361'::bytea) IS NOT NULL AND geopol._from_utf8('\x436f6e7374616ec5a361'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x436f796f6163c3a16e'::bytea), NULL, coalesce(geopol._from_utf8('\x436f796f6163c3a16e'::bytea), geopol._from_utf8('\x436f796f6163c3a16e'::bytea)), 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x436f796f6163c3a16e'::bytea) IS NOT NULL AND geopol._from_utf8('\x436f796f6163c3a16e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x437561756874c3a96d6f63'::bytea), NULL, coalesce(geopol._from_utf8('\x437561756874c3a96d6f63'::bytea), geopol._from_utf8('\x437561756874c3a96d6f63'::bytea)), 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x437561756874c3a96d6f63'::bytea) IS NOT NULL AND geopol._from_utf8('\x437561756874c3a96d6f63'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x437561757469746cc3a16e20497a63616c6c69'::bytea), NULL, coalesce(geopol._from_utf8('\x437561757469746cc3a16e20497a63616c6c69'::bytea), geopol._from_utf8('\x437561757469746cc3a16e20497a63616c6c69'::bytea)), 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x437561757469746cc3a16e20497a63616c6c69'::bytea) IS NOT NULL AND geopol._from_utf8('\x437561757469746cc3a16e20497a63616c6c69'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4375696162c3a1'::bytea), NULL, coalesce(geopol._from_utf8('\x4375696162c3a1'::bytea), geopol._from_utf8('\x4375696162c3a1'::bytea)), 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4375696162c3a1'::bytea) IS NOT NULL AND geopol._from_utf8('\x4375696162c3a1'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x43c3ba63757461'::bytea), NULL, coalesce(geopol._from_utf8('\x43c3ba63757461'::bytea), geopol._from_utf8('\x43c3ba63757461'::bytea)), 'place', 'COL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x43c3ba63757461'::bytea) IS NOT NULL AND geopol._from_utf8('\x43c3ba63757461'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4461736d617269c3b16173'::bytea), NULL, coalesce(geopol._from_utf8('\x4461736d617269c3b16173'::bytea), geopol._from_utf8('\x4461736d617269c3b16173'::bytea)), 'place', 'PHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4461736d617269c3b16173'::bytea) IS NOT NULL AND geopol._from_utf8('\x4461736d617269c3b16173'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x44656872612044c5ab6e'::bytea), NULL, coalesce(geopol._from_utf8('\x44656872612044c5ab6e'::bytea), geopol._from_utf8('\x44656872612044c5ab6e'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x44656872612044c5ab6e'::bytea) IS NOT NULL AND geopol._from_utf8('\x44656872612044c5ab6e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4468c5ab6c6961'::bytea), NULL, coalesce(geopol._from_utf8('\x4468c5ab6c6961'::bytea), geopol._from_utf8('\x4468c5ab6c6961'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4468c5ab6c6961'::bytea) IS NOT NULL AND geopol._from_utf8('\x4468c5ab6c6961'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x45736b69c59f65686972'::bytea), NULL, coalesce(geopol._from_utf8('\x45736b69c59f65686972'::bytea), geopol._from_utf8('\x45736b69c59f65686972'::bytea)), 'place', 'TUR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x45736b69c59f65686972'::bytea) IS NOT NULL AND geopol._from_utf8('\x45736b69c59f65686972'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x46c3a873'::bytea), NULL, coalesce(geopol._from_utf8('\x46c3a873'::bytea), geopol._from_utf8('\x46c3a873'::bytea)), 'place', 'MAR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x46c3a873'::bytea) IS NOT NULL AND geopol._from_utf8('\x46c3a873'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x46c4ab726f7ac48162c48164'::bytea), NULL, coalesce(geopol._from_utf8('\x46c4ab726f7ac48162c48164'::bytea), geopol._from_utf8('\x46c4ab726f7ac48162c48164'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x46c4ab726f7ac48162c48164'::bytea) IS NOT NULL AND geopol._from_utf8('\x46c4ab726f7ac48162c48164'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4768c4817a69c48162c48164'::bytea), NULL, coalesce(geopol._from_utf8('\x4768c4817a69c48162c48164'::bytea), geopol._from_utf8('\x4768c4817a69c48162c48164'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4768c4817a69c48162c48164'::bytea) IS NOT NULL AND geopol._from_utf8('\x4768c4817a69c48162c48164'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x47756172756ac3a1'::bytea), NULL, coalesce(geopol._from_utf8('\x47756172756ac3a1'::bytea), geopol._from_utf8('\x47756172756ac3a1'::bytea)), 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x47756172756ac3a1'::bytea) IS NOT NULL AND geopol._from_utf8('\x47756172756ac3a1'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x47c3b67465626f7267'::bytea), NULL, coalesce(geopol._from_utf8('\x47c3b67465626f7267'::bytea), geopol._from_utf8('\x47c3b67465626f7267'::bytea)), 'place', 'SWE', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x47c3b67465626f7267'::bytea) IS NOT NULL AND geopol._from_utf8('\x47c3b67465626f7267'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4861636869c58d6a69'::bytea), NULL, coalesce(geopol._from_utf8('\x4861636869c58d6a69'::bytea), geopol._from_utf8('\x4861636869c58d6a69'::bytea)), 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4861636869c58d6a69'::bytea) IS NOT NULL AND geopol._from_utf8('\x4861636869c58d6a69'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x48616d6164c4816e'::bytea), NULL, coalesce(geopol._from_utf8('\x48616d6164c4816e'::bytea), geopol._from_utf8('\x48616d6164c4816e'::bytea)), 'place', 'IRN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x48616d6164c4816e'::bytea) IS NOT NULL AND geopol._from_utf8('\x48616d6164c4816e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x48616d68c5ad6e67'::bytea), NULL, coalesce(geopol._from_utf8('\x48616d68c5ad6e67'::bytea), geopol._from_utf8('\x48616d68c5ad6e67'::bytea)), 'place', 'PRK', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x48616d68c5ad6e67'::bytea) IS NOT NULL AND geopol._from_utf8('\x48616d68c5ad6e67'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x486f6c6775c3ad6e'::bytea), NULL, coalesce(geopol._from_utf8('\x486f6c6775c3ad6e'::bytea), geopol._from_utf8('\x486f6c6775c3ad6e'::bytea)), 'place', 'CUB', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x486f6c6775c3ad6e'::bytea) IS NOT NULL AND geopol._from_utf8('\x486f6c6775c3ad6e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x486f6e6368c58d'::bytea), NULL, coalesce(geopol._from_utf8('\x486f6e6368c58d'::bytea), geopol._from_utf8('\x486f6e6368c58d'::bytea)), 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x486f6e6368c58d'::bytea) IS NOT NULL AND geopol._from_utf8('\x486f6e6368c58d'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x48c4816f7261'::bytea), NULL, coalesce(geopol._from_utf8('\x48c4816f7261'::bytea), geopol._from_utf8('\x48c4816f7261'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x48c4816f7261'::bytea) IS NOT NULL AND geopol._from_utf8('\x48c4816f7261'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x48c5ad6e676e616d'::bytea), NULL, coalesce(geopol._from_utf8('\x48c5ad6e676e616d'::bytea), geopol._from_utf8('\x48c5ad6e676e616d'::bytea)), 'place', 'PRK', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x48c5ad6e676e616d'::bytea) IS NOT NULL AND geopol._from_utf8('\x48c5ad6e676e616d'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4961c59f69'::bytea), NULL, coalesce(geopol._from_utf8('\x4961c59f69'::bytea), geopol._from_utf8('\x4961c59f69'::bytea)), 'place', 'ROU', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4961c59f69'::bytea) IS NOT NULL AND geopol._from_utf8('\x4961c59f69'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4962616775c3a9'::bytea), NULL, coalesce(geopol._from_utf8('\x4962616775c3a9'::bytea), geopol._from_utf8('\x4962616775c3a9'::bytea)), 'place', 'COL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4962616775c3a9'::bytea) IS NOT NULL AND geopol._from_utf8('\x4962616775c3a9'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4a61626f6174c3a36f'::bytea), NULL, coalesce(geopol._from_utf8('\x4a61626f6174c3a36f'::bytea), geopol._from_utf8('\x4a61626f6174c3a36f'::bytea)), 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4a61626f6174c3a36f'::bytea) IS NOT NULL AND geopol._from_utf8('\x4a61626f6174c3a36f'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4a61626f6174c3a36f20646f732047756172617261706573'::bytea), NULL, coalesce(geopol._from_utf8('\x4a61626f6174c3a36f20646f732047756172617261706573'::bytea), geopol._from_utf8('\x4a61626f6174c3a36f20646f732047756172617261706573'::bytea)), 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4a61626f6174c3a36f20646f732047756172617261706573'::bytea) IS NOT NULL AND geopol._from_utf8('\x4a61626f6174c3a36f20646f732047756172617261706573'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4a68c4816e7369'::bytea), NULL, coalesce(geopol._from_utf8('\x4a68c4816e7369'::bytea), geopol._from_utf8('\x4a68c4816e7369'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4a68c4816e7369'::bytea) IS NOT NULL AND geopol._from_utf8('\x4a68c4816e7369'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4a6fc3a36f20506573736f61'::bytea), NULL, coalesce(geopol._from_utf8('\x4a6fc3a36f20506573736f61'::bytea), geopol._from_utf8('\x4a6fc3a36f20506573736f61'::bytea)), 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4a6fc3a36f20506573736f61'::bytea) IS NOT NULL AND geopol._from_utf8('\x4a6fc3a36f20506573736f61'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4a756e646961c3ad'::bytea), NULL, coalesce(geopol._from_utf8('\x4a756e646961c3ad'::bytea), geopol._from_utf8('\x4a756e646961c3ad'::bytea)), 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4a756e646961c3ad'::bytea) IS NOT NULL AND geopol._from_utf8('\x4a756e646961c3ad'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4a75c3a172657a'::bytea), NULL, coalesce(geopol._from_utf8('\x4a75c3a172657a'::bytea), geopol._from_utf8('\x4a75c3a172657a'::bytea)), 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4a75c3a172657a'::bytea) IS NOT NULL AND geopol._from_utf8('\x4a75c3a172657a'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4b616573c58f6e67'::bytea), NULL, coalesce(geopol._from_utf8('\x4b616573c58f6e67'::bytea), geopol._from_utf8('\x4b616573c58f6e67'::bytea)), 'place', 'PRK', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4b616573c58f6e67'::bytea) IS NOT NULL AND geopol._from_utf8('\x4b616573c58f6e67'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4b616872616d616e6d617261c59f'::bytea), NULL, coalesce(geopol._from_utf8('\x4b616872616d616e6d617261c59f'::bytea), geopol._from_utf8('\x4b616872616d616e6d617261c59f'::bytea)), 'place', 'TUR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4b616872616d616e6d617261c59f'::bytea) IS NOT NULL AND geopol._from_utf8('\x4b616872616d616e6d617261c59f'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4b616872c4ab7a'::bytea), NULL, coalesce(geopol._from_utf8('\x4b616872c4ab7a'::bytea), geopol._from_utf8('\x4b616872c4ab7a'::bytea)), 'place', 'IRN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4b616872c4ab7a'::bytea) IS NOT NULL AND geopol._from_utf8('\x4b616872c4ab7a'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4b616c79c4816e'::bytea), NULL, coalesce(geopol._from_utf8('\x4b616c79c4816e'::bytea), geopol._from_utf8('\x4b616c79c4816e'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4b616c79c4816e'::bytea) IS NOT NULL AND geopol._from_utf8('\x4b616c79c4816e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4b616e646168c48172'::bytea), NULL, coalesce(geopol._from_utf8('\x4b616e646168c48172'::bytea), geopol._from_utf8('\x4b616e646168c48172'::bytea)), 'place', 'AFG', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4b616e646168c48172'::bytea) IS NOT NULL AND geopol._from_utf8('\x4b616e646168c48172'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4b6172616261c49f6c6172'::bytea), NULL, coalesce(geopol._from_utf8('\x4b6172616261c49f6c6172'::bytea), geopol._from_utf8('\x4b6172616261c49f6c6172'::bytea)), 'place', 'TUR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4b6172616261c49f6c6172'::bytea) IS NOT NULL AND geopol._from_utf8('\x4b6172616261c49f6c6172'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4b61726f6c2042c4816768'::bytea), NULL, coalesce(geopol._from_utf8('\x4b61726f6c2042c4816768'::bytea), geopol._from_utf8('\x4b61726f6c2042c4816768'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4b61726f6c2042c4816768'::bytea) IS NOT NULL AND geopol._from_utf8('\x4b61726f6c2042c4816768'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4b6f6c68c481707572'::bytea), NULL, coalesce(geopol._from_utf8('\x4b6f6c68c481707572'::bytea), geopol._from_utf8('\x4b6f6c68c481707572'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4b6f6c68c481707572'::bytea) IS NOT NULL AND geopol._from_utf8('\x4b6f6c68c481707572'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4b6f757373c3a97269'::bytea), NULL, coalesce(geopol._from_utf8('\x4b6f757373c3a97269'::bytea), geopol._from_utf8('\x4b6f757373c3a97269'::bytea)), 'place', 'CMR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4b6f757373c3a97269'::bytea) IS NOT NULL AND geopol._from_utf8('\x4b6f757373c3a97269'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4b77616e676d79c58f6e67'::bytea), NULL, coalesce(geopol._from_utf8('\x4b77616e676d79c58f6e67'::bytea), geopol._from_utf8('\x4b77616e676d79c58f6e67'::bytea)), 'place', 'KOR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4b77616e676d79c58f6e67'::bytea) IS NOT NULL AND geopol._from_utf8('\x4b77616e676d79c58f6e67'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4bc3b66c6e'::bytea), NULL, coalesce(geopol._from_utf8('\x4bc3b66c6e'::bytea), geopol._from_utf8('\x4bc3b66c6e'::bytea)), 'place', 'DEU', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4bc3b66c6e'::bytea) IS NOT NULL AND geopol._from_utf8('\x4bc3b66c6e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4bc4816dc4817268c4817469'::bytea), NULL, coalesce(geopol._from_utf8('\x4bc4816dc4817268c4817469'::bytea), geopol._from_utf8('\x4bc4816dc4817268c4817469'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4bc4816dc4817268c4817469'::bytea) IS NOT NULL AND geopol._from_utf8('\x4bc4816dc4817268c4817469'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4bc58d726979616d61'::bytea), NULL, coalesce(geopol._from_utf8('\x4bc58d726979616d61'::bytea), geopol._from_utf8('\x4bc58d726979616d61'::bytea)), 'place', 'JPN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4bc58d726979616d61'::bytea) IS NOT NULL AND geopol._from_utf8('\x4bc58d726979616d61'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4bc5ab6b617470616c6c69'::bytea), NULL, coalesce(geopol._from_utf8('\x4bc5ab6b617470616c6c69'::bytea), geopol._from_utf8('\x4bc5ab6b617470616c6c69'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4bc5ab6b617470616c6c69'::bytea) IS NOT NULL AND geopol._from_utf8('\x4bc5ab6b617470616c6c69'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4c6173205069c3b16173'::bytea), NULL, coalesce(geopol._from_utf8('\x4c6173205069c3b16173'::bytea), geopol._from_utf8('\x4c6173205069c3b16173'::bytea)), 'place', 'PHL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4c6173205069c3b16173'::bytea) IS NOT NULL AND geopol._from_utf8('\x4c6173205069c3b16173'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4c65c3b36e206465206c6f7320416c64616d61'::bytea), NULL, coalesce(geopol._from_utf8('\x4c65c3b36e206465206c6f7320416c64616d61'::bytea), geopol._from_utf8('\x4c65c3b36e206465206c6f7320416c64616d61'::bytea)), 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4c65c3b36e206465206c6f7320416c64616d61'::bytea) IS NOT NULL AND geopol._from_utf8('\x4c65c3b36e206465206c6f7320416c64616d61'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4c75646869c4816e61'::bytea), NULL, coalesce(geopol._from_utf8('\x4c75646869c4816e61'::bytea), geopol._from_utf8('\x4c75646869c4816e61'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4c75646869c4816e61'::bytea) IS NOT NULL AND geopol._from_utf8('\x4c75646869c4816e61'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4d61636170c3a1'::bytea), NULL, coalesce(geopol._from_utf8('\x4d61636170c3a1'::bytea), geopol._from_utf8('\x4d61636170c3a1'::bytea)), 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4d61636170c3a1'::bytea) IS NOT NULL AND geopol._from_utf8('\x4d61636170c3a1'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4d61636569c3b3'::bytea), NULL, coalesce(geopol._from_utf8('\x4d61636569c3b3'::bytea), geopol._from_utf8('\x4d61636569c3b3'::bytea)), 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4d61636569c3b3'::bytea) IS NOT NULL AND geopol._from_utf8('\x4d61636569c3b3'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4d6172696e67c3a1'::bytea), NULL, coalesce(geopol._from_utf8('\x4d6172696e67c3a1'::bytea), geopol._from_utf8('\x4d6172696e67c3a1'::bytea)), 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4d6172696e67c3a1'::bytea) IS NOT NULL AND geopol._from_utf8('\x4d6172696e67c3a1'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4d61747572c3ad6e'::bytea), NULL, coalesce(geopol._from_utf8('\x4d61747572c3ad6e'::bytea), geopol._from_utf8('\x4d61747572c3ad6e'::bytea)), 'place', 'VEN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4d61747572c3ad6e'::bytea) IS NOT NULL AND geopol._from_utf8('\x4d61747572c3ad6e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4d6175c3a1'::bytea), NULL, coalesce(geopol._from_utf8('\x4d6175c3a1'::bytea), geopol._from_utf8('\x4d6175c3a1'::bytea)), 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4d6175c3a1'::bytea) IS NOT NULL AND geopol._from_utf8('\x4d6175c3a1'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4d617a61746cc3a16e'::bytea), NULL, coalesce(geopol._from_utf8('\x4d617a61746cc3a16e'::bytea), geopol._from_utf8('\x4d617a61746cc3a16e'::bytea)), 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4d617a61746cc3a16e'::bytea) IS NOT NULL AND geopol._from_utf8('\x4d617a61746cc3a16e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4d617ac481722d652053686172c4ab66'::bytea), NULL, coalesce(geopol._from_utf8('\x4d617ac481722d652053686172c4ab66'::bytea), geopol._from_utf8('\x4d617ac481722d652053686172c4ab66'::bytea)), 'place', 'AFG', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4d617ac481722d652053686172c4ab66'::bytea) IS NOT NULL AND geopol._from_utf8('\x4d617ac481722d652053686172c4ab66'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4d656b6ec3a873'::bytea), NULL, coalesce(geopol._from_utf8('\x4d656b6ec3a873'::bytea), geopol._from_utf8('\x4d656b6ec3a873'::bytea)), 'place', 'MAR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4d656b6ec3a873'::bytea) IS NOT NULL AND geopol._from_utf8('\x4d656b6ec3a873'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4d69c59f72c481746168'::bytea), NULL, coalesce(geopol._from_utf8('\x4d69c59f72c481746168'::bytea), geopol._from_utf8('\x4d69c59f72c481746168'::bytea)), 'place', 'LBY', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4d69c59f72c481746168'::bytea) IS NOT NULL AND geopol._from_utf8('\x4d69c59f72c481746168'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4d6f72c48164c48162c48164'::bytea), NULL, coalesce(geopol._from_utf8('\x4d6f72c48164c48162c48164'::bytea), geopol._from_utf8('\x4d6f72c48164c48162c48164'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4d6f72c48164c48162c48164'::bytea) IS NOT NULL AND geopol._from_utf8('\x4d6f72c48164c48162c48164'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4d757261747061c59f61'::bytea), NULL, coalesce(geopol._from_utf8('\x4d757261747061c59f61'::bytea), geopol._from_utf8('\x4d757261747061c59f61'::bytea)), 'place', 'TUR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4d757261747061c59f61'::bytea) IS NOT NULL AND geopol._from_utf8('\x4d757261747061c59f61'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4d757a6166666172c48162c48164'::bytea), NULL, coalesce(geopol._from_utf8('\x4d757a6166666172c48162c48164'::bytea), geopol._from_utf8('\x4d757a6166666172c48162c48164'::bytea)), 'place', 'PAK', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4d757a6166666172c48162c48164'::bytea) IS NOT NULL AND geopol._from_utf8('\x4d757a6166666172c48162c48164'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4dc4816c6567616f6e'::bytea), NULL, coalesce(geopol._from_utf8('\x4dc4816c6567616f6e'::bytea), geopol._from_utf8('\x4dc4816c6567616f6e'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4dc4816c6567616f6e'::bytea) IS NOT NULL AND geopol._from_utf8('\x4dc4816c6567616f6e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4e616d70e280996f'::bytea), NULL, coalesce(geopol._from_utf8('\x4e616d70e280996f'::bytea), geopol._from_utf8('\x4e616d70e280996f'::bytea)), 'place', 'PRK', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4e616d70e280996f'::bytea) IS NOT NULL AND geopol._from_utf8('\x4e616d70e280996f'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4e617563616c70616e206465204a75c3a172657a'::bytea), NULL, coalesce(geopol._from_utf8('\x4e617563616c70616e206465204a75c3a172657a'::bytea), geopol._from_utf8('\x4e617563616c70616e206465204a75c3a172657a'::bytea)), 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4e617563616c70616e206465204a75c3a172657a'::bytea) IS NOT NULL AND geopol._from_utf8('\x4e617563616c70616e206465204a75c3a172657a'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4e69746572c3b369'::bytea), NULL, coalesce(geopol._from_utf8('\x4e69746572c3b369'::bytea), geopol._from_utf8('\x4e69746572c3b369'::bytea)), 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4e69746572c3b369'::bytea) IS NOT NULL AND geopol._from_utf8('\x4e69746572c3b369'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4e697ac4816dc48162c48164'::bytea), NULL, coalesce(geopol._from_utf8('\x4e697ac4816dc48162c48164'::bytea), geopol._from_utf8('\x4e697ac4816dc48162c48164'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4e697ac4816dc48162c48164'::bytea) IS NOT NULL AND geopol._from_utf8('\x4e697ac4816dc48162c48164'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4e6f76612049677561c3a775'::bytea), NULL, coalesce(geopol._from_utf8('\x4e6f76612049677561c3a775'::bytea), geopol._from_utf8('\x4e6f76612049677561c3a775'::bytea)), 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4e6f76612049677561c3a775'::bytea) IS NOT NULL AND geopol._from_utf8('\x4e6f76612049677561c3a775'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4ec3bc726e62657267'::bytea), NULL, coalesce(geopol._from_utf8('\x4ec3bc726e62657267'::bytea), geopol._from_utf8('\x4ec3bc726e62657267'::bytea)), 'place', 'DEU', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4ec3bc726e62657267'::bytea) IS NOT NULL AND geopol._from_utf8('\x4ec3bc726e62657267'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4ee2809964616c6174616e646f'::bytea), NULL, coalesce(geopol._from_utf8('\x4ee2809964616c6174616e646f'::bytea), geopol._from_utf8('\x4ee2809964616c6174616e646f'::bytea)), 'place', 'AGO', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4ee2809964616c6174616e646f'::bytea) IS NOT NULL AND geopol._from_utf8('\x4ee2809964616c6174616e646f'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4f72c3ab6c'::bytea), NULL, coalesce(geopol._from_utf8('\x4f72c3ab6c'::bytea), geopol._from_utf8('\x4f72c3ab6c'::bytea)), 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4f72c3ab6c'::bytea) IS NOT NULL AND geopol._from_utf8('\x4f72c3ab6c'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4f72c5ab6dc4ab796568'::bytea), NULL, coalesce(geopol._from_utf8('\x4f72c5ab6dc4ab796568'::bytea), geopol._from_utf8('\x4f72c5ab6dc4ab796568'::bytea)), 'place', 'IRN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x4f72c5ab6dc4ab796568'::bytea) IS NOT NULL AND geopol._from_utf8('\x4f72c5ab6dc4ab796568'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x50616e616dc3a1'::bytea), NULL, coalesce(geopol._from_utf8('\x50616e616dc3a1'::bytea), geopol._from_utf8('\x50616e616dc3a1'::bytea)), 'place', 'PAN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x50616e616dc3a1'::bytea) IS NOT NULL AND geopol._from_utf8('\x50616e616dc3a1'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x50617469c4816c61'::bytea), NULL, coalesce(geopol._from_utf8('\x50617469c4816c61'::bytea), geopol._from_utf8('\x50617469c4816c61'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x50617469c4816c61'::bytea) IS NOT NULL AND geopol._from_utf8('\x50617469c4816c61'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x506f7a6e61c584'::bytea), NULL, coalesce(geopol._from_utf8('\x506f7a6e61c584'::bytea), geopol._from_utf8('\x506f7a6e61c584'::bytea)), 'place', 'POL', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x506f7a6e61c584'::bytea) IS NOT NULL AND geopol._from_utf8('\x506f7a6e61c584'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x50756ec4817361'::bytea), NULL, coalesce(geopol._from_utf8('\x50756ec4817361'::bytea), geopol._from_utf8('\x50756ec4817361'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x50756ec4817361'::bytea) IS NOT NULL AND geopol._from_utf8('\x50756ec4817361'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x50c4816e6968c4817469'::bytea), NULL, coalesce(geopol._from_utf8('\x50c4816e6968c4817469'::bytea), geopol._from_utf8('\x50c4816e6968c4817469'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x50c4816e6968c4817469'::bytea) IS NOT NULL AND geopol._from_utf8('\x50c4816e6968c4817469'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x5261e28099732042617972c5ab74'::bytea), NULL, coalesce(geopol._from_utf8('\x5261e28099732042617972c5ab74'::bytea), geopol._from_utf8('\x5261e28099732042617972c5ab74'::bytea)), 'place', 'LBN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x5261e28099732042617972c5ab74'::bytea) IS NOT NULL AND geopol._from_utf8('\x5261e28099732042617972c5ab74'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x526962656972c3a36f20507265746f'::bytea), NULL, coalesce(geopol._from_utf8('\x526962656972c3a36f20507265746f'::bytea), geopol._from_utf8('\x526962656972c3a36f20507265746f'::bytea)), 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x526962656972c3a36f20507265746f'::bytea) IS NOT NULL AND geopol._from_utf8('\x526962656972c3a36f20507265746f'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x526962656972c3a36f20646173204e65766573'::bytea), NULL, coalesce(geopol._from_utf8('\x526962656972c3a36f20646173204e65766573'::bytea), geopol._from_utf8('\x526962656972c3a36f20646173204e65766573'::bytea)), 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x526962656972c3a36f20646173204e65766573'::bytea) IS NOT NULL AND geopol._from_utf8('\x526962656972c3a36f20646173204e65766573'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x5279617a616ee28099'::bytea), NULL, coalesce(geopol._from_utf8('\x5279617a616ee28099'::bytea), geopol._from_utf8('\x5279617a616ee28099'::bytea)), 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x5279617a616ee28099'::bytea) IS NOT NULL AND geopol._from_utf8('\x5279617a616ee28099'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x52c4816a61686d756e647279'::bytea), NULL, coalesce(geopol._from_utf8('\x52c4816a61686d756e647279'::bytea), geopol._from_utf8('\x52c4816a61686d756e647279'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x52c4816a61686d756e647279'::bytea) IS NOT NULL AND geopol._from_utf8('\x52c4816a61686d756e647279'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x52c4816a6b6f74'::bytea), NULL, coalesce(geopol._from_utf8('\x52c4816a6b6f74'::bytea), geopol._from_utf8('\x52c4816a6b6f74'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x52c4816a6b6f74'::bytea) IS NOT NULL AND geopol._from_utf8('\x52c4816a6b6f74'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x52c4816a7368c4816869'::bytea), NULL, coalesce(geopol._from_utf8('\x52c4816a7368c4816869'::bytea), geopol._from_utf8('\x52c4816a7368c4816869'::bytea)), 'place', 'BGD', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x52c4816a7368c4816869'::bytea) IS NOT NULL AND geopol._from_utf8('\x52c4816a7368c4816869'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x52c4816d67756e64616d'::bytea), NULL, coalesce(geopol._from_utf8('\x52c4816d67756e64616d'::bytea), geopol._from_utf8('\x52c4816d67756e64616d'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x52c4816d67756e64616d'::bytea) IS NOT NULL AND geopol._from_utf8('\x52c4816d67756e64616d'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x536168c48172616e707572'::bytea), NULL, coalesce(geopol._from_utf8('\x536168c48172616e707572'::bytea), geopol._from_utf8('\x536168c48172616e707572'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x536168c48172616e707572'::bytea) IS NOT NULL AND geopol._from_utf8('\x536168c48172616e707572'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x53616e204c75697320506f746f73c3ad'::bytea), NULL, coalesce(geopol._from_utf8('\x53616e204c75697320506f746f73c3ad'::bytea), geopol._from_utf8('\x53616e204c75697320506f746f73c3ad'::bytea)), 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x53616e204c75697320506f746f73c3ad'::bytea) IS NOT NULL AND geopol._from_utf8('\x53616e204c75697320506f746f73c3ad'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x53616e204d696775656c20646520547563756dc3a16e'::bytea), NULL, coalesce(geopol._from_utf8('\x53616e204d696775656c20646520547563756dc3a16e'::bytea), geopol._from_utf8('\x53616e204d696775656c20646520547563756dc3a16e'::bytea)), 'place', 'ARG', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x53616e204d696775656c20646520547563756dc3a16e'::bytea) IS NOT NULL AND geopol._from_utf8('\x53616e204d696775656c20646520547563756dc3a16e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x53616e204e69636f6cc3a173206465206c6f73204761727a61'::bytea), NULL, coalesce(geopol._from_utf8('\x53616e204e69636f6cc3a173206465206c6f73204761727a61'::bytea), geopol._from_utf8('\x53616e204e69636f6cc3a173206465206c6f73204761727a61'::bytea)), 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x53616e204e69636f6cc3a173206465206c6f73204761727a61'::bytea) IS NOT NULL AND geopol._from_utf8('\x53616e204e69636f6cc3a173206465206c6f73204761727a61'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x53616e7461204d6172c3ad61204368696d616c68756163c3a16e'::bytea), NULL, coalesce(geopol._from_utf8('\x53616e7461204d6172c3ad61204368696d616c68756163c3a16e'::bytea), geopol._from_utf8('\x53616e7461204d6172c3ad61204368696d616c68756163c3a16e'::bytea)), 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x53616e7461204d6172c3ad61204368696d616c68756163c3a16e'::bytea) IS NOT NULL AND geopol._from_utf8('\x53616e7461204d6172c3ad61204368696d616c68756163c3a16e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x53616e746961676f2064652051756572c3a97461726f'::bytea), NULL, coalesce(geopol._from_utf8('\x53616e746961676f2064652051756572c3a97461726f'::bytea), geopol._from_utf8('\x53616e746961676f2064652051756572c3a97461726f'::bytea)), 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x53616e746961676f2064652051756572c3a97461726f'::bytea) IS NOT NULL AND geopol._from_utf8('\x53616e746961676f2064652051756572c3a97461726f'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x53616e746f20416e6472c3a9'::bytea), NULL, coalesce(geopol._from_utf8('\x53616e746f20416e6472c3a9'::bytea), geopol._from_utf8('\x53616e746f20416e6472c3a9'::bytea)), 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x53616e746f20416e6472c3a9'::bytea) IS NOT NULL AND geopol._from_utf8('\x53616e746f20416e6472c3a9'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x5361726977c58f6e'::bytea), NULL, coalesce(geopol._from_utf8('\x5361726977c58f6e'::bytea), geopol._from_utf8('\x5361726977c58f6e'::bytea)), 'place', 'PRK', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x5361726977c58f6e'::bytea) IS NOT NULL AND geopol._from_utf8('\x5361726977c58f6e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x5368c481686ac4816e707572'::bytea), NULL, coalesce(geopol._from_utf8('\x5368c481686ac4816e707572'::bytea), geopol._from_utf8('\x5368c481686ac4816e707572'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x5368c481686ac4816e707572'::bytea) IS NOT NULL AND geopol._from_utf8('\x5368c481686ac4816e707572'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x536f6cc481707572'::bytea), NULL, coalesce(geopol._from_utf8('\x536f6cc481707572'::bytea), geopol._from_utf8('\x536f6cc481707572'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x536f6cc481707572'::bytea) IS NOT NULL AND geopol._from_utf8('\x536f6cc481707572'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x53746176726f706f6ce28099'::bytea), NULL, coalesce(geopol._from_utf8('\x53746176726f706f6ce28099'::bytea), geopol._from_utf8('\x53746176726f706f6ce28099'::bytea)), 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x53746176726f706f6ce28099'::bytea) IS NOT NULL AND geopol._from_utf8('\x53746176726f706f6ce28099'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x53756cc5a3c4816e6168'::bytea), NULL, coalesce(geopol._from_utf8('\x53756cc5a3c4816e6168'::bytea), geopol._from_utf8('\x53756cc5a3c4816e6168'::bytea)), 'place', 'SAU', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x53756cc5a3c4816e6168'::bytea) IS NOT NULL AND geopol._from_utf8('\x53756cc5a3c4816e6168'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x53756e6368e28099c58f6e'::bytea), NULL, coalesce(geopol._from_utf8('\x53756e6368e28099c58f6e'::bytea), geopol._from_utf8('\x53756e6368e28099c58f6e'::bytea)), 'place', 'PRK', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x53756e6368e28099c58f6e'::bytea) IS NOT NULL AND geopol._from_utf8('\x53756e6368e28099c58f6e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x53c3a36f204265726e6172646f20646f2043616d706f'::bytea), NULL, coalesce(geopol._from_utf8('\x53c3a36f204265726e6172646f20646f2043616d706f'::bytea), geopol._from_utf8('\x53c3a36f204265726e6172646f20646f2043616d706f'::bytea)), 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x53c3a36f204265726e6172646f20646f2043616d706f'::bytea) IS NOT NULL AND geopol._from_utf8('\x53c3a36f204265726e6172646f20646f2043616d706f'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x53c3a36f204a6f73c3a920646f2052696f20507265746f'::bytea), NULL, coalesce(geopol._from_utf8('\x53c3a36f204a6f73c3a920646f2052696f20507265746f'::bytea), geopol._from_utf8('\x53c3a36f204a6f73c3a920646f2052696f20507265746f'::bytea)), 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x53c3a36f204a6f73c3a920646f2052696f20507265746f'::bytea) IS NOT NULL AND geopol._from_utf8('\x53c3a36f204a6f73c3a920646f2052696f20507265746f'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x53c3a36f204a6f73c3a920646f732043616d706f73'::bytea), NULL, coalesce(geopol._from_utf8('\x53c3a36f204a6f73c3a920646f732043616d706f73'::bytea), geopol._from_utf8('\x53c3a36f204a6f73c3a920646f732043616d706f73'::bytea)), 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x53c3a36f204a6f73c3a920646f732043616d706f73'::bytea) IS NOT NULL AND geopol._from_utf8('\x53c3a36f204a6f73c3a920646f732043616d706f73'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x53c3a36f204a6fc3a36f206465204d6572697469'::bytea), NULL, coalesce(geopol._from_utf8('\x53c3a36f204a6fc3a36f206465204d6572697469'::bytea), geopol._from_utf8('\x53c3a36f204a6fc3a36f206465204d6572697469'::bytea)), 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x53c3a36f204a6fc3a36f206465204d6572697469'::bytea) IS NOT NULL AND geopol._from_utf8('\x53c3a36f204a6fc3a36f206465204d6572697469'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x53c3a36f204c75c3ad73'::bytea), NULL, coalesce(geopol._from_utf8('\x53c3a36f204c75c3ad73'::bytea), geopol._from_utf8('\x53c3a36f204c75c3ad73'::bytea)), 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x53c3a36f204c75c3ad73'::bytea) IS NOT NULL AND geopol._from_utf8('\x53c3a36f204c75c3ad73'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x53c3a36f20566963656e7465'::bytea), NULL, coalesce(geopol._from_utf8('\x53c3a36f20566963656e7465'::bytea), geopol._from_utf8('\x53c3a36f20566963656e7465'::bytea)), 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x53c3a36f20566963656e7465'::bytea) IS NOT NULL AND geopol._from_utf8('\x53c3a36f20566963656e7465'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x53c4816e676c69'::bytea), NULL, coalesce(geopol._from_utf8('\x53c4816e676c69'::bytea), geopol._from_utf8('\x53c4816e676c69'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x53c4816e676c69'::bytea) IS NOT NULL AND geopol._from_utf8('\x53c4816e676c69'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x53c5ab726174'::bytea), NULL, coalesce(geopol._from_utf8('\x53c5ab726174'::bytea), geopol._from_utf8('\x53c5ab726174'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x53c5ab726174'::bytea) IS NOT NULL AND geopol._from_utf8('\x53c5ab726174'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x546169e28099616e'::bytea), NULL, coalesce(geopol._from_utf8('\x546169e28099616e'::bytea), geopol._from_utf8('\x546169e28099616e'::bytea)), 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x546169e28099616e'::bytea) IS NOT NULL AND geopol._from_utf8('\x546169e28099616e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x5461e28098697a7a'::bytea), NULL, coalesce(geopol._from_utf8('\x5461e28098697a7a'::bytea), geopol._from_utf8('\x5461e28098697a7a'::bytea)), 'place', 'YEM', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x5461e28098697a7a'::bytea) IS NOT NULL AND geopol._from_utf8('\x5461e28098697a7a'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x5461e280996966'::bytea), NULL, coalesce(geopol._from_utf8('\x5461e280996966'::bytea), geopol._from_utf8('\x5461e280996966'::bytea)), 'place', 'SAU', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x5461e280996966'::bytea) IS NOT NULL AND geopol._from_utf8('\x5461e280996966'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x5468657373616c6f6ec3ad6b69'::bytea), NULL, coalesce(geopol._from_utf8('\x5468657373616c6f6ec3ad6b69'::bytea), geopol._from_utf8('\x5468657373616c6f6ec3ad6b69'::bytea)), 'place', 'GRC', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x5468657373616c6f6ec3ad6b69'::bytea) IS NOT NULL AND geopol._from_utf8('\x5468657373616c6f6ec3ad6b69'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x546869c3a873'::bytea), NULL, coalesce(geopol._from_utf8('\x546869c3a873'::bytea), geopol._from_utf8('\x546869c3a873'::bytea)), 'place', 'SEN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x546869c3a873'::bytea) IS NOT NULL AND geopol._from_utf8('\x546869c3a873'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x5468c4816e65'::bytea), NULL, coalesce(geopol._from_utf8('\x5468c4816e65'::bytea), geopol._from_utf8('\x5468c4816e65'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x5468c4816e65'::bytea) IS NOT NULL AND geopol._from_utf8('\x5468c4816e65'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x54696d69c59f6f617261'::bytea), NULL, coalesce(geopol._from_utf8('\x54696d69c59f6f617261'::bytea), geopol._from_utf8('\x54696d69c59f6f617261'::bytea)), 'place', 'ROU', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x54696d69c59f6f617261'::bytea) IS NOT NULL AND geopol._from_utf8('\x54696d69c59f6f617261'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x546cc3a168756163'::bytea), NULL, coalesce(geopol._from_utf8('\x546cc3a168756163'::bytea), geopol._from_utf8('\x546cc3a168756163'::bytea)), 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x546cc3a168756163'::bytea) IS NOT NULL AND geopol._from_utf8('\x546cc3a168756163'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x546f6ce280997961747469'::bytea), NULL, coalesce(geopol._from_utf8('\x546f6ce280997961747469'::bytea), geopol._from_utf8('\x546f6ce280997961747469'::bytea)), 'place', 'RUS', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x546f6ce280997961747469'::bytea) IS NOT NULL AND geopol._from_utf8('\x546f6ce280997961747469'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x546f6e616cc3a1'::bytea), NULL, coalesce(geopol._from_utf8('\x546f6e616cc3a1'::bytea), geopol._from_utf8('\x546f6e616cc3a1'::bytea)), 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x546f6e616cc3a1'::bytea) IS NOT NULL AND geopol._from_utf8('\x546f6e616cc3a1'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x546f727265c3b36e'::bytea), NULL, coalesce(geopol._from_utf8('\x546f727265c3b36e'::bytea), geopol._from_utf8('\x546f727265c3b36e'::bytea)), 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x546f727265c3b36e'::bytea) IS NOT NULL AND geopol._from_utf8('\x546f727265c3b36e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x54756d6bc5ab72'::bytea), NULL, coalesce(geopol._from_utf8('\x54756d6bc5ab72'::bytea), geopol._from_utf8('\x54756d6bc5ab72'::bytea)), 'place', 'IND', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x54756d6bc5ab72'::bytea) IS NOT NULL AND geopol._from_utf8('\x54756d6bc5ab72'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x54c3a96265737361'::bytea), NULL, coalesce(geopol._from_utf8('\x54c3a96265737361'::bytea), geopol._from_utf8('\x54c3a96265737361'::bytea)), 'place', 'DZA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x54c3a96265737361'::bytea) IS NOT NULL AND geopol._from_utf8('\x54c3a96265737361'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x54c3a9746f75616e'::bytea), NULL, coalesce(geopol._from_utf8('\x54c3a9746f75616e'::bytea), geopol._from_utf8('\x54c3a9746f75616e'::bytea)), 'place', 'MAR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x54c3a9746f75616e'::bytea) IS NOT NULL AND geopol._from_utf8('\x54c3a9746f75616e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x556265726cc3a26e646961'::bytea), NULL, coalesce(geopol._from_utf8('\x556265726cc3a26e646961'::bytea), geopol._from_utf8('\x556265726cc3a26e646961'::bytea)), 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x556265726cc3a26e646961'::bytea) IS NOT NULL AND geopol._from_utf8('\x556265726cc3a26e646961'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x566974c3b3726961'::bytea), NULL, coalesce(geopol._from_utf8('\x566974c3b3726961'::bytea), geopol._from_utf8('\x566974c3b3726961'::bytea)), 'place', 'BRA', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x566974c3b3726961'::bytea) IS NOT NULL AND geopol._from_utf8('\x566974c3b3726961'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x57c58f6e73616e'::bytea), NULL, coalesce(geopol._from_utf8('\x57c58f6e73616e'::bytea), geopol._from_utf8('\x57c58f6e73616e'::bytea)), 'place', 'PRK', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x57c58f6e73616e'::bytea) IS NOT NULL AND geopol._from_utf8('\x57c58f6e73616e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x58616c61706120646520456e72c3ad7175657a'::bytea), NULL, coalesce(geopol._from_utf8('\x58616c61706120646520456e72c3ad7175657a'::bytea), geopol._from_utf8('\x58616c61706120646520456e72c3ad7175657a'::bytea)), 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x58616c61706120646520456e72c3ad7175657a'::bytea) IS NOT NULL AND geopol._from_utf8('\x58616c61706120646520456e72c3ad7175657a'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x5869e28099616e'::bytea), NULL, coalesce(geopol._from_utf8('\x5869e28099616e'::bytea), geopol._from_utf8('\x5869e28099616e'::bytea)), 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x5869e28099616e'::bytea) IS NOT NULL AND geopol._from_utf8('\x5869e28099616e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x5a616e6ac4816e'::bytea), NULL, coalesce(geopol._from_utf8('\x5a616e6ac4816e'::bytea), geopol._from_utf8('\x5a616e6ac4816e'::bytea)), 'place', 'IRN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\x5a616e6ac4816e'::bytea) IS NOT NULL AND geopol._from_utf8('\x5a616e6ac4816e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\xc3816c7661726f204f62726567c3b36e'::bytea), NULL, coalesce(geopol._from_utf8('\xc3816c7661726f204f62726567c3b36e'::bytea), geopol._from_utf8('\xc3816c7661726f204f62726567c3b36e'::bytea)), 'place', 'MEX', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\xc3816c7661726f204f62726567c3b36e'::bytea) IS NOT NULL AND geopol._from_utf8('\xc3816c7661726f204f62726567c3b36e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\xc387616e6b617961'::bytea), NULL, coalesce(geopol._from_utf8('\xc387616e6b617961'::bytea), geopol._from_utf8('\xc387616e6b617961'::bytea)), 'place', 'TUR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\xc387616e6b617961'::bytea) IS NOT NULL AND geopol._from_utf8('\xc387616e6b617961'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\xc39c72c3bc6d7169'::bytea), NULL, coalesce(geopol._from_utf8('\xc39c72c3bc6d7169'::bytea), geopol._from_utf8('\xc39c72c3bc6d7169'::bytea)), 'place', 'CHN', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\xc39c72c3bc6d7169'::bytea) IS NOT NULL AND geopol._from_utf8('\xc39c72c3bc6d7169'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\xc39c736bc3bc646172'::bytea), NULL, coalesce(geopol._from_utf8('\xc39c736bc3bc646172'::bytea), geopol._from_utf8('\xc39c736bc3bc646172'::bytea)), 'place', 'TUR', NULL, 'cased', NULL, NULL, NULL, 'data/aliases_cities.tsv' WHERE geopol._from_utf8('\xc39c736bc3bc646172'::bytea) IS NOT NULL AND geopol._from_utf8('\xc39c736bc3bc646172'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
-- data/leaders.tsv since 0.2.0: 0 rows out, 0 rows in
-- data/leader_aliases.tsv since 0.2.0: 0 rows out, 0 rows in
-- data/cues.tsv since 0.2.0: 69 rows out, 109 rows in
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'friendship' AND t.event IS NOT DISTINCT FROM 'SUPPORT' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '4' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'friendly relations' AND t.event IS NOT DISTINCT FROM 'SUPPORT' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '4' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'friendly ties' AND t.event IS NOT DISTINCT FROM 'SUPPORT' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '4' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'close ties' AND t.event IS NOT DISTINCT FROM 'SUPPORT' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '4' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'close relations' AND t.event IS NOT DISTINCT FROM 'SUPPORT' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '4' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'strong ties' AND t.event IS NOT DISTINCT FROM 'SUPPORT' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '4' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'warm ties' AND t.event IS NOT DISTINCT FROM 'SUPPORT' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '4' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'warm relations' AND t.event IS NOT DISTINCT FROM 'SUPPORT' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '4' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'good relations' AND t.event IS NOT DISTINCT FROM 'SUPPORT' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '3' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'good ties' AND t.event IS NOT DISTINCT FROM 'SUPPORT' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '3' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'cordial relations' AND t.event IS NOT DISTINCT FROM 'SUPPORT' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '3.5' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'special relationship' AND t.event IS NOT DISTINCT FROM 'SUPPORT' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM NULL AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'partnership' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '6' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'partnership with' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '6' AND t.pos IS NOT DISTINCT FROM 'prep' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'strategic partnership' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '7.5' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'comprehensive strategic partnership' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '8' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'energy partnership' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM 'energy' AND t.score IS NOT DISTINCT FROM '6.5' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'economic partnership' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM 'economic' AND t.score IS NOT DISTINCT FROM '6.5' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'alliance' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM 'military' AND t.score IS NOT DISTINCT FROM '8' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'alliance with' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM 'military' AND t.score IS NOT DISTINCT FROM '8' AND t.pos IS NOT DISTINCT FROM 'prep' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'military alliance' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM 'military' AND t.score IS NOT DISTINCT FROM '8.5' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'defense alliance' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM 'military' AND t.score IS NOT DISTINCT FROM '8.5' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'defence alliance' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM 'military' AND t.score IS NOT DISTINCT FROM '8.5' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'security alliance' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM 'military' AND t.score IS NOT DISTINCT FROM '8' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'strategic alliance' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM 'military' AND t.score IS NOT DISTINCT FROM '8' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'quasi - alliance' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM 'military' AND t.score IS NOT DISTINCT FROM '6' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'quasi alliance' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM 'military' AND t.score IS NOT DISTINCT FROM '6' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'interdependence' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM 'economic' AND t.score IS NOT DISTINCT FROM '3' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'economic interdependence' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM 'economic' AND t.score IS NOT DISTINCT FROM '3.5' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'military ties' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM 'military' AND t.score IS NOT DISTINCT FROM '5' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'defense ties' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM 'military' AND t.score IS NOT DISTINCT FROM '5' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'defence ties' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM 'military' AND t.score IS NOT DISTINCT FROM '5' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'security ties' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM 'security' AND t.score IS NOT DISTINCT FROM '5' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'economic ties' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM 'economic' AND t.score IS NOT DISTINCT FROM '4' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'trade ties' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM 'economic' AND t.score IS NOT DISTINCT FROM '4' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'business ties' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM 'economic' AND t.score IS NOT DISTINCT FROM '3.5' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'energy ties' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM 'energy' AND t.score IS NOT DISTINCT FROM '4' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'trade relations' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM 'economic' AND t.score IS NOT DISTINCT FROM '3.5' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'economic relations' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM 'economic' AND t.score IS NOT DISTINCT FROM '3.5' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'dependence on' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM 'economic' AND t.score IS NOT DISTINCT FROM '2' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 'f' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'dependency on' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM 'economic' AND t.score IS NOT DISTINCT FROM '2' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 'f' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'dependent on' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM 'economic' AND t.score IS NOT DISTINCT FROM '2' AND t.pos IS NOT DISTINCT FROM 'verb' AND t.reciprocal IS NOT DISTINCT FROM 'f' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'energy dependence on' AND t.event IS NOT DISTINCT FROM 'COOPERATE' AND t.mode IS NOT DISTINCT FROM 'energy' AND t.score IS NOT DISTINCT FROM '2' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 'f' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'tensions' AND t.event IS NOT DISTINCT FROM 'ACCUSE' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '-2' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'friction' AND t.event IS NOT DISTINCT FROM 'ACCUSE' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '-2' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'strained relations' AND t.event IS NOT DISTINCT FROM 'ACCUSE' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '-2' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'strained ties' AND t.event IS NOT DISTINCT FROM 'ACCUSE' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '-2' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'frosty relations' AND t.event IS NOT DISTINCT FROM 'ACCUSE' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '-2' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'frosty ties' AND t.event IS NOT DISTINCT FROM 'ACCUSE' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '-2' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'tense relations' AND t.event IS NOT DISTINCT FROM 'ACCUSE' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '-2' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'chilly relations' AND t.event IS NOT DISTINCT FROM 'ACCUSE' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '-2' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'deteriorating relations' AND t.event IS NOT DISTINCT FROM 'ACCUSE' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '-2.5' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'deteriorating ties' AND t.event IS NOT DISTINCT FROM 'ACCUSE' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '-2.5' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'worsening relations' AND t.event IS NOT DISTINCT FROM 'ACCUSE' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '-2.5' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'hostile relations' AND t.event IS NOT DISTINCT FROM 'ACCUSE' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '-3.5' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'rift' AND t.event IS NOT DISTINCT FROM 'ACCUSE' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM NULL AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'rivalry' AND t.event IS NOT DISTINCT FROM 'ACCUSE' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '-2.5' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'strategic rivalry' AND t.event IS NOT DISTINCT FROM 'ACCUSE' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM NULL AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'geopolitical rivalry' AND t.event IS NOT DISTINCT FROM 'ACCUSE' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM NULL AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'hostility' AND t.event IS NOT DISTINCT FROM 'ACCUSE' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '-3.5' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'animosity' AND t.event IS NOT DISTINCT FROM 'ACCUSE' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM NULL AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'antagonism' AND t.event IS NOT DISTINCT FROM 'ACCUSE' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM NULL AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'enmity' AND t.event IS NOT DISTINCT FROM 'ACCUSE' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '-3.5' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'mistrust' AND t.event IS NOT DISTINCT FROM 'ACCUSE' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '-2' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'distrust' AND t.event IS NOT DISTINCT FROM 'ACCUSE' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '-2' AND t.pos IS NOT DISTINCT FROM 'noun' AND t.reciprocal IS NOT DISTINCT FROM 't' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'counterbalance' AND t.event IS NOT DISTINCT FROM 'REJECT' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '-1.5' AND t.pos IS NOT DISTINCT FROM 'verb' AND t.reciprocal IS NOT DISTINCT FROM 'f' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'counterweight to' AND t.event IS NOT DISTINCT FROM 'REJECT' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '-1.5' AND t.pos IS NOT DISTINCT FROM 'prep' AND t.reciprocal IS NOT DISTINCT FROM 'f' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'balance against' AND t.event IS NOT DISTINCT FROM 'REJECT' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM NULL AND t.pos IS NOT DISTINCT FROM 'verb' AND t.reciprocal IS NOT DISTINCT FROM 'f' AND t.source = 'data/cues.tsv' LIMIT 1);
DELETE FROM geopol.cue x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue t WHERE t.cue IS NOT DISTINCT FROM 'soft balancing against' AND t.event IS NOT DISTINCT FROM 'REJECT' AND t.mode IS NOT DISTINCT FROM NULL AND t.score IS NOT DISTINCT FROM '-1.5' AND t.pos IS NOT DISTINCT FROM 'prep' AND t.reciprocal IS NOT DISTINCT FROM 'f' AND t.source = 'data/cues.tsv' LIMIT 1);
-- data/cues.tsv: 108 ASCII rows, 1 rows with other characters
INSERT INTO geopol.cue (cue, event, mode, score, pos, reciprocal, source) VALUES
  ('friendship', NULL, NULL, '4', 'noun', 't', 'data/cues.tsv'),
  ('friendly relations', NULL, NULL, '4', 'noun', 't', 'data/cues.tsv'),
  ('friendly ties', NULL, NULL, '4', 'noun', 't', 'data/cues.tsv'),
  ('close ties', NULL, NULL, '4', 'noun', 't', 'data/cues.tsv'),
  ('close relations', NULL, NULL, '4', 'noun', 't', 'data/cues.tsv'),
  ('strong ties', NULL, NULL, '4', 'noun', 't', 'data/cues.tsv'),
  ('warm ties', NULL, NULL, '4', 'noun', 't', 'data/cues.tsv'),
  ('warm relations', NULL, NULL, '4', 'noun', 't', 'data/cues.tsv'),
  ('good relations', NULL, NULL, '3', 'noun', 't', 'data/cues.tsv'),
  ('good ties', NULL, NULL, '3', 'noun', 't', 'data/cues.tsv'),
  ('cordial relations', NULL, NULL, '3.5', 'noun', 't', 'data/cues.tsv'),
  ('special relationship', NULL, NULL, NULL, 'noun', 't', 'data/cues.tsv'),
  ('partnership', NULL, NULL, '6', 'noun', 't', 'data/cues.tsv'),
  ('partnership with', NULL, NULL, '6', 'prep', 't', 'data/cues.tsv'),
  ('strategic partnership', NULL, NULL, '7.5', 'noun', 't', 'data/cues.tsv'),
  ('comprehensive strategic partnership', NULL, NULL, '8', 'noun', 't', 'data/cues.tsv'),
  ('energy partnership', NULL, 'energy', '6.5', 'noun', 't', 'data/cues.tsv'),
  ('economic partnership', NULL, 'economic', '6.5', 'noun', 't', 'data/cues.tsv'),
  ('alliance', NULL, 'military', '8', 'noun', 't', 'data/cues.tsv'),
  ('alliance with', NULL, 'military', '8', 'prep', 't', 'data/cues.tsv'),
  ('military alliance', NULL, 'military', '8.5', 'noun', 't', 'data/cues.tsv'),
  ('defense alliance', NULL, 'military', '8.5', 'noun', 't', 'data/cues.tsv'),
  ('defence alliance', NULL, 'military', '8.5', 'noun', 't', 'data/cues.tsv'),
  ('security alliance', NULL, 'military', '8', 'noun', 't', 'data/cues.tsv'),
  ('strategic alliance', NULL, 'military', '8', 'noun', 't', 'data/cues.tsv'),
  ('quasi - alliance', NULL, 'military', '6', 'noun', 't', 'data/cues.tsv'),
  ('quasi alliance', NULL, 'military', '6', 'noun', 't', 'data/cues.tsv'),
  ('interdependence', NULL, 'economic', '3', 'noun', 't', 'data/cues.tsv'),
  ('economic interdependence', NULL, 'economic', '3.5', 'noun', 't', 'data/cues.tsv'),
  ('military ties', NULL, 'military', '5', 'noun', 't', 'data/cues.tsv'),
  ('defense ties', NULL, 'military', '5', 'noun', 't', 'data/cues.tsv'),
  ('defence ties', NULL, 'military', '5', 'noun', 't', 'data/cues.tsv'),
  ('security ties', NULL, 'security', '5', 'noun', 't', 'data/cues.tsv'),
  ('economic ties', NULL, 'economic', '4', 'noun', 't', 'data/cues.tsv'),
  ('trade ties', NULL, 'economic', '4', 'noun', 't', 'data/cues.tsv'),
  ('business ties', NULL, 'economic', '3.5', 'noun', 't', 'data/cues.tsv'),
  ('energy ties', NULL, 'energy', '4', 'noun', 't', 'data/cues.tsv'),
  ('trade relations', NULL, 'economic', '3.5', 'noun', 't', 'data/cues.tsv'),
  ('economic relations', NULL, 'economic', '3.5', 'noun', 't', 'data/cues.tsv'),
  ('dependence on', NULL, 'economic', '-1.5', 'noun', 'f', 'data/cues.tsv'),
  ('dependency on', NULL, 'economic', '-1.5', 'noun', 'f', 'data/cues.tsv'),
  ('dependent on', NULL, 'economic', '-1.5', 'verb', 'f', 'data/cues.tsv'),
  ('energy dependence on', NULL, 'energy', '-1.5', 'noun', 'f', 'data/cues.tsv'),
  ('tensions', NULL, NULL, '-2', 'noun', 't', 'data/cues.tsv'),
  ('friction', NULL, NULL, '-2', 'noun', 't', 'data/cues.tsv'),
  ('strained relations', NULL, NULL, '-2', 'noun', 't', 'data/cues.tsv'),
  ('strained ties', NULL, NULL, '-2', 'noun', 't', 'data/cues.tsv'),
  ('frosty relations', NULL, NULL, '-2', 'noun', 't', 'data/cues.tsv'),
  ('frosty ties', NULL, NULL, '-2', 'noun', 't', 'data/cues.tsv'),
  ('tense relations', NULL, NULL, '-2', 'noun', 't', 'data/cues.tsv'),
  ('chilly relations', NULL, NULL, '-2', 'noun', 't', 'data/cues.tsv'),
  ('deteriorating relations', NULL, NULL, '-2.5', 'noun', 't', 'data/cues.tsv'),
  ('deteriorating ties', NULL, NULL, '-2.5', 'noun', 't', 'data/cues.tsv'),
  ('worsening relations', NULL, NULL, '-2.5', 'noun', 't', 'data/cues.tsv'),
  ('hostile relations', NULL, NULL, '-3.5', 'noun', 't', 'data/cues.tsv'),
  ('rift', NULL, NULL, '-2', 'noun', 't', 'data/cues.tsv'),
  ('rivalry', NULL, NULL, '-2.5', 'noun', 't', 'data/cues.tsv'),
  ('strategic rivalry', NULL, NULL, '-2.5', 'noun', 't', 'data/cues.tsv'),
  ('geopolitical rivalry', NULL, NULL, '-2.5', 'noun', 't', 'data/cues.tsv'),
  ('hostility', NULL, NULL, '-3.5', 'noun', 't', 'data/cues.tsv'),
  ('animosity', NULL, NULL, '-2', 'noun', 't', 'data/cues.tsv'),
  ('antagonism', NULL, NULL, '-2', 'noun', 't', 'data/cues.tsv'),
  ('enmity', NULL, NULL, '-3.5', 'noun', 't', 'data/cues.tsv'),
  ('mistrust', NULL, NULL, '-2', 'noun', 't', 'data/cues.tsv'),
  ('distrust', NULL, NULL, '-2', 'noun', 't', 'data/cues.tsv'),
  ('counterbalance', NULL, NULL, '-1.5', 'verb', 'f', 'data/cues.tsv'),
  ('counterweight to', NULL, NULL, '-1.5', 'prep', 'f', 'data/cues.tsv'),
  ('balance against', NULL, NULL, NULL, 'verb', 'f', 'data/cues.tsv'),
  ('soft balancing against', NULL, NULL, '-1.5', 'prep', 'f', 'data/cues.tsv'),
  ('relations', NULL, NULL, '0', 'noun', 't', 'data/cues.tsv'),
  ('relationship', NULL, NULL, '0', 'noun', 't', 'data/cues.tsv'),
  ('ties', NULL, NULL, '0', 'noun', 't', 'data/cues.tsv'),
  ('bilateral relations', NULL, NULL, '0', 'noun', 't', 'data/cues.tsv'),
  ('rapprochement', NULL, NULL, '2', 'noun', 't', 'data/cues.tsv'),
  ('rapprochement with', NULL, NULL, '2', 'prep', 't', 'data/cues.tsv'),
  ('entente', NULL, NULL, '2', 'noun', 't', 'data/cues.tsv'),
  ('axis', NULL, NULL, '0', 'noun', 't', 'data/cues.tsv'),
  ('alignment', NULL, NULL, '0.5', 'noun', 't', 'data/cues.tsv'),
  ('alignment with', NULL, NULL, '0.5', 'prep', 't', 'data/cues.tsv'),
  ('align with', NULL, NULL, '0.5', 'verb', 'f', 'data/cues.tsv'),
  ('subordination to', NULL, NULL, '-2', 'prep', 'f', 'data/cues.tsv'),
  ('reliance on', NULL, NULL, '-1', 'prep', 'f', 'data/cues.tsv'),
  ('rely on', NULL, NULL, '-1', 'verb', 'f', 'data/cues.tsv'),
  ('vis-a-vis', NULL, NULL, '0', 'prep', 'f', 'data/cues.tsv'),
  ('orientation towards', NULL, NULL, '1', 'prep', 'f', 'data/cues.tsv'),
  ('orientation toward', NULL, NULL, '1', 'prep', 'f', 'data/cues.tsv'),
  ('orient * towards', NULL, NULL, '1', 'verb', 'f', 'data/cues.tsv'),
  ('orient * toward', NULL, NULL, '1', 'verb', 'f', 'data/cues.tsv'),
  ('tilt towards', NULL, NULL, '1', 'verb', 'f', 'data/cues.tsv'),
  ('tilt toward', NULL, NULL, '1', 'verb', 'f', 'data/cues.tsv'),
  ('prefer', NULL, NULL, '1', 'verb', 'f', 'data/cues.tsv'),
  ('preference for', NULL, NULL, '1', 'prep', 'f', 'data/cues.tsv'),
  ('balancing against', NULL, NULL, '-1.5', 'prep', 'f', 'data/cues.tsv'),
  ('attend', 'CONSULT', 'meet', NULL, 'verb', 'f', 'data/cues.tsv'),
  ('attendance at', 'CONSULT', 'meet', NULL, 'prep', 'f', 'data/cues.tsv'),
  ('decline to', 'REJECT', NULL, NULL, 'verb', 'f', 'data/cues.tsv'),
  ('advise against travel to', 'SANCTION', 'embargo', '-4', 'prep', 'f', 'data/cues.tsv'),
  ('advise against * travel to', 'SANCTION', 'embargo', '-4', 'prep', 'f', 'data/cues.tsv'),
  ('warn against travel to', 'SANCTION', 'embargo', '-4', 'prep', 'f', 'data/cues.tsv'),
  ('travel warning for', 'SANCTION', 'embargo', '-3.5', 'prep', 'f', 'data/cues.tsv'),
  ('order * investigation', 'REQUEST', NULL, '-1', 'verb', 'f', 'data/cues.tsv'),
  ('deepen * partnership', 'AGREE', NULL, '3.5', 'verb', 't', 'data/cues.tsv'),
  ('strengthen * partnership', 'AGREE', NULL, '3.5', 'verb', 't', 'data/cues.tsv'),
  ('expand * partnership', 'AGREE', NULL, '3.5', 'verb', 't', 'data/cues.tsv'),
  ('cold reception', 'REJECT', NULL, '-2', 'noun', 'f', 'data/cues.tsv'),
  ('frosty reception', 'REJECT', NULL, '-2', 'noun', 'f', 'data/cues.tsv'),
  ('warm welcome', 'SUPPORT', NULL, '3', 'noun', 'f', 'data/cues.tsv'),
  ('warm reception', 'SUPPORT', NULL, '3', 'noun', 'f', 'data/cues.tsv') ON CONFLICT DO NOTHING;
INSERT INTO geopol.cue (cue, event, mode, score, pos, reciprocal, source) SELECT geopol._from_utf8('\x7669732dc3a02d766973'::bytea), NULL, NULL, '0', 'prep', 'f', 'data/cues.tsv' WHERE geopol._from_utf8('\x7669732dc3a02d766973'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
-- data/modifiers.tsv since 0.2.0: 7 rows out, 120 rows in
DELETE FROM geopol.cue_modifier x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue_modifier t WHERE t.phrase IS NOT DISTINCT FROM 'plan to' AND t.effect IS NOT DISTINCT FROM 'hypothetical' AND t.source = 'data/modifiers.tsv' LIMIT 1);
DELETE FROM geopol.cue_modifier x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue_modifier t WHERE t.phrase IS NOT DISTINCT FROM 'intend to' AND t.effect IS NOT DISTINCT FROM 'hypothetical' AND t.source = 'data/modifiers.tsv' LIMIT 1);
DELETE FROM geopol.cue_modifier x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue_modifier t WHERE t.phrase IS NOT DISTINCT FROM 'seek to' AND t.effect IS NOT DISTINCT FROM 'hypothetical' AND t.source = 'data/modifiers.tsv' LIMIT 1);
DELETE FROM geopol.cue_modifier x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue_modifier t WHERE t.phrase IS NOT DISTINCT FROM 'want to' AND t.effect IS NOT DISTINCT FROM 'hypothetical' AND t.source = 'data/modifiers.tsv' LIMIT 1);
DELETE FROM geopol.cue_modifier x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue_modifier t WHERE t.phrase IS NOT DISTINCT FROM 'ready to' AND t.effect IS NOT DISTINCT FROM 'hypothetical' AND t.source = 'data/modifiers.tsv' LIMIT 1);
DELETE FROM geopol.cue_modifier x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue_modifier t WHERE t.phrase IS NOT DISTINCT FROM 'willing to' AND t.effect IS NOT DISTINCT FROM 'hypothetical' AND t.source = 'data/modifiers.tsv' LIMIT 1);
DELETE FROM geopol.cue_modifier x WHERE x.ctid = (SELECT t.ctid FROM geopol.cue_modifier t WHERE t.phrase IS NOT DISTINCT FROM 'threaten to' AND t.effect IS NOT DISTINCT FROM 'hypothetical' AND t.source = 'data/modifiers.tsv' LIMIT 1);
-- data/modifiers.tsv: 119 ASCII rows, 1 rows with other characters
INSERT INTO geopol.cue_modifier (phrase, effect, source) VALUES
  ('plan to', 'intention', 'data/modifiers.tsv'),
  ('intend to', 'intention', 'data/modifiers.tsv'),
  ('seek to', 'intention', 'data/modifiers.tsv'),
  ('want to', 'intention', 'data/modifiers.tsv'),
  ('ready to', 'intention', 'data/modifiers.tsv'),
  ('willing to', 'intention', 'data/modifiers.tsv'),
  ('will', 'intention', 'data/modifiers.tsv'),
  ('''ll', 'intention', 'data/modifiers.tsv'),
  ('pledge to', 'intention', 'data/modifiers.tsv'),
  ('promise to', 'intention', 'data/modifiers.tsv'),
  ('vow to', 'intention', 'data/modifiers.tsv'),
  ('aim to', 'intention', 'data/modifiers.tsv'),
  ('determined to', 'intention', 'data/modifiers.tsv'),
  ('set to', 'intention', 'data/modifiers.tsv'),
  ('offer to', 'intention', 'data/modifiers.tsv'),
  ('say', 'speech', 'data/modifiers.tsv'),
  ('said', 'speech', 'data/modifiers.tsv'),
  ('tell', 'speech', 'data/modifiers.tsv'),
  ('told', 'speech', 'data/modifiers.tsv'),
  ('claim', 'speech', 'data/modifiers.tsv'),
  ('insist', 'speech', 'data/modifiers.tsv'),
  ('engage', 'light', 'data/modifiers.tsv'),
  ('give', 'light', 'data/modifiers.tsv'),
  ('gave', 'light', 'data/modifiers.tsv'),
  ('given', 'light', 'data/modifiers.tsv'),
  ('extend', 'light', 'data/modifiers.tsv'),
  ('offer', 'light', 'data/modifiers.tsv'),
  ('grant', 'light', 'data/modifiers.tsv'),
  ('deny', 'light', 'data/modifiers.tsv'),
  ('denied', 'light', 'data/modifiers.tsv'),
  ('send', 'light', 'data/modifiers.tsv'),
  ('sent', 'light', 'data/modifiers.tsv'),
  ('lend', 'light', 'data/modifiers.tsv'),
  ('lent', 'light', 'data/modifiers.tsv'),
  ('pay', 'light', 'data/modifiers.tsv'),
  ('paid', 'light', 'data/modifiers.tsv'),
  ('provide', 'light', 'data/modifiers.tsv'),
  ('supply', 'light', 'data/modifiers.tsv'),
  ('speaker', 'nonactor', 'data/modifiers.tsv'),
  ('speaking', 'nonactor', 'data/modifiers.tsv'),
  ('language', 'nonactor', 'data/modifiers.tsv'),
  ('minority', 'nonactor', 'data/modifiers.tsv'),
  ('diaspora', 'nonactor', 'data/modifiers.tsv'),
  ('descent', 'nonactor', 'data/modifiers.tsv'),
  ('origin', 'nonactor', 'data/modifiers.tsv'),
  ('ethnic', 'nonactor', 'data/modifiers.tsv'),
  ('expatriate', 'nonactor', 'data/modifiers.tsv'),
  ('emigre', 'nonactor', 'data/modifiers.tsv'),
  ('cuisine', 'nonactor', 'data/modifiers.tsv'),
  ('food', 'nonactor', 'data/modifiers.tsv'),
  ('restaurant', 'nonactor', 'data/modifiers.tsv'),
  ('carmaker', 'nonactor', 'data/modifiers.tsv'),
  ('automaker', 'nonactor', 'data/modifiers.tsv'),
  ('company', 'nonactor', 'data/modifiers.tsv'),
  ('firm', 'nonactor', 'data/modifiers.tsv'),
  ('brand', 'nonactor', 'data/modifiers.tsv'),
  ('according to', 'nonevent', 'data/modifiers.tsv'),
  ('armed forces', 'nonevent', 'data/modifiers.tsv'),
  ('armed group', 'nonevent', 'data/modifiers.tsv'),
  ('armed men', 'nonevent', 'data/modifiers.tsv'),
  ('armed militants', 'nonevent', 'data/modifiers.tsv'),
  ('armed police', 'nonevent', 'data/modifiers.tsv'),
  ('armed wing', 'nonevent', 'data/modifiers.tsv'),
  ('close', 'positive', 'data/modifiers.tsv'),
  ('closer', 'positive', 'data/modifiers.tsv'),
  ('strong', 'positive', 'data/modifiers.tsv'),
  ('stronger', 'positive', 'data/modifiers.tsv'),
  ('warm', 'positive', 'data/modifiers.tsv'),
  ('warming', 'positive', 'data/modifiers.tsv'),
  ('good', 'positive', 'data/modifiers.tsv'),
  ('better', 'positive', 'data/modifiers.tsv'),
  ('never been better', 'positive', 'data/modifiers.tsv'),
  ('friendly', 'positive', 'data/modifiers.tsv'),
  ('cordial', 'positive', 'data/modifiers.tsv'),
  ('excellent', 'positive', 'data/modifiers.tsv'),
  ('deep', 'positive', 'data/modifiers.tsv'),
  ('deepening', 'positive', 'data/modifiers.tsv'),
  ('improving', 'positive', 'data/modifiers.tsv'),
  ('improved', 'positive', 'data/modifiers.tsv'),
  ('stable', 'positive', 'data/modifiers.tsv'),
  ('solid', 'positive', 'data/modifiers.tsv'),
  ('constructive', 'positive', 'data/modifiers.tsv'),
  ('cooperative', 'positive', 'data/modifiers.tsv'),
  ('amicable', 'positive', 'data/modifiers.tsv'),
  ('harmonious', 'positive', 'data/modifiers.tsv'),
  ('strained', 'negative', 'data/modifiers.tsv'),
  ('tense', 'negative', 'data/modifiers.tsv'),
  ('tension', 'negative', 'data/modifiers.tsv'),
  ('frosty', 'negative', 'data/modifiers.tsv'),
  ('chilly', 'negative', 'data/modifiers.tsv'),
  ('cold', 'negative', 'data/modifiers.tsv'),
  ('poor', 'negative', 'data/modifiers.tsv'),
  ('bad', 'negative', 'data/modifiers.tsv'),
  ('worse', 'negative', 'data/modifiers.tsv'),
  ('worsening', 'negative', 'data/modifiers.tsv'),
  ('deteriorating', 'negative', 'data/modifiers.tsv'),
  ('hostile', 'negative', 'data/modifiers.tsv'),
  ('uneasy', 'negative', 'data/modifiers.tsv'),
  ('difficult', 'negative', 'data/modifiers.tsv'),
  ('troubled', 'negative', 'data/modifiers.tsv'),
  ('fragile', 'negative', 'data/modifiers.tsv'),
  ('asymmetric', 'negative', 'data/modifiers.tsv'),
  ('lopsided', 'negative', 'data/modifiers.tsv'),
  ('unequal', 'negative', 'data/modifiers.tsv'),
  ('distrust', 'negative', 'data/modifiers.tsv'),
  ('mistrust', 'negative', 'data/modifiers.tsv'),
  ('suspicion', 'negative', 'data/modifiers.tsv'),
  ('friction', 'negative', 'data/modifiers.tsv'),
  ('rift', 'negative', 'data/modifiers.tsv'),
  ('at odds', 'negative', 'data/modifiers.tsv'),
  ('all-time low', 'negative', 'data/modifiers.tsv'),
  ('sign', 'light', 'data/modifiers.tsv'),
  ('signed', 'light', 'data/modifiers.tsv'),
  ('hold', 'light', 'data/modifiers.tsv'),
  ('held', 'light', 'data/modifiers.tsv'),
  ('launch', 'light', 'data/modifiers.tsv'),
  ('stage', 'light', 'data/modifiers.tsv'),
  ('conclude', 'light', 'data/modifiers.tsv'),
  ('reach', 'light', 'data/modifiers.tsv') ON CONFLICT DO NOTHING;
INSERT INTO geopol.cue_modifier (phrase, effect, source) SELECT geopol._from_utf8('\xc3a96d696772c3a9'::bytea), 'nonactor', 'data/modifiers.tsv' WHERE geopol._from_utf8('\xc3a96d696772c3a9'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
-- data/topics.tsv since 0.2.0: 0 rows out, 0 rows in
-- data/topic_terms.tsv since 0.2.0: 0 rows out, 0 rows in
-- data/country_indicators.tsv since 0.2.0: 0 rows out, 7 rows in
-- data/country_indicators.tsv: 7 ASCII rows, 0 rows with other characters
INSERT INTO geopol.country_indicator (term, country, weight, source) VALUES
  ('eurobond', 'GBR', '1', 'data/country_indicators.tsv'),
  ('EUROBOND', 'GBR', '1', 'data/country_indicators.tsv'),
  ('crowns', 'SWE', '0.5', 'data/country_indicators.tsv'),
  ('Ltd', 'USA', '-1', 'data/country_indicators.tsv'),
  ('LTD', 'USA', '-1', 'data/country_indicators.tsv'),
  ('Limited', 'USA', '-1', 'data/country_indicators.tsv'),
  ('LIMITED', 'USA', '-1', 'data/country_indicators.tsv') ON CONFLICT DO NOTHING;
-- data/country_weights.tsv since 0.2.0: 0 rows out, 13 rows in
-- data/country_weights.tsv: 13 ASCII rows, 0 rows with other characters
INSERT INTO geopol.country_weight (evidence, weight, note, source) VALUES
  ('state', '1', 'a state named (Japan, U.S., West Germany)', 'data/country_weights.tsv'),
  ('capital', '1', 'a capital standing for its government (Tokyo, Washington)', 'data/country_weights.tsv'),
  ('institution', '1', 'a national institution (Bundesbank, Pentagon, Agriculture Department)', 'data/country_weights.tsv'),
  ('leader', '1', 'a head of state or government in office', 'data/country_weights.tsv'),
  ('demonym', '0.5', 'an adjective or people''s name (Japanese, Canadians)', 'data/country_weights.tsv'),
  ('place', '0.5', 'a city, province or other place in a country (Osaka, Alberta)', 'data/country_weights.tsv'),
  ('region', '0.5', 'a region of a country (Siberia, Kashmir)', 'data/country_weights.tsv'),
  ('block', '0.5', 'a blocked name''s home country (Swiss franc, Air Canada, Tokyo Stock Exchange): weak, names no country', 'data/country_weights.tsv'),
  ('headline', '2', 'factor for a mention in the first sentence: a title or lead says what the story is about', 'data/country_weights.tsv'),
  ('list', '0.75', 'factor for a mention joined to another country''s by a comma, and, or: one of several', 'data/country_weights.tsv'),
  ('market_cap', '1.5', 'the most that ticker symbols and indicator words add to one country', 'data/country_weights.tsv'),
  ('relative', '0.3', 'a salient country needs at least this share of the top country''s salience', 'data/country_weights.tsv'),
  ('top_min', '0.5', 'the top country is salient from this salience on, even below min_salience', 'data/country_weights.tsv') ON CONFLICT DO NOTHING;
-- data/mention_roles.tsv since 0.2.0: 0 rows out, 8 rows in
-- data/mention_roles.tsv: 8 ASCII rows, 0 rows with other characters
INSERT INTO geopol.mention_role (role, weight, before, after, kinds, note, source) VALUES
  ('currency', '0.25', NULL, '^[- ]?([Dd]lrs?|DLRS?|[Dd]ollars?|DOLLARS?|[Ff]rancs?|FRANCS?|[Mm]arks?|MARKS?|[Yy]en|YEN|[Ss]tg|STG|[Ss]terling|STERLING|[Pp]ounds?|POUNDS?|[Ll]ire|LIRE|[Gg]uilders?|GUILDERS?|[Cc]rowns?|CROWNS?|[Pp]esos?|PESOS?|[Rr]and|RAND|[Ss]chillings?|SCHILLINGS?|[Pp]esetas|PESETAS|[Cc]ents?|CENTS?|[Cc]ts|CTS|[Cc]urrency|CURRENCY)\M', NULL, 'a currency, not a country: "50 mln Australian dlrs", "Swiss franc", "20 U.S. cents"', 'data/mention_roles.tsv'),
  ('comparison', '0.5', '\m(than|versus|vs\.?)(\s+(in|at|of|for|with|from|to))?\s+$', NULL, NULL, 'a comparison: "cheaper than Brazil''s"', 'data/mention_roles.tsv'),
  ('venue', '0.25', '\m(listed|quoted|traded)\s+(in|on)\s+(the\s+)?$', NULL, NULL, 'a market location: "will be listed in Luxembourg"', 'data/mention_roles.tsv'),
  ('company_bracket', '0.5', '<[^<>]*$', NULL, NULL, 'inside a company name in angle brackets: "<Holland Systems Corp>"', 'data/mention_roles.tsv'),
  ('company_name', '0.5', NULL, '^(''s)?( [A-Z][A-Za-z&.-]*){0,3} (Corp|Inc|Ltd|Co|Fund|Plc|PLC|AG|SA|NV|Bank|Bancorp|Group|Industries|Trust|INC|CORP|LTD|CO|FUND|Limited|Corporation|Airlines|Airways)\M', NULL, 'part of a company name: "Japan Fund Inc", "Canada Southern Petroleum Ltd"', 'data/mention_roles.tsv'),
  ('person_name', '0', '[a-z,;:)] (?!(Mr|Mrs|Ms|Dr|Mister|Madame|Comrade|President|Premier|Prime|Minister|Chancellor|Chairman|Secretary|King|Queen|Prince|Princess|Emperor|Empress|Sultan|Sheikh|Emir|Shah|Ayatollah|Pope|General|Gen|Marshal|Colonel|Col|Admiral|Leader|Senator|Sen|Governor|Gov|Mayor|Deputy|Vice|Former|Acting|Foreign|Defence|Defense|Finance|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\M)[A-Z][a-z]+ $', NULL, '{leader}', 'another person who shares a leader''s surname: "met Lena Abe", "Nancy Reagan" (a capitalised word that is no title, day or month right before the surname, inside a sentence)', 'data/mention_roles.tsv'),
  ('meeting_place', '0.25', '\m([Mm]et|[Mm]eets?|[Mm]eetings?|[Tt]alks|[Pp]ledged|[Aa]greed|[Aa]greements?|[Aa]ccords?|[Ss]ummit|[Cc]onference|[Ss]ession|[Ss]igned|MET|MEETS?|MEETINGS?|TALKS|PLEDGED|AGREED|ACCORDS?|SUMMIT|CONFERENCE)\s+(here\s+)?in\s+$', NULL, '{capital,place}', 'the city where a meeting took place, not a party to it: "six nations pledged in Paris", "the meeting in London"', 'data/mention_roles.tsv'),
  ('meeting_name', '0.25', NULL, '^(''s)?\s+([Aa]ccords?|[Aa]greements?|[Pp]act|[Ss]ummit|[Tt]alks|[Mm]eetings?|[Cc]onference|ACCORDS?|AGREEMENTS?|PACT|SUMMIT|TALKS|MEETINGS?|CONFERENCE)\M', '{capital,place}', 'a meeting or accord named after its city: "the Paris accord", "the London talks"', 'data/mention_roles.tsv') ON CONFLICT DO NOTHING;
-- data/ticker_rules.tsv since 0.2.0: 0 rows out, 31 rows in
-- data/ticker_rules.tsv: 31 ASCII rows, 0 rows with other characters
INSERT INTO geopol.ticker_rule (suffix, pattern, country, weight, priority, note, source) VALUES
  (NULL, '^[A-Z]{4}F$', 'CAN', '0.75', '1', 'Nasdaq foreign issuer (fifth letter F)', 'data/ticker_rules.tsv'),
  ('TO', NULL, 'CAN', '1.5', '1', 'Toronto', 'data/ticker_rules.tsv'),
  ('V', NULL, 'CAN', '0.75', '1', 'Vancouver', 'data/ticker_rules.tsv'),
  ('L', NULL, 'GBR', '1.5', '1', 'London', 'data/ticker_rules.tsv'),
  ('F', NULL, 'DEU', '1.5', '1', 'Frankfurt', 'data/ticker_rules.tsv'),
  ('D', NULL, 'DEU', '1.5', '1', 'Duesseldorf', 'data/ticker_rules.tsv'),
  ('T', NULL, 'JPN', '1.5', '1', 'Tokyo', 'data/ticker_rules.tsv'),
  ('OS', NULL, 'JPN', '1.5', '1', 'Osaka', 'data/ticker_rules.tsv'),
  ('S', NULL, 'AUS', '1.5', '1', 'Sydney', 'data/ticker_rules.tsv'),
  ('ME', NULL, 'AUS', '1.5', '1', 'Melbourne', 'data/ticker_rules.tsv'),
  ('AX', NULL, 'AUS', '1.5', '1', 'Australian Stock Exchange', 'data/ticker_rules.tsv'),
  ('PA', NULL, 'FRA', '1.5', '1', 'Paris', 'data/ticker_rules.tsv'),
  ('AS', NULL, 'NLD', '1.5', '1', 'Amsterdam', 'data/ticker_rules.tsv'),
  ('Z', NULL, 'CHE', '1.5', '1', 'Zurich', 'data/ticker_rules.tsv'),
  ('SW', NULL, 'CHE', '1.5', '1', 'Swiss Exchange', 'data/ticker_rules.tsv'),
  ('W', NULL, 'CHE', '1.5', '1', 'Swiss Exchange', 'data/ticker_rules.tsv'),
  ('HK', NULL, 'HKG', '1.5', '1', 'Hong Kong', 'data/ticker_rules.tsv'),
  ('ST', NULL, 'SWE', '1.5', '1', 'Stockholm', 'data/ticker_rules.tsv'),
  ('MI', NULL, 'ITA', '1.5', '1', 'Milan', 'data/ticker_rules.tsv'),
  ('BR', NULL, 'BEL', '1.5', '1', 'Brussels', 'data/ticker_rules.tsv'),
  ('SI', NULL, 'SGP', '1.5', '1', 'Singapore', 'data/ticker_rules.tsv'),
  ('KL', NULL, 'MYS', '1.5', '1', 'Kuala Lumpur', 'data/ticker_rules.tsv'),
  ('J', NULL, 'ZAF', '1.5', '1', 'Johannesburg', 'data/ticker_rules.tsv'),
  ('HE', NULL, 'FIN', '1.5', '1', 'Helsinki', 'data/ticker_rules.tsv'),
  ('VI', NULL, 'AUT', '1.5', '1', 'Vienna', 'data/ticker_rules.tsv'),
  ('OL', NULL, 'NOR', '1.5', '1', 'Oslo', 'data/ticker_rules.tsv'),
  ('CO', NULL, 'DNK', '1.5', '1', 'Copenhagen', 'data/ticker_rules.tsv'),
  ('MA', NULL, 'ESP', '1.5', '1', 'Madrid', 'data/ticker_rules.tsv'),
  ('N', NULL, 'USA', '0.45', '1', 'New York Stock Exchange', 'data/ticker_rules.tsv'),
  ('O', NULL, 'USA', '0.45', '1', 'Nasdaq', 'data/ticker_rules.tsv'),
  (NULL, NULL, 'USA', '1.5', '9', 'no exchange suffix: a U.S. listing', 'data/ticker_rules.tsv') ON CONFLICT DO NOTHING;
-- CLDR names data/cldr_exclude.tsv lists since 0.2.0 (a given name, not the country: "Frans Andriessen")
DELETE FROM geopol.alias WHERE source = 'cldr' AND alias IN ('Frans');

-- (the rows users added move to ids above 100,000,000: post-update.sql)

-- ---------------------------------------------------------------- dictionary
-- the shared compiled dictionary is keyed by this version
-- The dictionary's version: every statement that changes a dictionary table bumps it in its own
-- transaction (geopol._dictionary_changed); a backend finds the compiled dictionary that another
-- backend stored for this version under the data directory (pg_geopol/) by it, and maps it
-- instead of compiling its own.  Exactly one row.
CREATE TABLE geopol.dictionary_version (
    version bigint NOT NULL
);
CREATE UNIQUE INDEX dictionary_version_one_row ON geopol.dictionary_version ((true));
INSERT INTO geopol.dictionary_version VALUES (1);
COMMENT ON TABLE geopol.dictionary_version IS
    'The dictionary''s version, bumped by every statement that changes a dictionary table; the key of the compiled dictionary that sessions share.';
GRANT SELECT ON geopol.dictionary_version TO PUBLIC;


-- ================================================================ sql/updates/0.3.0--0.4.0.sql
-- geopol 0.3.0 -> 0.4.0: state changes only (the code is replaced whole after
-- this file; rules in sql/updates/README.md).

-- ------------------------------------------------------------ countries
-- an indicator word may count in a document that names a country too
-- ("eurobond" still says London when the issuer's country is named)
ALTER TABLE geopol.country_indicator
    ADD COLUMN named_weight real NOT NULL DEFAULT 0
        CONSTRAINT indicator_named_weight CHECK (named_weight >= 0 AND named_weight <= 10);
COMMENT ON TABLE geopol.country_indicator IS
    'Words (matched case-sensitively on tokens) that suggest a country: currency units, company forms, markets. weight counts in a document that names no country, named_weight (0: nothing) in one that names a country (eurobond still says London when the issuer''s country is named). geopol.countries() reports a country that only such words support as inferred, with the words as evidence. A negative weight speaks against the country: when such a word occurs, the document''s indicator words give that country nothing (Ltd is no U.S. company form, so dlrs then says nothing).';
-- where an organisation sits: a mention of it counts a little for that country
CREATE TABLE geopol.igo_seat (
    igo         text PRIMARY KEY REFERENCES geopol.actor (code),
    seat        text NOT NULL REFERENCES geopol.actor (code),
    note        text,
    source      text NOT NULL DEFAULT 'user'
);
COMMENT ON TABLE geopol.igo_seat IS
    'The country where an intergovernmental organisation sits: geopol.countries() counts a mention of the organisation for it, with the weight of igo in geopol.country_weight (its news is made and filed there). Such a mention names no country.';
SELECT pg_catalog.pg_extension_config_dump('geopol.igo_seat', $$WHERE source = 'user'$$);
GRANT SELECT ON geopol.igo_seat TO PUBLIC;
CREATE TRIGGER igo_seat_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON geopol.igo_seat
    FOR EACH STATEMENT EXECUTE FUNCTION geopol._countries_changed();
-- a role may strengthen a mention (weight above 1: the dateline)
COMMENT ON TABLE geopol.mention_role IS
    'Roles of a country mention found by regular expressions on the 40 characters before it (before) and the 50 after it (after): a currency ("Australian dlrs"), a comparison ("than Brazil"), a market location ("listed in Luxembourg"), part of a company name, a leader''s surname in another person''s name; kinds: the mention kinds a rule applies to (NULL: all). geopol.countries() multiplies a mention''s weight by the smallest weight up to 1 of the roles it matches and by the largest weight above 1 (a dateline: "LONDON, March 24 -").';

-- ------------------------------------------------------------ dictionary
-- states that were part of another before their independence (Kiev in 1987 is a Soviet city)
CREATE TABLE geopol.state_parent (
    actor       text PRIMARY KEY REFERENCES geopol.actor (code),
    parent      text NOT NULL REFERENCES geopol.actor (code),
    valid_from  date,
    valid_to    date NOT NULL,
    note        text,
    source      text NOT NULL DEFAULT 'user',
    CONSTRAINT state_parent_period_ordered CHECK (valid_from IS NULL OR valid_from < valid_to),
    CONSTRAINT state_parent_not_itself CHECK (actor <> parent)
);
COMMENT ON TABLE geopol.state_parent IS
    'States that were part of another state (parent) before their independence: in a document dated from valid_from (NULL: open) until valid_to, the state''s names (the state, its capital, institutions, demonyms, regions and places) are regions and places of the parent, without an actor (Kiev in 1987 is a city of the Soviet Union); from valid_to on they mean the state.';
SELECT pg_catalog.pg_extension_config_dump('geopol.state_parent', $$WHERE source = 'user'$$);
GRANT SELECT ON geopol.state_parent TO PUBLIC;
-- (its rows come with the shipped data below, before the trigger that marks an edit)

-- ------------------------------------------------------------ shipped data
-- the rows of the data files that changed since 0.3.0 (tools/build_sql.pl
-- writes them from git): rows users added, and shipped rows they removed or
-- changed that this release leaves alone, stay as they are
-- data/country_indicators.tsv since 0.3.0: 2 rows out, 3 rows in
DELETE FROM geopol.country_indicator x WHERE x.ctid = (SELECT t.ctid FROM geopol.country_indicator t WHERE t.term IS NOT DISTINCT FROM 'eurobond' AND t.country IS NOT DISTINCT FROM 'GBR' AND t.weight IS NOT DISTINCT FROM '1' AND t.named_weight IS NOT DISTINCT FROM '0' AND t.source = 'data/country_indicators.tsv' LIMIT 1);
DELETE FROM geopol.country_indicator x WHERE x.ctid = (SELECT t.ctid FROM geopol.country_indicator t WHERE t.term IS NOT DISTINCT FROM 'EUROBOND' AND t.country IS NOT DISTINCT FROM 'GBR' AND t.weight IS NOT DISTINCT FROM '1' AND t.named_weight IS NOT DISTINCT FROM '0' AND t.source = 'data/country_indicators.tsv' LIMIT 1);
-- data/country_indicators.tsv: 3 ASCII rows, 0 rows with other characters
INSERT INTO geopol.country_indicator (term, country, weight, named_weight, source) VALUES
  ('eurobond', 'GBR', '1', '1.5', 'data/country_indicators.tsv'),
  ('eurobonds', 'GBR', '1', '1.5', 'data/country_indicators.tsv'),
  ('EUROBOND', 'GBR', '1', '1.5', 'data/country_indicators.tsv') ON CONFLICT DO NOTHING;
-- data/mention_roles.tsv since 0.3.0: 0 rows out, 1 rows in
-- data/mention_roles.tsv: 1 ASCII rows, 0 rows with other characters
INSERT INTO geopol.mention_role (role, weight, before, after, kinds, note, source) VALUES
  ('dateline', '3', NULL, '^(,\s+[A-Z][A-Za-z.]+(\s+[A-Z][A-Za-z.]+)?)?(,\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+[0-9]{1,2}(\s+\([A-Z][A-Za-z .&-]{0,24}\))?|\s+\([A-Z][A-Za-z .&-]{0,24}\))\s*(-{1,2}|\u2014|\u2013)\s', '{state,capital,region,place}', 'the place a story is filed from, the dateline: "LONDON, March 24 -", "BAGHDAD (Reuters) -", "NAJAF, Iraq, Aug 5 (AP) -" (a weight above 1 strengthens the mention)', 'data/mention_roles.tsv') ON CONFLICT DO NOTHING;
-- data/leaders.tsv since 0.3.0: 8 rows out, 9 rows in
DELETE FROM geopol.leader_term x WHERE x.ctid = (SELECT t.ctid FROM geopol.leader_term t WHERE t.person IS NOT DISTINCT FROM 'Walter Hallstein' AND t.actor IS NOT DISTINCT FROM 'EU' AND t.role IS NOT DISTINCT FROM 'head_of_government' AND t.title IS NOT DISTINCT FROM 'President of the European Commission' AND t.term_start IS NOT DISTINCT FROM '1958-01-07' AND t.term_end IS NOT DISTINCT FROM '1967-06-30' AND t.source = 'data/leaders.tsv' LIMIT 1);
DELETE FROM geopol.leader_term x WHERE x.ctid = (SELECT t.ctid FROM geopol.leader_term t WHERE t.person IS NOT DISTINCT FROM 'Jean Rey' AND t.actor IS NOT DISTINCT FROM 'EU' AND t.role IS NOT DISTINCT FROM 'head_of_government' AND t.title IS NOT DISTINCT FROM 'President of the European Commission' AND t.term_start IS NOT DISTINCT FROM '1967-07-02' AND t.term_end IS NOT DISTINCT FROM '1970-07-01' AND t.source = 'data/leaders.tsv' LIMIT 1);
DELETE FROM geopol.leader_term x WHERE x.ctid = (SELECT t.ctid FROM geopol.leader_term t WHERE t.person IS NOT DISTINCT FROM 'Franco Maria Malfatti' AND t.actor IS NOT DISTINCT FROM 'EU' AND t.role IS NOT DISTINCT FROM 'head_of_government' AND t.title IS NOT DISTINCT FROM 'President of the European Commission' AND t.term_start IS NOT DISTINCT FROM '1970-07-01' AND t.term_end IS NOT DISTINCT FROM '1972-03-21' AND t.source = 'data/leaders.tsv' LIMIT 1);
DELETE FROM geopol.leader_term x WHERE x.ctid = (SELECT t.ctid FROM geopol.leader_term t WHERE t.person IS NOT DISTINCT FROM 'Sicco Mansholt' AND t.actor IS NOT DISTINCT FROM 'EU' AND t.role IS NOT DISTINCT FROM 'head_of_government' AND t.title IS NOT DISTINCT FROM 'President of the European Commission' AND t.term_start IS NOT DISTINCT FROM '1972-03-22' AND t.term_end IS NOT DISTINCT FROM '1973-01-05' AND t.source = 'data/leaders.tsv' LIMIT 1);
DELETE FROM geopol.leader_term x WHERE x.ctid = (SELECT t.ctid FROM geopol.leader_term t WHERE geopol._from_utf8('\x4672616ec3a76f69732d586176696572204f72746f6c69'::bytea) IS NOT NULL AND t.person IS NOT DISTINCT FROM geopol._from_utf8('\x4672616ec3a76f69732d586176696572204f72746f6c69'::bytea) AND t.actor IS NOT DISTINCT FROM 'EU' AND t.role IS NOT DISTINCT FROM 'head_of_government' AND t.title IS NOT DISTINCT FROM 'President of the European Commission' AND t.term_start IS NOT DISTINCT FROM '1973-01-06' AND t.term_end IS NOT DISTINCT FROM '1977-01-05' AND t.source = 'data/leaders.tsv' LIMIT 1);
DELETE FROM geopol.leader_term x WHERE x.ctid = (SELECT t.ctid FROM geopol.leader_term t WHERE t.person IS NOT DISTINCT FROM 'Roy Jenkins' AND t.actor IS NOT DISTINCT FROM 'EU' AND t.role IS NOT DISTINCT FROM 'head_of_government' AND t.title IS NOT DISTINCT FROM 'President of the European Commission' AND t.term_start IS NOT DISTINCT FROM '1977-01-06' AND t.term_end IS NOT DISTINCT FROM '1981-01-05' AND t.source = 'data/leaders.tsv' LIMIT 1);
DELETE FROM geopol.leader_term x WHERE x.ctid = (SELECT t.ctid FROM geopol.leader_term t WHERE t.person IS NOT DISTINCT FROM 'Gaston Thorn' AND t.actor IS NOT DISTINCT FROM 'EU' AND t.role IS NOT DISTINCT FROM 'head_of_government' AND t.title IS NOT DISTINCT FROM 'President of the European Commission' AND t.term_start IS NOT DISTINCT FROM '1981-01-06' AND t.term_end IS NOT DISTINCT FROM '1985-01-05' AND t.source = 'data/leaders.tsv' LIMIT 1);
DELETE FROM geopol.leader_term x WHERE x.ctid = (SELECT t.ctid FROM geopol.leader_term t WHERE t.person IS NOT DISTINCT FROM 'Jacques Delors' AND t.actor IS NOT DISTINCT FROM 'EU' AND t.role IS NOT DISTINCT FROM 'head_of_government' AND t.title IS NOT DISTINCT FROM 'President of the European Commission' AND t.term_start IS NOT DISTINCT FROM '1985-01-06' AND t.term_end IS NOT DISTINCT FROM '1995-01-23' AND t.source = 'data/leaders.tsv' LIMIT 1);
-- data/leaders.tsv: 8 ASCII rows, 1 rows with other characters
INSERT INTO geopol.leader_term (person, actor, role, title, term_start, term_end, source) VALUES
  ('Walter Hallstein', 'EC', 'head_of_government', 'President of the European Commission', '1958-01-07', '1967-06-30', 'data/leaders.tsv'),
  ('Jean Rey', 'EC', 'head_of_government', 'President of the European Commission', '1967-07-02', '1970-07-01', 'data/leaders.tsv'),
  ('Franco Maria Malfatti', 'EC', 'head_of_government', 'President of the European Commission', '1970-07-01', '1972-03-21', 'data/leaders.tsv'),
  ('Sicco Mansholt', 'EC', 'head_of_government', 'President of the European Commission', '1972-03-22', '1973-01-05', 'data/leaders.tsv'),
  ('Roy Jenkins', 'EC', 'head_of_government', 'President of the European Commission', '1977-01-06', '1981-01-05', 'data/leaders.tsv'),
  ('Gaston Thorn', 'EC', 'head_of_government', 'President of the European Commission', '1981-01-06', '1985-01-05', 'data/leaders.tsv'),
  ('Jacques Delors', 'EC', 'head_of_government', 'President of the European Commission', '1985-01-06', '1993-11-01', 'data/leaders.tsv'),
  ('Jacques Delors', 'EU', 'head_of_government', 'President of the European Commission', '1993-11-01', '1995-01-23', 'data/leaders.tsv') ON CONFLICT DO NOTHING;
INSERT INTO geopol.leader_term (person, actor, role, title, term_start, term_end, source) SELECT geopol._from_utf8('\x4672616ec3a76f69732d586176696572204f72746f6c69'::bytea), 'EC', 'head_of_government', 'President of the European Commission', '1973-01-06', '1977-01-05', 'data/leaders.tsv' WHERE geopol._from_utf8('\x4672616ec3a76f69732d586176696572204f72746f6c69'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
-- data/aliases_en.tsv since 0.3.0: 11 rows out, 11 rows in
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Czech Republic' AND t.actor IS NOT DISTINCT FROM 'CZE' AND t.entity IS NOT DISTINCT FROM 'Czech Republic' AND t.kind IS NOT DISTINCT FROM 'state' AND t.country IS NOT DISTINCT FROM 'CZE' AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM '1993-01-01' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.given_name IS NOT DISTINCT FROM 'false' AND t.source = 'data/aliases_en.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Czechia' AND t.actor IS NOT DISTINCT FROM 'CZE' AND t.entity IS NOT DISTINCT FROM 'Czech Republic' AND t.kind IS NOT DISTINCT FROM 'state' AND t.country IS NOT DISTINCT FROM 'CZE' AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM '1993-01-01' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.given_name IS NOT DISTINCT FROM 'false' AND t.source = 'data/aliases_en.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Czech' AND t.actor IS NOT DISTINCT FROM 'CZE' AND t.entity IS NOT DISTINCT FROM 'Czech Republic' AND t.kind IS NOT DISTINCT FROM 'demonym' AND t.country IS NOT DISTINCT FROM 'CZE' AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM '1993-01-01' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.given_name IS NOT DISTINCT FROM 'false' AND t.source = 'data/aliases_en.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Czechs' AND t.actor IS NOT DISTINCT FROM 'CZE' AND t.entity IS NOT DISTINCT FROM 'Czech Republic' AND t.kind IS NOT DISTINCT FROM 'demonym' AND t.country IS NOT DISTINCT FROM 'CZE' AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM '1993-01-01' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.given_name IS NOT DISTINCT FROM 'false' AND t.source = 'data/aliases_en.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Prague' AND t.actor IS NOT DISTINCT FROM 'CZE' AND t.entity IS NOT DISTINCT FROM 'Prague' AND t.kind IS NOT DISTINCT FROM 'capital' AND t.country IS NOT DISTINCT FROM 'CZE' AND t.sector IS NOT DISTINCT FROM 'GOV' AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM '1993-01-01' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.given_name IS NOT DISTINCT FROM 'false' AND t.source = 'data/aliases_en.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Asmara' AND t.actor IS NOT DISTINCT FROM 'ERI' AND t.entity IS NOT DISTINCT FROM 'Asmara' AND t.kind IS NOT DISTINCT FROM 'capital' AND t.country IS NOT DISTINCT FROM 'ERI' AND t.sector IS NOT DISTINCT FROM 'GOV' AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM '1993-05-24' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.given_name IS NOT DISTINCT FROM 'false' AND t.source = 'data/aliases_en.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Macedonia' AND t.actor IS NOT DISTINCT FROM 'MKD' AND t.entity IS NOT DISTINCT FROM 'North Macedonia' AND t.kind IS NOT DISTINCT FROM 'state' AND t.country IS NOT DISTINCT FROM 'MKD' AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM '1991-09-08' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.given_name IS NOT DISTINCT FROM 'false' AND t.source = 'data/aliases_en.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Macedonian' AND t.actor IS NOT DISTINCT FROM 'MKD' AND t.entity IS NOT DISTINCT FROM 'North Macedonia' AND t.kind IS NOT DISTINCT FROM 'demonym' AND t.country IS NOT DISTINCT FROM 'MKD' AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM '1991-09-08' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.given_name IS NOT DISTINCT FROM 'false' AND t.source = 'data/aliases_en.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Macedonians' AND t.actor IS NOT DISTINCT FROM 'MKD' AND t.entity IS NOT DISTINCT FROM 'North Macedonia' AND t.kind IS NOT DISTINCT FROM 'demonym' AND t.country IS NOT DISTINCT FROM 'MKD' AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM '1991-09-08' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.given_name IS NOT DISTINCT FROM 'false' AND t.source = 'data/aliases_en.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Juba' AND t.actor IS NOT DISTINCT FROM 'SSD' AND t.entity IS NOT DISTINCT FROM 'Juba' AND t.kind IS NOT DISTINCT FROM 'capital' AND t.country IS NOT DISTINCT FROM 'SSD' AND t.sector IS NOT DISTINCT FROM 'GOV' AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM '2011-07-09' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.given_name IS NOT DISTINCT FROM 'false' AND t.source = 'data/aliases_en.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Bratislava' AND t.actor IS NOT DISTINCT FROM 'SVK' AND t.entity IS NOT DISTINCT FROM 'Bratislava' AND t.kind IS NOT DISTINCT FROM 'capital' AND t.country IS NOT DISTINCT FROM 'SVK' AND t.sector IS NOT DISTINCT FROM 'GOV' AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM '1993-01-01' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.given_name IS NOT DISTINCT FROM 'false' AND t.source = 'data/aliases_en.tsv' LIMIT 1);
-- data/aliases_en.tsv: 11 ASCII rows, 0 rows with other characters
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, given_name, source) VALUES
  ('Czech Republic', 'CZE', 'Czech Republic', 'state', 'CZE', NULL, 'cased', NULL, NULL, 'en', 'false', 'data/aliases_en.tsv'),
  ('Czechia', 'CZE', 'Czech Republic', 'state', 'CZE', NULL, 'cased', NULL, NULL, 'en', 'false', 'data/aliases_en.tsv'),
  ('Czech', 'CZE', 'Czech Republic', 'demonym', 'CZE', NULL, 'cased', NULL, NULL, 'en', 'false', 'data/aliases_en.tsv'),
  ('Czechs', 'CZE', 'Czech Republic', 'demonym', 'CZE', NULL, 'cased', NULL, NULL, 'en', 'false', 'data/aliases_en.tsv'),
  ('Prague', 'CZE', 'Prague', 'capital', 'CZE', 'GOV', 'cased', NULL, NULL, 'en', 'false', 'data/aliases_en.tsv'),
  ('Asmara', 'ERI', 'Asmara', 'capital', 'ERI', 'GOV', 'cased', NULL, NULL, 'en', 'false', 'data/aliases_en.tsv'),
  ('Macedonia', 'MKD', 'North Macedonia', 'state', 'MKD', NULL, 'cased', NULL, NULL, 'en', 'false', 'data/aliases_en.tsv'),
  ('Macedonian', 'MKD', 'North Macedonia', 'demonym', 'MKD', NULL, 'cased', NULL, NULL, 'en', 'false', 'data/aliases_en.tsv'),
  ('Macedonians', 'MKD', 'North Macedonia', 'demonym', 'MKD', NULL, 'cased', NULL, NULL, 'en', 'false', 'data/aliases_en.tsv'),
  ('Juba', 'SSD', 'Juba', 'capital', 'SSD', 'GOV', 'cased', NULL, NULL, 'en', 'false', 'data/aliases_en.tsv'),
  ('Bratislava', 'SVK', 'Bratislava', 'capital', 'SVK', 'GOV', 'cased', NULL, NULL, 'en', 'false', 'data/aliases_en.tsv') ON CONFLICT DO NOTHING;
-- data/aliases_ru.tsv since 0.3.0: 23 rows out, 23 rows in
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE geopol._from_utf8('\xd0a7d0b5d185d0b8d0b8'::bytea) IS NOT NULL AND t.alias IS NOT DISTINCT FROM geopol._from_utf8('\xd0a7d0b5d185d0b8d0b8'::bytea) AND t.actor IS NOT DISTINCT FROM 'CZE' AND t.entity IS NOT DISTINCT FROM 'Czech Republic' AND t.kind IS NOT DISTINCT FROM 'state' AND t.country IS NOT DISTINCT FROM 'CZE' AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM '1993-01-01' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'ru' AND t.source = 'data/aliases_ru.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE geopol._from_utf8('\xd0a7d0b5d185d0b8d18e'::bytea) IS NOT NULL AND t.alias IS NOT DISTINCT FROM geopol._from_utf8('\xd0a7d0b5d185d0b8d18e'::bytea) AND t.actor IS NOT DISTINCT FROM 'CZE' AND t.entity IS NOT DISTINCT FROM 'Czech Republic' AND t.kind IS NOT DISTINCT FROM 'state' AND t.country IS NOT DISTINCT FROM 'CZE' AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM '1993-01-01' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'ru' AND t.source = 'data/aliases_ru.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE geopol._from_utf8('\xd0a7d0b5d185d0b8d0b5d0b9'::bytea) IS NOT NULL AND t.alias IS NOT DISTINCT FROM geopol._from_utf8('\xd0a7d0b5d185d0b8d0b5d0b9'::bytea) AND t.actor IS NOT DISTINCT FROM 'CZE' AND t.entity IS NOT DISTINCT FROM 'Czech Republic' AND t.kind IS NOT DISTINCT FROM 'state' AND t.country IS NOT DISTINCT FROM 'CZE' AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM '1993-01-01' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'ru' AND t.source = 'data/aliases_ru.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE geopol._from_utf8('\xd0a7d0b5d185d0b8d0b5d18e'::bytea) IS NOT NULL AND t.alias IS NOT DISTINCT FROM geopol._from_utf8('\xd0a7d0b5d185d0b8d0b5d18e'::bytea) AND t.actor IS NOT DISTINCT FROM 'CZE' AND t.entity IS NOT DISTINCT FROM 'Czech Republic' AND t.kind IS NOT DISTINCT FROM 'state' AND t.country IS NOT DISTINCT FROM 'CZE' AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM '1993-01-01' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'ru' AND t.source = 'data/aliases_ru.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE geopol._from_utf8('\xd187d0b5d188d181d0bad0b8d0b9'::bytea) IS NOT NULL AND t.alias IS NOT DISTINCT FROM geopol._from_utf8('\xd187d0b5d188d181d0bad0b8d0b9'::bytea) AND t.actor IS NOT DISTINCT FROM 'CZE' AND t.entity IS NOT DISTINCT FROM 'Czech Republic' AND t.kind IS NOT DISTINCT FROM 'demonym' AND t.country IS NOT DISTINCT FROM 'CZE' AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'any' AND t.valid_from IS NOT DISTINCT FROM '1993-01-01' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'ru' AND t.source = 'data/aliases_ru.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE geopol._from_utf8('\xd187d0b5d188d181d0bad0b0d18f'::bytea) IS NOT NULL AND t.alias IS NOT DISTINCT FROM geopol._from_utf8('\xd187d0b5d188d181d0bad0b0d18f'::bytea) AND t.actor IS NOT DISTINCT FROM 'CZE' AND t.entity IS NOT DISTINCT FROM 'Czech Republic' AND t.kind IS NOT DISTINCT FROM 'demonym' AND t.country IS NOT DISTINCT FROM 'CZE' AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'any' AND t.valid_from IS NOT DISTINCT FROM '1993-01-01' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'ru' AND t.source = 'data/aliases_ru.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE geopol._from_utf8('\xd187d0b5d188d181d0bad0bed0b5'::bytea) IS NOT NULL AND t.alias IS NOT DISTINCT FROM geopol._from_utf8('\xd187d0b5d188d181d0bad0bed0b5'::bytea) AND t.actor IS NOT DISTINCT FROM 'CZE' AND t.entity IS NOT DISTINCT FROM 'Czech Republic' AND t.kind IS NOT DISTINCT FROM 'demonym' AND t.country IS NOT DISTINCT FROM 'CZE' AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'any' AND t.valid_from IS NOT DISTINCT FROM '1993-01-01' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'ru' AND t.source = 'data/aliases_ru.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE geopol._from_utf8('\xd187d0b5d188d181d0bad0b8d0b5'::bytea) IS NOT NULL AND t.alias IS NOT DISTINCT FROM geopol._from_utf8('\xd187d0b5d188d181d0bad0b8d0b5'::bytea) AND t.actor IS NOT DISTINCT FROM 'CZE' AND t.entity IS NOT DISTINCT FROM 'Czech Republic' AND t.kind IS NOT DISTINCT FROM 'demonym' AND t.country IS NOT DISTINCT FROM 'CZE' AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'any' AND t.valid_from IS NOT DISTINCT FROM '1993-01-01' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'ru' AND t.source = 'data/aliases_ru.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE geopol._from_utf8('\xd187d0b5d188d181d0bad0bed0b3d0be'::bytea) IS NOT NULL AND t.alias IS NOT DISTINCT FROM geopol._from_utf8('\xd187d0b5d188d181d0bad0bed0b3d0be'::bytea) AND t.actor IS NOT DISTINCT FROM 'CZE' AND t.entity IS NOT DISTINCT FROM 'Czech Republic' AND t.kind IS NOT DISTINCT FROM 'demonym' AND t.country IS NOT DISTINCT FROM 'CZE' AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'any' AND t.valid_from IS NOT DISTINCT FROM '1993-01-01' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'ru' AND t.source = 'data/aliases_ru.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE geopol._from_utf8('\xd187d0b5d188d181d0bad0bed0b9'::bytea) IS NOT NULL AND t.alias IS NOT DISTINCT FROM geopol._from_utf8('\xd187d0b5d188d181d0bad0bed0b9'::bytea) AND t.actor IS NOT DISTINCT FROM 'CZE' AND t.entity IS NOT DISTINCT FROM 'Czech Republic' AND t.kind IS NOT DISTINCT FROM 'demonym' AND t.country IS NOT DISTINCT FROM 'CZE' AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'any' AND t.valid_from IS NOT DISTINCT FROM '1993-01-01' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'ru' AND t.source = 'data/aliases_ru.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE geopol._from_utf8('\xd187d0b5d188d181d0bad0bed0bcd183'::bytea) IS NOT NULL AND t.alias IS NOT DISTINCT FROM geopol._from_utf8('\xd187d0b5d188d181d0bad0bed0bcd183'::bytea) AND t.actor IS NOT DISTINCT FROM 'CZE' AND t.entity IS NOT DISTINCT FROM 'Czech Republic' AND t.kind IS NOT DISTINCT FROM 'demonym' AND t.country IS NOT DISTINCT FROM 'CZE' AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'any' AND t.valid_from IS NOT DISTINCT FROM '1993-01-01' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'ru' AND t.source = 'data/aliases_ru.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE geopol._from_utf8('\xd187d0b5d188d181d0bad0b8d0bc'::bytea) IS NOT NULL AND t.alias IS NOT DISTINCT FROM geopol._from_utf8('\xd187d0b5d188d181d0bad0b8d0bc'::bytea) AND t.actor IS NOT DISTINCT FROM 'CZE' AND t.entity IS NOT DISTINCT FROM 'Czech Republic' AND t.kind IS NOT DISTINCT FROM 'demonym' AND t.country IS NOT DISTINCT FROM 'CZE' AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'any' AND t.valid_from IS NOT DISTINCT FROM '1993-01-01' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'ru' AND t.source = 'data/aliases_ru.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE geopol._from_utf8('\xd187d0b5d188d181d0bad0b8d185'::bytea) IS NOT NULL AND t.alias IS NOT DISTINCT FROM geopol._from_utf8('\xd187d0b5d188d181d0bad0b8d185'::bytea) AND t.actor IS NOT DISTINCT FROM 'CZE' AND t.entity IS NOT DISTINCT FROM 'Czech Republic' AND t.kind IS NOT DISTINCT FROM 'demonym' AND t.country IS NOT DISTINCT FROM 'CZE' AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'any' AND t.valid_from IS NOT DISTINCT FROM '1993-01-01' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'ru' AND t.source = 'data/aliases_ru.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE geopol._from_utf8('\xd187d0b5d188d181d0bad183d18e'::bytea) IS NOT NULL AND t.alias IS NOT DISTINCT FROM geopol._from_utf8('\xd187d0b5d188d181d0bad183d18e'::bytea) AND t.actor IS NOT DISTINCT FROM 'CZE' AND t.entity IS NOT DISTINCT FROM 'Czech Republic' AND t.kind IS NOT DISTINCT FROM 'demonym' AND t.country IS NOT DISTINCT FROM 'CZE' AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'any' AND t.valid_from IS NOT DISTINCT FROM '1993-01-01' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'ru' AND t.source = 'data/aliases_ru.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE geopol._from_utf8('\xd187d0b5d188d181d0bad0b8d0bcd0b8'::bytea) IS NOT NULL AND t.alias IS NOT DISTINCT FROM geopol._from_utf8('\xd187d0b5d188d181d0bad0b8d0bcd0b8'::bytea) AND t.actor IS NOT DISTINCT FROM 'CZE' AND t.entity IS NOT DISTINCT FROM 'Czech Republic' AND t.kind IS NOT DISTINCT FROM 'demonym' AND t.country IS NOT DISTINCT FROM 'CZE' AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'any' AND t.valid_from IS NOT DISTINCT FROM '1993-01-01' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'ru' AND t.source = 'data/aliases_ru.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE geopol._from_utf8('\xd187d0b5d188d181d0bad0bed0bc'::bytea) IS NOT NULL AND t.alias IS NOT DISTINCT FROM geopol._from_utf8('\xd187d0b5d188d181d0bad0bed0bc'::bytea) AND t.actor IS NOT DISTINCT FROM 'CZE' AND t.entity IS NOT DISTINCT FROM 'Czech Republic' AND t.kind IS NOT DISTINCT FROM 'demonym' AND t.country IS NOT DISTINCT FROM 'CZE' AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'any' AND t.valid_from IS NOT DISTINCT FROM '1993-01-01' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'ru' AND t.source = 'data/aliases_ru.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE geopol._from_utf8('\xd187d0b5d188d181d0bad0bed18e'::bytea) IS NOT NULL AND t.alias IS NOT DISTINCT FROM geopol._from_utf8('\xd187d0b5d188d181d0bad0bed18e'::bytea) AND t.actor IS NOT DISTINCT FROM 'CZE' AND t.entity IS NOT DISTINCT FROM 'Czech Republic' AND t.kind IS NOT DISTINCT FROM 'demonym' AND t.country IS NOT DISTINCT FROM 'CZE' AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'any' AND t.valid_from IS NOT DISTINCT FROM '1993-01-01' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'ru' AND t.source = 'data/aliases_ru.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE geopol._from_utf8('\xd09fd180d0b0d0b3d0b0'::bytea) IS NOT NULL AND t.alias IS NOT DISTINCT FROM geopol._from_utf8('\xd09fd180d0b0d0b3d0b0'::bytea) AND t.actor IS NOT DISTINCT FROM 'CZE' AND t.entity IS NOT DISTINCT FROM 'Prague' AND t.kind IS NOT DISTINCT FROM 'capital' AND t.country IS NOT DISTINCT FROM 'CZE' AND t.sector IS NOT DISTINCT FROM 'GOV' AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM '1993-01-01' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'ru' AND t.source = 'data/aliases_ru.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE geopol._from_utf8('\xd09fd180d0b0d0b3d0b8'::bytea) IS NOT NULL AND t.alias IS NOT DISTINCT FROM geopol._from_utf8('\xd09fd180d0b0d0b3d0b8'::bytea) AND t.actor IS NOT DISTINCT FROM 'CZE' AND t.entity IS NOT DISTINCT FROM 'Prague' AND t.kind IS NOT DISTINCT FROM 'capital' AND t.country IS NOT DISTINCT FROM 'CZE' AND t.sector IS NOT DISTINCT FROM 'GOV' AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM '1993-01-01' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'ru' AND t.source = 'data/aliases_ru.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE geopol._from_utf8('\xd09fd180d0b0d0b3d0b5'::bytea) IS NOT NULL AND t.alias IS NOT DISTINCT FROM geopol._from_utf8('\xd09fd180d0b0d0b3d0b5'::bytea) AND t.actor IS NOT DISTINCT FROM 'CZE' AND t.entity IS NOT DISTINCT FROM 'Prague' AND t.kind IS NOT DISTINCT FROM 'capital' AND t.country IS NOT DISTINCT FROM 'CZE' AND t.sector IS NOT DISTINCT FROM 'GOV' AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM '1993-01-01' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'ru' AND t.source = 'data/aliases_ru.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE geopol._from_utf8('\xd09fd180d0b0d0b3d183'::bytea) IS NOT NULL AND t.alias IS NOT DISTINCT FROM geopol._from_utf8('\xd09fd180d0b0d0b3d183'::bytea) AND t.actor IS NOT DISTINCT FROM 'CZE' AND t.entity IS NOT DISTINCT FROM 'Prague' AND t.kind IS NOT DISTINCT FROM 'capital' AND t.country IS NOT DISTINCT FROM 'CZE' AND t.sector IS NOT DISTINCT FROM 'GOV' AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM '1993-01-01' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'ru' AND t.source = 'data/aliases_ru.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE geopol._from_utf8('\xd09fd180d0b0d0b3d0bed0b9'::bytea) IS NOT NULL AND t.alias IS NOT DISTINCT FROM geopol._from_utf8('\xd09fd180d0b0d0b3d0bed0b9'::bytea) AND t.actor IS NOT DISTINCT FROM 'CZE' AND t.entity IS NOT DISTINCT FROM 'Prague' AND t.kind IS NOT DISTINCT FROM 'capital' AND t.country IS NOT DISTINCT FROM 'CZE' AND t.sector IS NOT DISTINCT FROM 'GOV' AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM '1993-01-01' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'ru' AND t.source = 'data/aliases_ru.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE geopol._from_utf8('\xd09fd180d0b0d0b3d0bed18e'::bytea) IS NOT NULL AND t.alias IS NOT DISTINCT FROM geopol._from_utf8('\xd09fd180d0b0d0b3d0bed18e'::bytea) AND t.actor IS NOT DISTINCT FROM 'CZE' AND t.entity IS NOT DISTINCT FROM 'Prague' AND t.kind IS NOT DISTINCT FROM 'capital' AND t.country IS NOT DISTINCT FROM 'CZE' AND t.sector IS NOT DISTINCT FROM 'GOV' AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM '1993-01-01' AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'ru' AND t.source = 'data/aliases_ru.tsv' LIMIT 1);
-- data/aliases_ru.tsv: 0 ASCII rows, 23 rows with other characters
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\xd0a7d0b5d185d0b8d0b8'::bytea), 'CZE', 'Czech Republic', 'state', 'CZE', NULL, 'cased', NULL, NULL, 'ru', 'data/aliases_ru.tsv' WHERE geopol._from_utf8('\xd0a7d0b5d185d0b8d0b8'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\xd0a7d0b5d185d0b8d18e'::bytea), 'CZE', 'Czech Republic', 'state', 'CZE', NULL, 'cased', NULL, NULL, 'ru', 'data/aliases_ru.tsv' WHERE geopol._from_utf8('\xd0a7d0b5d185d0b8d18e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\xd0a7d0b5d185d0b8d0b5d0b9'::bytea), 'CZE', 'Czech Republic', 'state', 'CZE', NULL, 'cased', NULL, NULL, 'ru', 'data/aliases_ru.tsv' WHERE geopol._from_utf8('\xd0a7d0b5d185d0b8d0b5d0b9'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\xd0a7d0b5d185d0b8d0b5d18e'::bytea), 'CZE', 'Czech Republic', 'state', 'CZE', NULL, 'cased', NULL, NULL, 'ru', 'data/aliases_ru.tsv' WHERE geopol._from_utf8('\xd0a7d0b5d185d0b8d0b5d18e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\xd187d0b5d188d181d0bad0b8d0b9'::bytea), 'CZE', 'Czech Republic', 'demonym', 'CZE', NULL, 'any', NULL, NULL, 'ru', 'data/aliases_ru.tsv' WHERE geopol._from_utf8('\xd187d0b5d188d181d0bad0b8d0b9'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\xd187d0b5d188d181d0bad0b0d18f'::bytea), 'CZE', 'Czech Republic', 'demonym', 'CZE', NULL, 'any', NULL, NULL, 'ru', 'data/aliases_ru.tsv' WHERE geopol._from_utf8('\xd187d0b5d188d181d0bad0b0d18f'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\xd187d0b5d188d181d0bad0bed0b5'::bytea), 'CZE', 'Czech Republic', 'demonym', 'CZE', NULL, 'any', NULL, NULL, 'ru', 'data/aliases_ru.tsv' WHERE geopol._from_utf8('\xd187d0b5d188d181d0bad0bed0b5'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\xd187d0b5d188d181d0bad0b8d0b5'::bytea), 'CZE', 'Czech Republic', 'demonym', 'CZE', NULL, 'any', NULL, NULL, 'ru', 'data/aliases_ru.tsv' WHERE geopol._from_utf8('\xd187d0b5d188d181d0bad0b8d0b5'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\xd187d0b5d188d181d0bad0bed0b3d0be'::bytea), 'CZE', 'Czech Republic', 'demonym', 'CZE', NULL, 'any', NULL, NULL, 'ru', 'data/aliases_ru.tsv' WHERE geopol._from_utf8('\xd187d0b5d188d181d0bad0bed0b3d0be'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\xd187d0b5d188d181d0bad0bed0b9'::bytea), 'CZE', 'Czech Republic', 'demonym', 'CZE', NULL, 'any', NULL, NULL, 'ru', 'data/aliases_ru.tsv' WHERE geopol._from_utf8('\xd187d0b5d188d181d0bad0bed0b9'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\xd187d0b5d188d181d0bad0bed0bcd183'::bytea), 'CZE', 'Czech Republic', 'demonym', 'CZE', NULL, 'any', NULL, NULL, 'ru', 'data/aliases_ru.tsv' WHERE geopol._from_utf8('\xd187d0b5d188d181d0bad0bed0bcd183'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\xd187d0b5d188d181d0bad0b8d0bc'::bytea), 'CZE', 'Czech Republic', 'demonym', 'CZE', NULL, 'any', NULL, NULL, 'ru', 'data/aliases_ru.tsv' WHERE geopol._from_utf8('\xd187d0b5d188d181d0bad0b8d0bc'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\xd187d0b5d188d181d0bad0b8d185'::bytea), 'CZE', 'Czech Republic', 'demonym', 'CZE', NULL, 'any', NULL, NULL, 'ru', 'data/aliases_ru.tsv' WHERE geopol._from_utf8('\xd187d0b5d188d181d0bad0b8d185'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\xd187d0b5d188d181d0bad183d18e'::bytea), 'CZE', 'Czech Republic', 'demonym', 'CZE', NULL, 'any', NULL, NULL, 'ru', 'data/aliases_ru.tsv' WHERE geopol._from_utf8('\xd187d0b5d188d181d0bad183d18e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\xd187d0b5d188d181d0bad0b8d0bcd0b8'::bytea), 'CZE', 'Czech Republic', 'demonym', 'CZE', NULL, 'any', NULL, NULL, 'ru', 'data/aliases_ru.tsv' WHERE geopol._from_utf8('\xd187d0b5d188d181d0bad0b8d0bcd0b8'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\xd187d0b5d188d181d0bad0bed0bc'::bytea), 'CZE', 'Czech Republic', 'demonym', 'CZE', NULL, 'any', NULL, NULL, 'ru', 'data/aliases_ru.tsv' WHERE geopol._from_utf8('\xd187d0b5d188d181d0bad0bed0bc'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\xd187d0b5d188d181d0bad0bed18e'::bytea), 'CZE', 'Czech Republic', 'demonym', 'CZE', NULL, 'any', NULL, NULL, 'ru', 'data/aliases_ru.tsv' WHERE geopol._from_utf8('\xd187d0b5d188d181d0bad0bed18e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\xd09fd180d0b0d0b3d0b0'::bytea), 'CZE', 'Prague', 'capital', 'CZE', 'GOV', 'cased', NULL, NULL, 'ru', 'data/aliases_ru.tsv' WHERE geopol._from_utf8('\xd09fd180d0b0d0b3d0b0'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\xd09fd180d0b0d0b3d0b8'::bytea), 'CZE', 'Prague', 'capital', 'CZE', 'GOV', 'cased', NULL, NULL, 'ru', 'data/aliases_ru.tsv' WHERE geopol._from_utf8('\xd09fd180d0b0d0b3d0b8'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\xd09fd180d0b0d0b3d0b5'::bytea), 'CZE', 'Prague', 'capital', 'CZE', 'GOV', 'cased', NULL, NULL, 'ru', 'data/aliases_ru.tsv' WHERE geopol._from_utf8('\xd09fd180d0b0d0b3d0b5'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\xd09fd180d0b0d0b3d183'::bytea), 'CZE', 'Prague', 'capital', 'CZE', 'GOV', 'cased', NULL, NULL, 'ru', 'data/aliases_ru.tsv' WHERE geopol._from_utf8('\xd09fd180d0b0d0b3d183'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\xd09fd180d0b0d0b3d0bed0b9'::bytea), 'CZE', 'Prague', 'capital', 'CZE', 'GOV', 'cased', NULL, NULL, 'ru', 'data/aliases_ru.tsv' WHERE geopol._from_utf8('\xd09fd180d0b0d0b3d0bed0b9'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\xd09fd180d0b0d0b3d0bed18e'::bytea), 'CZE', 'Prague', 'capital', 'CZE', 'GOV', 'cased', NULL, NULL, 'ru', 'data/aliases_ru.tsv' WHERE geopol._from_utf8('\xd09fd180d0b0d0b3d0bed18e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
-- data/aliases_places.tsv since 0.3.0: 0 rows out, 50 rows in
-- data/aliases_places.tsv: 50 ASCII rows, 0 rows with other characters
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) VALUES
  ('Yorkshire', NULL, 'Yorkshire', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('North Yorkshire', NULL, 'North Yorkshire', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('West Yorkshire', NULL, 'West Yorkshire', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('South Yorkshire', NULL, 'South Yorkshire', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('East Yorkshire', NULL, 'East Yorkshire', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Lancashire', NULL, 'Lancashire', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Merseyside', NULL, 'Merseyside', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Tyneside', NULL, 'Tyneside', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Teesside', NULL, 'Teesside', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Northumberland', NULL, 'Northumberland', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Cumbria', NULL, 'Cumbria', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Cheshire', NULL, 'Cheshire', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Derbyshire', NULL, 'Derbyshire', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Nottinghamshire', NULL, 'Nottinghamshire', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Lincolnshire', NULL, 'Lincolnshire', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Leicestershire', NULL, 'Leicestershire', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Staffordshire', NULL, 'Staffordshire', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Shropshire', NULL, 'Shropshire', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Warwickshire', NULL, 'Warwickshire', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Worcestershire', NULL, 'Worcestershire', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Herefordshire', NULL, 'Herefordshire', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Gloucestershire', NULL, 'Gloucestershire', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Oxfordshire', NULL, 'Oxfordshire', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Buckinghamshire', NULL, 'Buckinghamshire', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Hertfordshire', NULL, 'Hertfordshire', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Bedfordshire', NULL, 'Bedfordshire', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Northamptonshire', NULL, 'Northamptonshire', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Cambridgeshire', NULL, 'Cambridgeshire', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('East Anglia', NULL, 'East Anglia', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('West Midlands', NULL, 'West Midlands', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('East Midlands', NULL, 'East Midlands', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Surrey', NULL, 'Surrey', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Sussex', NULL, 'Sussex', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('East Sussex', NULL, 'East Sussex', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('West Sussex', NULL, 'West Sussex', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Hampshire', NULL, 'Hampshire', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Dorset', NULL, 'Dorset', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Wiltshire', NULL, 'Wiltshire', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Cornwall', NULL, 'Cornwall', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Glamorgan', NULL, 'Glamorgan', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Gwent', NULL, 'Gwent', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Gwynedd', NULL, 'Gwynedd', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Powys', NULL, 'Powys', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Strathclyde', NULL, 'Strathclyde', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Lothian', NULL, 'Lothian', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Ulster', NULL, 'Ulster', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Antrim', NULL, 'Antrim', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Armagh', NULL, 'Armagh', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Fermanagh', NULL, 'Fermanagh', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv'),
  ('Londonderry', NULL, 'Londonderry', 'region', 'GBR', NULL, 'cased', NULL, NULL, 'en', 'data/aliases_places.tsv') ON CONFLICT DO NOTHING;
-- data/aliases_places_extra.tsv since 0.3.0: 2 rows out, 0 rows in
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Juba' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Juba' AND t.kind IS NOT DISTINCT FROM 'place' AND t.country IS NOT DISTINCT FROM 'SDN' AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM '2011-07-08' AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_places_extra.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Asmara' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Asmara' AND t.kind IS NOT DISTINCT FROM 'place' AND t.country IS NOT DISTINCT FROM 'ETH' AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM '1993-05-23' AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_places_extra.tsv' LIMIT 1);
-- data/aliases_blocks.tsv since 0.3.0: 38 rows out, 38 rows in
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Paris Agreement' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Paris Agreement' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Minsk Protocol' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Minsk Protocol' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Vienna Convention' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Vienna Convention' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Oslo Accords' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Oslo Accords' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Helsinki Accords' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Helsinki Accords' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Budapest Convention' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Budapest Convention' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Lisbon Treaty' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Lisbon Treaty' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Copenhagen Accord' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Copenhagen Accord' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Ottawa Treaty' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Ottawa Treaty' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Ottawa Convention' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Ottawa Convention' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Doha Round' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Doha Round' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Uruguay Round' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Uruguay Round (GATT negotiations)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Tokyo Round' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Tokyo Round (GATT negotiations)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Geneva Convention' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Geneva Conventions' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Geneva Conventions' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Geneva Conventions' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Geneva Accords' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Geneva Accords (1954)' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Kyoto Protocol' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Kyoto Protocol' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Montreal Protocol' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Montreal Protocol' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Maastricht Treaty' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Maastricht Treaty' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Amsterdam Treaty' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Treaty of Amsterdam' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Nice Treaty' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Treaty of Nice' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Versailles Treaty' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Treaty of Versailles' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Dayton Accords' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Dayton Agreement' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Dayton Agreement' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Dayton Agreement' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Lome Convention' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM coalesce(geopol._from_utf8('\x4c6f6dc3a920436f6e76656e74696f6e'::bytea), 'Lome Convention') AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE geopol._from_utf8('\x4c6f6dc3a920436f6e76656e74696f6e'::bytea) IS NOT NULL AND t.alias IS NOT DISTINCT FROM geopol._from_utf8('\x4c6f6dc3a920436f6e76656e74696f6e'::bytea) AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM coalesce(geopol._from_utf8('\x4c6f6dc3a920436f6e76656e74696f6e'::bytea), geopol._from_utf8('\x4c6f6dc3a920436f6e76656e74696f6e'::bytea)) AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE geopol._from_utf8('\x59616f756e64c3a920436f6e76656e74696f6e'::bytea) IS NOT NULL AND t.alias IS NOT DISTINCT FROM geopol._from_utf8('\x59616f756e64c3a920436f6e76656e74696f6e'::bytea) AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM coalesce(geopol._from_utf8('\x59616f756e64c3a920436f6e76656e74696f6e'::bytea), geopol._from_utf8('\x59616f756e64c3a920436f6e76656e74696f6e'::bytea)) AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Yaounde Convention' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM coalesce(geopol._from_utf8('\x59616f756e64c3a920436f6e76656e74696f6e'::bytea), 'Yaounde Convention') AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Cotonou Agreement' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Cotonou Agreement' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Lusaka Protocol' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Lusaka Protocol' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Tashkent Declaration' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Tashkent Declaration' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Simla Agreement' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Simla Agreement' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Munich Agreement' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Munich Agreement' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Cairo Declaration' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Cairo Declaration' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Stockholm Convention' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Stockholm Convention' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Istanbul Convention' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Istanbul Convention' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Basel Accord' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Basel Accords' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Basel Accords' AND t.actor IS NOT DISTINCT FROM NULL AND t.entity IS NOT DISTINCT FROM 'Basel Accords' AND t.kind IS NOT DISTINCT FROM 'block' AND t.country IS NOT DISTINCT FROM NULL AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM NULL AND t.lang IS NOT DISTINCT FROM 'en' AND t.source = 'data/aliases_blocks.tsv' LIMIT 1);
-- data/aliases_blocks.tsv: 34 ASCII rows, 4 rows with other characters
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) VALUES
  ('Paris agreement', NULL, 'Paris Agreement', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Minsk protocol', NULL, 'Minsk Protocol', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Vienna convention', NULL, 'Vienna Convention', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Oslo accords', NULL, 'Oslo Accords', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Helsinki accords', NULL, 'Helsinki Accords', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Budapest convention', NULL, 'Budapest Convention', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Lisbon treaty', NULL, 'Lisbon Treaty', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Copenhagen accord', NULL, 'Copenhagen Accord', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Ottawa treaty', NULL, 'Ottawa Treaty', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Ottawa convention', NULL, 'Ottawa Convention', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Doha round', NULL, 'Doha Round', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Uruguay round', NULL, 'Uruguay Round (GATT negotiations)', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Tokyo round', NULL, 'Tokyo Round (GATT negotiations)', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Geneva convention', NULL, 'Geneva Conventions', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Geneva conventions', NULL, 'Geneva Conventions', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Geneva accords', NULL, 'Geneva Accords (1954)', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Kyoto protocol', NULL, 'Kyoto Protocol', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Montreal protocol', NULL, 'Montreal Protocol', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Maastricht treaty', NULL, 'Maastricht Treaty', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Amsterdam treaty', NULL, 'Treaty of Amsterdam', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Nice treaty', NULL, 'Treaty of Nice', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Versailles treaty', NULL, 'Treaty of Versailles', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Dayton accords', NULL, 'Dayton Agreement', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Dayton agreement', NULL, 'Dayton Agreement', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Cotonou agreement', NULL, 'Cotonou Agreement', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Lusaka protocol', NULL, 'Lusaka Protocol', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Tashkent declaration', NULL, 'Tashkent Declaration', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Simla agreement', NULL, 'Simla Agreement', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Munich agreement', NULL, 'Munich Agreement', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Cairo declaration', NULL, 'Cairo Declaration', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Stockholm convention', NULL, 'Stockholm Convention', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Istanbul convention', NULL, 'Istanbul Convention', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Basel accord', NULL, 'Basel Accords', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv'),
  ('Basel accords', NULL, 'Basel Accords', 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv') ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT 'Lome convention', NULL, coalesce(geopol._from_utf8('\x4c6f6dc3a920436f6e76656e74696f6e'::bytea), 'Lome convention'), 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv' WHERE 'Lome convention' IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x4c6f6dc3a920636f6e76656e74696f6e'::bytea), NULL, coalesce(geopol._from_utf8('\x4c6f6dc3a920436f6e76656e74696f6e'::bytea), geopol._from_utf8('\x4c6f6dc3a920636f6e76656e74696f6e'::bytea)), 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv' WHERE geopol._from_utf8('\x4c6f6dc3a920636f6e76656e74696f6e'::bytea) IS NOT NULL AND geopol._from_utf8('\x4c6f6dc3a920636f6e76656e74696f6e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT geopol._from_utf8('\x59616f756e64c3a920636f6e76656e74696f6e'::bytea), NULL, coalesce(geopol._from_utf8('\x59616f756e64c3a920436f6e76656e74696f6e'::bytea), geopol._from_utf8('\x59616f756e64c3a920636f6e76656e74696f6e'::bytea)), 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv' WHERE geopol._from_utf8('\x59616f756e64c3a920636f6e76656e74696f6e'::bytea) IS NOT NULL AND geopol._from_utf8('\x59616f756e64c3a920636f6e76656e74696f6e'::bytea) IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, source) SELECT 'Yaounde convention', NULL, coalesce(geopol._from_utf8('\x59616f756e64c3a920436f6e76656e74696f6e'::bytea), 'Yaounde convention'), 'block', NULL, NULL, 'cased', NULL, NULL, 'en', 'data/aliases_blocks.tsv' WHERE 'Yaounde convention' IS NOT NULL ON CONFLICT DO NOTHING;
-- data/country_weights.tsv since 0.3.0: 3 rows out, 4 rows in
DELETE FROM geopol.country_weight x WHERE x.ctid = (SELECT t.ctid FROM geopol.country_weight t WHERE t.evidence IS NOT DISTINCT FROM 'capital' AND t.weight IS NOT DISTINCT FROM '1' AND t.note IS NOT DISTINCT FROM 'a capital standing for its government (Tokyo, Washington)' AND t.source = 'data/country_weights.tsv' LIMIT 1);
DELETE FROM geopol.country_weight x WHERE x.ctid = (SELECT t.ctid FROM geopol.country_weight t WHERE t.evidence IS NOT DISTINCT FROM 'demonym' AND t.weight IS NOT DISTINCT FROM '0.5' AND t.note IS NOT DISTINCT FROM 'an adjective or people''s name (Japanese, Canadians)' AND t.source = 'data/country_weights.tsv' LIMIT 1);
DELETE FROM geopol.country_weight x WHERE x.ctid = (SELECT t.ctid FROM geopol.country_weight t WHERE t.evidence IS NOT DISTINCT FROM 'relative' AND t.weight IS NOT DISTINCT FROM '0.3' AND t.note IS NOT DISTINCT FROM 'a salient country needs at least this share of the top country''s salience' AND t.source = 'data/country_weights.tsv' LIMIT 1);
-- data/country_weights.tsv: 4 ASCII rows, 0 rows with other characters
INSERT INTO geopol.country_weight (evidence, weight, note, source) VALUES
  ('capital', '0.75', 'a capital standing for its government (Tokyo, Washington)', 'data/country_weights.tsv'),
  ('demonym', '0.6', 'an adjective or people''s name (Japanese, Canadians)', 'data/country_weights.tsv'),
  ('igo', '0.15', 'an intergovernmental organisation named (EC, OPEC): this much for the country where it sits (igo_seats.tsv); names no country', 'data/country_weights.tsv'),
  ('relative', '0.25', 'a salient country needs at least this share of the top country''s salience', 'data/country_weights.tsv') ON CONFLICT DO NOTHING;
-- data/state_parents.tsv since 0.3.0: 0 rows out, 23 rows in
-- data/state_parents.tsv: 23 ASCII rows, 0 rows with other characters
INSERT INTO geopol.state_parent (actor, parent, valid_from, valid_to, note, source) VALUES
  ('UKR', 'SUN', '1922-12-30', '1991-12-26', 'Ukrainian SSR', 'data/state_parents.tsv'),
  ('BLR', 'SUN', '1922-12-30', '1991-12-26', 'Byelorussian SSR', 'data/state_parents.tsv'),
  ('GEO', 'SUN', '1922-12-30', '1991-12-26', 'Georgian SSR', 'data/state_parents.tsv'),
  ('ARM', 'SUN', '1922-12-30', '1991-12-26', 'Armenian SSR', 'data/state_parents.tsv'),
  ('AZE', 'SUN', '1922-12-30', '1991-12-26', 'Azerbaijan SSR', 'data/state_parents.tsv'),
  ('MDA', 'SUN', '1940-08-02', '1991-12-26', 'Moldavian SSR', 'data/state_parents.tsv'),
  ('KAZ', 'SUN', '1922-12-30', '1991-12-26', 'Kazakh SSR', 'data/state_parents.tsv'),
  ('UZB', 'SUN', '1924-10-27', '1991-12-26', 'Uzbek SSR', 'data/state_parents.tsv'),
  ('TKM', 'SUN', '1924-10-27', '1991-12-26', 'Turkmen SSR', 'data/state_parents.tsv'),
  ('KGZ', 'SUN', '1924-10-14', '1991-12-26', 'Kirghiz SSR', 'data/state_parents.tsv'),
  ('TJK', 'SUN', '1924-10-14', '1991-12-26', 'Tajik SSR', 'data/state_parents.tsv'),
  ('EST', 'SUN', '1940-08-06', '1991-09-06', 'Estonian SSR (annexation not recognised by many states)', 'data/state_parents.tsv'),
  ('LVA', 'SUN', '1940-08-05', '1991-09-06', 'Latvian SSR (annexation not recognised by many states)', 'data/state_parents.tsv'),
  ('LTU', 'SUN', '1940-08-03', '1991-09-06', 'Lithuanian SSR (annexation not recognised by many states)', 'data/state_parents.tsv'),
  ('SVN', 'YUG', '1918-12-01', '1991-06-25', 'Socialist Republic of Slovenia', 'data/state_parents.tsv'),
  ('HRV', 'YUG', '1918-12-01', '1991-06-25', 'Socialist Republic of Croatia', 'data/state_parents.tsv'),
  ('MKD', 'YUG', '1918-12-01', '1991-09-08', 'Socialist Republic of Macedonia', 'data/state_parents.tsv'),
  ('BIH', 'YUG', '1918-12-01', '1992-03-03', 'Socialist Republic of Bosnia and Herzegovina', 'data/state_parents.tsv'),
  ('CZE', 'CSK', '1918-10-28', '1993-01-01', 'Czech Socialist Republic', 'data/state_parents.tsv'),
  ('SVK', 'CSK', '1918-10-28', '1993-01-01', 'Slovak Socialist Republic', 'data/state_parents.tsv'),
  ('ERI', 'ETH', '1952-09-15', '1993-05-24', 'Eritrea federated with, then annexed by Ethiopia', 'data/state_parents.tsv'),
  ('SSD', 'SDN', '1956-01-01', '2011-07-09', 'Southern Sudan', 'data/state_parents.tsv'),
  ('BGD', 'PAK', '1947-08-14', '1971-12-16', 'East Pakistan', 'data/state_parents.tsv') ON CONFLICT DO NOTHING;
-- data/igo_seats.tsv since 0.3.0: 0 rows out, 60 rows in
-- data/igo_seats.tsv: 60 ASCII rows, 0 rows with other characters
INSERT INTO geopol.igo_seat (igo, seat, note, source) VALUES
  ('UN', 'USA', 'New York', 'data/igo_seats.tsv'),
  ('EC', 'BEL', 'Brussels', 'data/igo_seats.tsv'),
  ('EU', 'BEL', 'Brussels', 'data/igo_seats.tsv'),
  ('NATO', 'BEL', 'Brussels', 'data/igo_seats.tsv'),
  ('WP', 'SUN', 'Moscow (political consultative committee)', 'data/igo_seats.tsv'),
  ('CMEA', 'SUN', 'Moscow', 'data/igo_seats.tsv'),
  ('ASEAN', 'IDN', 'Jakarta', 'data/igo_seats.tsv'),
  ('OAU', 'ETH', 'Addis Ababa', 'data/igo_seats.tsv'),
  ('AU', 'ETH', 'Addis Ababa', 'data/igo_seats.tsv'),
  ('OAS', 'USA', 'Washington', 'data/igo_seats.tsv'),
  ('SCO', 'CHN', 'Beijing', 'data/igo_seats.tsv'),
  ('APEC', 'SGP', 'Singapore', 'data/igo_seats.tsv'),
  ('OPEC', 'AUT', 'Vienna', 'data/igo_seats.tsv'),
  ('OAPEC', 'KWT', 'Kuwait City', 'data/igo_seats.tsv'),
  ('IMF', 'USA', 'Washington', 'data/igo_seats.tsv'),
  ('WB', 'USA', 'Washington', 'data/igo_seats.tsv'),
  ('GATT', 'CHE', 'Geneva', 'data/igo_seats.tsv'),
  ('WTO', 'CHE', 'Geneva', 'data/igo_seats.tsv'),
  ('OSCE', 'AUT', 'Vienna', 'data/igo_seats.tsv'),
  ('GCC', 'SAU', 'Riyadh', 'data/igo_seats.tsv'),
  ('ARL', 'EGY', 'Cairo', 'data/igo_seats.tsv'),
  ('CIS', 'BLR', 'Minsk', 'data/igo_seats.tsv'),
  ('EAEU', 'RUS', 'Moscow', 'data/igo_seats.tsv'),
  ('CSTO', 'RUS', 'Moscow', 'data/igo_seats.tsv'),
  ('MERCOSUR', 'URY', 'Montevideo', 'data/igo_seats.tsv'),
  ('ECOWAS', 'NGA', 'Abuja', 'data/igo_seats.tsv'),
  ('SAARC', 'NPL', 'Kathmandu', 'data/igo_seats.tsv'),
  ('OECD', 'FRA', 'Paris', 'data/igo_seats.tsv'),
  ('IAEA', 'AUT', 'Vienna', 'data/igo_seats.tsv'),
  ('WHO', 'CHE', 'Geneva', 'data/igo_seats.tsv'),
  ('ICC', 'NLD', 'The Hague', 'data/igo_seats.tsv'),
  ('OIC', 'SAU', 'Jeddah', 'data/igo_seats.tsv'),
  ('CWN', 'GBR', 'London', 'data/igo_seats.tsv'),
  ('COE', 'FRA', 'Strasbourg', 'data/igo_seats.tsv'),
  ('EFTA', 'CHE', 'Geneva', 'data/igo_seats.tsv'),
  ('WEU', 'BEL', 'Brussels', 'data/igo_seats.tsv'),
  ('UNESCO', 'FRA', 'Paris', 'data/igo_seats.tsv'),
  ('FAO', 'ITA', 'Rome', 'data/igo_seats.tsv'),
  ('ILO', 'CHE', 'Geneva', 'data/igo_seats.tsv'),
  ('OPCW', 'NLD', 'The Hague', 'data/igo_seats.tsv'),
  ('INTERPOL', 'FRA', 'Lyon', 'data/igo_seats.tsv'),
  ('ADB', 'PHL', 'Manila', 'data/igo_seats.tsv'),
  ('AFDB', 'CIV', 'Abidjan', 'data/igo_seats.tsv'),
  ('IDB', 'USA', 'Washington', 'data/igo_seats.tsv'),
  ('EBRD', 'GBR', 'London', 'data/igo_seats.tsv'),
  ('AIIB', 'CHN', 'Beijing', 'data/igo_seats.tsv'),
  ('BIS', 'CHE', 'Basel', 'data/igo_seats.tsv'),
  ('IEA', 'FRA', 'Paris', 'data/igo_seats.tsv'),
  ('SADC', 'BWA', 'Gaborone', 'data/igo_seats.tsv'),
  ('EAC', 'TZA', 'Arusha', 'data/igo_seats.tsv'),
  ('CARICOM', 'GUY', 'Georgetown', 'data/igo_seats.tsv'),
  ('ANDEAN', 'PER', 'Lima', 'data/igo_seats.tsv'),
  ('IGAD', 'DJI', 'Djibouti', 'data/igo_seats.tsv'),
  ('AMU', 'MAR', 'Rabat', 'data/igo_seats.tsv'),
  ('PIF', 'FJI', 'Suva', 'data/igo_seats.tsv'),
  ('PARIS_CLUB', 'FRA', 'Paris', 'data/igo_seats.tsv'),
  ('ICO', 'GBR', 'London', 'data/igo_seats.tsv'),
  ('ICCO', 'GBR', 'London', 'data/igo_seats.tsv'),
  ('ITC', 'GBR', 'London', 'data/igo_seats.tsv'),
  ('INRO', 'MYS', 'Kuala Lumpur', 'data/igo_seats.tsv') ON CONFLICT DO NOTHING;
CREATE TRIGGER state_parent_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON geopol.state_parent
    FOR EACH STATEMENT EXECUTE FUNCTION geopol._dictionary_changed();

-- ================================================================ sql/updates/0.4.0--0.5.0.sql
-- geopol 0.4.0 -> 0.5.0: state changes only (the code is replaced whole after
-- this file; rules in sql/updates/README.md).

-- ------------------------------------------------------------ countries
-- an indicator may be a phrase ("selling concession": the fees of a eurobond issue)
COMMENT ON TABLE geopol.country_indicator IS
    'Words and phrases (matched case-sensitively on tokens; a term of several words separated by spaces is a phrase, its words separated by any white space in the text) that suggest a country: currency units, company forms, markets. weight counts in a document that names no country, named_weight (0: nothing) in one that names a country (eurobond still says London when the issuer''s country is named). geopol.countries() reports a country that only such words support as inferred, with the words as evidence. A negative weight speaks against the country: when such a word occurs, the document''s indicator words give that country nothing (Ltd is no U.S. company form, so dlrs then says nothing).';

-- ------------------------------------------------------------ shipped data
-- the rows of the data files that changed since 0.4.0 (tools/build_sql.pl
-- writes them from git): rows users added, and shipped rows they removed or
-- changed that this release leaves alone, stay as they are
-- data/country_indicators.tsv since 0.4.0: 0 rows out, 2 rows in
-- data/country_indicators.tsv: 2 ASCII rows, 0 rows with other characters
INSERT INTO geopol.country_indicator (term, country, weight, named_weight, source) VALUES
  ('selling concession', 'GBR', '1', '1.5', 'data/country_indicators.tsv'),
  ('management and underwriting', 'GBR', '1', '1.5', 'data/country_indicators.tsv') ON CONFLICT DO NOTHING;
-- data/aliases_en.tsv since 0.4.0: 2 rows out, 2 rows in
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Congo' AND t.actor IS NOT DISTINCT FROM 'COG' AND t.entity IS NOT DISTINCT FROM 'Republic of the Congo' AND t.kind IS NOT DISTINCT FROM 'state' AND t.country IS NOT DISTINCT FROM 'COG' AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM '1997-05-17' AND t.lang IS NOT DISTINCT FROM 'en' AND t.given_name IS NOT DISTINCT FROM 'false' AND t.source = 'data/aliases_en.tsv' LIMIT 1);
DELETE FROM geopol.alias x WHERE x.ctid = (SELECT t.ctid FROM geopol.alias t WHERE t.alias IS NOT DISTINCT FROM 'Congolese' AND t.actor IS NOT DISTINCT FROM 'COG' AND t.entity IS NOT DISTINCT FROM 'Republic of the Congo' AND t.kind IS NOT DISTINCT FROM 'demonym' AND t.country IS NOT DISTINCT FROM 'COG' AND t.sector IS NOT DISTINCT FROM NULL AND t.match IS NOT DISTINCT FROM 'cased' AND t.valid_from IS NOT DISTINCT FROM NULL AND t.valid_to IS NOT DISTINCT FROM '1997-05-17' AND t.lang IS NOT DISTINCT FROM 'en' AND t.given_name IS NOT DISTINCT FROM 'false' AND t.source = 'data/aliases_en.tsv' LIMIT 1);
-- data/aliases_en.tsv: 2 ASCII rows, 0 rows with other characters
INSERT INTO geopol.alias (alias, actor, entity, kind, country, sector, match, valid_from, valid_to, lang, given_name, source) VALUES
  ('Congo', 'COG', 'Republic of the Congo', 'state', 'COG', NULL, 'cased', NULL, NULL, 'en', 'false', 'data/aliases_en.tsv'),
  ('Congolese', 'COG', 'Republic of the Congo', 'demonym', 'COG', NULL, 'cased', NULL, NULL, 'en', 'false', 'data/aliases_en.tsv') ON CONFLICT DO NOTHING;

-- ================================================================ sql/code/05_base.sql
-- Functions the state of geopol depends on: generated columns, data loads,
-- dictionary triggers and row-level security policies call them, so they
-- come before the tables in a fresh install (an update replaces them with
-- the rest of the code).

CREATE OR REPLACE FUNCTION geopol._from_utf8(bytea) RETURNS text
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'geopol_from_utf8';
COMMENT ON FUNCTION geopol._from_utf8(bytea) IS
    'UTF-8 bytes as text in the database encoding, NULL when the encoding cannot hold them (used to load data files into databases of any encoding).';

CREATE OR REPLACE FUNCTION geopol.icu_version() RETURNS text
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'geopol_icu_version';
COMMENT ON FUNCTION geopol.icu_version() IS
    'Version of the ICU library geopol segments and normalises text with; results of tokens(), sentences() and the geopol.icu parser depend on it (REINDEX indexes built on them after an ICU upgrade).';

CREATE OR REPLACE FUNCTION geopol._norms(alias text) RETURNS text[]
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'geopol_norms';
COMMENT ON FUNCTION geopol._norms(text) IS
    'The token norms of a name as the matcher compares them (what geopol.tokens(name) gives as norm).';

-- SECURITY DEFINER: whoever may edit a dictionary table bumps geopol.dictionary_version
CREATE OR REPLACE FUNCTION geopol._dictionary_changed() RETURNS trigger
    LANGUAGE c SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS 'MODULE_PATHNAME', 'geopol_dictionary_changed';

-- Country names in every CLDR locale ICU ships, generated by ICU itself.
CREATE OR REPLACE FUNCTION geopol._cldr_country_names(OUT code text, OUT lang text, OUT name text)
    RETURNS SETOF record
    LANGUAGE c STABLE STRICT PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'geopol_cldr_country_names';
COMMENT ON FUNCTION geopol._cldr_country_names() IS
    'Display names of the ISO 3166 territories in every locale of the ICU library in use (CLDR data).';

CREATE OR REPLACE FUNCTION geopol._stems(phrase text) RETURNS text[]
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'geopol_stems';
COMMENT ON FUNCTION geopol._stems(text) IS
    'The stemmed token norms of a cue or topic term as the matcher compares them ("*" stays a gap).';

-- The columns of a result part are the OUT columns of its set-returning
-- function, which are also the keys geopol.analyze() gives each element.
-- The columns of a part as a list: item, a format() string, is applied to
-- each column, where %1$I is its quoted name, %2$s its type and %3$I the
-- name prefixed with the part's initial as geopol._analyze_rows() gives it
-- ('%1$I %2$s' gives column definitions, '(m).%1$I AS %1$I' the fields of a
-- geopol.mention_row value m, 'r.%3$I' the r_ columns of _analyze_rows).
-- May the current role read the results in this table (one of a tracked
-- table's result tables)?  Used by the row-level security policies, once per
-- query: true while the role has SELECT on the source table.
-- Has the current role the rights of the owner of tracked table src?
-- Analysis errors that belong to the document (recorded in geopol.failure,
-- and refresh goes on) rather than to the system (the batch is rolled back,
-- its documents stay queued, refresh stops with the error): data exceptions
-- (invalid UTF-8 ...), program limits, out of memory, errors raised by the
-- analysis code itself.  Cancellation is never caught.

-- statement trigger on the tables geopol.countries() weighs with: every backend reads them again
CREATE OR REPLACE FUNCTION geopol._countries_changed() RETURNS trigger
    LANGUAGE c
    AS 'MODULE_PATHNAME', 'geopol_countries_changed';

-- A row of the user's (source user) with the key of a shipped row replaces
-- it: an INSERT overrides a shipped weight, role or rule, and a pg_dump
-- (which keeps the users' rows) restores into a fresh install, whose shipped
-- row would otherwise hold the key.  TG_ARGV: the key's columns.  The caller's
-- rights: deleting the shipped row needs DELETE on the table, asked only when
-- there is one.
CREATE OR REPLACE FUNCTION geopol._user_row_replaces() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    cond text;
    shipped boolean;
BEGIN
    SELECT pg_catalog.string_agg(pg_catalog.format('t.%I IS NOT DISTINCT FROM ($1).%I', c, c), ' AND ')
      INTO cond FROM pg_catalog.unnest(TG_ARGV) AS k(c);
    EXECUTE pg_catalog.format('SELECT EXISTS (SELECT 1 FROM %I.%I t WHERE t.source <> ''user'' AND %s)',
                              TG_TABLE_SCHEMA, TG_TABLE_NAME, cond)
       INTO shipped USING NEW;
    IF shipped THEN
        EXECUTE pg_catalog.format('DELETE FROM %I.%I t WHERE t.source <> ''user'' AND %s',
                                  TG_TABLE_SCHEMA, TG_TABLE_NAME, cond)
           USING NEW;
    END IF;
    RETURN NEW;
END
$fn$;
REVOKE ALL ON FUNCTION geopol._user_row_replaces() FROM PUBLIC;

CREATE OR REPLACE FUNCTION geopol._has_word(name text) RETURNS boolean
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'geopol_has_word';
COMMENT ON FUNCTION geopol._has_word(text) IS
    'Whether name has a word, number or ideographic token with a norm: what a dictionary name needs to be matched at all (punctuation, symbols and invisible characters alone never are).';

-- ================================================================ sql/code/55_access.sql
-- Helpers of tracking that the row-level security policies and the tracking
-- API share (after the tables they read, before the policies that call them).

CREATE OR REPLACE FUNCTION geopol._base_type(t regtype) RETURNS regtype
    LANGUAGE sql STABLE STRICT
    SET search_path = pg_catalog, pg_temp
    AS $$
    WITH RECURSIVE d(oid, base, depth) AS (
        SELECT ty.oid, ty.typbasetype, 0 FROM pg_catalog.pg_type ty WHERE ty.oid = t
        UNION ALL
        SELECT ty.oid, ty.typbasetype, d.depth + 1
        FROM d JOIN pg_catalog.pg_type ty ON ty.oid = d.base
        WHERE d.base <> 0 AND d.depth < 32)
    SELECT d.oid::regtype FROM d ORDER BY d.depth DESC LIMIT 1
$$;

-- The columns of a result part: the attributes of its row type
-- (geopol.mention_row, relation_row, topic_row: pg_rows.h defines them),
-- which are also the columns of its set-returning function and the keys
-- geopol.analyze() gives each element.
CREATE OR REPLACE FUNCTION geopol._part_columns(part text, OUT name text, OUT type text, OUT ord int)
    RETURNS SETOF record
    LANGUAGE sql STABLE STRICT
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT a.attname::text, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnum::int
    FROM pg_catalog.pg_attribute a
    WHERE a.attrelid = (CASE part
                          WHEN 'mentions' THEN 'geopol.mention_row'
                          WHEN 'relations' THEN 'geopol.relation_row'
                          WHEN 'topics' THEN 'geopol.topic_row'
                        END)::regclass
      AND a.attnum > 0 AND NOT a.attisdropped
    ORDER BY a.attnum
$$;

CREATE OR REPLACE FUNCTION geopol._part_cols(part text, item text) RETURNS text
    LANGUAGE sql STABLE STRICT
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT pg_catalog.string_agg(pg_catalog.format(item, c.name, c.type, pg_catalog.left(part, 1) || '_' || c.name),
                                 ', ' ORDER BY c.ord)
    FROM geopol._part_columns(part) c
$$;

CREATE OR REPLACE FUNCTION geopol._can_read(result regclass) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT coalesce((SELECT pg_catalog.has_table_privilege(t.source, 'SELECT')
                     FROM geopol.tracked t
                     WHERE result IN (t.docs_table, t.mentions_table, t.relations_table,
                                      t.topics_table, t.queue_table, t.log_table)), false)
$$;

CREATE OR REPLACE FUNCTION geopol._is_owner(src regclass) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT coalesce((SELECT pg_catalog.pg_has_role(c.relowner, 'USAGE')
                     FROM geopol.tracked t JOIN pg_catalog.pg_class c ON c.oid = t.source
                     WHERE t.source = src), false)
$$;

CREATE OR REPLACE FUNCTION geopol._document_error(state text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT pg_catalog.left(state, 2) IN ('22', '54', '38', '39', '2F', 'XX', 'P0') OR state = '53200'
$$;

-- One statement with the rights of rel's owner, under
-- SECURITY_RESTRICTED_OPERATION, with search_path pinned and the owner's
-- settings undone afterwards (src/pg/pg_owner.c): how refresh(), track()
-- and requeue() reach a table and the code its owner wrote.  The caller
-- must have the privileges of the owner.  Rows as the column definition list
-- says; parameters as text ($1::int ...).
CREATE OR REPLACE FUNCTION geopol._as_owner(rel regclass, query text, params text[] DEFAULT NULL)
    RETURNS SETOF record
    LANGUAGE c
    AS 'MODULE_PATHNAME', 'geopol_as_owner';
COMMENT ON FUNCTION geopol._as_owner(regclass, text, text[]) IS
    'Internal: runs query with the rights of the owner of rel, in a security-restricted operation with search_path = pg_catalog (as REFRESH MATERIALIZED VIEW does); the caller must have the privileges of that owner.';

-- ================================================================ sql/code/60_text.sql

-- ------------------------------------------------------------------ text

-- COST is honest, so that the planner runs a large table's documents in parallel workers by itself:
-- the cost of one call on a news article of 625 bytes (the corpus's mean) in units of cpu_operator_cost
-- (an int4 +, 33 instructions by callgrind), from bench/callgrind's instructions per MB:
-- COST = instr/MB * 625e-6 / 33, two significant digits.  The planner charges a set-returning
-- function's COST once per call (cost_functionscan), as for any other function.  The number of
-- workers still follows the table's size (one, then one more per tripling above
-- min_parallel_table_scan_size) or its parallel_workers setting.

CREATE OR REPLACE FUNCTION geopol.tokens(doc text,
    OUT ord int, OUT sentence int, OUT token text, OUT norm text,
    OUT kind text, OUT start_pos int, OUT len int)
    RETURNS SETOF record
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
    ROWS 200 COST 7900
    AS 'MODULE_PATHNAME', 'geopol_tokens';
COMMENT ON FUNCTION geopol.tokens(text) IS
    'Words, numbers, ideographic words, punctuation and symbols of doc (ICU word breaks), with NFKC case-folded norm, 1-based sentence number and 1-based character positions: substr(doc, start_pos, len) = token.';

CREATE OR REPLACE FUNCTION geopol.sentences(doc text,
    OUT sentence int, OUT start_pos int, OUT len int, OUT text text)
    RETURNS SETOF record
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
    ROWS 20 COST 830
    AS 'MODULE_PATHNAME', 'geopol_sentences';
COMMENT ON FUNCTION geopol.sentences(text) IS
    'Sentences of doc: ICU sentence breaks, plus headings and blank lines as boundaries, abbreviations and footnote markers kept inside. substr(doc, start_pos, len) = text.';

-- text search parser and configuration on the same tokenizer
CREATE OR REPLACE FUNCTION geopol._prs_start(internal, int4) RETURNS internal
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE AS 'MODULE_PATHNAME', 'geopol_prs_start';
CREATE OR REPLACE FUNCTION geopol._prs_gettoken(internal, internal, internal) RETURNS internal
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE AS 'MODULE_PATHNAME', 'geopol_prs_gettoken';
CREATE OR REPLACE FUNCTION geopol._prs_end(internal) RETURNS void
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE AS 'MODULE_PATHNAME', 'geopol_prs_end';
CREATE OR REPLACE FUNCTION geopol._prs_lextype(internal) RETURNS internal
    LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE AS 'MODULE_PATHNAME', 'geopol_prs_lextype';

-- ================================================================ sql/code/62_mentions.sql
-- ------------------------------------------------------------ mentions

CREATE OR REPLACE FUNCTION geopol.mentions(doc text, doc_date date DEFAULT NULL)
    RETURNS SETOF geopol.mention_row
    LANGUAGE c STABLE PARALLEL SAFE
    ROWS 20 COST 2600	-- see 60_text.sql
    AS 'MODULE_PATHNAME', 'geopol_mentions';
COMMENT ON FUNCTION geopol.mentions(text, date) IS
    'Mentions of states, capitals, institutions, demonyms, leaders (time-aware with doc_date), IGOs, regions and places in doc, resolved through the geopol.alias dictionary. substr(doc, start_pos, len) = surface.';

CREATE OR REPLACE FUNCTION geopol.dictionary_stats(OUT names int, OUT entries int, OUT nodes int,
    OUT memory_bytes bigint, OUT compile_ms float8, OUT compiled_at timestamptz)
    LANGUAGE c STABLE PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'geopol_dictionary_stats';
COMMENT ON FUNCTION geopol.dictionary_stats() IS
    'The compiled dictionary of this backend (compiling it if needed): size, memory and compile time.';

CREATE OR REPLACE FUNCTION geopol.dictionary_snapshot(OUT source text, OUT version bigint,
    OUT bytes bigint, OUT file text)
    LANGUAGE c STABLE PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'geopol_dictionary_snapshot';
COMMENT ON FUNCTION geopol.dictionary_snapshot() IS
    'Where this session''s compiled dictionary comes from (a snapshot shared by every session, mapped from a file under the data directory, or compiled by this session), its version, its bytes and its file.';

-- ================================================================ sql/code/63_relations.sql

-- ------------------------------------------------------------ relations

CREATE OR REPLACE FUNCTION geopol.relations(doc text, doc_date date DEFAULT NULL)
    RETURNS SETOF geopol.relation_row
    LANGUAGE c STABLE PARALLEL SAFE
    ROWS 10 COST 3000	-- see 60_text.sql
    AS 'MODULE_PATHNAME', 'geopol_relations';
COMMENT ON FUNCTION geopol.relations(text, date) IS
    'Who does what to whom: PLOVER-typed relations between actor mentions, found by cue patterns; cue/start_pos/len point at the words that triggered the row, evidence is the sentence, rule the pattern.';

-- ================================================================ sql/code/64_topics.sql

-- ------------------------------------------------------------ topics

CREATE OR REPLACE FUNCTION geopol.topics(doc text)
    RETURNS SETOF geopol.topic_row
    LANGUAGE c STABLE PARALLEL SAFE
    ROWS 8 COST 2600	-- see 60_text.sql
    AS 'MODULE_PATHNAME', 'geopol_topics';
COMMENT ON FUNCTION geopol.topics(text) IS
    'Topics of doc from geopol.topic_term hits: score = weighted hits per 100 words (documents under 50 words count as 50), hits = term occurrences, terms = the terms that counted. A topic needs weighted hits of at least 2.';

-- ================================================================ sql/code/65_analyze.sql
-- ------------------------------------------------------------ one call

CREATE OR REPLACE FUNCTION geopol.analyze(doc text, doc_date date DEFAULT NULL) RETURNS jsonb
    LANGUAGE c STABLE PARALLEL SAFE
    COST 5100	-- see 60_text.sql
    AS 'MODULE_PATHNAME', 'geopol_analyze';
COMMENT ON FUNCTION geopol.analyze(text, date) IS
    'Sentences, mentions, relations and topics of doc in one pass: {"sentences": n, "mentions": [...], "relations": [...], "topics": [...]}, each element keyed like the columns of the matching set-returning function.';

CREATE OR REPLACE FUNCTION geopol.actor_tsvector(doc text) RETURNS tsvector
    LANGUAGE c IMMUTABLE PARALLEL SAFE
    COST 2200	-- see 60_text.sql
    AS 'MODULE_PATHNAME', 'geopol_actor_tsvector';
COMMENT ON FUNCTION geopol.actor_tsvector(text) IS
    'The actor codes doc mentions, lower-cased, as a tsvector for a GIN expression index: WHERE geopol.actor_tsvector(body) @@ ''rus & chn''. Declared IMMUTABLE like to_tsvector(regconfig, text): after editing the dictionary tables (or an ICU upgrade), REINDEX such indexes.';

-- ================================================================ sql/code/66_countries.sql

-- ------------------------------------------------------------ countries
-- What a document is about, country by country (src/pg/pg_countries.c). Every
-- weight is data: geopol.country_weight (kinds, headline, list, market cap,
-- salience rule), geopol.mention_role (patterns around a mention),
-- geopol.ticker_rule (ticker symbols) and geopol.country_indicator (currency
-- and company-form words, counted only when no country is named).

CREATE OR REPLACE FUNCTION geopol.countries(doc text, doc_date date DEFAULT NULL, min_salience real DEFAULT 1.5,
    OUT country text, OUT salience real, OUT mentions int, OUT first_sentence int,
    OUT salient boolean, OUT inferred boolean, OUT evidence text[], OUT evidence_types text[])
    RETURNS SETOF record
    LANGUAGE c STABLE PARALLEL SAFE
    ROWS 5 COST 10000	-- see 60_text.sql
    AS 'MODULE_PATHNAME', 'geopol_countries';
COMMENT ON FUNCTION geopol.countries(text, date, real) IS
    'The countries doc concerns. salience = the mentions of a country weighted by kind, headline, list and role (geopol.country_weight, geopol.mention_role) plus market evidence: ticker symbols (geopol.ticker_rule) and, in a document naming no country, currency and company-form words (geopol.country_indicator), at most market_cap. salient = salience >= min_salience and >= relative x the top salience, or the top country with salience >= top_min. inferred = no mention names the country (market evidence, or blocked names with a home country such as Swiss franc, weight block, only). evidence: the surfaces and symbols; evidence_types: the kinds, roles and market evidence seen.';

-- ================================================================ sql/code/68_citus.sql
-- ------------------------------------------------------------ Citus
-- geopol on a Citus cluster (README "Scaling out with Citus").  Nothing here
-- needs Citus: every function finds out at run time whether the citus
-- extension is in this database and what a table is to it, and geopol
-- works as on one node where it is not.
--
-- What is distributed.  track() of a hash-distributed table distributes its
-- result tables (_docs, _relations), queue and log, colocated with the
-- source on its distribution column, which is the key (a unique key of a
-- distributed table must be its distribution column): a document's results
-- live on the worker that holds the document, in the shards with the same
-- hash range.  A sixth table, _shards, holds one key per shard of the
-- source: refresh() reaches every shard by a query over it that Citus pushes
-- down, one task per shard (see _refresh_shard in 75_refresh.sql).
--
-- Change capture.  Citus fires a distributed table's triggers on its shards,
-- on the workers; there the trigger arguments name the key column and the log
-- (pg_keylog.c), and the keys go into the log's colocated shard.  Citus
-- moves and splits colocated shards together, and its metadata on every
-- node says where each is, so capture follows shard moves and rebalancing.
--
-- Privileges.  The result tables' read policy cannot call geopol._can_read()
-- on the workers (geopol.tracked is the coordinator's) nor contain a
-- sub-select (Citus refuses it): it checks SELECT on the source by name,
-- has_table_privilege('schema.table', 'SELECT'), which every node answers
-- from its own copy of the source's privileges (Citus propagates GRANT and
-- REVOKE).  Renaming the source rewrites the policies (the event trigger
-- geopol_alter_table).  The name is text, not a regclass constant, so that
-- DROP TABLE of the source is not blocked by the policy (it untracks, as on
-- one node).

-- The coordinator's regclass, as a call the planner does not fold (see
-- src/pg/pg_citus.c): the union views give source_table of a distributed
-- table's rows with it.
CREATE OR REPLACE FUNCTION geopol._regclass(oid) RETURNS regclass
    LANGUAGE c STABLE STRICT PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'geopol_regclass';

CREATE OR REPLACE FUNCTION geopol._creating_extension() RETURNS boolean
    LANGUAGE c STABLE PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'geopol_creating_extension';

-- A distributed table's result tables depend on the extension (see
-- src/pg/pg_citus.c): DROP EXTENSION geopol CASCADE drops them.
CREATE OR REPLACE FUNCTION geopol._depend_on_extension(rel regclass) RETURNS void
    LANGUAGE c STRICT
    AS 'MODULE_PATHNAME', 'geopol_depend_on_extension';
REVOKE ALL ON FUNCTION geopol._depend_on_extension(regclass) FROM PUBLIC;

-- Sets settings (name, value, name, value ...; a NULL value leaves one as
-- it is) for the rest of the transaction, and returns their values before,
-- in the same form, for the caller to set them back: a SET LOCAL inside a
-- function outlives it, unless the function's own SET clause names it.
CREATE OR REPLACE FUNCTION geopol._set_local(settings text[]) RETURNS text[]
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp   -- (never one of the settings it is given)
    AS $fn$
DECLARE
    before text[] := '{}';
BEGIN
    FOR i IN 1 .. coalesce(pg_catalog.array_length(settings, 1), 0) / 2 LOOP
        before := before || ARRAY[settings[2 * i - 1], pg_catalog.current_setting(settings[2 * i - 1], true)];
        IF settings[2 * i] IS NOT NULL THEN
            PERFORM pg_catalog.set_config(settings[2 * i - 1], settings[2 * i], true);
        END IF;
    END LOOP;
    RETURN before;
END
$fn$;

-- Is the citus extension created in this database?
CREATE OR REPLACE FUNCTION geopol._citus() RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_extension e WHERE e.extname = 'citus')
       AND pg_catalog.to_regclass('pg_catalog.pg_dist_partition') IS NOT NULL
$$;

-- What rel is to Citus: 'distributed' (hash-distributed, with a distribution
-- column), 'other' (a reference table, a Citus local table, a single-shard
-- or append-distributed table: geopol does not track those), NULL (a plain
-- table, or no Citus).
CREATE OR REPLACE FUNCTION geopol._citus_kind(rel regclass) RETURNS text
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    method "char";
BEGIN
    IF rel IS NULL OR NOT geopol._citus() THEN
        RETURN NULL;
    END IF;
    -- (dynamic: pg_dist_partition does not exist without Citus)
    EXECUTE 'SELECT p.partmethod FROM pg_catalog.pg_dist_partition p WHERE p.logicalrelid = $1'
        INTO method USING rel;
    RETURN CASE WHEN method IS NULL THEN NULL WHEN method = 'h' THEN 'distributed' ELSE 'other' END;
END
$fn$;

-- Is the tracked table t distributed (its results too)?
CREATE OR REPLACE FUNCTION geopol._is_distributed(t geopol.tracked) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
    -- (any of them: the event triggers untrack a table one of whose tables was dropped)
    SELECT geopol._citus() AND coalesce('distributed' IN (geopol._citus_kind(t.source), geopol._citus_kind(t.docs_table),
                                                          geopol._citus_kind(t.queue_table), geopol._citus_kind(t.log_table)),
                                        false)
$$;

-- The distribution column of a hash-distributed table.
CREATE OR REPLACE FUNCTION geopol._citus_distribution_column(rel regclass) RETURNS name
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    col name;
BEGIN
    IF geopol._citus_kind(rel) IS DISTINCT FROM 'distributed' THEN
        RETURN NULL;
    END IF;
    EXECUTE 'SELECT pg_catalog.column_to_column_name(p.logicalrelid, p.partkey) FROM pg_catalog.pg_dist_partition p '
            'WHERE p.logicalrelid = $1'
        INTO col USING rel;
    RETURN col;
END
$fn$;

-- Is this node the coordinator (or a database without workers)?
CREATE OR REPLACE FUNCTION geopol._citus_is_coordinator() RETURNS boolean
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    r boolean;
BEGIN
    IF NOT geopol._citus() THEN
        RETURN true;
    END IF;
    EXECUTE 'SELECT coalesce((SELECT g.groupid = 0 FROM pg_catalog.pg_dist_local_group g), true)' INTO r;
    RETURN r;
END
$fn$;

-- The local shard of distributed table rel that holds key (a text the key
-- type reads): on a worker, inside a task that Citus pushed down to that
-- shard's node.
CREATE OR REPLACE FUNCTION geopol._citus_shard(rel regclass, key text) RETURNS regclass
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    r regclass;
BEGIN
    -- (shard_name() leaves out the schema public: read the name in the table's schema)
    PERFORM pg_catalog.set_config('search_path',
                                  pg_catalog.format('%I, pg_catalog, pg_temp',
                                                    (SELECT n.nspname FROM pg_catalog.pg_class c
                                                     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                                                     WHERE c.oid = rel)),
                                  true);
    EXECUTE 'SELECT pg_catalog.shard_name($1, pg_catalog.get_shard_id_for_distribution_column($1, $2))::pg_catalog.regclass'
        INTO r USING rel, key;
    RETURN r;
END
$fn$;

-- The read policy of a distributed table's result tables: SELECT on the
-- source, by name (see above).
CREATE OR REPLACE FUNCTION geopol._citus_read_policy(src regclass) RETURNS text
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT pg_catalog.format('pg_catalog.has_table_privilege(%L::pg_catalog.text, %L::pg_catalog.text)',
                             src::text, 'SELECT')
$$;

-- Writes one key per shard of t's source into t's _shards table (after
-- track(), a shard split, or a table whose shards it no longer covers).
-- The keys are made up (1, 2, ... read as the key type; or a uuid made from
-- them), never read from the source: a shard with no row has its key too.
-- Run as the owner of the table (refresh() and track() do).
CREATE OR REPLACE FUNCTION geopol._citus_fill_shards(t geopol.tracked) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    shards_table text := pg_catalog.format('geopol.%I', t.name || '_shards');
    nshards int;
    covered int;
    have int;
    gen text;
    keys text[];
BEGIN
    EXECUTE 'SELECT pg_catalog.count(*)::int FROM pg_catalog.pg_dist_shard s WHERE s.logicalrelid = $1'
        INTO nshards USING t.source;
    EXECUTE pg_catalog.format(
        'SELECT pg_catalog.count(DISTINCT pg_catalog.get_shard_id_for_distribution_column(%1$L::pg_catalog.regclass, h.key))::int, '
        'pg_catalog.count(*)::int FROM (SELECT h.key FROM %2$s h) h', t.source, shards_table)
        INTO covered, have;
    IF covered = nshards AND have = nshards THEN
        RETURN;
    END IF;
    -- candidate keys: the first that hashes into each shard
    FOREACH gen IN ARRAY ARRAY['g::pg_catalog.text', 'pg_catalog.md5(g::pg_catalog.text)::pg_catalog.uuid::pg_catalog.text',
                                '(DATE ''2000-01-01'' + g)::pg_catalog.text'] LOOP
        BEGIN
            EXECUTE pg_catalog.format(
                'SELECT pg_catalog.array_agg(x.k) FROM ('
                '  SELECT DISTINCT ON (c.shard) c.k FROM ('
                '    SELECT v.k, pg_catalog.get_shard_id_for_distribution_column(%1$L::pg_catalog.regclass, v.k) AS shard'
                '    FROM (SELECT (%2$s)::%3$s::pg_catalog.text AS k FROM pg_catalog.generate_series(1, 50000) g) v) c'
                '  ORDER BY c.shard) x',
                t.source, gen, pg_catalog.format_type(t.key_type, NULL))
                INTO keys;
        EXCEPTION WHEN data_exception OR invalid_text_representation OR numeric_value_out_of_range THEN
            keys := NULL;
        END;
        EXIT WHEN pg_catalog.cardinality(keys) = nshards;
    END LOOP;
    IF pg_catalog.cardinality(keys) IS DISTINCT FROM nshards THEN
        RAISE EXCEPTION 'cannot find a key of type % for each of the % shards of %', t.key_type, nshards, t.source
            USING ERRCODE = 'feature_not_supported',
                  HINT = 'geopol tracks distributed tables whose key is a number, a text or a uuid.';
    END IF;
    EXECUTE pg_catalog.format('DELETE FROM %s', shards_table);
    EXECUTE pg_catalog.format('INSERT INTO %s (key) SELECT k::%s FROM pg_catalog.unnest($1) AS k',
                              shards_table, pg_catalog.format_type(t.key_type, NULL))
        USING keys;
END
$fn$;

-- After the source of distributed table t was renamed or moved to another
-- schema: its results' read policies name it again (see above).  Run by the
-- event trigger geopol_alter_table, as the extension's owner.
CREATE OR REPLACE FUNCTION geopol._citus_sync_policies(t geopol.tracked) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    tbl regclass;
BEGIN
    FOREACH tbl IN ARRAY ARRAY[t.docs_table, t.relations_table, t.queue_table, t.log_table] LOOP
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_policy p
                   WHERE p.polrelid = tbl AND p.polname = 'readers_of_source'
                     AND pg_catalog.strpos(pg_catalog.pg_get_expr(p.polqual, p.polrelid),
                                           pg_catalog.quote_literal(t.source::text)) = 0) THEN
            EXECUTE pg_catalog.format('ALTER POLICY readers_of_source ON %s USING (%s)',
                                      tbl, geopol._citus_read_policy(t.source));
        END IF;
    END LOOP;
END
$fn$;
REVOKE ALL ON FUNCTION geopol._citus_sync_policies(geopol.tracked) FROM PUBLIC;

-- ================================================================ sql/code/69_citus_dictionary.sql
-- ------------------------------------------------------------ Citus: the dictionary on every node
-- Every node of a Citus cluster analyses text with its own copy of the
-- dictionary tables (CREATE EXTENSION installs them on each node; the
-- compiled dictionary is each node's own snapshot).  Edits made on the
-- coordinator are copied to the workers in the editing transaction:
--
--   * on the coordinator, statement triggers with transition tables on each
--     data table (geopol_sync_*, created by _citus_capture_triggers() when
--     geopol is installed or updated on a Citus coordinator) write the rows
--     a statement deleted and wrote into geopol.dictionary_sync, a Citus
--     reference table: Citus writes it on every node in the same (two-phase)
--     transaction;
--   * on each worker, a trigger on that table's placement
--     (_dictionary_apply) applies the rows to the worker's own table, as
--     logical replication applies changes (session_replication_role =
--     replica: the coordinator checked the foreign keys), then bumps the
--     worker's geopol.dictionary_version, which its backends see at their
--     next statement;
--   * the rows are deleted again at once: dictionary_sync keeps only which
--     nodes have the whole dictionary.  A node added later (citus_add_node),
--     and every node after ALTER EXTENSION geopol UPDATE, is made equal to
--     the coordinator at the next dictionary edit, track(), refresh(), or
--     geopol.citus_sync(): each node's tables are compared with the
--     coordinator's in 64 buckets of rows (an md5 of each bucket, read from
--     the workers with run_command_on_workers), and the buckets that differ
--     on any node are sent ('full' rows: the node's rows of those buckets
--     are made equal to the coordinator's, identity sequences included).  A
--     node installed with the same version differs in the users' edits only.
--
-- Changes made by CREATE or ALTER EXTENSION are not copied: Citus runs the
-- extension's scripts on every node.  Edit the dictionary on the
-- coordinator; an edit made on a worker stays there.
--
-- The data tables: geopol's own tables with a primary key and a source
-- column of text (the shipped data and the users' rows), or whose changes
-- bump the dictionary's version.

CREATE OR REPLACE FUNCTION geopol._dictionary_tables() RETURNS regclass[]
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT coalesce(pg_catalog.array_agg(c.oid::regclass ORDER BY c.relname), '{}')
    FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
                               AND d.refclassid = 'pg_catalog.pg_extension'::regclass AND d.deptype = 'e'
    JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'geopol'
    WHERE c.relkind = 'r'
      AND EXISTS (SELECT 1 FROM pg_catalog.pg_index i WHERE i.indrelid = c.oid AND i.indisprimary)
      AND (EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                   WHERE a.attrelid = c.oid AND a.attname = 'source' AND a.atttypid = 'pg_catalog.text'::pg_catalog.regtype
                     AND NOT a.attisdropped)
           OR EXISTS (SELECT 1 FROM pg_catalog.pg_trigger g
                      WHERE g.tgrelid = c.oid AND g.tgfoid = 'geopol._dictionary_changed()'::pg_catalog.regprocedure))
$$;

-- Is this a Citus coordinator with active workers?
CREATE OR REPLACE FUNCTION geopol._citus_has_workers() RETURNS boolean
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    r boolean;
BEGIN
    IF NOT geopol._citus() OR NOT geopol._citus_is_coordinator() THEN
        RETURN false;
    END IF;
    EXECUTE 'SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_dist_node n WHERE n.groupid <> 0 AND n.isactive '
            'AND n.noderole = ''primary'')' INTO r;
    RETURN r;
END
$fn$;

-- The capture triggers on the coordinator's data tables (see above);
-- nothing elsewhere.  Idempotent: run by every install and update.
CREATE OR REPLACE FUNCTION geopol._citus_capture_triggers() RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    tbl regclass;
    saved text[];
BEGIN
    IF NOT geopol._citus() OR NOT geopol._citus_is_coordinator() THEN
        RETURN;
    END IF;
    saved := geopol._set_local(ARRAY['citus.enable_ddl_propagation', 'off']);     -- (this node's tables)
    FOREACH tbl IN ARRAY geopol._dictionary_tables() LOOP
        EXECUTE pg_catalog.format('CREATE OR REPLACE TRIGGER geopol_sync_insert AFTER INSERT ON %s '
                                  'REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION geopol._dictionary_capture()', tbl);
        EXECUTE pg_catalog.format('CREATE OR REPLACE TRIGGER geopol_sync_update AFTER UPDATE ON %s '
                                  'REFERENCING OLD TABLE AS o NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION geopol._dictionary_capture()', tbl);
        EXECUTE pg_catalog.format('CREATE OR REPLACE TRIGGER geopol_sync_delete AFTER DELETE ON %s '
                                  'REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION geopol._dictionary_capture()', tbl);
        EXECUTE pg_catalog.format('CREATE OR REPLACE TRIGGER geopol_sync_truncate AFTER TRUNCATE ON %s '
                                  'FOR EACH STATEMENT EXECUTE FUNCTION geopol._dictionary_capture()', tbl);
    END LOOP;
    PERFORM geopol._set_local(saved);
END
$fn$;
REVOKE ALL ON FUNCTION geopol._citus_capture_triggers() FROM PUBLIC;

-- The identity sequences of tbl and where they are: {"name": [last_value, is_called]}.
CREATE OR REPLACE FUNCTION geopol._sequence_positions(tbl regclass) RETURNS jsonb
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    s record;
    pos jsonb := '{}';
    v bigint;
    called boolean;
BEGIN
    FOR s IN SELECT pg_catalog.pg_get_serial_sequence(tbl::text, a.attname) AS seq
             FROM pg_catalog.pg_attribute a
             WHERE a.attrelid = tbl AND a.attnum > 0 AND NOT a.attisdropped AND a.attidentity <> ''
    LOOP
        EXECUTE pg_catalog.format('SELECT last_value, is_called FROM %s', s.seq) INTO v, called;
        pos := pos || jsonb_build_object(s.seq, jsonb_build_array(v, called));
    END LOOP;
    RETURN pos;
END
$fn$;

-- The bucket (0-63) of a row of tbl aliased alias, as an SQL expression:
-- from its primary key, the same on every node.
CREATE OR REPLACE FUNCTION geopol._dictionary_bucket(tbl regclass, alias text) RETURNS text
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT pg_catalog.format('(pg_catalog.hashtext(ROW(%s)::pg_catalog.text) OPERATOR(pg_catalog.&) 63)',
                             pg_catalog.string_agg(pg_catalog.format('%I.%I', alias, a.attname), ', ' ORDER BY k.i))
    FROM pg_catalog.pg_index i, unnest(i.indkey) WITH ORDINALITY AS k(attnum, i)
    JOIN pg_catalog.pg_attribute a ON a.attrelid = tbl AND a.attnum = k.attnum
    WHERE i.indrelid = tbl AND i.indisprimary
$$;

-- This node's data tables in buckets: {"table": {"bucket": md5 of its rows}}.
CREATE OR REPLACE FUNCTION geopol._dictionary_fingerprints() RETURNS jsonb
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    tbl regclass;
    f jsonb;
    r jsonb := '{}';
BEGIN
    FOREACH tbl IN ARRAY geopol._dictionary_tables() LOOP
        EXECUTE pg_catalog.format(
            'SELECT coalesce(pg_catalog.jsonb_object_agg(b.bucket, b.fp), ''{}'') FROM ('
            '  SELECT %1$s AS bucket, pg_catalog.md5(pg_catalog.string_agg(x::pg_catalog.text, '','' ORDER BY x::pg_catalog.text)) AS fp'
            '  FROM %2$s x GROUP BY 1) b',
            geopol._dictionary_bucket(tbl, 'x'), tbl)
            INTO f;
        r := r || jsonb_build_object((SELECT c.relname FROM pg_catalog.pg_class c WHERE c.oid = tbl), f);
    END LOOP;
    RETURN r;
END
$fn$;

-- geopol.dictionary_sync as a Citus reference table, with the apply trigger
-- on its placements (created on first need, on the coordinator).
CREATE OR REPLACE FUNCTION geopol._citus_sync_table() RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    saved text[];
BEGIN
    IF pg_catalog.to_regclass('geopol.dictionary_sync') IS NOT NULL THEN
        RETURN;
    END IF;
    CREATE TABLE geopol.dictionary_sync (
        tbl         text NOT NULL,      -- a data table, or the node id or version the row records
        op          text NOT NULL CHECK (op IN ('delta', 'truncate', 'full', 'node', 'version')),
        deleted     jsonb,              -- rows a statement deleted or updated (old images); for 'full' the buckets
        written     jsonb,              -- rows it inserted or updated (new images); for 'full' the buckets' rows
        sequences   jsonb,              -- positions of the table's identity sequences
        at          timestamptz NOT NULL DEFAULT pg_catalog.now()
    );
    COMMENT ON TABLE geopol.dictionary_sync IS
        'Internal (Citus): dictionary edits on their way to the workers, and the nodes that have the whole dictionary (see geopol.citus_sync()).';
    REVOKE ALL ON geopol.dictionary_sync FROM PUBLIC;
    PERFORM pg_catalog.create_reference_table('geopol.dictionary_sync');
    PERFORM geopol._depend_on_extension('geopol.dictionary_sync'::regclass);
    saved := geopol._set_local(ARRAY['citus.enable_unsafe_triggers', 'on']);
    CREATE TRIGGER geopol_apply AFTER INSERT ON geopol.dictionary_sync
        FOR EACH ROW EXECUTE FUNCTION geopol._dictionary_apply();
    PERFORM geopol._set_local(saved);
END
$fn$;
REVOKE ALL ON FUNCTION geopol._citus_sync_table() FROM PUBLIC;

-- Makes sure every worker has the whole dictionary (see above): creates
-- geopol.dictionary_sync when missing, and copies every data table to every
-- node when a node has not had it since it joined or since geopol was
-- updated (or always, with force).  Returns whether it copied.  SECURITY
-- DEFINER (the extension's owner writes dictionary_sync); cheap when
-- nothing is to do, so refresh() calls it.
CREATE OR REPLACE FUNCTION geopol._citus_sync(force boolean DEFAULT false) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    version text;
    tbl regclass;
    name text;
    needed boolean;
    mine jsonb;
    theirs jsonb;
    differ jsonb := '{}';
    buckets int[];
    w record;
BEGIN
    IF NOT geopol._citus_has_workers() OR geopol._creating_extension() THEN
        RETURN false;
    END IF;
    PERFORM geopol._citus_sync_table();
    SELECT e.extversion INTO version FROM pg_catalog.pg_extension e WHERE e.extname = 'geopol';
    EXECUTE 'SELECT $1 OR NOT EXISTS (SELECT 1 FROM geopol.dictionary_sync s WHERE s.op = ''version'' AND s.tbl = $2) '
            'OR EXISTS (SELECT 1 FROM pg_catalog.pg_dist_node n WHERE n.groupid <> 0 AND n.isactive AND n.noderole = ''primary'' '
            '           AND NOT EXISTS (SELECT 1 FROM geopol.dictionary_sync s WHERE s.op = ''node'' AND s.tbl = n.nodeid::text))'
        INTO needed USING force, version;
    IF NOT needed THEN
        RETURN false;
    END IF;
    -- Citus copies reference tables to a new node only when asked (or when
    -- it next creates a distributed table): dictionary_sync must be there
    EXECUTE 'SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_dist_node n '
            'WHERE n.groupid <> 0 AND n.isactive AND n.noderole = ''primary'' '
            'AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_dist_shard s JOIN pg_catalog.pg_dist_placement p ON p.shardid = s.shardid '
            '                WHERE s.logicalrelid = ''geopol.dictionary_sync''::pg_catalog.regclass AND p.groupid = n.groupid))'
        INTO needed;
    IF needed THEN
        PERFORM pg_catalog.replicate_reference_tables('block_writes');
    END IF;
    -- one writer at a time (a second waits, then finds the nodes synced)
    LOCK TABLE geopol.dictionary_sync IN EXCLUSIVE MODE;
    -- which buckets of which tables differ on some node (read outside this
    -- transaction: a bucket this transaction changed differs, and is sent)
    mine := geopol._dictionary_fingerprints();
    FOR w IN EXECUTE 'SELECT r.nodename, r.nodeport, r.success, r.result '
                     'FROM pg_catalog.run_command_on_workers(''SELECT geopol._dictionary_fingerprints()'') r' LOOP
        IF NOT w.success THEN
            RAISE EXCEPTION 'could not read the dictionary of node %:%: %', w.nodename, w.nodeport, w.result
                USING ERRCODE = 'connection_failure';
        END IF;
        theirs := w.result::jsonb;
        FOREACH tbl IN ARRAY geopol._dictionary_tables() LOOP
            name := (SELECT c.relname FROM pg_catalog.pg_class c WHERE c.oid = tbl);
            differ := differ || jsonb_build_object(name, coalesce(differ -> name, '[]') || coalesce(
                (SELECT pg_catalog.jsonb_agg(b.k::int) FROM (
                    SELECT k FROM pg_catalog.jsonb_each_text(coalesce(mine -> name, '{}')) m(k, v)
                    WHERE force OR (coalesce(theirs -> name, '{}') ->> k) IS DISTINCT FROM v
                    UNION
                    SELECT k FROM pg_catalog.jsonb_each_text(coalesce(theirs -> name, '{}')) t(k, v)
                    WHERE (coalesce(mine -> name, '{}') ->> k) IS DISTINCT FROM v) b),
                '[]'));
        END LOOP;
    END LOOP;
    FOREACH tbl IN ARRAY geopol._dictionary_tables() LOOP
        name := (SELECT c.relname FROM pg_catalog.pg_class c WHERE c.oid = tbl);
        buckets := (SELECT coalesce(pg_catalog.array_agg(DISTINCT b::int), '{}')
                    FROM pg_catalog.jsonb_array_elements_text(coalesce(differ -> name, '[]')) b);
        IF pg_catalog.cardinality(buckets) = 0 THEN
            CONTINUE;
        END IF;
        EXECUTE pg_catalog.format(
            'INSERT INTO geopol.dictionary_sync (tbl, op, deleted, written, sequences) '
            'SELECT %L, ''full'', pg_catalog.to_jsonb($1), '
            'coalesce((SELECT pg_catalog.jsonb_agg(pg_catalog.to_jsonb(x)) FROM %s x WHERE %s = ANY ($1)), ''[]''), $2',
            name, tbl, geopol._dictionary_bucket(tbl, 'x'))
            USING buckets, geopol._sequence_positions(tbl);
    END LOOP;
    -- applied on every node by now: keep only the record of who has it
    DELETE FROM geopol.dictionary_sync s WHERE s.op IN ('full', 'node', 'version');
    EXECUTE 'INSERT INTO geopol.dictionary_sync (tbl, op) '
            'SELECT n.nodeid::text, ''node'' FROM pg_catalog.pg_dist_node n '
            'WHERE n.groupid <> 0 AND n.isactive AND n.noderole = ''primary'' '
            'UNION ALL SELECT $1, ''version''' USING version;
    RETURN true;
END
$fn$;

REVOKE ALL ON FUNCTION geopol._citus_sync(boolean) FROM PUBLIC;

-- _citus_sync() where it is needed only: what track() and refresh() call,
-- with any user's rights.
CREATE OR REPLACE FUNCTION geopol._citus_sync_needed() RETURNS boolean
    LANGUAGE sql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT geopol._citus_sync(false)
$$;

-- The capture trigger of the coordinator's data tables (see above).
-- SECURITY DEFINER: whoever may edit a dictionary table sends the edit on.
-- Nobody else may use it as a trigger (its rows would reach the workers'
-- dictionary as the extension's owner): no EXECUTE for PUBLIC, and it acts
-- only for geopol's own data tables.
CREATE OR REPLACE FUNCTION geopol._dictionary_capture() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    deleted jsonb;
    written jsonb;
BEGIN
    -- (extension scripts run on every node; workers apply, never capture)
    IF geopol._creating_extension() OR NOT geopol._citus_has_workers() THEN
        RETURN NULL;
    END IF;
    IF NOT TG_RELID::regclass = ANY (geopol._dictionary_tables()) THEN
        RAISE EXCEPTION 'geopol._dictionary_capture() is the trigger of geopol''s dictionary tables only'
            USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    -- a node that lacks the whole dictionary gets it first (with this change)
    IF geopol._citus_sync() THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        SELECT pg_catalog.jsonb_agg(pg_catalog.to_jsonb(o)) INTO deleted FROM o;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        SELECT pg_catalog.jsonb_agg(pg_catalog.to_jsonb(n)) INTO written FROM n;
    END IF;
    IF TG_OP <> 'TRUNCATE' AND deleted IS NULL AND written IS NULL THEN
        RETURN NULL;                    -- no row changed
    END IF;
    INSERT INTO geopol.dictionary_sync (tbl, op, deleted, written, sequences)
    VALUES (TG_TABLE_NAME, CASE WHEN TG_OP = 'TRUNCATE' THEN 'truncate' ELSE 'delta' END, deleted, written,
            geopol._sequence_positions(TG_RELID::regclass));
    -- applied on every node: nothing to keep
    DELETE FROM geopol.dictionary_sync s WHERE s.op IN ('delta', 'truncate');
    RETURN NULL;
END
$fn$;
REVOKE ALL ON FUNCTION geopol._dictionary_capture() FROM PUBLIC;

-- The apply trigger of dictionary_sync's placements (see above): on a
-- worker, makes its copy of the table follow the coordinator's.  Nobody
-- but the extension's owner may use it as a trigger, and it acts only for
-- the placements of geopol.dictionary_sync (tables of geopol owned by a
-- superuser).
CREATE OR REPLACE FUNCTION geopol._dictionary_apply() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    tbl regclass;
    pk text;                -- the primary key's columns: a, b
    cols text;              -- the columns written (not generated)
    sets text;
    seq record;
    saved text[];
BEGIN
    IF NEW.op NOT IN ('delta', 'truncate', 'full') OR geopol._citus_is_coordinator() THEN
        RETURN NULL;
    END IF;
    IF TG_TABLE_SCHEMA <> 'geopol' OR TG_TABLE_NAME !~ '^dictionary_sync(_[0-9]+)?$'
       OR NOT (SELECT r.rolsuper FROM pg_catalog.pg_class c JOIN pg_catalog.pg_roles r ON r.oid = c.relowner
               WHERE c.oid = TG_RELID) THEN
        RAISE EXCEPTION 'geopol._dictionary_apply() is the trigger of geopol.dictionary_sync only'
            USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    SELECT t INTO tbl FROM unnest(geopol._dictionary_tables()) AS t
     WHERE t = pg_catalog.to_regclass(pg_catalog.format('geopol.%I', NEW.tbl));
    IF tbl IS NULL THEN
        RAISE EXCEPTION 'geopol.% is not a dictionary table of this node', NEW.tbl
            USING ERRCODE = 'undefined_table',
                  HINT = 'Every node must have the same geopol version: ALTER EXTENSION geopol UPDATE on the coordinator updates them all.';
    END IF;
    SELECT pg_catalog.string_agg(pg_catalog.format('%I', a.attname), ', ' ORDER BY k.i) INTO pk
      FROM pg_catalog.pg_index i, unnest(i.indkey) WITH ORDINALITY AS k(attnum, i)
      JOIN pg_catalog.pg_attribute a ON a.attrelid = tbl AND a.attnum = k.attnum
     WHERE i.indrelid = tbl AND i.indisprimary;
    SELECT pg_catalog.string_agg(pg_catalog.format('%I', a.attname), ', ' ORDER BY a.attnum),
           pg_catalog.string_agg(pg_catalog.format('%1$I = excluded.%1$I', a.attname), ', ' ORDER BY a.attnum)
      INTO cols, sets
      FROM pg_catalog.pg_attribute a
     WHERE a.attrelid = tbl AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '';
    -- as logical replication applies changes: the coordinator checked them
    saved := geopol._set_local(ARRAY['session_replication_role', 'replica']);
    IF NEW.op = 'truncate' THEN
        EXECUTE pg_catalog.format('DELETE FROM %s', tbl);
    ELSE
        EXECUTE pg_catalog.format(
            'DELETE FROM %1$s t WHERE (%2$s) IN (SELECT %2$s FROM pg_catalog.jsonb_populate_recordset(NULL::%1$s, $1)) '
            'AND (%2$s) NOT IN (SELECT %2$s FROM pg_catalog.jsonb_populate_recordset(NULL::%1$s, $2))',
            tbl, pk)
            USING CASE WHEN NEW.op = 'full' THEN NULL ELSE coalesce(NEW.deleted, '[]') END, coalesce(NEW.written, '[]');
        IF NEW.op = 'full' THEN
            -- rows of the buckets this node has and the coordinator has not
            EXECUTE pg_catalog.format(
                'DELETE FROM %1$s t WHERE %3$s IN (SELECT pg_catalog.jsonb_array_elements_text($2)::int) '
                'AND (%2$s) NOT IN (SELECT %2$s FROM pg_catalog.jsonb_populate_recordset(NULL::%1$s, $1))',
                tbl, pk, geopol._dictionary_bucket(tbl, 't'))
                USING coalesce(NEW.written, '[]'), NEW.deleted;
        END IF;
        -- the rows that differ (unchanged rows are not written: their
        -- generated columns are not computed again)
        EXECUTE pg_catalog.format(
            'INSERT INTO %1$s AS t (%2$s) OVERRIDING SYSTEM VALUE '
            'SELECT %5$s FROM pg_catalog.jsonb_populate_recordset(NULL::%1$s, $1) u '
            'LEFT JOIN %1$s o ON (%6$s) = (%7$s) '
            'WHERE o.ctid IS NULL OR (%8$s) IS DISTINCT FROM (%5$s) '
            'ON CONFLICT (%3$s) DO UPDATE SET %4$s',
            tbl, cols, pk, sets,
            (SELECT pg_catalog.string_agg('u.' || c, ', ') FROM unnest(pg_catalog.string_to_array(cols, ', ')) AS c),
            (SELECT pg_catalog.string_agg('o.' || c, ', ') FROM unnest(pg_catalog.string_to_array(pk, ', ')) AS c),
            (SELECT pg_catalog.string_agg('u.' || c, ', ') FROM unnest(pg_catalog.string_to_array(pk, ', ')) AS c),
            (SELECT pg_catalog.string_agg('o.' || c, ', ') FROM unnest(pg_catalog.string_to_array(cols, ', ')) AS c))
            USING coalesce(NEW.written, '[]');
    END IF;
    FOR seq IN SELECT s.key, s.value FROM pg_catalog.jsonb_each(coalesce(NEW.sequences, '{}')) s LOOP
        PERFORM pg_catalog.setval(seq.key, (seq.value ->> 0)::bigint, (seq.value ->> 1)::boolean);
    END LOOP;
    PERFORM geopol._set_local(saved);
    -- the table's statement triggers, now: the dictionary's version moves on
    -- and this node's sessions compile it again
    EXECUTE pg_catalog.format('UPDATE %s SET %s = %s WHERE false', tbl,
                              pg_catalog.split_part(pk, ',', 1), pg_catalog.split_part(pk, ',', 1));
    RETURN NULL;
END
$fn$;
REVOKE ALL ON FUNCTION geopol._dictionary_apply() FROM PUBLIC;

-- Copies the coordinator's whole dictionary to every worker (after
-- citus_add_node, or to repair a worker whose dictionary was edited by
-- hand); without force, only to the nodes that need it.  Superusers only.
CREATE OR REPLACE FUNCTION geopol.citus_sync(force boolean DEFAULT true) RETURNS boolean
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
BEGIN
    IF NOT (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) THEN
        RAISE EXCEPTION 'must be superuser to copy the dictionary to the workers'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT geopol._citus_has_workers() THEN
        RAISE EXCEPTION 'this is not a Citus coordinator with workers'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'Run geopol.citus_sync() on the coordinator, after citus_add_node().';
    END IF;
    RETURN geopol._citus_sync(citus_sync.force);
END
$fn$;
COMMENT ON FUNCTION geopol.citus_sync(boolean) IS
    'Citus: copies the coordinator''s dictionary tables to every worker (force => false: only to workers added since the last copy, or all after an update of geopol). Dictionary edits on the coordinator reach the workers by themselves; refresh() and track() copy to new workers too. Superusers only; returns whether it copied.';
REVOKE ALL ON FUNCTION geopol.citus_sync(boolean) FROM PUBLIC;

SELECT geopol._citus_capture_triggers();

-- ================================================================ sql/code/70_tracking.sql

-- ------------------------------------------------------------ tracking API
-- (see sql/schema/50_tracking.sql for the design: privileges, concurrency)

-- Raises unless role may act as the owner of rel (the table's owner, a role
-- with its privileges, or a superuser).  how: 'USAGE' (has the owner's
-- privileges) or 'MEMBER' (could SET ROLE to it).
CREATE OR REPLACE FUNCTION geopol._check_owner(rel regclass, owner oid, role name, how text, action text) RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF NOT pg_catalog.pg_has_role(role, owner, how) THEN
        RAISE EXCEPTION 'must be owner of table % to % it', rel, action
            USING ERRCODE = 'insufficient_privilege',
                  HINT = pg_catalog.format('Only the owner of the table (%s), a member of that role or a superuser can %s it.',
                                           owner::regrole, action);
    END IF;
END
$$;

-- a name for the result objects of rel, free in schema geopol
CREATE OR REPLACE FUNCTION geopol._free_name(rel regclass) RETURNS text
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    base text;
    cand text;
    i int := 1;
BEGIN
    SELECT CASE WHEN n.nspname = 'public' THEN c.relname ELSE n.nspname || '_' || c.relname END
      INTO base
      FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE c.oid = rel;
    WHILE pg_catalog.octet_length(base) > 40 LOOP
        base := pg_catalog.left(base, -1);
    END LOOP;
    cand := base;
    LOOP
        EXIT WHEN NOT EXISTS (SELECT 1 FROM geopol.tracked t WHERE t.name = cand)
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_class c
                              WHERE c.relnamespace = 'geopol'::regnamespace
                                AND c.relname IN (cand || '_docs', cand || '_mentions', cand || '_relations',
                                                  cand || '_topics', cand || '_queue', cand || '_log', cand || '_actors',
                                                  cand || '_shards'))
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_proc p
                              WHERE p.pronamespace = 'geopol'::regnamespace
                                AND p.proname = cand || '_truncate');
        i := i + 1;
        cand := base || '_' || i;
    END LOOP;
    RETURN cand;
END
$$;

-- ------------------------------------------------------------ track

-- The queue trigger of every tracked table (src/pg/pg_keylog.c): fired for a
-- row, it buffers the row's key; fired for a statement, it writes the
-- buffered keys as arrays into the table's log, with the rights of the
-- table's owner.  It takes no arguments: the key column and the log come
-- from geopol.tracked (OIDs in trigger arguments would not survive a dump).
CREATE OR REPLACE FUNCTION geopol._log_keys() RETURNS trigger
    LANGUAGE c
    AS 'MODULE_PATHNAME', 'geopol_log_keys';
COMMENT ON FUNCTION geopol._log_keys() IS
    'Internal: the queue triggers geopol.track() puts on a table (keys of written rows, buffered per statement, then logged).';

-- When the INSERT queue trigger of tracked table src should fire.  BEFORE
-- is the cheaper (no AFTER trigger event per row: a bulk INSERT pays a few
-- per cent instead of a fifth), but it sees the key before the BEFORE
-- triggers that fire after it, and before a generated column is computed;
-- so BEFORE only for a plain table whose key is not generated and that has
-- no other BEFORE INSERT row trigger (enabled or not).  A partitioned table
-- gets AFTER: its partitions may have BEFORE triggers of their own.
CREATE OR REPLACE FUNCTION geopol._insert_trigger_timing(src regclass) RETURNS text
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT CASE WHEN c.relkind = 'r'
                 AND NOT EXISTS (SELECT 1 FROM geopol.tracked t JOIN pg_catalog.pg_attribute a
                                     ON a.attrelid = t.source AND a.attname = t.key_column
                                 WHERE t.source = src AND a.attgenerated <> '')
                 AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_trigger g
                                 WHERE g.tgrelid = src AND g.tgname <> 'geopol_enqueue'
                                   AND (g.tgtype::int & 7) = 7)      -- ROW | BEFORE | INSERT
                THEN 'BEFORE' ELSE 'AFTER' END
    FROM pg_catalog.pg_class c WHERE c.oid = src
$$;

-- (Re)creates the INSERT queue trigger geopol_enqueue of tracked table src
-- with the timing _insert_trigger_timing() gives: by track(), and by the
-- event trigger when triggers of a tracked table are created or renamed.
-- Internal (run as the extension's owner).
CREATE OR REPLACE FUNCTION geopol._place_queue_trigger(src regclass) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
    want text;
    have text;
    enabled "char";
    saved text[];
BEGIN
    SELECT * INTO t FROM geopol.tracked tr WHERE tr.source = src;
    IF NOT FOUND OR geopol._is_distributed(t) THEN
        RETURN;                 -- (a distributed table's is always AFTER INSERT)
    END IF;
    IF geopol._citus() THEN
        -- a plain table's objects are this node's alone (see _track)
        saved := geopol._set_local(ARRAY['citus.enable_ddl_propagation', 'off']);
    END IF;
    want := geopol._insert_trigger_timing(src);
    SELECT CASE WHEN (g.tgtype::int & 2) = 2 THEN 'BEFORE' ELSE 'AFTER' END, g.tgenabled INTO have, enabled
      FROM pg_catalog.pg_trigger g WHERE g.tgrelid = src AND g.tgname = 'geopol_enqueue';
    IF have IS NOT DISTINCT FROM want THEN
        PERFORM geopol._set_local(saved);
        RETURN;
    END IF;
    IF have IS NOT NULL THEN
        -- tells the sql_drop event trigger that this drop is geopol's own
        PERFORM pg_catalog.set_config('geopol.replacing_trigger', src::oid::text, true);
        EXECUTE pg_catalog.format('DROP TRIGGER geopol_enqueue ON %s', src);
        PERFORM pg_catalog.set_config('geopol.replacing_trigger', '', true);
    END IF;
    EXECUTE pg_catalog.format('CREATE TRIGGER geopol_enqueue %s INSERT ON %s FOR EACH ROW '
                              'EXECUTE FUNCTION geopol._log_keys()',
                              want, src);
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_extension e WHERE e.extname = 'geopol') THEN
        EXECUTE pg_catalog.format('ALTER TRIGGER geopol_enqueue ON %s DEPENDS ON EXTENSION geopol', src);
    END IF;
    -- as the old one was: ENABLE ALWAYS (logical replication subscribers), REPLICA or DISABLE
    IF enabled IS NOT NULL AND enabled <> 'O' THEN
        EXECUTE pg_catalog.format('ALTER TABLE %s %s TRIGGER geopol_enqueue', src,
                                  CASE enabled WHEN 'A' THEN 'ENABLE ALWAYS' WHEN 'R' THEN 'ENABLE REPLICA' ELSE 'DISABLE' END);
    END IF;
    PERFORM geopol._set_local(saved);
END
$fn$;
REVOKE ALL ON FUNCTION geopol._place_queue_trigger(regclass) FROM PUBLIC;

-- The TRUNCATE trigger of a distributed table (one node: a function of
-- the table's owner per table, see _track): empties the results of the
-- tracked table it fires for.  Citus fires it on the coordinator's table and
-- on the shards, on the workers, where the table is not tracked: there it
-- does nothing (the coordinator's TRUNCATE reaches the results' shards).
-- SECURITY DEFINER: whoever may truncate the table empties its results.
CREATE OR REPLACE FUNCTION geopol._truncate_results() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
BEGIN
    SELECT * INTO t FROM geopol.tracked tr WHERE tr.source = TG_RELID;
    IF FOUND THEN
        EXECUTE pg_catalog.format('TRUNCATE %s, %s, %s, %s', t.docs_table, t.relations_table, t.queue_table, t.log_table);
        DELETE FROM geopol.failure f WHERE f.source = TG_RELID;
    END IF;
    RETURN NULL;
END
$fn$;
-- (anyone: Citus creates a moved shard's triggers as the table's owner; as
-- a trigger of any other table it does nothing)
GRANT EXECUTE ON FUNCTION geopol._truncate_results() TO PUBLIC;

CREATE OR REPLACE FUNCTION geopol._track(src regclass, text_col name, key_col name, date_col name)
    RETURNS geopol.tracked
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    rel record;
    col record;
    kcol record;
    dcol record;
    owner text;
    nm text;
    key_def text;
    upd_cols text;
    t geopol.tracked;
    tbl text;
    kbase regtype;
    dist boolean;           -- a Citus distributed table (see 68_citus.sql)
    inherit text;
    trig_args text;
    saved text[];
BEGIN
    IF src IS NULL OR text_col IS NULL THEN
        RAISE EXCEPTION 'geopol.track() needs a table and a text column'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    SELECT c.oid, c.relkind, c.relpersistence, c.relowner, c.relnamespace INTO rel
      FROM pg_catalog.pg_class c WHERE c.oid = src;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'relation with OID % does not exist', src::oid USING ERRCODE = 'undefined_table';
    END IF;
    -- the public wrapper checked the current user; this checks the session
    -- user, which a direct call cannot fake
    PERFORM geopol._check_owner(src, rel.relowner, session_user, 'MEMBER', 'track');
    owner := rel.relowner::regrole::text;
    IF geopol._citus_kind(src) IS NOT NULL THEN
        -- tables, then a function their triggers call: Citus creates both on
        -- the workers, over one connection per node (for this function only)
        -- (sequential for the rest of the transaction, as Citus's own DDL does)
        PERFORM geopol._set_local(ARRAY['citus.multi_shard_modify_mode', 'sequential']);
        saved := geopol._set_local(ARRAY['citus.enable_unsafe_triggers', NULL]);
    ELSIF geopol._citus() THEN
        -- a plain table on a Citus node: its results are this node's alone
        saved := geopol._set_local(ARRAY['citus.enable_ddl_propagation', 'off']);
    END IF;
    -- what CREATE TRIGGER takes anyway, first: concurrent track() calls of
    -- the same table wait for each other (and the second one then finds it
    -- tracked), and no row is written while the existing ones are queued
    IF rel.relkind IN ('r', 'p') THEN
        EXECUTE pg_catalog.format('LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE', src);
    END IF;

    IF rel.relkind NOT IN ('r', 'p') THEN
        RAISE EXCEPTION '% is not a table', src
            USING ERRCODE = 'wrong_object_type',
                  HINT = 'geopol.track() keeps tables analysed; track the table a view or foreign table reads from.';
    END IF;
    IF rel.relpersistence = 't' THEN
        RAISE EXCEPTION 'cannot track temporary table %', src USING ERRCODE = 'feature_not_supported';
    END IF;
    IF rel.relnamespace IN ('geopol'::regnamespace, 'pg_catalog'::regnamespace, 'information_schema'::regnamespace) THEN
        RAISE EXCEPTION 'cannot track %: it is in schema %', src, rel.relnamespace::regnamespace
            USING ERRCODE = 'wrong_object_type';
    END IF;
    IF EXISTS (SELECT 1 FROM geopol.tracked tr WHERE tr.source = src) THEN
        RAISE EXCEPTION 'table % is already tracked', src
            USING ERRCODE = 'duplicate_object',
                  HINT = pg_catalog.format('To track it with other columns, run SELECT geopol.untrack(%L) first (its results are dropped).', src::text);
    END IF;

    -- the text column
    SELECT a.attnum, a.atttypid::regtype AS typ, geopol._base_type(a.atttypid) AS base INTO col
      FROM pg_catalog.pg_attribute a
     WHERE a.attrelid = src AND a.attname = text_col AND a.attnum > 0 AND NOT a.attisdropped;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'column "%" of table % does not exist', text_col, src
            USING ERRCODE = 'undefined_column',
                  HINT = 'geopol.track(source, text_column, key_column, date_column) takes column names.';
    END IF;
    IF col.base NOT IN ('text'::regtype, 'character varying'::regtype) THEN
        RAISE EXCEPTION 'column "%" of table % is of type %, not text', text_col, src, col.typ
            USING ERRCODE = 'datatype_mismatch',
                  HINT = 'The text column must be of type text or varchar; a generated column can convert other types.';
    END IF;

    -- the key: the given column, or the single-column primary key
    IF key_col IS NULL THEN
        SELECT a.attname INTO key_col
          FROM pg_catalog.pg_index i
          JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
         WHERE i.indrelid = src AND i.indisprimary AND i.indnkeyatts = 1;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'table % has no single-column primary key', src
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      HINT = pg_catalog.format('Name a unique column as the key: geopol.track(%L, %L, key_column => ''id'').',
                                               src::text, text_col);
        END IF;
    END IF;
    SELECT a.attnum, a.atttypid, a.atttypmod, a.attcollation, a.attnotnull, ty.typcollation INTO kcol
      FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
     WHERE a.attrelid = src AND a.attname = key_col AND a.attnum > 0 AND NOT a.attisdropped;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'column "%" of table % does not exist', key_col, src
            USING ERRCODE = 'undefined_column',
                  HINT = 'The key column must be a column of the table with a unique index of its own.';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_index i
                   WHERE i.indrelid = src AND i.indisunique AND i.indnkeyatts = 1
                     AND i.indkey[0] = kcol.attnum AND i.indpred IS NULL AND i.indexprs IS NULL) THEN
        RAISE EXCEPTION 'column "%" of table % is not unique', key_col, src
            USING ERRCODE = 'invalid_column_reference',
                  HINT = 'The key column must have a primary key, a unique constraint or a unique index of its own, so that each key names one document.';
    END IF;
    -- The key's type must be one a superuser wrote (built in, or from an
    -- extension), or a domain over one: keys are compared, cast and printed
    -- by geopol's own statements, and also by whoever reads the cross-table
    -- views, so the type's operators and casts must not be code of the
    -- table's owner.  (A domain's CHECK runs only when a value is cast into
    -- the domain, which refresh() and requeue() do as the table's owner.)
    -- Nothing of the type is evaluated here: this function runs with the
    -- extension owner's rights.
    kbase := geopol._base_type(kcol.atttypid);
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type ty JOIN pg_catalog.pg_roles r ON r.oid = ty.typowner
                   WHERE ty.oid = kbase AND r.rolsuper) THEN
        RAISE EXCEPTION 'the key column "%" of table % has type %, which is not a built-in type', key_col, src, kcol.atttypid::regtype
            USING ERRCODE = 'datatype_mismatch',
                  HINT = 'Use a key of a built-in type (integer, bigint, text, uuid, ...) or a domain over one.';
    END IF;
    BEGIN
        -- the base type's equality, looked up with search_path = pg_catalog
        EXECUTE pg_catalog.format('SELECT NULL::%1$s = NULL::%1$s', kbase);
    EXCEPTION WHEN undefined_function THEN
        RAISE EXCEPTION 'the key column "%" of table % has type %, which has no built-in equality operator', key_col, src, kcol.atttypid::regtype
            USING ERRCODE = 'datatype_mismatch',
                  HINT = 'Use a key of a built-in type (integer, bigint, text, uuid, ...).';
    END;

    -- the date column
    IF date_col IS NOT NULL THEN
        SELECT a.attnum, a.atttypid::regtype AS typ, geopol._base_type(a.atttypid) AS base INTO dcol
          FROM pg_catalog.pg_attribute a
         WHERE a.attrelid = src AND a.attname = date_col AND a.attnum > 0 AND NOT a.attisdropped;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'column "%" of table % does not exist', date_col, src
                USING ERRCODE = 'undefined_column',
                      HINT = 'The date column is optional; give the name of a date, timestamp or timestamptz column.';
        END IF;
        IF dcol.base NOT IN ('date'::regtype, 'timestamp without time zone'::regtype, 'timestamp with time zone'::regtype) THEN
            RAISE EXCEPTION 'column "%" of table % is of type %, not a date', date_col, src, dcol.typ
                USING ERRCODE = 'datatype_mismatch',
                      HINT = 'The date column must be of type date, timestamp or timestamptz (timestamptz is taken in UTC).';
        END IF;
    END IF;

    -- a Citus table: hash-distributed ones only, from the coordinator, keyed
    -- by their distribution column
    dist := geopol._citus_kind(src) IS NOT DISTINCT FROM 'distributed';
    IF geopol._citus_kind(src) = 'other' THEN
        RAISE EXCEPTION 'cannot track %: geopol tracks hash-distributed Citus tables, not reference, local or single-shard tables', src
            USING ERRCODE = 'feature_not_supported',
                  HINT = 'Distribute the table with create_distributed_table() first, or track a plain table.';
    END IF;
    IF dist AND NOT geopol._citus_is_coordinator() THEN
        RAISE EXCEPTION 'cannot track % from a worker node', src
            USING ERRCODE = 'feature_not_supported',
                  HINT = 'Run geopol.track() on the Citus coordinator.';
    END IF;
    IF dist AND geopol._citus_distribution_column(src) IS DISTINCT FROM key_col THEN
        RAISE EXCEPTION 'the key column "%" of distributed table % is not its distribution column "%"',
                        key_col, src, geopol._citus_distribution_column(src)
            USING ERRCODE = 'invalid_column_reference',
                  HINT = 'geopol keeps a distributed table''s results in shards colocated with it: track it by its distribution column (a unique key of a distributed table is always that column).';
    END IF;
    -- a distributed table's result tables cannot inherit (Citus refuses it):
    -- they depend on the extension instead (_depend_on_extension)
    inherit := CASE WHEN dist THEN '' ELSE ' INHERITS (geopol._tracking_base)' END;

    nm := geopol._free_name(src);
    key_def := pg_catalog.format_type(kcol.atttypid, kcol.atttypmod);
    IF kcol.attcollation <> 0 AND kcol.attcollation <> kcol.typcollation THEN
        key_def := key_def || ' COLLATE ' || kcol.attcollation::regcollation::text;
    END IF;

    -- result tables: key in the source's key type, indexed.  A document's
    -- mentions and topics are arrays in its row of _docs (one row, one index
    -- entry per document: storing a mention costs a fifth of a row of its
    -- own), shown a row each by the views _mentions and _topics; relations,
    -- the rows the questions aggregate, have a table of their own.
    EXECUTE pg_catalog.format(
        'CREATE TABLE geopol.%I (key %s PRIMARY KEY, doc_date date, sentences int NOT NULL, '
        'mentions int NOT NULL, relations int NOT NULL, topics int NOT NULL, '
        'analyses int NOT NULL DEFAULT 1, analysed_at timestamptz NOT NULL DEFAULT pg_catalog.now(), '
        'mention_list geopol.mention_row[] NOT NULL, topic_list geopol.topic_row[] NOT NULL, '
        -- the hash of the text analysed (hashtextextended(text COLLATE "C", 0)):
        -- geopol.verify() finds documents changed behind the triggers' back
        'text_hash bigint)%s',
        nm || '_docs', key_def, inherit);
    EXECUTE pg_catalog.format('CREATE TABLE geopol.%I (key %s NOT NULL, doc_date date, %s)%s',
                              nm || '_relations', key_def, geopol._part_cols('relations', '%1$I %2$s'), inherit);
    EXECUTE pg_catalog.format('CREATE TABLE geopol.%I (key %s PRIMARY KEY, queued_at timestamptz NOT NULL DEFAULT pg_catalog.now())%s',
                              nm || '_queue', key_def, inherit);
    -- the keys of inserted and deleted rows, one array per statement: a bulk
    -- INSERT costs one row here; refresh() moves them into the queue.  A
    -- distributed table's log has the first key of the array as its
    -- distribution column (all keys of a log row come from one shard).
    EXECUTE pg_catalog.format('CREATE TABLE geopol.%I (keys %s[] NOT NULL, logged_at timestamptz NOT NULL DEFAULT pg_catalog.now()%s)%s',
                              nm || '_log', key_def,
                              CASE WHEN dist THEN pg_catalog.format(', key %s NOT NULL', key_def) ELSE '' END, inherit);
    IF dist THEN
        -- one key per shard of the source, by which refresh() reaches each
        -- shard; requeue: the shard's rows are to be queued (see _refresh_shard)
        EXECUTE pg_catalog.format('CREATE TABLE geopol.%I (key %s PRIMARY KEY, requeue boolean NOT NULL DEFAULT false)',
                                  nm || '_shards', key_def);
    END IF;
    -- arrays of about 1,800 bytes (see pg_keylog.c): kept in the page as they are
    EXECUTE pg_catalog.format('ALTER TABLE geopol.%I ALTER keys SET STORAGE EXTERNAL', nm || '_log');
    EXECUTE pg_catalog.format('CREATE INDEX ON geopol.%I (key)', nm || '_relations');
    EXECUTE pg_catalog.format('CREATE INDEX ON geopol.%I (source, target)', nm || '_relations');

    -- The tables stay the extension owner's, who alone can drop or alter
    -- them (extension views depend on them: a DROP ... CASCADE by anyone
    -- else would take the extension with it); the source's owner may write
    -- them, everyone may read them under the row-level security policy.
    FOREACH tbl IN ARRAY ARRAY[nm || '_docs', nm || '_relations', nm || '_queue', nm || '_log'] LOOP
        EXECUTE pg_catalog.format('REVOKE ALL ON geopol.%I FROM PUBLIC', tbl);
        EXECUTE pg_catalog.format('GRANT SELECT ON geopol.%I TO PUBLIC', tbl);
        EXECUTE pg_catalog.format('GRANT INSERT, UPDATE, DELETE, TRUNCATE ON geopol.%I TO %s', tbl, owner);
        EXECUTE pg_catalog.format('ALTER TABLE geopol.%I ENABLE ROW LEVEL SECURITY', tbl);
        -- the sub-select makes the check an InitPlan: evaluated once per query
        -- (on Citus: no sub-select, and the source by name; see 68_citus.sql)
        IF dist THEN
            EXECUTE pg_catalog.format('CREATE POLICY readers_of_source ON geopol.%I FOR SELECT USING (%s)',
                                      tbl, geopol._citus_read_policy(src));
        ELSE
            EXECUTE pg_catalog.format(
                'CREATE POLICY readers_of_source ON geopol.%1$I FOR SELECT USING ((SELECT geopol._can_read(%2$L::regclass)))',
                tbl, pg_catalog.format('geopol.%I', tbl));
        END IF;
        -- writing takes the privileges only the owner has been granted
        EXECUTE pg_catalog.format('CREATE POLICY writers_insert ON geopol.%I FOR INSERT WITH CHECK (true)', tbl);
        EXECUTE pg_catalog.format('CREATE POLICY writers_update ON geopol.%I FOR UPDATE USING (true)', tbl);
        EXECUTE pg_catalog.format('CREATE POLICY writers_delete ON geopol.%I FOR DELETE USING (true)', tbl);
    END LOOP;

    IF dist THEN
        -- the results in shards colocated with the source's
        FOREACH tbl IN ARRAY ARRAY[nm || '_docs', nm || '_relations', nm || '_queue', nm || '_log', nm || '_shards'] LOOP
            EXECUTE 'SELECT pg_catalog.create_distributed_table($1, ''key'', colocate_with => $2)'
                USING pg_catalog.format('geopol.%I', tbl), src::text;
            IF EXISTS (SELECT 1 FROM pg_catalog.pg_extension e WHERE e.extname = 'geopol') THEN
                PERFORM geopol._depend_on_extension(pg_catalog.format('geopol.%I', tbl)::regclass);
            END IF;
        END LOOP;
        -- Citus moves shards by logical replication: tables without a
        -- primary key replicate their rows whole
        EXECUTE pg_catalog.format('ALTER TABLE geopol.%I REPLICA IDENTITY FULL', nm || '_relations');
        EXECUTE pg_catalog.format('ALTER TABLE geopol.%I REPLICA IDENTITY FULL', nm || '_log');
        EXECUTE pg_catalog.format('REVOKE ALL ON geopol.%I FROM PUBLIC', nm || '_shards');
        EXECUTE pg_catalog.format('GRANT SELECT, INSERT, UPDATE, DELETE ON geopol.%I TO %s', nm || '_shards', owner);
    END IF;

    -- per-table views with the real key type (security_invoker: the policy
    -- of _docs applies to whoever reads): a mention or a topic per row, as
    -- geopol.mentions() and topics() give them, and actors per document
    EXECUTE pg_catalog.format(
        'CREATE VIEW geopol.%I WITH (security_invoker = true) AS '
        'SELECT d.key, d.doc_date, %s FROM geopol.%I d, unnest(d.mention_list) AS m',
        nm || '_mentions', geopol._part_cols('mentions', '(m).%1$I AS %1$I'), nm || '_docs');
    EXECUTE pg_catalog.format(
        'CREATE VIEW geopol.%I WITH (security_invoker = true) AS '
        'SELECT d.key, d.doc_date, %s FROM geopol.%I d, unnest(d.topic_list) AS t',
        nm || '_topics', geopol._part_cols('topics', '(t).%1$I AS %1$I'), nm || '_docs');
    EXECUTE pg_catalog.format(
        'CREATE VIEW geopol.%I WITH (security_invoker = true) AS '
        'SELECT m.key, m.doc_date, m.actor, pg_catalog.count(*) AS mentions, pg_catalog.min(m.start_pos) AS first_pos '
        'FROM geopol.%I m WHERE m.actor IS NOT NULL GROUP BY m.key, m.doc_date, m.actor',
        nm || '_actors', nm || '_mentions');
    FOREACH tbl IN ARRAY ARRAY[nm || '_mentions', nm || '_topics', nm || '_actors'] LOOP
        EXECUTE pg_catalog.format('REVOKE ALL ON geopol.%I FROM PUBLIC', tbl);
        EXECUTE pg_catalog.format('GRANT SELECT ON geopol.%I TO PUBLIC', tbl);
    END LOOP;

    -- the TRUNCATE trigger function: SECURITY DEFINER as the owner, so that
    -- whoever may truncate the source empties its results without any right
    -- on them.  (INSERT, UPDATE and DELETE go through geopol._log_keys(), in
    -- C, which writes the log with the owner's rights.)  A distributed
    -- table's is geopol._truncate_results(), a function of the extension.
    IF NOT dist THEN
        EXECUTE pg_catalog.format($f$
CREATE OR REPLACE FUNCTION geopol.%1$I() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $body$
BEGIN
    TRUNCATE geopol.%2$I, geopol.%3$I, geopol.%4$I, geopol.%5$I;
    DELETE FROM geopol.failure f WHERE f.source = TG_RELID;
    RETURN NULL;
END
$body$
$f$, nm || '_truncate', nm || '_docs', nm || '_relations', nm || '_queue', nm || '_log');
        EXECUTE pg_catalog.format('ALTER FUNCTION geopol.%I() OWNER TO %s', nm || '_truncate', owner);
        EXECUTE pg_catalog.format('REVOKE ALL ON FUNCTION geopol.%I() FROM PUBLIC', nm || '_truncate');
    END IF;

    SELECT pg_catalog.string_agg(pg_catalog.format('%I', c), ', ') INTO upd_cols
      FROM (SELECT DISTINCT c FROM unnest(ARRAY[text_col, key_col, date_col]) AS c WHERE c IS NOT NULL) s;
    -- the queue triggers: each written row's key is buffered (in C, no SQL
    -- per row), each statement writes its keys as one array into the log.
    -- The INSERT trigger (geopol_enqueue) is placed by _place_queue_trigger()
    -- below, once the table is in geopol.tracked.  On a distributed table the
    -- triggers fire on its shards, on the workers: their arguments name the
    -- key column and the log (see pg_keylog.c); Citus creates them on every
    -- shard only when asked to (citus.enable_unsafe_triggers, for this
    -- transaction).
    trig_args := '';
    IF dist THEN
        PERFORM geopol._set_local(ARRAY['citus.enable_unsafe_triggers', 'on']);
        trig_args := pg_catalog.format('%L, %L', key_col, pg_catalog.format('geopol.%I', nm || '_log'));
    END IF;
    EXECUTE pg_catalog.format(
        'CREATE TRIGGER geopol_enqueue_delete AFTER DELETE ON %s '
        'FOR EACH ROW EXECUTE FUNCTION geopol._log_keys(%s)',
        src, trig_args);
    EXECUTE pg_catalog.format(
        'CREATE TRIGGER geopol_enqueue_flush AFTER INSERT OR UPDATE OR DELETE ON %s '
        'FOR EACH STATEMENT EXECUTE FUNCTION geopol._log_keys(%s)',
        src, trig_args);
    EXECUTE pg_catalog.format(
        'CREATE TRIGGER geopol_enqueue_update AFTER UPDATE OF %s ON %s FOR EACH ROW '
        'WHEN (OLD.%I IS DISTINCT FROM NEW.%I OR OLD.%I::text IS DISTINCT FROM NEW.%I::text%s) '
        'EXECUTE FUNCTION geopol._log_keys(%s)',
        upd_cols, src, text_col, text_col, key_col, key_col,
        CASE WHEN date_col IS NULL THEN ''
             ELSE pg_catalog.format(' OR OLD.%I IS DISTINCT FROM NEW.%I', date_col, date_col) END,
        trig_args);
    EXECUTE pg_catalog.format(
        'CREATE TRIGGER geopol_truncate AFTER TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION geopol.%I()',
        src, CASE WHEN dist THEN '_truncate_results' ELSE nm || '_truncate' END);
    IF dist THEN
        -- always after insert (no BEFORE trigger timing to keep in step on the shards)
        EXECUTE pg_catalog.format(
            'CREATE TRIGGER geopol_enqueue AFTER INSERT ON %s FOR EACH ROW EXECUTE FUNCTION geopol._log_keys(%s)',
            src, trig_args);
    END IF;

    -- DROP EXTENSION geopol drops the trigger functions and the triggers with
    -- it (the tables go with geopol._tracking_base, under CASCADE).  Not on
    -- Citus: it refuses triggers and distributed functions that depend on an
    -- extension (the tables depend on the extension: _depend_on_extension).
    IF NOT dist AND EXISTS (SELECT 1 FROM pg_catalog.pg_extension e WHERE e.extname = 'geopol') THEN
        EXECUTE pg_catalog.format('ALTER FUNCTION geopol.%I() DEPENDS ON EXTENSION geopol', nm || '_truncate');
        EXECUTE pg_catalog.format('ALTER TRIGGER geopol_enqueue_delete ON %s DEPENDS ON EXTENSION geopol', src);
        EXECUTE pg_catalog.format('ALTER TRIGGER geopol_enqueue_flush ON %s DEPENDS ON EXTENSION geopol', src);
        EXECUTE pg_catalog.format('ALTER TRIGGER geopol_enqueue_update ON %s DEPENDS ON EXTENSION geopol', src);
        EXECUTE pg_catalog.format('ALTER TRIGGER geopol_truncate ON %s DEPENDS ON EXTENSION geopol', src);
    END IF;

    INSERT INTO geopol.tracked (source, name, text_column, key_column, key_type, date_column,
                                docs_table, mentions_table, relations_table, topics_table, queue_table, log_table, actors_view,
                                icu_version)
    VALUES (src, nm, text_col, key_col, kcol.atttypid, date_col,
            pg_catalog.format('geopol.%I', nm || '_docs')::regclass,
            pg_catalog.format('geopol.%I', nm || '_mentions')::regclass,
            pg_catalog.format('geopol.%I', nm || '_relations')::regclass,
            pg_catalog.format('geopol.%I', nm || '_topics')::regclass,
            pg_catalog.format('geopol.%I', nm || '_queue')::regclass,
            pg_catalog.format('geopol.%I', nm || '_log')::regclass,
            pg_catalog.format('geopol.%I', nm || '_actors')::regclass,
            geopol.icu_version())
    RETURNING * INTO t;
    IF dist THEN
        -- every shard queues its rows at the first refresh, on its worker, as
        -- the owner (Citus lets no other user than this function's touch the
        -- new tables' shards in this transaction)
        PERFORM geopol._citus_fill_shards(t);
        EXECUTE pg_catalog.format('UPDATE geopol.%I SET requeue = true', nm || '_shards');
    ELSE
        PERFORM geopol._place_queue_trigger(src);
    END IF;

    PERFORM geopol._rebuild_views();
    PERFORM geopol._set_local(saved);
    RETURN t;
END
$fn$;
COMMENT ON FUNCTION geopol._track(regclass, name, name, name) IS
    'Internal (SECURITY DEFINER): the DDL of geopol.track(); checks that the session user could act as the table''s owner.';

-- The rows of a distributed table that track() just made its shards queue
-- at the first refresh.  Counted by the same user as _track() created the
-- shards with: in that transaction Citus lets no other user touch them.
-- (Only rows are counted; no code of the table's owner runs.)  For the
-- table's owner only, as track().
CREATE OR REPLACE FUNCTION geopol._citus_track_count(src regclass) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
    n bigint;
BEGIN
    t := geopol._tracked_for(src, session_user, 'MEMBER', 'track');
    EXECUTE pg_catalog.format('SELECT pg_catalog.count(*) FROM %s s WHERE s.%I IS NOT NULL', src, t.key_column) INTO n;
    RETURN n;
END
$fn$;

-- Queues every key of the source (and of the existing results), as the
-- owner of the table (geopol._as_owner: the owner's code reached on the way,
-- a domain's CHECK on the key, runs with the owner's rights and cannot SET
-- ROLE).  Returns the number of keys queued.
CREATE OR REPLACE FUNCTION geopol._enqueue_all(src regclass, with_results boolean) RETURNS bigint
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
    n bigint;
BEGIN
    SELECT * INTO STRICT t FROM geopol.tracked tr WHERE tr.source = src;
    IF geopol._is_distributed(t) THEN
        -- each shard queues its rows and results at the next refresh, on its
        -- worker (see _refresh_shard); the number of keys
        PERFORM 1 FROM geopol._as_owner(t.source, pg_catalog.format('UPDATE geopol.%I SET requeue = true', t.name || '_shards'))
            AS r(x int);
        SELECT r.n INTO n FROM geopol._as_owner(t.source, pg_catalog.format(
            'SELECT pg_catalog.count(*) FROM (SELECT s.%1$I AS key FROM %2$s s WHERE s.%1$I IS NOT NULL %3$s) k',
            t.key_column, t.source,
            CASE WHEN with_results THEN pg_catalog.format('UNION SELECT d.key FROM %s d', t.docs_table) ELSE '' END)) AS r(n bigint);
        RETURN n;
    END IF;
    SELECT r.n INTO n FROM geopol._as_owner(t.source, pg_catalog.format(
        -- (in key order, as refresh() moves keys: see _refresh_sql)
        'WITH i AS (INSERT INTO %1$s AS q (key) SELECT k.key FROM (SELECT s.%2$I AS key FROM %3$s s WHERE s.%2$I IS NOT NULL %4$s) k '
        'ORDER BY k.key ON CONFLICT (key) DO UPDATE SET queued_at = q.queued_at WHERE false RETURNING 1) '
        'SELECT pg_catalog.count(*) FROM i',
        t.queue_table, t.key_column, t.source,
        CASE WHEN with_results THEN pg_catalog.format('UNION SELECT d.key FROM %s d', t.docs_table) ELSE '' END)) AS r(n bigint);
    RETURN n;
END
$fn$;

CREATE OR REPLACE FUNCTION geopol.track(source regclass, text_column name, key_column name DEFAULT NULL,
                             date_column name DEFAULT NULL)
    RETURNS bigint
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    owner oid;
    n bigint;
BEGIN
    SELECT c.relowner INTO owner FROM pg_catalog.pg_class c WHERE c.oid = track.source;
    IF FOUND THEN
        PERFORM geopol._check_owner(track.source, owner, current_user, 'USAGE', 'track');
    END IF;
    PERFORM geopol._track(track.source, track.text_column, track.key_column, track.date_column);
    IF geopol._citus_has_workers() THEN
        PERFORM geopol._citus_sync_needed();  -- the workers analyse with the coordinator's dictionary
    END IF;
    IF geopol._citus_kind(track.source) = 'distributed' THEN
        -- its shards queue their rows at the first refresh (see _track): how many
        RETURN geopol._citus_track_count(track.source);
    END IF;
    RETURN geopol._enqueue_all(track.source, false);
END
$fn$;
COMMENT ON FUNCTION geopol.track(regclass, name, name, name) IS
    'Keeps the text in source.text_column analysed: creates result tables keyed like the source (key_column, default its single-column primary key; doc dates from date_column), triggers that queue changed rows, and queues the existing rows. Returns the number of rows queued; CALL geopol.refresh() analyses them. Owner of the table only.';

-- ---------------------------------------------------------- untrack

-- Drops what track() created for t.  Called by _untrack and by the event
-- triggers (as the extension's owner).
CREATE OR REPLACE FUNCTION geopol._drop_tracking(t geopol.tracked) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    obj regclass;
    saved text[];
BEGIN
    IF geopol._is_distributed(t) THEN
        -- Citus drops triggers of distributed tables only when asked to; and
        -- tables, then views over them, over one connection per node (for
        -- the rest of the transaction, as Citus's own DDL does)
        PERFORM geopol._set_local(ARRAY['citus.multi_shard_modify_mode', 'sequential']);
        saved := geopol._set_local(ARRAY['citus.enable_unsafe_triggers', 'on']);
        EXECUTE pg_catalog.format('DROP TABLE IF EXISTS geopol.%I', t.name || '_shards');
    ELSIF geopol._citus() THEN
        -- a plain table's objects are this node's alone (see _track)
        saved := geopol._set_local(ARRAY['citus.enable_ddl_propagation', 'off']);
    END IF;
    DELETE FROM geopol.tracked tr WHERE tr.source = t.source;
    DELETE FROM geopol.failure f WHERE f.source = t.source;
    PERFORM geopol._rebuild_views();
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = t.source) THEN
        EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS geopol_enqueue ON %s', t.source);
        EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS geopol_enqueue_delete ON %s', t.source);
        EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS geopol_enqueue_flush ON %s', t.source);
        EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS geopol_enqueue_update ON %s', t.source);
        EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS geopol_truncate ON %s', t.source);
    END IF;
    FOREACH obj IN ARRAY ARRAY[t.actors_view, t.mentions_table, t.topics_table] LOOP
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = obj) THEN
            EXECUTE pg_catalog.format('DROP VIEW %s', obj);
        END IF;
    END LOOP;
    FOREACH obj IN ARRAY ARRAY[t.docs_table, t.relations_table, t.queue_table, t.log_table] LOOP
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = obj) THEN
            EXECUTE pg_catalog.format('DROP TABLE %s', obj);
        END IF;
    END LOOP;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_proc p
               WHERE p.pronamespace = 'geopol'::regnamespace AND p.proname = t.name || '_truncate') THEN
        EXECUTE pg_catalog.format('DROP FUNCTION geopol.%I() CASCADE', t.name || '_truncate');
    END IF;
    PERFORM geopol._set_local(saved);
END
$fn$;
REVOKE ALL ON FUNCTION geopol._drop_tracking(geopol.tracked) FROM PUBLIC;

-- the owner of a tracked table: of the source if it still exists, else of
-- its trigger function (which track() gave to the source's owner)
CREATE OR REPLACE FUNCTION geopol._tracked_owner(t geopol.tracked) RETURNS oid
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT coalesce((SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = t.source),
                    (SELECT p.proowner FROM pg_catalog.pg_proc p
                     WHERE p.pronamespace = 'geopol'::regnamespace AND p.proname = t.name || '_truncate'))
$$;

-- The tracking row of rel, once role may act as its owner (see
-- _check_owner); raises when rel is not tracked.  One lookup and one
-- message for every function that acts on a tracked table.
CREATE OR REPLACE FUNCTION geopol._tracked_for(rel regclass, role name, how text, action text) RETURNS geopol.tracked
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    t geopol.tracked;
BEGIN
    SELECT * INTO t FROM geopol.tracked tr WHERE tr.source = rel;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'table % is not tracked', rel
            USING ERRCODE = 'undefined_object',
                  HINT = 'SELECT source FROM geopol.tracked lists the tracked tables.';
    END IF;
    PERFORM geopol._check_owner(rel, geopol._tracked_owner(t), role, how, action);
    RETURN t;
END
$$;

CREATE OR REPLACE FUNCTION geopol._untrack(src regclass) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
BEGIN
    t := geopol._tracked_for(src, session_user, 'MEMBER', 'untrack');
    PERFORM geopol._drop_tracking(t);
END
$fn$;
COMMENT ON FUNCTION geopol._untrack(regclass) IS
    'Internal (SECURITY DEFINER): the DDL of geopol.untrack(); checks that the session user could act as the table''s owner.';

CREATE OR REPLACE FUNCTION geopol.untrack(source regclass) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
BEGIN
    t := geopol._tracked_for(untrack.source, current_user, 'USAGE', 'untrack');
    PERFORM geopol._untrack(untrack.source);
END
$fn$;
COMMENT ON FUNCTION geopol.untrack(regclass) IS
    'Stops tracking source: drops its triggers, result tables, queue, per-table view and failure rows. Owner of the table only.';

-- The document date of a row of t's source aliased alias, as an SQL
-- expression: the date column as a date (timestamptz taken in UTC), or NULL.
CREATE OR REPLACE FUNCTION geopol._doc_date_expr(t geopol.tracked, alias text) RETURNS text
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT CASE WHEN t.date_column IS NULL THEN 'NULL::pg_catalog.date'
                WHEN geopol._base_type(a.atttypid) = 'timestamp with time zone'::regtype
                THEN pg_catalog.format('(%I.%I AT TIME ZONE ''UTC'')::pg_catalog.date', alias, t.date_column)
                ELSE pg_catalog.format('%I.%I::pg_catalog.date', alias, t.date_column) END
    FROM (SELECT 1) one
    LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = t.source AND a.attname = t.date_column
$$;

-- Drift: rows written while the queue triggers did not fire (ALTER TABLE
-- ... DISABLE TRIGGER, session_replication_role = replica as logical
-- replication applies changes, pg_restore --disable-triggers, a bulk load
-- with triggers off) are never queued, and status says nothing is pending.
-- verify() compares the source with the results, as the table's owner: rows
-- with text but no results (missing), results of rows that are gone or have
-- no text any more (extra), and rows whose text or date differ from what
-- was analysed (changed: a hash of the text is kept with the results);
-- queued and failed documents are not drift.  Results stored before 0.3.0
-- have no hash (unverified: geopol.requeue() analyses them again).  With
-- requeue, the drifting documents are queued for the next refresh.
CREATE OR REPLACE FUNCTION geopol.verify(source regclass, requeue boolean DEFAULT false,
    OUT missing bigint, OUT extra bigint, OUT changed bigint, OUT unverified bigint, OUT requeued bigint)
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
BEGIN
    t := geopol._tracked_for(verify.source, current_user, 'USAGE', 'verify');
    SELECT r.* INTO missing, extra, changed, unverified, requeued
    FROM geopol._as_owner(t.source, pg_catalog.format($q$
        WITH pend AS (SELECT q.key FROM %1$s q
                      UNION SELECT k.key FROM %2$s g, unnest(g.keys) AS k(key)),
        cmp AS (
            SELECT coalesce(s.key, d.key) AS key,
                   CASE WHEN d.key IS NULL THEN 'missing'
                        WHEN s.key IS NULL THEN 'extra'
                        WHEN d.text_hash IS NULL THEN 'unverified'
                        WHEN d.text_hash <> pg_catalog.hashtextextended(s.doc COLLATE "C", 0)
                             OR d.doc_date IS DISTINCT FROM s.doc_date THEN 'changed' END AS state
            FROM (SELECT s.%3$I AS key, s.%4$I::pg_catalog.text AS doc, %5$s AS doc_date FROM %6$s s
                  WHERE s.%3$I IS NOT NULL AND s.%4$I IS NOT NULL) s
            FULL JOIN %7$s d ON d.key = s.key),
        drift AS (
            SELECT c.key, c.state FROM cmp c
            WHERE c.state IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM pend p WHERE p.key = c.key)
              AND NOT EXISTS (SELECT 1 FROM geopol.failure f
                              WHERE f.source = $1::pg_catalog.oid::pg_catalog.regclass AND f.key = c.key::pg_catalog.text)),
        q AS (INSERT INTO %1$s AS q (key)
              SELECT d.key FROM drift d WHERE $2::pg_catalog.bool AND d.state <> 'unverified' ORDER BY d.key
              ON CONFLICT (key) DO NOTHING RETURNING 1)
        SELECT pg_catalog.count(*) FILTER (WHERE d.state = 'missing'),
               pg_catalog.count(*) FILTER (WHERE d.state = 'extra'),
               pg_catalog.count(*) FILTER (WHERE d.state = 'changed'),
               pg_catalog.count(*) FILTER (WHERE d.state = 'unverified'),
               (SELECT pg_catalog.count(*) FROM q)
        FROM drift d$q$,
        t.queue_table, t.log_table, t.key_column, t.text_column, geopol._doc_date_expr(t, 's'), t.source, t.docs_table),
        ARRAY[t.source::oid::text, verify.requeue::text])
        AS r(missing bigint, extra bigint, changed bigint, unverified bigint, requeued bigint);
END
$fn$;
COMMENT ON FUNCTION geopol.verify(regclass, boolean) IS
    'Finds documents whose results are out of step with the source because rows were written while the queue triggers did not fire (DISABLE TRIGGER, session_replication_role = replica, pg_restore --disable-triggers): missing (text but no results), extra (results of rows gone or without text), changed (text or date differ from what was analysed), unverified (results stored before 0.3.0, which keep no hash of the text). With requeue => true, queues the missing, extra and changed ones for the next refresh. Owner of the table only.';


CREATE OR REPLACE FUNCTION geopol.requeue(source regclass) RETURNS bigint
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
BEGIN
    t := geopol._tracked_for(requeue.source, current_user, 'USAGE', 'requeue');
    -- every document will be analysed again, with the running ICU
    UPDATE geopol.tracked tr SET icu_version = geopol.icu_version() WHERE tr.source = requeue.source;
    RETURN geopol._enqueue_all(requeue.source, true);
END
$fn$;
COMMENT ON FUNCTION geopol.requeue(regclass) IS
    'Queues every row of a tracked table again (after editing the dictionary tables, or a TRUNCATE of a single partition); returns the number of keys queued. Owner of the table only.';

-- ================================================================ sql/code/75_refresh.sql
-- ------------------------------------------------------------ refresh

-- What geopol.analyze() finds in a batch of documents (keys, texts and dates
-- side by side), as rows for refresh() to store (pg_analyze_rows.c): each
-- row has the document's key (as text) and date, then a row 'r' per
-- relation, with the columns of geopol.relations() prefixed r_, and last a
-- row 'd' with the document's counts, mentions and topics.  NULL texts give
-- no rows.
CREATE OR REPLACE FUNCTION geopol._analyze_rows(keys text[], docs text[], doc_dates date[],
    OUT key text, OUT doc_date date, OUT part "char",
    OUT r_sentence int, OUT r_source text, OUT r_target text, OUT r_event text, OUT r_mode text, OUT r_quad smallint, OUT r_score real, OUT r_negated boolean, OUT r_hypothetical boolean, OUT r_cue text, OUT r_start_pos int, OUT r_len int, OUT r_evidence text, OUT r_rule text, OUT r_main boolean, OUT r_kind text, OUT r_tone real,
    OUT d_sentences int, OUT d_mentions int, OUT d_relations int, OUT d_topics int, OUT d_mention_list geopol.mention_row[], OUT d_topic_list geopol.topic_row[], OUT d_text_hash bigint)
    RETURNS SETOF record
    LANGUAGE c STABLE PARALLEL SAFE
    ROWS 2000
    AS 'MODULE_PATHNAME', 'geopol_analyze_rows';
COMMENT ON FUNCTION geopol._analyze_rows(text[], text[], date[]) IS
    'Internal: geopol.analyze() as typed rows (part r per relation, then d for the document, with its mentions and topics as arrays), which refresh() stores.';

CREATE OR REPLACE FUNCTION geopol._refresh_sql(src regclass) RETURNS geopol._refresh_sql
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
BEGIN
    SELECT * INTO STRICT t FROM geopol.tracked tr WHERE tr.source = src;
    RETURN geopol._refresh_sql_for(t, true);
END
$fn$;

-- The batch statements of t's tables (on a Citus worker: of the shards of a
-- distributed table's tables, which refresh_shard() puts in t); failures:
-- whether the statements clear geopol.failure (the coordinator's: a shard's
-- batch hands its failures to the coordinator instead).
CREATE OR REPLACE FUNCTION geopol._refresh_sql_for(t geopol.tracked, failures boolean) RETURNS geopol._refresh_sql
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    key_type text;          -- the key's type, as in the result tables
    date_expr text;
    store text;
    r geopol._refresh_sql;
BEGIN
    SELECT pg_catalog.format_type(a.atttypid, a.atttypmod) INTO key_type
      FROM pg_catalog.pg_attribute a WHERE a.attrelid = t.docs_table AND a.attname = 'key';
    date_expr := geopol._doc_date_expr(t, 's');

    -- the keys logged by the triggers go into the queue (log rows another
    -- refresh holds are skipped; this commits with the batch); DO NOTHING
    -- dedupes, and waits for a batch that has just claimed the same key
    -- In key order: two refreshes moving log rows that hold the same keys
    -- (a row updated twice) wait for each other at the first key they
    -- share, in the same order, instead of each holding a key the other
    -- waits for (a deadlock, which three refreshes and two writers hit in
    -- half their calls before).
    r.explode := pg_catalog.format($q$
        WITH l AS (
            DELETE FROM %1$s g
            WHERE g.ctid = ANY (ARRAY(SELECT x.ctid FROM %1$s x FOR UPDATE SKIP LOCKED))
            RETURNING g.keys, g.logged_at)
        INSERT INTO %2$s (key, queued_at)
            SELECT DISTINCT ON (k.key) k.key, l.logged_at FROM l, unnest(l.keys) AS k(key)
            ORDER BY k.key, l.logged_at
            ON CONFLICT (key) DO NOTHING$q$, t.log_table, t.queue_table);
    r.pending := pg_catalog.format(
        'SELECT (SELECT pg_catalog.count(*) FROM %s q WHERE q.queued_at <= $1) '
        '+ (SELECT coalesce(pg_catalog.sum(pg_catalog.cardinality(g.keys)), 0) FROM %s g WHERE g.logged_at <= $1)',
        t.queue_table, t.log_table);
    -- The fast path, when no other session is writing the queue: the lock
    -- (SHARE ROW EXCLUSIVE, NOWAIT) is granted only if no other refresh has
    -- a claim or an explode in progress, and holds off any other until this
    -- batch commits.  The batch then takes whole log rows (about batch_size
    -- keys) straight from the log, leaving out keys that are queued (the
    -- queued entry will analyse the current text anyway): no queue rows to
    -- write and delete.  Log rows another session holds are skipped.
    r.lock_queue := pg_catalog.format('LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE NOWAIT', t.queue_table);
    r.take_log := pg_catalog.format($q$
        WITH cand AS (
            SELECT x.tid FROM (
                SELECT g.ctid AS tid,
                       pg_catalog.sum(pg_catalog.cardinality(g.keys)) OVER (ORDER BY g.ctid)
                           - pg_catalog.cardinality(g.keys) AS before
                FROM %1$s g WHERE g.logged_at <= $1) x
            WHERE x.before < $2),
        took AS (
            DELETE FROM %1$s g
            WHERE g.ctid = ANY (ARRAY(SELECT y.ctid FROM %1$s y
                                      WHERE y.ctid = ANY (ARRAY(SELECT c.tid FROM cand c))
                                      FOR UPDATE SKIP LOCKED))
            RETURNING g.keys)
        SELECT pg_catalog.array_agg(DISTINCT k.key::text)
        FROM took, unnest(took.keys) AS k(key)
        WHERE NOT EXISTS (SELECT 1 FROM %2$s q WHERE q.key = k.key)$q$, t.log_table, t.queue_table);
    -- claim, in the order of the queue's heap (the order keys came in):
    -- rows locked by other refreshes are skipped; the delete commits with
    -- the results
    r.claim := pg_catalog.format($q$
        WITH c AS (
            DELETE FROM %1$s q
            WHERE q.ctid = ANY (ARRAY(
                SELECT s.ctid FROM %1$s s WHERE s.queued_at <= $1
                LIMIT $2 FOR UPDATE SKIP LOCKED))
            RETURNING q.key)
        SELECT pg_catalog.array_agg(c.key::text), pg_catalog.count(*)::int FROM c$q$, t.queue_table);
    r.known := pg_catalog.format('SELECT EXISTS (SELECT 1 FROM %s d WHERE d.key = ANY ($1::text[]::%s[]))',
                                 t.docs_table, key_type);

    -- The batch in one statement: each document read through the source's
    -- key index (OFFSET 0: a probe per key, whatever the planner thinks of
    -- a table it has no statistics for yet), analysed once (_analyze_rows: typed rows, materialized once), old
    -- results of the keys out, new rows in (deleted and NULL-text documents
    -- keep none), failures up to date.  Documents analysed for the first
    -- time (the common case) are plain inserts that delete nothing.
    store := pg_catalog.format($q$
        -- (three aggregates over the same rows: their arrays stay aligned)
        WITH b AS (
            SELECT pg_catalog.array_agg(c.k) AS keys, pg_catalog.array_agg(s.doc) AS docs,
                   pg_catalog.array_agg(s.doc_date) AS dates
            FROM unnest($1::text[]) AS c(k)
            CROSS JOIN LATERAL (SELECT s.%4$I::text AS doc, %5$s AS doc_date
                                FROM %6$s s WHERE s.%7$I = c.k::%3$s OFFSET 0) s),
        r AS MATERIALIZED (
            SELECT a.key::%3$s AS key, a.doc_date, a.part, %10$s,
                   a.d_sentences, a.d_mentions, a.d_relations, a.d_topics, a.d_mention_list, a.d_topic_list, a.d_text_hash
            FROM b, geopol._analyze_rows(b.keys, b.docs, b.dates) AS a),
        del_r AS (DELETE FROM %1$s x WHERE $2 AND x.key = ANY ($1::text[]::%3$s[])),
        del_d AS (DELETE FROM %2$s x WHERE $2 AND x.key = ANY ($1::text[]::%3$s[])
                  AND NOT EXISTS (SELECT 1 FROM r WHERE r.part = 'd' AND r.key = x.key)),
        ins_r AS (INSERT INTO %1$s (key, doc_date, %8$s) SELECT r.key, r.doc_date, %9$s FROM r WHERE r.part = 'r'),
        ins_d AS (INSERT INTO %2$s AS x (key, doc_date, sentences, mentions, relations, topics, analyses, analysed_at,
                                         mention_list, topic_list, text_hash)
                  SELECT r.key, r.doc_date, r.d_sentences, r.d_mentions, r.d_relations, r.d_topics, 1, now(),
                         r.d_mention_list, r.d_topic_list, r.d_text_hash
                  FROM r WHERE r.part = 'd'
                  %%s),
        %11$s
        SELECT 1$q$,
        t.relations_table, t.docs_table, key_type,
        t.text_column, date_expr, t.source, t.key_column,
        geopol._part_cols('relations', '%1$I'), geopol._part_cols('relations', 'r.%3$I'),
        geopol._part_cols('relations', 'a.%3$I'),
        CASE WHEN failures THEN 'del_f AS (DELETE FROM geopol.failure f WHERE f.source = $3 AND f.key = ANY ($1::text[]))'
             ELSE 'del_f AS (SELECT 1)' END);
    r.store_new := pg_catalog.format(store, '');
    r.store_again := pg_catalog.format(store,
        'ON CONFLICT (key) DO UPDATE SET doc_date = excluded.doc_date, sentences = excluded.sentences, '
        'mentions = excluded.mentions, relations = excluded.relations, topics = excluded.topics, '
        'analyses = x.analyses + 1, analysed_at = excluded.analysed_at, '
        'mention_list = excluded.mention_list, topic_list = excluded.topic_list, text_hash = excluded.text_hash');
    r.probe := pg_catalog.format($q$
        SELECT c.k, s.%2$I::text AS doc, %3$s AS doc_date
        FROM unnest($1::text[]) AS c(k)
        LEFT JOIN %1$s s ON s.%4$I = c.k::%5$s$q$,
        t.source, t.text_column, date_expr, t.key_column, key_type);
    -- failing documents keep no results, and are recorded
    r.fail := pg_catalog.format($q$
        WITH del_r AS (DELETE FROM %1$s x WHERE x.key = ANY ($1::text[]::%3$s[])),
        del_d AS (DELETE FROM %2$s x WHERE x.key = ANY ($1::text[]::%3$s[])),
        ins_f AS (INSERT INTO geopol.failure AS f (source, key, sqlstate, message, failed_at)
                  SELECT $4, u.k, u.st, u.msg, now() FROM unnest($1::text[], $2::text[], $3::text[]) AS u(k, st, msg)
                  ON CONFLICT (source, key) DO UPDATE SET sqlstate = excluded.sqlstate,
                      message = excluded.message, failed_at = excluded.failed_at)
        SELECT 1$q$,
        t.relations_table, t.docs_table, key_type);
    RETURN r;
END
$fn$;

-- One batch of a tracked table, in the caller's transaction: claims up to
-- batch_size queued keys (queued at or before queued_before), then analyses
-- the documents and writes their results in one statement.  Should a
-- document fail, each is analysed alone (a subtransaction each) to find the
-- failing ones, which go to geopol.failure, and the statement is run again
-- for the others.  pending (when asked for) counts the queue.
CREATE OR REPLACE FUNCTION geopol._refresh_batch(src regclass, batch_size int, queued_before timestamptz, count_pending boolean,
    q geopol._refresh_sql, OUT claimed int, OUT failed int, OUT pending bigint)
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    SET jit = off           -- compiling the batch statement costs more than it saves
    AS $fn$
DECLARE
    b record;
BEGIN
    claimed := 0;
    failed := 0;
    IF NOT EXISTS (SELECT 1 FROM geopol.tracked tr WHERE tr.source = src) THEN
        RETURN;
    END IF;
    SELECT * INTO b FROM geopol._refresh_batch_work(src, batch_size, queued_before, count_pending, q) w;
    claimed := b.claimed;
    pending := b.pending;
    IF claimed = 0 THEN
        UPDATE geopol.tracked tr SET last_refresh = pg_catalog.now() WHERE tr.source = src;
        RETURN;
    END IF;
    IF b.bad IS NOT NULL THEN
        failed := pg_catalog.cardinality(b.bad);
        EXECUTE q.fail USING b.bad, b.states, b.msgs, src;
    END IF;
END
$fn$;

-- The work of a batch (see _refresh_batch), on src's tables as q names them
-- (a tracked table's, or on a Citus worker its shards'): the keys claimed,
-- the pending count (when asked for), and the failing documents (NULL when
-- none failed): their keys, SQLSTATEs and messages, for the caller to record.
CREATE OR REPLACE FUNCTION geopol._refresh_batch_work(src regclass, batch_size int, queued_before timestamptz,
    count_pending boolean, q geopol._refresh_sql,
    OUT claimed int, OUT pending bigint, OUT keys text[], OUT bad text[], OUT states text[], OUT msgs text[])
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    SET jit = off
    AS $fn$
DECLARE
    -- (keys: the claimed keys as text: plpgsql variables cannot change type
    -- from one tracked table to the next)
    r record;
    fast boolean;           -- the batch holds the queue's lock (see _refresh_sql)
    more text[];
    n int;
    good text[] := '{}';
    v_state text;
    v_msg text;
    reanalysed boolean;
BEGIN
    claimed := 0;
    -- the source first: a TRUNCATE (whose trigger truncates the queue and
    -- results) waits for this batch instead of deadlocking with it
    EXECUTE pg_catalog.format('LOCK TABLE %s IN ACCESS SHARE MODE', src);
    IF count_pending THEN
        EXECUTE q.pending INTO pending USING queued_before;
    END IF;
    -- the fast path (see _refresh_sql): straight from the log, when no other
    -- session is writing the queue
    BEGIN
        EXECUTE q.lock_queue;
        fast := true;
    EXCEPTION WHEN lock_not_available THEN
        fast := false;
    END;
    keys := '{}';
    IF fast THEN
        EXECUTE q.take_log INTO more USING queued_before, batch_size;
        keys := coalesce(more, '{}');
    ELSE
        -- another refresh is at work: log rows into the queue first
        EXECUTE q.explode;
    END IF;
    -- the rest of the batch from the queue
    IF pg_catalog.cardinality(keys) < batch_size THEN
        EXECUTE q.claim INTO more, n USING queued_before, batch_size - pg_catalog.cardinality(keys);
        keys := keys || coalesce(more, '{}');
    END IF;
    claimed := pg_catalog.cardinality(keys);
    IF claimed = 0 THEN
        RETURN;
    END IF;
    EXECUTE q.known INTO reanalysed USING keys;

    BEGIN
        IF reanalysed THEN
            EXECUTE q.store_again USING keys, true, src;
        ELSE
            EXECUTE q.store_new USING keys, false, src;
        END IF;
        RETURN;
    EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE;
        IF NOT geopol._document_error(v_state) THEN
            RAISE;
        END IF;
    END;

    -- a document failed: find which, each alone in a subtransaction
    bad := '{}';
    states := '{}';
    msgs := '{}';
    FOR r IN EXECUTE q.probe USING keys LOOP
        BEGIN
            PERFORM pg_catalog.count(*) FROM geopol._analyze_rows(ARRAY[r.k], ARRAY[r.doc], ARRAY[r.doc_date]);
            good := good || r.k;
        EXCEPTION WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE, v_msg = MESSAGE_TEXT;
            IF NOT geopol._document_error(v_state) THEN
                RAISE;
            END IF;
            bad := bad || r.k;
            states := states || v_state;
            msgs := msgs || v_msg;
        END;
    END LOOP;
    IF pg_catalog.cardinality(good) > 0 THEN
        IF reanalysed THEN
            EXECUTE q.store_again USING good, true, src;
        ELSE
            EXECUTE q.store_new USING good, false, src;
        END IF;
    END IF;
END
$fn$;

-- A batch of a distributed table, on one shard (run on the worker that holds
-- it, in a task Citus pushed down: see _refresh_dist_batch): the shards of
-- the table's source, results, queue and log that hold shard_key's hash
-- range, and the batch of _refresh_batch_work() on them, as the user the
-- coordinator connected as (the table's owner).  The failures are the
-- coordinator's to record; done (when asked for) is the keys analysed.
CREATE OR REPLACE FUNCTION geopol._refresh_shard(shard_key text, source_name text, name text, text_column name,
    key_column name, date_column name, batch_size int, queued_before timestamptz, count_pending boolean,
    want_done boolean, requeue boolean,
    OUT claimed int, OUT pending bigint, OUT bad text[], OUT states text[], OUT msgs text[], OUT done text[])
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    SET jit = off
    AS $fn$
DECLARE
    t geopol.tracked;
    w record;
    shard regclass;
BEGIN
    -- as on one node (see refresh()): a batch lost by a crash is still queued,
    -- so the worker's commit need not wait for the WAL flush
    PERFORM geopol._set_local(ARRAY['synchronous_commit', 'off']);
    -- (regclass: the worker's own names of the coordinator's tables)
    shard := geopol._citus_shard(source_name::regclass, shard_key);
    t.source := shard;
    t.name := name;
    t.text_column := text_column;
    t.key_column := key_column;
    t.date_column := date_column;
    t.docs_table := geopol._citus_shard(pg_catalog.format('geopol.%I', name || '_docs')::regclass, shard_key);
    t.relations_table := geopol._citus_shard(pg_catalog.format('geopol.%I', name || '_relations')::regclass, shard_key);
    t.queue_table := geopol._citus_shard(pg_catalog.format('geopol.%I', name || '_queue')::regclass, shard_key);
    t.log_table := geopol._citus_shard(pg_catalog.format('geopol.%I', name || '_log')::regclass, shard_key);
    IF requeue THEN
        -- (track(), requeue()): the shard's rows and results first
        -- (queued as of the coordinator's start of the refresh: this one takes them)
        EXECUTE pg_catalog.format(
            'INSERT INTO %1$s AS q (key, queued_at) SELECT k.key, $1 FROM (SELECT s.%2$I AS key FROM %3$s s WHERE s.%2$I IS NOT NULL '
            'UNION SELECT d.key FROM %4$s d) k ORDER BY k.key ON CONFLICT (key) DO NOTHING',
            t.queue_table, key_column, t.source, t.docs_table)
            USING queued_before;
        EXECUTE pg_catalog.format('UPDATE %s h SET requeue = false WHERE h.key = $1::%s',
                                  geopol._citus_shard(pg_catalog.format('geopol.%I', name || '_shards')::regclass, shard_key),
                                  (SELECT pg_catalog.format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a
                                   WHERE a.attrelid = t.queue_table AND a.attname = 'key'))
            USING shard_key;
    END IF;
    SELECT * INTO w FROM geopol._refresh_batch_work(shard, batch_size, queued_before, count_pending,
                                                    geopol._refresh_sql_for(t, false)) x;
    claimed := w.claimed;
    pending := w.pending;
    bad := w.bad;
    states := w.states;
    msgs := w.msgs;
    IF want_done THEN
        done := w.keys;
    END IF;
END
$fn$;

-- One batch of a distributed table (run on the coordinator as the table's
-- owner, like _refresh_batch): a query over the table's _shards table, one
-- row per shard, that Citus pushes down to the workers, one task per shard
-- run in parallel, each task the batch of its shard (_refresh_shard); the
-- text is read and analysed where it is stored, only counts and failures
-- come back.  Up to batch_size documents per shard.
CREATE OR REPLACE FUNCTION geopol._refresh_dist_batch(src regclass, batch_size int, queued_before timestamptz,
    count_pending boolean, OUT claimed int, OUT failed int, OUT pending bigint)
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
    r record;
    had_failures boolean;
BEGIN
    claimed := 0;
    failed := 0;
    pending := CASE WHEN count_pending THEN 0 END;
    SELECT * INTO t FROM geopol.tracked tr WHERE tr.source = src;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    had_failures := EXISTS (SELECT 1 FROM geopol.failure f WHERE f.source = src);
    FOR r IN EXECUTE pg_catalog.format(
        'SELECT b.* FROM geopol.%I h, LATERAL geopol._refresh_shard(h.key::pg_catalog.text, $1, $2, $3, $4, $5, $6, $7, $8, $9, h.requeue) b',
        t.name || '_shards')
        USING src::text, t.name, t.text_column, t.key_column, t.date_column, batch_size, queued_before,
              count_pending, had_failures
    LOOP
        claimed := claimed + r.claimed;
        pending := pending + r.pending;
        IF pg_catalog.cardinality(r.bad) > 0 THEN
            failed := failed + pg_catalog.cardinality(r.bad);
            INSERT INTO geopol.failure AS f (source, key, sqlstate, message, failed_at)
            SELECT src, u.k, u.st, u.msg, pg_catalog.now() FROM unnest(r.bad, r.states, r.msgs) AS u(k, st, msg)
            ON CONFLICT (source, key) DO UPDATE SET sqlstate = excluded.sqlstate,
                message = excluded.message, failed_at = excluded.failed_at;
        END IF;
        IF had_failures AND pg_catalog.cardinality(r.done) > 0 THEN
            DELETE FROM geopol.failure f
            WHERE f.source = src AND f.key = ANY (r.done) AND NOT f.key = ANY (coalesce(r.bad, '{}'));
        END IF;
    END LOOP;
    IF claimed = 0 THEN
        UPDATE geopol.tracked tr SET last_refresh = pg_catalog.now() WHERE tr.source = src;
    END IF;
END
$fn$;

-- The tables refresh(src) works on: src (which the caller must be able to
-- act as the owner of), or every tracked table whose owner's privileges the
-- caller has, in OID order.
CREATE OR REPLACE FUNCTION geopol._refresh_plan(src regclass) RETURNS SETOF regclass
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
    owner oid;
BEGIN
    IF src IS NOT NULL AND NOT EXISTS (SELECT 1 FROM geopol.tracked tr WHERE tr.source = src) THEN
        RAISE EXCEPTION 'table % is not tracked', src
            USING ERRCODE = 'undefined_object',
                  HINT = pg_catalog.format('SELECT geopol.track(%L, ''<text column>'') first.', src::text);
    END IF;
    FOR t IN SELECT * FROM geopol.tracked tr
             WHERE (src IS NULL OR tr.source = src)
               AND EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = tr.source)
             ORDER BY tr.source::oid
    LOOP
        SELECT c.relowner INTO owner FROM pg_catalog.pg_class c WHERE c.oid = t.source;
        IF pg_catalog.pg_has_role(current_user, owner, 'USAGE') THEN
            RETURN NEXT t.source;
        ELSIF src IS NOT NULL THEN
            PERFORM geopol._check_owner(src, owner, current_user, 'USAGE', 'refresh');
        END IF;
        -- else: someone else's table
    END LOOP;
END
$fn$;

-- A table's refresh failed: the error goes to geopol.refresh_error (the
-- newest 100 per table are kept) and shows in geopol.status; refresh()
-- goes on with the other tables.
CREATE OR REPLACE FUNCTION geopol._record_refresh_error(src regclass, state text, msg text, det text, hnt text, ctx text)
    RETURNS void
    LANGUAGE sql
    SET search_path = pg_catalog, pg_temp
    AS $$
    INSERT INTO geopol.refresh_error (source, sqlstate, message, detail, hint, context)
    VALUES (src, state, msg, nullif(det, ''), nullif(hnt, ''), nullif(ctx, ''));
    DELETE FROM geopol.refresh_error e
    WHERE e.source = src
      AND e.failed_at < (SELECT min(x.failed_at) FROM (SELECT y.failed_at FROM geopol.refresh_error y WHERE y.source = src
                                                      ORDER BY y.failed_at DESC LIMIT 100) x);
$$;

CREATE OR REPLACE PROCEDURE geopol.refresh(source regclass DEFAULT NULL, batch_size int DEFAULT 1000,
                                           lock_timeout interval DEFAULT '10s')
    LANGUAGE plpgsql
    -- no SET clause: a procedure with one cannot COMMIT; search_path is set
    -- LOCAL at the start of every transaction instead
    AS $proc$
DECLARE
    src regclass;
    sqls geopol._refresh_sql;
    dist boolean;           -- a Citus distributed table: batches on the workers
    batch_sql text;
    b record;
    started timestamptz;
    total bigint;
    done bigint;
    nfailed bigint;
    secs float8;
    rate float8;
    broken boolean;
    wait text;
    v_state text;
    v_msg text;
    v_detail text;
    v_hint text;
    v_context text;
BEGIN
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    IF batch_size IS NULL OR batch_size < 1 THEN
        RAISE EXCEPTION 'batch_size must be at least 1' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF refresh.lock_timeout IS NULL OR refresh.lock_timeout < '0'::interval THEN
        RAISE EXCEPTION 'lock_timeout must be zero (wait for ever) or positive' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- a transaction that started before this CALL: an explicit transaction
    -- block, where the COMMITs below would fail after the first batch
    IF pg_catalog.now() <> pg_catalog.statement_timestamp() THEN
        RAISE EXCEPTION 'geopol.refresh() cannot run inside a transaction block'
            USING ERRCODE = 'active_sql_transaction',
                  HINT = 'It commits after each batch: CALL it on its own (autocommit), as pg_cron does.';
    END IF;
    -- a table's batch waits for a lock at most this long (a table locked by
    -- an idle transaction is then skipped, not waited for for ever); a lower
    -- lock_timeout of the session is kept
    wait := CASE WHEN refresh.lock_timeout = '0'::interval THEN pg_catalog.current_setting('lock_timeout')
                 WHEN pg_catalog.current_setting('lock_timeout') NOT IN ('0', '0ms', '0s')
                      AND pg_catalog.current_setting('lock_timeout')::interval < refresh.lock_timeout
                 THEN pg_catalog.current_setting('lock_timeout')
                 ELSE (extract(epoch FROM refresh.lock_timeout) * 1000)::bigint::text || 'ms' END;
    PERFORM geopol._rebuild_views();      -- a no-op unless a restore left them stale
    IF geopol._citus_has_workers() THEN
        PERFORM geopol._citus_sync_needed();  -- Citus workers added since: the dictionary
    END IF;
    FOR src IN SELECT p FROM geopol._refresh_plan(refresh.source) AS p LOOP
        started := pg_catalog.clock_timestamp();
        total := NULL;
        done := 0;
        nfailed := 0;
        broken := false;
        -- Each batch is the table's owner's work (geopol._as_owner: the
        -- owner's code reached on the way, a domain's CHECK on the key,
        -- an operator on its type, runs with the owner's rights only and
        -- cannot SET ROLE), in a subtransaction: a table that fails (a key
        -- that stopped being unique, a lock held by an idle transaction)
        -- is recorded and skipped, and the other tables are refreshed.
        -- Cancellation and statement_timeout are never caught.
        BEGIN
            PERFORM geopol._sync_owner(src);     -- after a REASSIGN OWNED
            sqls := geopol._refresh_sql(src);    -- the batch statements, written once
            dist := geopol._citus_kind(src) IS NOT DISTINCT FROM 'distributed';
            IF dist THEN
                -- one key per shard (after a shard split: again)
                PERFORM 1 FROM geopol._as_owner(src,
                    'SELECT 1 FROM geopol.tracked tr, LATERAL geopol._citus_fill_shards(tr) f '
                    'WHERE tr.source = $1::pg_catalog.oid::pg_catalog.regclass',
                    ARRAY[src::oid::text]) AS r(x int);
                batch_sql := 'SELECT b.claimed, b.failed, b.pending FROM geopol._refresh_dist_batch($1::pg_catalog.oid::pg_catalog.regclass, '
                             '$2::pg_catalog.int4, $3::pg_catalog.timestamptz, $4::pg_catalog.bool) b';
            ELSE
                batch_sql := 'SELECT b.claimed, b.failed, b.pending FROM geopol._refresh_batch($1::pg_catalog.oid::pg_catalog.regclass, '
                             '$2::pg_catalog.int4, $3::pg_catalog.timestamptz, $4::pg_catalog.bool, $5::geopol._refresh_sql) b';
            END IF;
        EXCEPTION WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE, v_msg = MESSAGE_TEXT, v_detail = PG_EXCEPTION_DETAIL,
                                    v_hint = PG_EXCEPTION_HINT, v_context = PG_EXCEPTION_CONTEXT;
            broken := true;
        END;
        LOOP
            EXIT WHEN broken;
            -- a batch commits its results and the removal of its queue rows
            -- together: if a crash loses an asynchronous commit, both are
            -- lost and the documents are still queued, so the batch need not
            -- wait for the WAL flush
            PERFORM pg_catalog.set_config('synchronous_commit', 'off', true);
            PERFORM pg_catalog.set_config('lock_timeout', wait, true);
            BEGIN
                SELECT * INTO b FROM geopol._as_owner(src, batch_sql,
                    ARRAY[src::oid::text, refresh.batch_size::text, started::text, (total IS NULL)::text, sqls::text])
                    AS r(claimed int, failed int, pending bigint);
                IF NOT FOUND THEN       -- (not expected: the batch returns a row)
                    SELECT 0 AS claimed, 0 AS failed, 0::bigint AS pending INTO b;
                END IF;
            EXCEPTION WHEN OTHERS THEN
                GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE, v_msg = MESSAGE_TEXT, v_detail = PG_EXCEPTION_DETAIL,
                                        v_hint = PG_EXCEPTION_HINT, v_context = PG_EXCEPTION_CONTEXT;
                broken := true;
            END;
            IF broken THEN
                NULL;
            ELSIF b.claimed > 0 THEN
                done := done + b.claimed;
                nfailed := nfailed + b.failed;
                IF total IS NULL THEN
                    total := b.pending;
                END IF;
                PERFORM geopol._set_progress(src, started, done, greatest(total, done), nfailed);
            END IF;
            COMMIT;
            PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
            IF broken THEN
                EXIT;
            END IF;
            EXIT WHEN b.claimed = 0;
            secs := greatest(extract(epoch FROM pg_catalog.clock_timestamp() - started)::float8, 0.001);
            rate := done / secs;
            RAISE NOTICE 'geopol.refresh %: %/% documents, % docs/s, about % s left',
                src, done, greatest(total, done), round(rate::numeric),
                round((greatest(total - done, 0) / rate)::numeric, 1);
        END LOOP;
        IF broken THEN
            PERFORM geopol._record_refresh_error(src, v_state, v_msg, v_detail, v_hint, v_context);
            RAISE WARNING 'geopol.refresh %: skipped after an error: %', src, v_msg
                USING DETAIL = pg_catalog.format('SQLSTATE %s. The other tables are refreshed; geopol.status and geopol.refresh_error show the error.', v_state),
                      HINT = CASE WHEN v_state = '55P03'
                                  THEN 'A lock on the table or its results was held longer than lock_timeout: look for idle transactions in pg_stat_activity.'
                                  ELSE 'Fix the cause (see geopol.refresh_error) and CALL geopol.refresh() again; the queued documents wait.' END;
        ELSIF done > 0 THEN
            secs := greatest(extract(epoch FROM pg_catalog.clock_timestamp() - started)::float8, 0.001);
            RAISE NOTICE 'geopol.refresh %: % documents in % s (% docs/s), % failed',
                src, done, round(secs::numeric, 1), round((done / secs)::numeric), nfailed;
        END IF;
        PERFORM geopol._set_progress(src, NULL, NULL, NULL, NULL);
        COMMIT;
        PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    END LOOP;
END
$proc$;
COMMENT ON PROCEDURE geopol.refresh(regclass, int, interval) IS
    'Analyses the queued documents of a tracked table (NULL: of every tracked table whose owner''s privileges the caller has), batch_size documents per transaction, each batch with the rights of the table''s owner; documents whose analysis fails go to geopol.failure, and a table whose refresh fails (or waits longer than lock_timeout for a lock) is recorded in geopol.refresh_error and skipped. Safe to run in several sessions at once. CALL it outside a transaction block.';

-- ------------------------------------------------------------ progress

-- The running refresh of this backend: one row per backend in
-- geopol._progress (NULL started: done), written with each batch's commit.
CREATE OR REPLACE FUNCTION geopol._set_progress(src regclass, started timestamptz, done bigint, total bigint, failed bigint)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
BEGIN
    IF started IS NULL THEN
        DELETE FROM geopol._progress p WHERE p.pid = pg_catalog.pg_backend_pid();
    ELSE
        INSERT INTO geopol._progress AS p (pid, backend_start, source, started, done, total, failed, updated_at)
        VALUES (pg_catalog.pg_backend_pid(),
                (SELECT a.backend_start FROM pg_catalog.pg_stat_activity a WHERE a.pid = pg_catalog.pg_backend_pid()),
                src, started, done, total, failed, pg_catalog.clock_timestamp())
        ON CONFLICT (pid) DO UPDATE SET backend_start = excluded.backend_start, source = excluded.source,
            started = excluded.started, done = excluded.done, total = excluded.total, failed = excluded.failed,
            updated_at = excluded.updated_at;
    END IF;
END
$fn$;

CREATE OR REPLACE VIEW geopol.refresh_progress WITH (security_invoker = true) AS
    SELECT p.pid, p.source, p.started, p.done, p.total, p.failed,
           round((100.0 * p.done / nullif(p.total, 0))::numeric, 1) AS percent,
           (p.done / nullif(extract(epoch FROM p.updated_at - p.started), 0))::real AS docs_per_second,
           (p.updated_at + (p.total - p.done) * ((p.updated_at - p.started) / nullif(p.done, 0))) AS expected_end,
           p.updated_at
    FROM geopol._progress p
    JOIN pg_catalog.pg_stat_activity a ON a.pid = p.pid AND a.backend_start = p.backend_start;
COMMENT ON VIEW geopol.refresh_progress IS
    'Refreshes running now, one row per backend, like pg_stat_progress_*: the table, documents done (as of the last committed batch) and queued when it started, failures, the rate and when it should end. Only tables you can read.';
GRANT SELECT ON geopol.refresh_progress TO PUBLIC;

-- ------------------------------------------------------------ status

CREATE OR REPLACE FUNCTION geopol._status(OUT source regclass, OUT text_column name, OUT documents bigint,
    OUT pending bigint, OUT failed bigint, OUT last_analysed timestamptz, OUT last_refresh timestamptz,
    OUT last_error text, OUT last_error_at timestamptz, OUT icu_outdated boolean)
    RETURNS SETOF record
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
    documents_to_queue bigint;
BEGIN
    FOR t IN SELECT * FROM geopol.tracked tr ORDER BY tr.source::text LOOP
        source := t.source;
        text_column := t.text_column;
        last_refresh := t.last_refresh;
        icu_outdated := t.icu_version IS DISTINCT FROM geopol.icu_version();
        IF geopol._can_read(t.docs_table) OR geopol._is_owner(t.source) THEN
            EXECUTE pg_catalog.format('SELECT pg_catalog.count(*), pg_catalog.max(d.analysed_at) FROM %s d', t.docs_table)
                INTO documents, last_analysed;
            EXECUTE pg_catalog.format('SELECT (SELECT pg_catalog.count(*) FROM %s q) + '
                                      '(SELECT coalesce(pg_catalog.sum(pg_catalog.cardinality(g.keys)), 0) FROM %s g)',
                                      t.queue_table, t.log_table) INTO pending;
            IF geopol._is_distributed(t) THEN
                -- the rows of shards that queue them at the next refresh (after
                -- track() or requeue())
                EXECUTE pg_catalog.format(
                    'SELECT pg_catalog.count(*) FROM %1$s s WHERE s.%2$I IS NOT NULL '
                    'AND pg_catalog.get_shard_id_for_distribution_column(%3$L::pg_catalog.regclass, s.%2$I) '
                    '    IN (SELECT pg_catalog.get_shard_id_for_distribution_column(%3$L::pg_catalog.regclass, h.key) '
                    '        FROM geopol.%4$I h WHERE h.requeue)',
                    t.source, t.key_column, t.source::text, t.name || '_shards')
                    INTO documents_to_queue;
                pending := pending + documents_to_queue;
            END IF;
            SELECT pg_catalog.count(*) INTO failed FROM geopol.failure f WHERE f.source = t.source;
            -- the newest error, unless a refresh of the table has gone through since
            SELECT e.sqlstate || ': ' || e.message, e.failed_at INTO last_error, last_error_at
              FROM geopol.refresh_error e
             WHERE e.source = t.source AND (t.last_refresh IS NULL OR e.failed_at > t.last_refresh)
             ORDER BY e.failed_at DESC LIMIT 1;
            IF NOT FOUND THEN
                last_error := NULL;
                last_error_at := NULL;
            END IF;
        ELSE
            documents := NULL;
            pending := NULL;
            failed := NULL;
            last_analysed := NULL;
            last_error := NULL;
            last_error_at := NULL;
        END IF;
        RETURN NEXT;
    END LOOP;
END
$fn$;

CREATE OR REPLACE VIEW geopol.status WITH (security_invoker = true) AS
    SELECT s.source, s.text_column, s.documents, s.pending, s.failed, s.last_analysed, s.last_refresh,
           s.last_error, s.last_error_at, s.icu_outdated
    FROM geopol._status() s;
COMMENT ON VIEW geopol.status IS
    'Per tracked table: documents analysed, documents queued, failures, when a document was last analysed and when refresh() last drained the queue, the last error that made refresh() skip the table (cleared by the next refresh that gets through), and whether its results were analysed with another ICU version than the running one (geopol.icu_status()). Counts are NULL for tables you cannot SELECT.';
GRANT SELECT ON geopol.status TO PUBLIC;

-- ================================================================ sql/code/78_icu.sql

-- ------------------------------------------------------------ ICU upgrades
-- Token norms and stems, sentence and word boundaries come from ICU, and
-- ICU's major versions change them (Unicode data, dictionaries for Chinese
-- and Japanese, normalisation).  Three things are stored and depend on the
-- ICU version that computed them: the norms and stems columns of the
-- dictionary tables, the results of tracked tables, and indexes built on
-- geopol's functions (actor_tsvector(), to_tsvector('geopol.multilingual')).
-- After an ICU upgrade (a new Debian release, pg_upgrade to a machine with
-- another libicu) icu_status() says what is out of date and how to rebuild
-- it; rebuild_after_icu_upgrade() does the first two.

CREATE OR REPLACE FUNCTION geopol.icu_status(OUT object text, OUT built_with text, OUT running text,
    OUT outdated boolean, OUT action text)
    RETURNS SETOF record
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    dict_outdated boolean;
BEGIN
    running := geopol.icu_version();
    SELECT s.icu_version INTO built_with FROM geopol.icu_stamp s WHERE s.part = 'dictionary';
    object := 'dictionary';
    outdated := built_with IS DISTINCT FROM running;
    dict_outdated := outdated;
    action := CASE WHEN outdated THEN 'SELECT geopol.rebuild_after_icu_upgrade()' END;
    RETURN NEXT;
    -- tracked tables: the ICU of their last full analysis
    FOR object, built_with IN
        SELECT t.source::text, t.icu_version FROM geopol.tracked t
        WHERE EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = t.source)
        ORDER BY t.source::text
    LOOP
        outdated := built_with IS DISTINCT FROM running;
        action := CASE WHEN outdated THEN pg_catalog.format('SELECT geopol.requeue(%L)', object) END;
        RETURN NEXT;
    END LOOP;
    -- indexes whose expressions call geopol's functions or use its text
    -- search configuration (the version they were built with is not known:
    -- out of date when the dictionary is)
    FOR object IN
        SELECT DISTINCT d.objid::regclass::text
        FROM pg_catalog.pg_depend d
        JOIN pg_catalog.pg_class c ON c.oid = d.objid AND c.relkind = 'i'
        WHERE d.classid = 'pg_catalog.pg_class'::regclass
          AND ((d.refclassid = 'pg_catalog.pg_proc'::regclass
                AND d.refobjid IN (SELECT p.oid FROM pg_catalog.pg_proc p WHERE p.pronamespace = 'geopol'::regnamespace))
               OR (d.refclassid = 'pg_catalog.pg_ts_config'::regclass
                   AND d.refobjid IN (SELECT f.oid FROM pg_catalog.pg_ts_config f WHERE f.cfgnamespace = 'geopol'::regnamespace)))
          AND c.relnamespace <> 'geopol'::regnamespace
        ORDER BY 1
    LOOP
        built_with := NULL;
        outdated := dict_outdated;
        action := CASE WHEN outdated THEN pg_catalog.format('REINDEX INDEX %s', object) END;
        RETURN NEXT;
    END LOOP;
END
$fn$;
COMMENT ON FUNCTION geopol.icu_status() IS
    'What depends on the ICU version and whether it was built with the running one: the dictionary''s stored norms and stems, each tracked table''s results, and indexes on geopol''s functions; action says how to rebuild what is out of date.';

CREATE OR REPLACE FUNCTION geopol.rebuild_after_icu_upgrade() RETURNS bigint
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    n bigint := 0;
    src regclass;
BEGIN
    -- the generated norms and stems columns are computed again by an update
    UPDATE geopol.alias SET alias = alias;
    UPDATE geopol.cue SET cue = cue;
    UPDATE geopol.cue_modifier SET phrase = phrase;
    UPDATE geopol.topic_term SET term = term;
    UPDATE geopol.icu_stamp SET icu_version = geopol.icu_version(), stamped_at = pg_catalog.now()
     WHERE part = 'dictionary';
    -- every tracked table the caller may act for is analysed again
    FOR src IN SELECT p FROM geopol._refresh_plan(NULL) AS p LOOP
        n := n + geopol.requeue(src);
    END LOOP;
    RAISE NOTICE 'geopol: dictionary norms and stems computed with ICU %; % documents queued (CALL geopol.refresh() analyses them)',
        geopol.icu_version(), n
        USING HINT = 'REINDEX the indexes that geopol.icu_status() lists.';
    RETURN n;
END
$fn$;
COMMENT ON FUNCTION geopol.rebuild_after_icu_upgrade() IS
    'After an ICU upgrade: computes the norms and stems of the dictionary tables again and requeues every tracked table the caller may act for (CALL geopol.refresh() then analyses them); returns the number of documents queued. Needs the right to update the dictionary tables (the extension''s owner). Indexes on geopol''s functions need a REINDEX: geopol.icu_status() lists them.';

-- ================================================================ sql/code/80_views.sql
-- ------------------------------------------------------------ views
-- Geopolitical questions over every tracked table.
--
-- Four union views put the result tables of all tracked tables side by side,
-- the tracked table as source_table (regclass) and its key as text (the keys
-- of different tables have different types; each table's own result tables,
-- and its geopol.<name>_actors view, keep the real key type):
--
--   geopol.documents      one row per analysed document
--   geopol.doc_mentions   mentions, with the document's date
--   geopol.doc_relations  relations, with the document's date
--   geopol.doc_topics     topics, with the document's date
--
-- They are plain UNION ALL views that _rebuild_views() regenerates from
-- geopol.tracked whenever track() or untrack() changes it (CREATE OR REPLACE
-- VIEW, same columns, so the views built on them below and any user views
-- stay valid).  A generated union rather than a function looping over the
-- tables: the planner sees the real tables, pushes conditions (actor, topic,
-- source_table, dates) into each branch and uses their indexes, and prunes
-- the branches of other tables when source_table is given.  The tracked
-- table appears as an OID constant cast to regclass, which records no
-- dependency: dropping a source table is not blocked by these views (the
-- sql_drop event trigger then untracks it).  After a dump is restored the
-- views are regenerated by the next refresh() (or SELECT
-- geopol._rebuild_views()).
--
-- Every view is security_invoker: the row-level security of the result
-- tables applies to whoever queries, so a role sees exactly the results of
-- the tables it can SELECT from (see 50_tracking.sql).
--
-- Events below are the relations that happened: negated ("did not sign") and
-- hypothetical ("may impose sanctions") relations are in doc_relations with
-- their flags, but dyad_summary, actor_summary and dyad_graph leave them out.

CREATE OR REPLACE FUNCTION geopol._union_sql(part text) RETURNS text
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    cols text;
    nulls text;
    branches text;
BEGIN
    IF part = 'docs' THEN
        cols := 'x.sentences, x.mentions, x.relations, x.topics, x.analyses, x.analysed_at';
        nulls := 'NULL::int AS sentences, NULL::int AS mentions, NULL::int AS relations, NULL::int AS topics, '
                 'NULL::int AS analyses, NULL::timestamptz AS analysed_at';
    ELSE
        SELECT pg_catalog.string_agg(pg_catalog.format('x.%I', c.name), ', ' ORDER BY c.ord),
               pg_catalog.string_agg(pg_catalog.format('NULL::%s AS %I', c.type, c.name), ', ' ORDER BY c.ord)
          INTO cols, nulls
          FROM geopol._part_columns(part) c;
    END IF;
    SELECT pg_catalog.string_agg(
               pg_catalog.format('SELECT %s AS source_table, x.key::text COLLATE pg_catalog."default" AS key, '
                                 'x.doc_date, %s FROM %s x',
                                 -- (a distributed table's: see geopol._regclass)
                                 pg_catalog.format(CASE WHEN geopol._is_distributed(t) THEN 'geopol._regclass(%s::oid)'
                                                        ELSE '%s::oid::regclass' END, t.source::oid),
                                 cols,
                                 CASE part WHEN 'docs' THEN t.docs_table WHEN 'mentions' THEN t.mentions_table
                                           WHEN 'relations' THEN t.relations_table ELSE t.topics_table END),
               E'\nUNION ALL\n' ORDER BY t.source::oid)
      INTO branches
      FROM geopol.tracked t;
    RETURN coalesce(branches,
                    pg_catalog.format('SELECT NULL::regclass AS source_table, NULL::text AS key, NULL::date AS doc_date, %s WHERE false',
                                      nulls));
END
$fn$;

-- Are the union views out of step with geopol.tracked?
CREATE OR REPLACE FUNCTION geopol._views_stale() RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
    WITH want AS (
        SELECT v.view, v.tbl
        FROM geopol.tracked t,
             LATERAL (VALUES (pg_catalog.to_regclass('geopol.documents'), t.docs_table),
                             (pg_catalog.to_regclass('geopol.doc_mentions'), t.mentions_table),
                             (pg_catalog.to_regclass('geopol.doc_relations'), t.relations_table),
                             (pg_catalog.to_regclass('geopol.doc_topics'), t.topics_table)) AS v(view, tbl)),
    have AS (
        SELECT DISTINCT rw.ev_class::regclass AS view, d.refobjid::regclass AS tbl
        FROM pg_catalog.pg_rewrite rw
        JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::regclass AND d.objid = rw.oid
                                   AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjid <> rw.ev_class
        WHERE rw.ev_class IN (pg_catalog.to_regclass('geopol.documents'), pg_catalog.to_regclass('geopol.doc_mentions'),
                              pg_catalog.to_regclass('geopol.doc_relations'), pg_catalog.to_regclass('geopol.doc_topics')))
    SELECT EXISTS (SELECT * FROM want EXCEPT SELECT * FROM have)
        OR EXISTS (SELECT * FROM have EXCEPT SELECT * FROM want)
        -- a release that appends columns to a row type (0.3.0: relation_row main, kind, tone)
        OR EXISTS (SELECT 1
                   FROM (VALUES ('doc_mentions', 'mentions'), ('doc_relations', 'relations'), ('doc_topics', 'topics')) AS x(view, part)
                   WHERE pg_catalog.to_regclass('geopol.' || x.view) IS NOT NULL
                     AND (SELECT pg_catalog.count(*) FROM pg_catalog.pg_attribute a
                          WHERE a.attrelid = pg_catalog.to_regclass('geopol.' || x.view) AND a.attnum > 0 AND NOT a.attisdropped)
                         <> 3 + (SELECT pg_catalog.count(*) FROM geopol._part_columns(x.part)))
$$;

-- (Re)creates the union views; SECURITY DEFINER as the extension's owner,
-- who owns them.  Does nothing when they are up to date, so anyone may call
-- it (refresh() does, to repair the views after a restore).
CREATE OR REPLACE FUNCTION geopol._rebuild_views() RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    v record;
BEGIN
    IF pg_catalog.to_regclass('geopol.documents') IS NOT NULL AND NOT geopol._views_stale() THEN
        RETURN false;
    END IF;
    FOR v IN SELECT * FROM (VALUES ('documents', 'docs'), ('doc_mentions', 'mentions'),
                                   ('doc_relations', 'relations'), ('doc_topics', 'topics')) AS x(view, part)
    LOOP
        EXECUTE pg_catalog.format('CREATE OR REPLACE VIEW geopol.%I WITH (security_invoker = true) AS %s',
                                  v.view, geopol._union_sql(v.part));
    END LOOP;
    RETURN true;
END
$fn$;

SELECT geopol._rebuild_views();

COMMENT ON VIEW geopol.documents IS
    'Analysed documents of every tracked table you can read: source_table, key (as text), date, counts of sentences, mentions, relations and topics, how many times analysed and when last.';
COMMENT ON VIEW geopol.doc_mentions IS
    'geopol.mentions() rows of every analysed document you can read, with source_table, key (as text) and doc_date.';
COMMENT ON VIEW geopol.doc_relations IS
    'geopol.relations() rows of every analysed document you can read, with source_table, key (as text) and doc_date.';
COMMENT ON VIEW geopol.doc_topics IS
    'geopol.topics() rows of every analysed document you can read, with source_table, key (as text) and doc_date.';
GRANT SELECT ON geopol.documents, geopol.doc_mentions, geopol.doc_relations, geopol.doc_topics TO PUBLIC;

-- ---------------------------------------------------------- per document

CREATE OR REPLACE VIEW geopol.doc_actors WITH (security_invoker = true) AS
    SELECT m.source_table, m.key, m.doc_date, m.actor,
           pg_catalog.count(*) AS mentions, pg_catalog.min(m.start_pos) AS first_pos
    FROM geopol.doc_mentions m
    WHERE m.actor IS NOT NULL
    GROUP BY m.source_table, m.key, m.doc_date, m.actor;
COMMENT ON VIEW geopol.doc_actors IS
    'Actors per document: how many mentions, first character position. Per table with the real key type: geopol.<name>_actors.';
GRANT SELECT ON geopol.doc_actors TO PUBLIC;

-- ---------------------------------------------------------- aggregates

CREATE OR REPLACE VIEW geopol.dyad_summary WITH (security_invoker = true) AS
    SELECT r.source, r.target,
           pg_catalog.date_trunc('month', r.doc_date)::date AS month,
           pg_catalog.count(*) FILTER (WHERE x.event) AS events,
           pg_catalog.count(*) FILTER (WHERE x.event AND r.quad = 1) AS verbal_cooperation,
           pg_catalog.count(*) FILTER (WHERE x.event AND r.quad = 2) AS material_cooperation,
           pg_catalog.count(*) FILTER (WHERE x.event AND r.quad = 3) AS verbal_conflict,
           pg_catalog.count(*) FILTER (WHERE x.event AND r.quad = 4) AS material_conflict,
           pg_catalog.sum(r.score::float8) FILTER (WHERE x.event) AS score,
           pg_catalog.count(DISTINCT (r.source_table, r.key)) AS documents,
           pg_catalog.min(r.doc_date) AS first_seen,
           pg_catalog.max(r.doc_date) AS last_seen,
           pg_catalog.count(*) FILTER (WHERE r.kind = 'reference') AS refs,
           pg_catalog.avg(r.tone) FILTER (WHERE r.kind = 'reference')::real AS ref_tone
    FROM geopol.doc_relations r,
         -- a sentence's main event for the pair (rows stored before 0.3.0 have no kind and no main)
         LATERAL (SELECT r.kind IS DISTINCT FROM 'reference' AND r.main IS NOT FALSE AS event) x
    WHERE NOT r.negated AND NOT r.hypothetical AND (x.event OR r.kind = 'reference')
    GROUP BY r.source, r.target, pg_catalog.date_trunc('month', r.doc_date)::date;
COMMENT ON VIEW geopol.dyad_summary IS
    'Directed actor pair (source acts on target) per month of the documents'' dates (NULL: undated documents): events (each sentence''s main event for the pair) by PLOVER quad class, their summed score (positive: cooperation), documents, first and last date seen; then refs: relationship references (sentences that talk about the relation, "Russo-Chinese relations") and ref_tone, their average tone (-1 hostile .. 1 friendly). Negated and hypothetical relations are left out.';
GRANT SELECT ON geopol.dyad_summary TO PUBLIC;

CREATE OR REPLACE VIEW geopol.actor_summary WITH (security_invoker = true) AS
    WITH m AS (
        SELECT d.actor, pg_catalog.sum(d.mentions) AS mentions, pg_catalog.count(*) AS documents,
               pg_catalog.min(d.doc_date) AS first_seen, pg_catalog.max(d.doc_date) AS last_seen
        FROM geopol.doc_actors d
        GROUP BY d.actor),
    e AS (
        SELECT x.actor, x.partner, pg_catalog.count(*) FILTER (WHERE NOT x.reference) AS events,
               pg_catalog.count(*) FILTER (WHERE x.reference) AS refs
        FROM (SELECT r.source AS actor, r.target AS partner, r.kind = 'reference' AS reference
              FROM geopol.doc_relations r
              WHERE NOT r.negated AND NOT r.hypothetical AND r.source IS DISTINCT FROM r.target
                AND (r.main IS NOT FALSE OR r.kind = 'reference')
              UNION ALL
              SELECT r.target, r.source, r.kind = 'reference' FROM geopol.doc_relations r
              WHERE NOT r.negated AND NOT r.hypothetical AND r.source IS DISTINCT FROM r.target
                AND (r.main IS NOT FALSE OR r.kind = 'reference')) x
        WHERE x.actor IS NOT NULL AND x.partner IS NOT NULL
        GROUP BY x.actor, x.partner),
    p AS (
        SELECT e.actor, pg_catalog.sum(e.events) AS events, pg_catalog.sum(e.refs) AS refs,
               (pg_catalog.array_agg(e.partner ORDER BY e.events DESC, e.partner) FILTER (WHERE e.events > 0))[1:5]
                   AS top_partners
        FROM e
        GROUP BY e.actor)
    SELECT m.actor, a.name, m.mentions, m.documents,
           coalesce(p.events, 0) AS events, coalesce(p.top_partners, '{}') AS top_partners,
           m.first_seen, m.last_seen, coalesce(p.refs, 0) AS refs
    FROM m
    LEFT JOIN p ON p.actor = m.actor
    LEFT JOIN geopol.actor a ON a.code = m.actor;
COMMENT ON VIEW geopol.actor_summary IS
    'Per actor: mentions, documents mentioning it, events it takes part in (either side, each sentence''s main event for a pair, negated and hypothetical left out), its top 5 partners by events, first and last date seen, and refs: relationship references to it (either side).';
GRANT SELECT ON geopol.actor_summary TO PUBLIC;

CREATE OR REPLACE VIEW geopol.topic_trends WITH (security_invoker = true) AS
    SELECT t.topic, pg_catalog.date_trunc('month', t.doc_date)::date AS month, a.actor,
           pg_catalog.count(*) AS documents,
           coalesce(pg_catalog.sum(a.mentions), 0) AS mentions,
           pg_catalog.avg(t.score)::real AS avg_score
    FROM geopol.doc_topics t
    LEFT JOIN geopol.doc_actors a ON a.source_table = t.source_table AND a.key = t.key
    GROUP BY t.topic, pg_catalog.date_trunc('month', t.doc_date)::date, a.actor;
COMMENT ON VIEW geopol.topic_trends IS
    'Topic x month x actor: documents on the topic that mention the actor (actor NULL: documents on the topic without any actor), the actor''s mentions in them, and the documents'' average topic score.';
GRANT SELECT ON geopol.topic_trends TO PUBLIC;

-- ---------------------------------------------------------- questions

-- an actor code from a code or a name ('RUS', 'rus', 'Russia')
CREATE OR REPLACE FUNCTION geopol._actor_code(a text) RETURNS text
    LANGUAGE sql STABLE STRICT
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT coalesce(
        (SELECT x.code FROM geopol.actor x WHERE x.code = pg_catalog.upper(pg_catalog.btrim(a))),
        (SELECT min(x.code) FROM geopol.actor x WHERE pg_catalog.lower(x.name) = pg_catalog.lower(pg_catalog.btrim(a))),
        (SELECT min(x.actor) FROM geopol.alias x
          WHERE pg_catalog.lower(x.alias) = pg_catalog.lower(pg_catalog.btrim(a)) AND x.kind IN ('state', 'igo')),
        pg_catalog.upper(pg_catalog.btrim(a)))
$$;

CREATE OR REPLACE FUNCTION geopol.events_between(a text, b text, topic text DEFAULT NULL,
    since date DEFAULT NULL, until date DEFAULT NULL)
    RETURNS TABLE (source_table regclass, key text, doc_date date, sentence int,
                   source text, target text, event text, mode text, quad smallint, score real,
                   negated boolean, hypothetical boolean, cue text, evidence text,
                   main boolean, kind text, tone real)
    -- (PL/pgSQL: Citus plans a query with parameters of an SQL function
    -- only as PL/pgSQL passes them)
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY
    WITH codes AS (SELECT geopol._actor_code(a) AS a, geopol._actor_code(b) AS b)
    SELECT r.source_table, r.key, r.doc_date, r.sentence, r.source, r.target, r.event, r.mode,
           r.quad, r.score, r.negated, r.hypothetical, r.cue, r.evidence, r.main, r.kind, r.tone
    FROM codes c
    JOIN geopol.doc_relations r ON (r.source = c.a AND r.target = c.b) OR (r.source = c.b AND r.target = c.a)
    WHERE (since IS NULL OR r.doc_date >= since)
      AND (until IS NULL OR r.doc_date <= until)
      AND (events_between.topic IS NULL OR EXISTS (
              SELECT 1 FROM geopol.doc_topics t
              WHERE t.source_table = r.source_table AND t.key = r.key AND t.topic = events_between.topic))
    ORDER BY r.doc_date NULLS LAST, r.source_table::oid, r.key, r.sentence, r.start_pos, r.source, r.target, r.event;
END
$$;
COMMENT ON FUNCTION geopol.events_between(text, text, text, date, date) IS
    'Relations between two actors (codes or names, either direction) in the documents you can read, optionally only documents on topic and dated since..until (inclusive): the document (source_table, key, doc_date) and the relation row, negated and hypothetical ones flagged, main saying which is the sentence''s main row for the pair, kind whether it is an event or a relationship reference (with its tone).';

CREATE OR REPLACE FUNCTION geopol.dyad_graph(min_events int DEFAULT 1, since date DEFAULT NULL, until date DEFAULT NULL,
                                  topic text DEFAULT NULL)
    RETURNS text
    LANGUAGE plpgsql STABLE         -- (see events_between)
    SET search_path = pg_catalog, pg_temp
    AS $$
#variable_conflict use_column
BEGIN
    RETURN (
    WITH e AS (
        SELECT r.source, r.target, count(*) AS events, sum(r.score::float8) AS score
        FROM geopol.doc_relations r
        WHERE NOT r.negated AND NOT r.hypothetical
          AND r.kind IS DISTINCT FROM 'reference' AND r.main IS NOT FALSE
          AND r.source IS NOT NULL AND r.target IS NOT NULL
          AND (since IS NULL OR r.doc_date >= since)
          AND (until IS NULL OR r.doc_date <= until)
          AND (dyad_graph.topic IS NULL OR EXISTS (
                  SELECT 1 FROM geopol.doc_topics t
                  WHERE t.source_table = r.source_table AND t.key = r.key AND t.topic = dyad_graph.topic))
        GROUP BY r.source, r.target
        HAVING count(*) >= coalesce(min_events, 1)),
    n AS (
        SELECT x.code, coalesce(a.name, x.code) AS label
        FROM (SELECT e.source AS code FROM e UNION SELECT e.target FROM e) x
        LEFT JOIN geopol.actor a ON a.code = x.code)
    SELECT E'digraph geopol {\n'
        || E'  graph [rankdir=LR, overlap=false];\n'
        || E'  node [shape=box, style=rounded, fontname="Helvetica"];\n'
        || E'  edge [fontname="Helvetica", fontsize=10];\n'
        || coalesce((SELECT string_agg(format(E'  "%s" [label="%s"];\n',
                                              replace(replace(n.code, '\', '\\'), '"', '\"'),
                                              replace(replace(n.label, '\', '\\'), '"', '\"')), '' ORDER BY n.code)
                     FROM n), '')
        || coalesce((SELECT string_agg(format(E'  "%s" -> "%s" [weight=%s, penwidth=%s, color="%s", label="%s (%s)"];\n',
                                              replace(replace(e.source, '\', '\\'), '"', '\"'),
                                              replace(replace(e.target, '\', '\\'), '"', '\"'),
                                              e.events,
                                              round((1 + ln(e.events::float8))::numeric, 2),
                                              CASE WHEN e.score > 0 THEN 'forestgreen'
                                                   WHEN e.score < 0 THEN 'firebrick' ELSE 'gray50' END,
                                              e.events,
                                              CASE WHEN e.score > 0 THEN '+' ELSE '' END || round(e.score::numeric, 1)),
                                       '' ORDER BY e.source, e.target)
                     FROM e), '')
        || E'}\n');
END
$$;
COMMENT ON FUNCTION geopol.dyad_graph(int, date, date, text) IS
    'The actor network as GraphViz DOT: an edge source -> target per directed pair with at least min_events events (each sentence''s main event for the pair; negated and hypothetical left out, relationship references too) in the documents you can read, optionally dated since..until and on a topic; weight = events, green when the summed score is positive (cooperation), red when negative (conflict), grey at zero. Render with: psql -Atc "SELECT geopol.dyad_graph()" | dot -Tsvg > dyads.svg';

-- ================================================================ sql/code/85_ddl_triggers.sql
-- ---------------------------------------------------------- event triggers
-- Keep geopol.tracked in step with DDL on tracked tables:
--   * DROP TABLE of a tracked table (or DROP SCHEMA ... CASCADE, DROP OWNED)
--     untracks it: its results are dropped with it;
--   * ALTER TABLE ... OWNER TO gives the rights on the result tables and
--     the trigger functions to the new owner;
--   * renaming, dropping or retyping a tracked column (which the trigger
--     functions and result tables could not follow) is refused: untrack
--     first;
--   * dropping geopol's triggers on a tracked table is refused: untrack.
-- SECURITY DEFINER (the extension's owner): they act on the objects the DDL
-- command itself touched, as pg_event_trigger_*() report them.

CREATE OR REPLACE FUNCTION geopol._on_sql_drop() RETURNS event_trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
    o record;
BEGIN
    IF pg_catalog.to_regclass('geopol.tracked') IS NULL THEN
        RETURN;                     -- the extension itself is being dropped
    END IF;
    -- geopol's triggers on a table that stays tracked
    FOR o IN
        SELECT d.object_identity FROM pg_catalog.pg_event_trigger_dropped_objects() d
        WHERE d.object_type = 'trigger'
          AND d.address_names[3] IN ('geopol_enqueue', 'geopol_enqueue_delete', 'geopol_enqueue_flush',
                                     'geopol_enqueue_update', 'geopol_truncate')
          AND NOT (d.address_names[3] = 'geopol_enqueue'
                   AND pg_catalog.current_setting('geopol.replacing_trigger', true)
                       IS NOT DISTINCT FROM pg_catalog.to_regclass(pg_catalog.format('%I.%I', d.address_names[1], d.address_names[2]))::oid::text)
          AND EXISTS (SELECT 1 FROM geopol.tracked tr
                      WHERE tr.source = pg_catalog.to_regclass(pg_catalog.format('%I.%I', d.address_names[1], d.address_names[2])))
    LOOP
        RAISE EXCEPTION 'cannot drop trigger %: geopol needs it to keep the table analysed', o.object_identity
            USING ERRCODE = 'dependent_objects_still_exist',
                  HINT = 'SELECT geopol.untrack(...) to stop tracking the table.';
    END LOOP;
    -- dropped tables (or their results): untrack
    FOR t IN
        SELECT tr.* FROM geopol.tracked tr
        WHERE EXISTS (SELECT 1 FROM pg_catalog.pg_event_trigger_dropped_objects() d
                      WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0
                        AND d.objid IN (tr.source, tr.docs_table, tr.mentions_table, tr.relations_table,
                                        tr.topics_table, tr.queue_table, tr.log_table, tr.actors_view))
    LOOP
        RAISE NOTICE 'geopol: untracking %, which was dropped',
            coalesce((SELECT d.object_identity FROM pg_catalog.pg_event_trigger_dropped_objects() d
                      WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = t.source AND d.objsubid = 0),
                     t.source::text);
        PERFORM geopol._drop_tracking(t);
    END LOOP;
END
$fn$;

-- Gives the rights on src's results (writing the result tables, owning the
-- trigger functions) to src's owner, and takes them from anyone else: after
-- ALTER TABLE ... OWNER TO (from the event trigger) or REASSIGN OWNED (from
-- refresh(), which no event trigger sees).  Cheap when nothing changed.
CREATE OR REPLACE FUNCTION geopol._sync_owner(src regclass) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
    owner oid;
    obj regclass;
    fn text;
    stale record;
BEGIN
    SELECT * INTO t FROM geopol.tracked tr WHERE tr.source = src;
    SELECT c.relowner INTO owner FROM pg_catalog.pg_class c WHERE c.oid = src;
    IF t.source IS NULL OR owner IS NULL THEN
        RETURN;
    END IF;
    FOREACH obj IN ARRAY ARRAY[t.docs_table, t.relations_table, t.queue_table, t.log_table] LOOP
        FOR stale IN
            SELECT DISTINCT a.grantee FROM pg_catalog.pg_class c, pg_catalog.aclexplode(c.relacl) a
            WHERE c.oid = obj AND a.privilege_type = 'INSERT' AND a.grantee NOT IN (owner, c.relowner)
        LOOP
            EXECUTE pg_catalog.format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON %s FROM %s', obj, stale.grantee::regrole);
        END LOOP;
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_class c, pg_catalog.aclexplode(c.relacl) a
                       WHERE c.oid = obj AND a.privilege_type = 'TRUNCATE' AND a.grantee = owner) THEN
            EXECUTE pg_catalog.format('GRANT INSERT, UPDATE, DELETE, TRUNCATE ON %s TO %s', obj, owner::regrole);
        END IF;
    END LOOP;
    FOREACH fn IN ARRAY ARRAY[t.name || '_truncate'] LOOP
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_proc p
                   WHERE p.pronamespace = 'geopol'::regnamespace AND p.proname = fn AND p.proowner <> owner) THEN
            EXECUTE pg_catalog.format('ALTER FUNCTION geopol.%I() OWNER TO %s', fn, owner::regrole);
        END IF;
    END LOOP;
END
$fn$;

CREATE OR REPLACE FUNCTION geopol._on_alter_table() RETURNS event_trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
    problem text;
BEGIN
    IF pg_catalog.to_regclass('geopol.tracked') IS NULL THEN
        RETURN;
    END IF;
    FOR t IN
        SELECT tr.* FROM geopol.tracked tr
        WHERE EXISTS (SELECT 1 FROM pg_catalog.pg_event_trigger_ddl_commands() c
                      WHERE c.classid = 'pg_catalog.pg_class'::regclass AND c.objid = tr.source)
    LOOP
        -- the tracked columns must still be there, by name, with their types
        problem := CASE
            WHEN NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                             WHERE a.attrelid = t.source AND a.attname = t.text_column AND a.attnum > 0
                               AND geopol._base_type(a.atttypid) IN ('text'::regtype, 'character varying'::regtype))
                THEN pg_catalog.format('column "%s" is the text geopol analyses (text or varchar)', t.text_column)
            WHEN NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                             WHERE a.attrelid = t.source AND a.attname = t.key_column AND a.attnum > 0
                               AND a.atttypid = t.key_type)
                THEN pg_catalog.format('column "%s" is the key geopol tracks the table by (of type %s)', t.key_column, t.key_type)
            WHEN t.date_column IS NOT NULL AND NOT EXISTS (
                             SELECT 1 FROM pg_catalog.pg_attribute a
                             WHERE a.attrelid = t.source AND a.attname = t.date_column AND a.attnum > 0
                               AND geopol._base_type(a.atttypid) IN ('date'::regtype, 'timestamp without time zone'::regtype,
                                                                     'timestamp with time zone'::regtype))
                THEN pg_catalog.format('column "%s" is the date geopol reads (date, timestamp or timestamptz)', t.date_column)
            END;
        IF problem IS NOT NULL THEN
            RAISE EXCEPTION 'cannot alter table %: %', t.source, problem
                USING ERRCODE = 'dependent_objects_still_exist',
                      HINT = pg_catalog.format('Renaming, dropping or retyping a tracked column needs SELECT geopol.untrack(%L) first (and geopol.track() again after).',
                                               t.source::text);
        END IF;
        -- owner: the rights on the results follow the table
        PERFORM geopol._sync_owner(t.source);
        -- name: a distributed table's results' read policies name it
        IF geopol._is_distributed(t) THEN
            PERFORM geopol._citus_sync_policies(t);
        END IF;
    END LOOP;
END
$fn$;

-- A trigger created or renamed on a tracked table may make geopol's INSERT
-- queue trigger fire too early (see _insert_trigger_timing): place it again.
CREATE OR REPLACE FUNCTION geopol._on_trigger_ddl() RETURNS event_trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    src regclass;
BEGIN
    IF pg_catalog.to_regclass('geopol.tracked') IS NULL THEN
        RETURN;
    END IF;
    FOR src IN
        SELECT DISTINCT tr.source FROM geopol.tracked tr
        JOIN pg_catalog.pg_trigger g ON g.tgrelid = tr.source
        JOIN pg_catalog.pg_event_trigger_ddl_commands() c
          ON c.classid = 'pg_catalog.pg_trigger'::regclass AND c.objid = g.oid
    LOOP
        PERFORM geopol._place_queue_trigger(src);
    END LOOP;
END
$fn$;

-- ================================================================ sql/updates/0.3.0--0.4.0.post.sql
-- geopol 0.3.0 -> 0.4.0, after the new code: state that needs it.

-- a user's row with the key of a shipped row replaces it (an override that
-- pg_dump keeps and restores): geopol._user_row_replaces() is new code
CREATE TRIGGER country_indicator_user_row BEFORE INSERT ON geopol.country_indicator
    FOR EACH ROW WHEN (NEW.source = 'user') EXECUTE FUNCTION geopol._user_row_replaces('term');
CREATE TRIGGER country_weight_user_row BEFORE INSERT ON geopol.country_weight
    FOR EACH ROW WHEN (NEW.source = 'user') EXECUTE FUNCTION geopol._user_row_replaces('evidence');
CREATE TRIGGER mention_role_user_row BEFORE INSERT ON geopol.mention_role
    FOR EACH ROW WHEN (NEW.source = 'user') EXECUTE FUNCTION geopol._user_row_replaces('role');
CREATE TRIGGER ticker_rule_user_row BEFORE INSERT ON geopol.ticker_rule
    FOR EACH ROW WHEN (NEW.source = 'user') EXECUTE FUNCTION geopol._user_row_replaces('suffix', 'priority');
CREATE TRIGGER igo_seat_user_row BEFORE INSERT ON geopol.igo_seat
    FOR EACH ROW WHEN (NEW.source = 'user') EXECUTE FUNCTION geopol._user_row_replaces('igo');
CREATE TRIGGER state_parent_user_row BEFORE INSERT ON geopol.state_parent
    FOR EACH ROW WHEN (NEW.source = 'user') EXECUTE FUNCTION geopol._user_row_replaces('actor');

-- ================================================================ sql/updates/post-update.sql
-- What every update ends with (after the new code).

-- A country name CLDR gave (source cldr) that a shipped alias now has: the
-- curated alias wins, as in a fresh install.
DELETE FROM geopol.alias c
WHERE c.source = 'cldr'
  AND EXISTS (SELECT 1 FROM geopol.alias x
              WHERE x.source NOT IN ('cldr', 'user') AND pg_catalog.lower(x.alias) = pg_catalog.lower(c.alias));

-- Ids of the rows users add to the dictionary tables (see
-- sql/schema/45_user_ids.sql): rows users added below 100,000,001 move above
-- it, the sequences continue from there and are dumped with the users' rows.
DO $ids$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT c.oid::regclass AS tbl, a.attname,
                    pg_catalog.pg_get_serial_sequence(c.oid::regclass::text, a.attname) AS seq,
                    EXISTS (SELECT 1 FROM pg_catalog.pg_attribute s
                            WHERE s.attrelid = c.oid AND s.attname = 'source' AND NOT s.attisdropped) AS has_source
             FROM pg_catalog.pg_class c JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid
             WHERE c.relnamespace = 'geopol'::regnamespace AND c.relkind = 'r'
               AND a.attidentity <> '' AND NOT a.attisdropped
             ORDER BY c.relname
    LOOP
        IF r.has_source THEN
            EXECUTE pg_catalog.format('UPDATE %s SET %I = %I OPERATOR(pg_catalog.+) 100000000 '
                                      'WHERE source = ''user'' AND %I OPERATOR(pg_catalog.<=) 100000000',
                                      r.tbl, r.attname, r.attname, r.attname);
        END IF;
        EXECUTE pg_catalog.format('SELECT pg_catalog.setval(%L, GREATEST(100000000, (SELECT pg_catalog.max(%I) FROM %s)))',
                                  r.seq, r.attname, r.tbl);
        PERFORM pg_catalog.pg_extension_config_dump(r.seq, '');
    END LOOP;
END
$ids$;

-- the union views over the tracked tables, with the new code's columns
SELECT geopol._rebuild_views();
