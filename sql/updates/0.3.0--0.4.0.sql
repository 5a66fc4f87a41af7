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
-- a role may strengthen a mention (weight above 1: the dateline)
COMMENT ON TABLE geopol.mention_role IS
    'Roles of a country mention found by regular expressions on the 40 characters before it (before) and the 50 after it (after): a currency ("Australian dlrs"), a comparison ("than Brazil"), a market location ("listed in Luxembourg"), part of a company name, a leader''s surname in another person''s name; kinds: the mention kinds a rule applies to (NULL: all). geopol.countries() multiplies a mention''s weight by the smallest weight up to 1 of the roles it matches and by the largest weight above 1 (a dateline: "LONDON, March 24 -").';

-- ------------------------------------------------------------ shipped data
-- the rows of the data files that changed since 0.3.0 (tools/build_sql.pl
-- writes them from git): rows users added, and shipped rows they removed or
-- changed that this release leaves alone, stay as they are
-- @delta FROM 0.3.0 data/country_indicators.tsv
-- @delta FROM 0.3.0 data/mention_roles.tsv
-- @delta FROM 0.3.0 data/leaders.tsv
