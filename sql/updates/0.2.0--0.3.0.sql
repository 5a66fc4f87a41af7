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
-- @delta FROM 0.2.0 data/actors.tsv
-- @delta FROM 0.2.0 data/aliases_en.tsv
-- @delta FROM 0.2.0 data/aliases_places.tsv
-- @delta FROM 0.2.0 data/aliases_institutions.tsv
-- @delta FROM 0.2.0 data/aliases_places_extra.tsv
-- @delta FROM 0.2.0 data/aliases_nonstate.tsv
-- @delta FROM 0.2.0 data/aliases_blocks.tsv
-- @delta FROM 0.2.0 data/aliases_ru.tsv
-- @delta FROM 0.2.0 data/aliases_cities.tsv
-- @delta FROM 0.2.0 data/leaders.tsv
-- @delta FROM 0.2.0 data/leader_aliases.tsv
-- @delta FROM 0.2.0 data/cues.tsv
-- @delta FROM 0.2.0 data/modifiers.tsv
-- @delta FROM 0.2.0 data/topics.tsv
-- @delta FROM 0.2.0 data/topic_terms.tsv
-- @delta FROM 0.2.0 data/country_indicators.tsv
-- @delta FROM 0.2.0 data/country_weights.tsv
-- @delta FROM 0.2.0 data/mention_roles.tsv
-- @delta FROM 0.2.0 data/ticker_rules.tsv
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

