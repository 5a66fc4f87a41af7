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
-- @delta FROM 0.4.0 data/country_indicators.tsv
-- @delta FROM 0.4.0 data/aliases_en.tsv
