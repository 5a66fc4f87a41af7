-- geopol.tokens: the contract of every column
SET client_encoding = 'UTF8';
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS geopol;
RESET client_min_messages;

-- kinds, norms, possessives, 1-based positions
SELECT ord, sentence, token, norm, kind, start_pos, len
FROM geopol.tokens('Russia''s U.S.-led policy cost $12,000.50 (i.e. 3%)! Café CAFÉ Ærø');

-- substr(doc, start_pos, len) = token for every row, here with accents and
-- two sentences
WITH d(doc) AS (VALUES ('Élysée and Zürich met Ålesund. São Paulo''s mayor -- Ñandú -- said «no».'))
SELECT count(*) AS tokens,
       count(*) FILTER (WHERE substr(doc, start_pos, len) <> token) AS mismatches,
       max(sentence) AS sentences
FROM d, geopol.tokens(doc);

-- ord is dense and increasing, white space never returned
SELECT bool_and(ord = rn) AS dense, bool_and(token !~ '^\s+$') AS no_space
FROM (SELECT ord, token, row_number() OVER (ORDER BY start_pos) AS rn
      FROM geopol.tokens(E'a  b\tc\n\nd  e')) t;

-- NULL, empty, white space only: no rows
SELECT count(*) FROM geopol.tokens(NULL);
SELECT count(*) FROM geopol.tokens('');
SELECT count(*) FROM geopol.tokens(E'  \n\t  \r\n ');

-- hyphenated compounds stay apart so that each part can be matched
SELECT token FROM geopol.tokens('Russo-Chinese Sino-Russian') ORDER BY ord;

-- LIMIT that stops early, in a lateral join over many rows
SELECT count(*) FROM (SELECT * FROM generate_series(1, 200) g,
  LATERAL geopol.tokens('one two three four five') LIMIT 3) s;
