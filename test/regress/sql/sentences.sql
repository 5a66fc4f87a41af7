-- geopol.sentences: ICU sentence breaks plus what news and academic text needs
SET client_encoding = 'UTF8';
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS geopol;
RESET client_min_messages;

-- a page title, a heading without final punctuation, footnote markers,
-- abbreviations, a hard-wrapped line and page furniture
SELECT sentence, start_pos, len, text
FROM geopol.sentences(E'Academic journal article: A Journal of Things\n\nRethinking Relations in Europe\n\nArticle excerpt\n\n\nMr. Smith met the U.S. envoy, i.e., the ambassador, vis-a-vis the talks. The scale of cooperation is wide. (1)\n\nThe basis lies elsewhere. (2) To be sure, the talks were held\nin Geneva on Monday by George W. Bush. Did they end? Yes!\n\nSearch by... Author');

-- the substr contract
WITH d(doc) AS (VALUES (E'Première phrase ici. Deuxième phrase là!\n\nTroisième: très bien... Fin.'))
SELECT count(*) AS sentences, count(*) FILTER (WHERE substr(doc, start_pos, len) <> text) AS mismatches
FROM d, geopol.sentences(doc);

-- tokens carry the same sentence numbers as sentences()
WITH d(doc) AS (VALUES (E'One here. Two there.\nHeading\nThree is last.'))
SELECT count(*) AS tokens_outside_their_sentence
FROM d, geopol.tokens(doc) t
JOIN geopol.sentences((SELECT doc FROM d)) s USING (sentence)
WHERE t.start_pos < s.start_pos OR t.start_pos + t.len > s.start_pos + s.len;

SELECT count(*) FROM geopol.sentences(NULL);
SELECT count(*) FROM geopol.sentences(E'\n\n   \n');
