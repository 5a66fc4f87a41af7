
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
