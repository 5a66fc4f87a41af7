-- ------------------------------------------------------------ countries

CREATE TABLE geopol.country_indicator (
    term        text PRIMARY KEY CONSTRAINT indicator_not_empty CHECK (pg_catalog.btrim(term) <> ''),
    country     text NOT NULL REFERENCES geopol.actor (code),
    weight      real NOT NULL DEFAULT 1 CONSTRAINT indicator_weight CHECK (weight > 0 AND weight <= 10),
    source      text NOT NULL DEFAULT 'user'
);
COMMENT ON TABLE geopol.country_indicator IS
    'Words (matched case-sensitively on tokens) that suggest a country when a document names none: currency units, company forms, exchanges. geopol.countries() reports such countries as inferred, with the words as evidence.';
-- @load data/country_indicators.tsv INTO geopol.country_indicator (term, country, weight) SET source = 'data/country_indicators.tsv'
SELECT pg_catalog.pg_extension_config_dump('geopol.country_indicator', $$WHERE source = 'user'$$);
