-- input that is not the happy path
SET client_encoding = 'UTF8';
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS geopol;
RESET client_min_messages;

-- control characters: no crash, positions consistent
WITH d(doc) AS (VALUES (E'a\x01b \x02 c\x7fd\x1fe'))
SELECT count(*) > 0 AS has_tokens, count(*) FILTER (WHERE substr(doc, start_pos, len) <> token) AS mismatches
FROM d, geopol.tokens(doc);

-- a long document without any sentence end is cut into bounded pieces and
-- every token still satisfies the substr contract
WITH d(doc) AS (SELECT string_agg('word' || g, ' ') FROM generate_series(1, 9000) g)
SELECT count(*) AS tokens, count(DISTINCT sentence) > 1 AS was_cut,
       count(*) FILTER (WHERE substr(doc, start_pos, len) <> token) AS mismatches
FROM d, geopol.tokens(doc);

-- a long call is cancelled by statement_timeout
SET statement_timeout = '200ms';
SELECT count(*) FROM geopol.tokens(repeat('Russia and China signed a deal. ', 2000000));
RESET statement_timeout;

-- and the backend is fine afterwards
SELECT count(*) FROM geopol.tokens('still working');

-- the text search configuration indexes words
SELECT to_tsvector('geopol.multilingual', 'Russia''s partnership with China, 2014');
SELECT alias FROM ts_token_type('geopol.icu') ORDER BY tokid;
SELECT count(*) FROM ts_parse('geopol.icu', 'Two words.');
SELECT ts_headline('geopol.multilingual', 'Russia and China signed an energy deal in Beijing.',
                   to_tsquery('geopol.multilingual', 'energy'));
