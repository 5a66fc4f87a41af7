/*
 * geopol update script 0.3.0 to 0.5.0.  Built by tools/build_sql.pl from sql/ and data/;
 * do not edit by hand (sql/updates/README.md says how the sources are laid out).
 * Everything is schema-qualified: the script is safe whatever search_path
 * the session has.
 */
\echo Use "ALTER EXTENSION geopol UPDATE" to load this file. \quit

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
