-- topics, analyze() and actor_tsvector()
SET client_encoding = 'UTF8';
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS geopol;
RESET client_min_messages;

-- topics with the terms that counted; unrelated topics stay out
SELECT topic, round(score::numeric, 2) AS score, hits, terms
FROM geopol.topics('Russia and Japan signed an energy agreement on natural gas and oil pipelines. The Japanese navy and coast guard patrol the disputed islands in the East China Sea, where a territorial dispute simmers.');
SELECT count(*) FROM geopol.topics('The weather was nice and the cat slept.');

-- scores are per 100 words: a longer document with the same density scores alike
SELECT a.topic, round(a.score::numeric, 2) = round(b.score::numeric, 2) AS same_score
FROM geopol.topics(repeat('Gas pipelines and oil exports matter for energy security. ', 10)) a
JOIN geopol.topics(repeat('Gas pipelines and oil exports matter for energy security. ', 40)) b USING (topic)
WHERE a.topic = 'energy';

-- analyze(): all layers, one pass, keyed like the set-returning functions
SELECT jsonb_pretty(geopol.analyze('Vietnam granted Russia access to Cam Ranh Bay. Tensions between China and Japan rose over the East China Sea.', '2016-01-01'));
SELECT geopol.analyze(NULL) IS NULL AS null_in_null_out;
SELECT (geopol.analyze('')->>'sentences')::int AS empty_doc_sentences;

-- the same answers as the set-returning functions
WITH d(doc) AS (VALUES ('Putin met Xi in Beijing. Russia and China signed an energy deal; Japan criticised China.'))
SELECT (SELECT count(*) FROM d, geopol.mentions(doc, '2019-01-01')) = jsonb_array_length(geopol.analyze(doc, '2019-01-01')->'mentions') AS same_mentions,
       (SELECT count(*) FROM d, geopol.relations(doc, '2019-01-01')) = jsonb_array_length(geopol.analyze(doc, '2019-01-01')->'relations') AS same_relations
FROM d;

-- actor codes as a tsvector for a GIN expression index
SELECT geopol.actor_tsvector('Moscow and Beijing agreed; the US objected. Siberia is cold.');
CREATE TEMP TABLE docs (id int, body text);
INSERT INTO docs VALUES (1, 'Russia and China signed a deal.'), (2, 'Japan and Vietnam held talks.'), (3, 'The Kremlin welcomed Chinese investment.');
CREATE INDEX ON docs USING gin (geopol.actor_tsvector(body));
SELECT id FROM docs WHERE geopol.actor_tsvector(body) @@ 'rus & chn' ORDER BY id;
