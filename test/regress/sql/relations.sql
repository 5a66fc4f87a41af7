-- geopol.relations: each pattern, with the negative cases that must not fire
SET client_encoding = 'UTF8';
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS geopol;
RESET client_min_messages;

CREATE FUNCTION pg_temp.r(doc text, d date DEFAULT '2015-06-01')
RETURNS TABLE (s int, source text, target text, event text, quad smallint, score real,
               negated boolean, hypothetical boolean, cue text, rule text, kind text, main boolean, tone real)
LANGUAGE sql AS $$
  SELECT sentence, source, target, event, quad, score, negated, hypothetical, cue, rule, kind, main, tone
  FROM geopol.relations(doc, d) ORDER BY sentence, start_pos, source, target $$;

-- X cue Y, and the passive
SELECT * FROM pg_temp.r('Japan accused China of violating its airspace.');
SELECT * FROM pg_temp.r('China was accused by Japan of violating its airspace.');

-- X's cue with Y; cue between X and Y; X-Y compounds; Russo-Chinese (a partnership is talk about
-- the relation: a reference, no event)
SELECT * FROM pg_temp.r('Russia''s energy cooperation with Japan has grown.');
SELECT * FROM pg_temp.r('The scale of cooperation between Russia and China is wide.');
SELECT * FROM pg_temp.r('The China-Russia partnership matters. The Russo-Chinese "strategic partnership" endures.');

-- a gap holding the other party; the cue granted by X ... to Y
SELECT * FROM pg_temp.r('Russia was forced to turn to China for help.');
SELECT * FROM pg_temp.r('The permission granted by Vietnam to use the port means that Russia gains a foothold.');

-- coordinated actors expand to each; reciprocal verbs
SELECT * FROM pg_temp.r('Japan, South Korea and the United States condemned North Korea.');
SELECT * FROM pg_temp.r('Russia and China have frequently collaborated.');

-- leaders and capitals act for their state
SELECT * FROM pg_temp.r('Putin signed an agreement with Xi Jinping. Moscow criticised Washington.');

-- negation and modality are flagged, rows still returned
SELECT * FROM pg_temp.r('Vietnam did not agree with China. India refused to sign the treaty with Pakistan.');
SELECT * FROM pg_temp.r('It is unlikely that Russia would support Japan. Will Iran attack Israel?');

-- co-occurrence is not a relation: no rows ("attended the meeting in Brussels" is a meeting with
-- its host since "attend" is a cue, as a state meeting in a capital is coded)
SELECT count(*) AS rows FROM geopol.relations('Officials from France, Germany and Italy were in Brussels.');
SELECT count(*) AS rows FROM geopol.relations('Brazil and Argentina are large countries, and Chile is long.');
SELECT count(*) AS rows FROM geopol.relations('Russia, China and Japan attended.');
-- talk about a relation is a reference, no event
SELECT kind, count(*) AS rows
FROM geopol.relations('The second examines the impact of the US pivot to Asia on Russo-Chinese relations.') GROUP BY kind;

-- one row per (sentence, source, target, event), cue positions point at the words
WITH d(doc) AS (VALUES ('China criticised Japan and criticised Japan again, then accused Japan.'))
SELECT source, target, event, count(*) AS n, bool_and(substr(doc, start_pos, len) = cue) AS cue_at_position
FROM d, geopol.relations(doc) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;

-- evidence is the sentence
SELECT evidence FROM geopol.relations('Headline. Russia and Japan signed an energy deal in Tokyo. Other news.') LIMIT 1;

SELECT count(*) FROM geopol.relations(NULL);
