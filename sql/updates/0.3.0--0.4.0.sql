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
-- @delta FROM 0.3.0 data/country_indicators.tsv
-- @delta FROM 0.3.0 data/mention_roles.tsv
-- @delta FROM 0.3.0 data/leaders.tsv
-- @delta FROM 0.3.0 data/aliases_en.tsv
-- @delta FROM 0.3.0 data/aliases_ru.tsv
-- @delta FROM 0.3.0 data/aliases_places.tsv
-- @delta FROM 0.3.0 data/aliases_places_extra.tsv
-- @delta FROM 0.3.0 data/aliases_blocks.tsv
-- @delta FROM 0.3.0 data/country_weights.tsv
-- @delta FROM 0.3.0 data/state_parents.tsv
-- @delta FROM 0.3.0 data/igo_seats.tsv
CREATE TRIGGER state_parent_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON geopol.state_parent
    FOR EACH STATEMENT EXECUTE FUNCTION geopol._dictionary_changed();
