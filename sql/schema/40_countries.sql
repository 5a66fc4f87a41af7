-- ------------------------------------------------------------ countries

CREATE TABLE geopol.country_indicator (
    term        text PRIMARY KEY CONSTRAINT indicator_not_empty CHECK (pg_catalog.btrim(term) <> ''),
    country     text NOT NULL REFERENCES geopol.actor (code),
    weight      real NOT NULL DEFAULT 1 CONSTRAINT indicator_weight CHECK (weight >= -10 AND weight <= 10 AND weight <> 0),
    source      text NOT NULL DEFAULT 'user',
    named_weight real NOT NULL DEFAULT 0 CONSTRAINT indicator_named_weight CHECK (named_weight >= 0 AND named_weight <= 10)
);
COMMENT ON TABLE geopol.country_indicator IS
    'Words and phrases (matched case-sensitively on tokens; a term of several words separated by spaces is a phrase, its words separated by any white space in the text) that suggest a country: currency units, company forms, markets. weight counts in a document that names no country, named_weight (0: nothing) in one that names a country (eurobond still says London when the issuer''s country is named). geopol.countries() reports a country that only such words support as inferred, with the words as evidence. A negative weight speaks against the country: when such a word occurs, the document''s indicator words give that country nothing (Ltd is no U.S. company form, so dlrs then says nothing).';
-- @load data/country_indicators.tsv INTO geopol.country_indicator (term, country, weight, named_weight) DEFAULT named_weight=0 SET source = 'data/country_indicators.tsv'
SELECT pg_catalog.pg_extension_config_dump('geopol.country_indicator', $$WHERE source = 'user'$$);

-- how countries() weighs its evidence: data, so that users tune it without code
CREATE TABLE geopol.country_weight (
    evidence    text PRIMARY KEY CONSTRAINT country_weight_evidence_format CHECK (evidence ~ '^[a-z_]+$'),
    weight      real NOT NULL CONSTRAINT country_weight_range CHECK (weight >= 0 AND weight <= 100),
    note        text,
    source      text NOT NULL DEFAULT 'user'
);
COMMENT ON TABLE geopol.country_weight IS
    'How geopol.countries() weighs evidence: the weight of each mention kind (state, capital, institution, leader, demonym, place, region), factors for a mention in the headline and in a list, the most that market evidence adds to a country (market_cap), and the salience rule (relative: share of the top country needed; top_min: the top country is salient from this salience on). A missing row counts as 1 (relative and top_min as 0, market_cap as no limit).';
-- @load data/country_weights.tsv INTO geopol.country_weight (evidence, weight, note) SET source = 'data/country_weights.tsv'
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
    'Roles of a country mention found by regular expressions on the 40 characters before it (before) and the 50 after it (after): a currency ("Australian dlrs"), a comparison ("than Brazil"), a market location ("listed in Luxembourg"), part of a company name, a leader''s surname in another person''s name; kinds: the mention kinds a rule applies to (NULL: all). geopol.countries() multiplies a mention''s weight by the smallest weight up to 1 of the roles it matches and by the largest weight above 1 (a dateline: "LONDON, March 24 -").';
-- @load data/mention_roles.tsv INTO geopol.mention_role (role, weight, before, after, kinds, note) SET source = 'data/mention_roles.tsv'
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
-- @load data/ticker_rules.tsv INTO geopol.ticker_rule (suffix, pattern, country, weight, priority, note) SET source = 'data/ticker_rules.tsv'
SELECT pg_catalog.pg_extension_config_dump('geopol.ticker_rule', $$WHERE source = 'user'$$);

-- where an organisation sits: a mention of it counts a little for that country
CREATE TABLE geopol.igo_seat (
    igo         text PRIMARY KEY REFERENCES geopol.actor (code),
    seat        text NOT NULL REFERENCES geopol.actor (code),
    note        text,
    source      text NOT NULL DEFAULT 'user'
);
COMMENT ON TABLE geopol.igo_seat IS
    'The country where an intergovernmental organisation sits: geopol.countries() counts a mention of the organisation for it, with the weight of igo in geopol.country_weight (its news is made and filed there). Such a mention names no country.';
-- @load data/igo_seats.tsv INTO geopol.igo_seat (igo, seat, note) SET source = 'data/igo_seats.tsv'
SELECT pg_catalog.pg_extension_config_dump('geopol.igo_seat', $$WHERE source = 'user'$$);

-- countries() reads these tables once per backend: a statement that changes
-- them makes every backend read them again (the dictionary is not recompiled)
CREATE TRIGGER country_weight_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON geopol.country_weight
    FOR EACH STATEMENT EXECUTE FUNCTION geopol._countries_changed();
CREATE TRIGGER mention_role_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON geopol.mention_role
    FOR EACH STATEMENT EXECUTE FUNCTION geopol._countries_changed();
CREATE TRIGGER ticker_rule_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON geopol.ticker_rule
    FOR EACH STATEMENT EXECUTE FUNCTION geopol._countries_changed();
CREATE TRIGGER country_indicator_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON geopol.country_indicator
    FOR EACH STATEMENT EXECUTE FUNCTION geopol._countries_changed();
CREATE TRIGGER igo_seat_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON geopol.igo_seat
    FOR EACH STATEMENT EXECUTE FUNCTION geopol._countries_changed();

-- a user's row with the key of a shipped row replaces it (an override that pg_dump keeps and restores)
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
