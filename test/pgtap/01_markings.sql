-- Contracts of the text layer: signatures, volatility, parallel safety, strictness
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS geopol;
SELECT plan(16);

SELECT has_schema('geopol');
SELECT has_function('geopol', 'tokens', ARRAY['text']);
SELECT has_function('geopol', 'sentences', ARRAY['text']);
SELECT has_function('geopol', 'icu_version', ARRAY[]::text[]);

SELECT volatility_is('geopol', 'tokens', ARRAY['text'], 'immutable');
SELECT volatility_is('geopol', 'sentences', ARRAY['text'], 'immutable');
SELECT is_strict('geopol', 'tokens', ARRAY['text']);
SELECT is_strict('geopol', 'sentences', ARRAY['text']);

SELECT is(
  (SELECT string_agg(p.proname, ',' ORDER BY p.proname) FROM pg_proc p
    JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE n.nspname = 'geopol' AND p.proname IN ('tokens', 'sentences', 'icu_version',
         '_prs_start', '_prs_gettoken', '_prs_end', '_prs_lextype') AND p.proparallel <> 's'),
  NULL, 'text functions and parser functions are PARALLEL SAFE');

SELECT is(
  (SELECT array_to_string(proargnames, ',') FROM pg_proc WHERE oid = 'geopol.tokens(text)'::regprocedure),
  'doc,ord,sentence,token,norm,kind,start_pos,len', 'tokens columns');
SELECT is(
  (SELECT array_to_string(proargnames, ',') FROM pg_proc WHERE oid = 'geopol.sentences(text)'::regprocedure),
  'doc,sentence,start_pos,len,text', 'sentences columns');

SELECT matches(geopol.icu_version(), '^[0-9]+\.[0-9]+', 'icu_version looks like a version');

-- the text search configuration exists and uses the ICU parser
SELECT is((SELECT prsname::text FROM pg_ts_config c JOIN pg_ts_parser p ON p.oid = c.cfgparser
            WHERE c.cfgname = 'multilingual'), 'icu', 'geopol.multilingual uses geopol.icu');

-- tokens can be used in an index expression (immutable) through the parser
CREATE TEMP TABLE docs (body text);
INSERT INTO docs VALUES ('Russia and China signed a deal'), ('Japan and Vietnam');
SELECT lives_ok($$CREATE INDEX ON docs USING gin (to_tsvector('geopol.multilingual', body))$$,
                'GIN expression index on geopol.multilingual');
SELECT is((SELECT count(*)::int FROM docs WHERE to_tsvector('geopol.multilingual', body) @@ 'china'), 1,
          'index expression finds the document');

-- every kind value is one of the documented ones
SELECT is((SELECT count(*)::int FROM geopol.tokens('Word 12 中国 , $ ') WHERE kind NOT IN ('word', 'number', 'ideo', 'punct', 'symbol')),
          0, 'kind is word, number, ideo, punct or symbol');

SELECT * FROM finish();
ROLLBACK;
