-- geopol.track(): tables kept analysed, results keyed like the source, views
SET client_encoding = 'UTF8';
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS geopol;
RESET client_min_messages;
\set VERBOSITY terse

CREATE TABLE regress_news (id int PRIMARY KEY, body text, published date, extra text);
INSERT INTO regress_news VALUES
    (1, 'Russia and China signed an energy agreement on oil and gas pipelines in Beijing.', '2024-01-05'),
    (2, 'Japan condemned North Korea after the missile test.', '2024-01-20'),
    (3, 'France and Germany met in Paris to discuss trade.', '2024-02-03');

-- track: the existing rows are queued
SELECT geopol.track('regress_news', 'body', date_column => 'published');
SELECT source, name, text_column, key_column, key_type, date_column,
       docs_table, mentions_table, relations_table, topics_table, queue_table, actors_view
FROM geopol.tracked;
SELECT source, text_column, documents, pending, failed FROM geopol.status;

-- refresh (its progress NOTICEs have timings)
SET client_min_messages = warning;
CALL geopol.refresh();
RESET client_min_messages;
SELECT source, documents, pending, failed, last_analysed IS NOT NULL AS analysed,
       last_refresh IS NOT NULL AS refreshed
FROM geopol.status;
SELECT key, doc_date, sentences, mentions, relations, analyses FROM geopol.regress_news_docs ORDER BY key;

-- results are keyed in the source's key type and join back on it
SELECT pg_typeof(key) FROM geopol.regress_news_docs LIMIT 1;
SELECT n.id, a.actor, a.mentions, a.first_pos, substr(n.body, a.first_pos, 6) AS at
FROM regress_news n JOIN geopol.regress_news_actors a ON a.key = n.id
ORDER BY n.id, a.actor;

-- what is stored is what the analysis functions say
SELECT count(*) AS mention_mismatches FROM (
    (SELECT key, doc_date, sentence, start_pos, len, surface, actor, entity, kind, country, sector
     FROM geopol.regress_news_mentions
     EXCEPT ALL
     SELECT n.id, n.published, m.* FROM regress_news n, geopol.mentions(n.body, n.published) m)
    UNION ALL
    (SELECT n.id, n.published, m.* FROM regress_news n, geopol.mentions(n.body, n.published) m
     EXCEPT ALL
     SELECT key, doc_date, sentence, start_pos, len, surface, actor, entity, kind, country, sector
     FROM geopol.regress_news_mentions)) d;
SELECT count(*) AS relation_mismatches FROM (
    (SELECT key, sentence, source, target, event, mode, quad, score, negated, hypothetical, cue, start_pos, len, evidence, rule,
           main, kind, tone
     FROM geopol.regress_news_relations
     EXCEPT ALL
     SELECT n.id, r.* FROM regress_news n, geopol.relations(n.body, n.published) r)
    UNION ALL
    (SELECT n.id, r.* FROM regress_news n, geopol.relations(n.body, n.published) r
     EXCEPT ALL
     SELECT key, sentence, source, target, event, mode, quad, score, negated, hypothetical, cue, start_pos, len, evidence, rule,
           main, kind, tone
     FROM geopol.regress_news_relations)) d;
SELECT count(*) AS topic_mismatches FROM (
    (SELECT key, topic, round(score::numeric, 3), hits, terms FROM geopol.regress_news_topics
     EXCEPT ALL
     SELECT n.id, t.topic, round(t.score::numeric, 3), t.hits, t.terms FROM regress_news n, geopol.topics(n.body) t)
    UNION ALL
    (SELECT n.id, t.topic, round(t.score::numeric, 3), t.hits, t.terms FROM regress_news n, geopol.topics(n.body) t
     EXCEPT ALL
     SELECT key, topic, round(score::numeric, 3), hits, terms FROM geopol.regress_news_topics)) d;

-- mentions and topics are stored as arrays of geopol.mention_row and
-- geopol.topic_row in the document's row: the same columns as the functions
SELECT part, (SELECT array_agg(c.name || ' ' || c.type ORDER BY c.ord) FROM geopol._part_columns(part) c)
           = (SELECT array_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod) ORDER BY a.attnum)
              FROM pg_attribute a JOIN pg_type t ON t.typrelid = a.attrelid
              WHERE t.oid = typ::regtype AND a.attnum > 0)
           AS same_columns
FROM (VALUES ('mentions', 'geopol.mention_row'), ('topics', 'geopol.topic_row')) AS v(part, typ);

-- changes are queued by the triggers: insert, update of the text, of the date,
-- of the key, delete; an update of another column or a no-op update is not
UPDATE regress_news SET extra = 'x', body = body WHERE id = 1;
SELECT (SELECT count(*) FROM geopol.regress_news_queue)
       + (SELECT coalesce(sum(cardinality(keys)), 0) FROM geopol.regress_news_log) AS queued;
INSERT INTO regress_news VALUES (4, 'Iran threatened Israel with retaliation.', '2024-02-20');
UPDATE regress_news SET body = 'Japan and South Korea held talks in Tokyo.' WHERE id = 2;
UPDATE regress_news SET published = '2024-01-06' WHERE id = 1;
UPDATE regress_news SET id = 30 WHERE id = 3;
-- pending keys: in the log (one array per statement) until refresh moves them to the queue
SELECT key FROM geopol.regress_news_queue UNION SELECT unnest(keys) FROM geopol.regress_news_log ORDER BY key;
DELETE FROM regress_news WHERE id = 30;
INSERT INTO regress_news VALUES (5, NULL, NULL);
-- pending keys: in the log (one array per statement) until refresh moves them to the queue
SELECT key FROM geopol.regress_news_queue UNION SELECT unnest(keys) FROM geopol.regress_news_log ORDER BY key;
SET client_min_messages = warning;
CALL geopol.refresh('regress_news', batch_size => 2);
RESET client_min_messages;
SELECT key, doc_date, sentences, mentions, relations, analyses FROM geopol.regress_news_docs ORDER BY key;
SELECT count(*) AS rows_of_deleted FROM geopol.regress_news_mentions WHERE key IN (3, 30);
SELECT source, documents, pending, failed FROM geopol.status;

-- the views, over every tracked table
SELECT source_table, key, doc_date, actor, mentions, first_pos FROM geopol.doc_actors ORDER BY key, actor;
SELECT source_table, key, doc_date, source, target, quad FROM geopol.doc_relations ORDER BY key, start_pos, source, target;
SELECT source, target, month, events, verbal_cooperation + material_cooperation AS cooperation,
       verbal_conflict + material_conflict AS conflict, score > 0 AS positive, documents, first_seen, last_seen
FROM geopol.dyad_summary ORDER BY source, target, month;
-- events are each sentence's main event for the pair; references are counted apart, with their tone
SELECT source, target, events, refs, ref_tone FROM geopol.dyad_summary ORDER BY source, target, month;
SELECT actor, name, mentions, documents, events, top_partners, first_seen, last_seen
FROM geopol.actor_summary ORDER BY actor;
SELECT topic, month, actor, documents FROM geopol.topic_trends WHERE topic = 'energy' ORDER BY month, actor;
SELECT source_table, key, doc_date, source, target, quad, cue
FROM geopol.events_between('russia', 'CHN');
SELECT count(*) FROM geopol.events_between('Russia', 'China', topic => 'energy');
SELECT count(*) FROM geopol.events_between('Russia', 'China', since => '2024-02-01');
SELECT count(*) FROM geopol.events_between('Japan', 'China');
SELECT geopol.dyad_graph(min_events => 1, until => '2024-01-31') LIKE '%"RUS" -> "CHN" [weight=%color="forestgreen"%' AS rus_chn_green;
SELECT geopol.dyad_graph(until => '2024-01-31');
SELECT geopol.dyad_graph(min_events => 99);

-- a second tracked table: its key is text, the union views hold both
CREATE TABLE regress_wire (ref text PRIMARY KEY, story varchar(500), filed timestamptz);
INSERT INTO regress_wire VALUES ('w-1', 'China and Russia held talks in Moscow on gas supplies.', '2024-02-01 03:00+00');
SELECT geopol.track('regress_wire', 'story', date_column => 'filed');
SET client_min_messages = warning;
CALL geopol.refresh();
RESET client_min_messages;
SELECT pg_typeof(key), key, doc_date FROM geopol.regress_wire_docs;
SELECT source_table, key, doc_date, actor FROM geopol.doc_actors WHERE source_table = 'regress_wire'::regclass ORDER BY actor;
SELECT source_table, count(*) FROM geopol.documents GROUP BY source_table ORDER BY source_table::text;

-- requeue: everything again (after editing the dictionary, say)
SELECT geopol.requeue('regress_wire');
SET client_min_messages = warning;
CALL geopol.refresh('regress_wire');
RESET client_min_messages;
SELECT key, analyses FROM geopol.regress_wire_docs;

-- errors
SELECT geopol.track('regress_news', 'body');
SELECT geopol.track('regress_wire', 'nope');
CREATE TABLE regress_nokey (body text);
SELECT geopol.track('regress_nokey', 'body');
SELECT geopol.track('regress_nokey', 'body', key_column => 'body');
CREATE TABLE regress_types (id int PRIMARY KEY, n int, t text);
SELECT geopol.track('regress_types', 'n');
SELECT geopol.track('regress_types', 't', date_column => 't');
SELECT geopol.track('regress_types', 't', date_column => 'nope');
CREATE VIEW regress_view AS SELECT * FROM regress_news;
SELECT geopol.track('regress_view', 'body');
SELECT geopol.untrack('regress_types');
CALL geopol.refresh('regress_types');
CALL geopol.refresh(batch_size => 0);
ALTER TABLE regress_news RENAME COLUMN body TO text;
ALTER TABLE regress_news DROP COLUMN published CASCADE;
DROP TRIGGER geopol_enqueue ON regress_news;

-- only the owner tracks; a role without SELECT on the source reads nothing
CREATE ROLE regress_geopol_reader;
SET SESSION AUTHORIZATION regress_geopol_reader;
SELECT geopol.track('regress_types', 't');
SELECT geopol.untrack('regress_news');
CALL geopol.refresh('regress_news');
SELECT count(*) FROM geopol.regress_news_mentions;
SELECT count(*) FROM geopol.doc_relations;
SELECT count(*) FROM geopol.dyad_summary;
SELECT source, documents FROM geopol.status ORDER BY source::text;
DELETE FROM geopol.regress_news_docs;
RESET SESSION AUTHORIZATION;
GRANT SELECT ON regress_wire TO regress_geopol_reader;
SET SESSION AUTHORIZATION regress_geopol_reader;
SELECT source_table, count(*) FROM geopol.doc_mentions GROUP BY source_table;
RESET SESSION AUTHORIZATION;
REVOKE SELECT ON regress_wire FROM regress_geopol_reader;
DROP ROLE regress_geopol_reader;

-- a hostile search_path changes nothing
CREATE SCHEMA regress_evil;
CREATE FUNCTION regress_evil.jsonb_array_length(jsonb) RETURNS int LANGUAGE sql AS 'SELECT 42';
CREATE FUNCTION regress_evil.unnest(anyarray) RETURNS SETOF anyelement LANGUAGE sql AS 'SELECT NULL::int WHERE false';
SET search_path = regress_evil, pg_catalog, public;
UPDATE regress_news SET body = 'Russia and China signed an energy agreement in Beijing.' WHERE id = 2;
SET client_min_messages = warning;
CALL geopol.refresh();
RESET client_min_messages;
RESET search_path;
SELECT key, mentions, relations, analyses FROM geopol.regress_news_docs WHERE key = 2;
DROP SCHEMA regress_evil CASCADE;

-- ICU: what was built with which version, and how to rebuild after an upgrade
SELECT object, outdated, action FROM geopol.icu_status() ORDER BY object COLLATE "C";
UPDATE geopol.icu_stamp SET icu_version = '1.0';        -- as after an ICU upgrade
UPDATE geopol.tracked SET icu_version = '1.0' WHERE source = 'regress_news'::regclass;
SELECT object, CASE WHEN built_with = geopol.icu_version() THEN 'running' ELSE built_with END AS built_with, outdated, action
FROM geopol.icu_status() ORDER BY object COLLATE "C";
SELECT source, icu_outdated FROM geopol.status ORDER BY source::text;
SET client_min_messages = warning;
SELECT geopol.rebuild_after_icu_upgrade() > 0 AS requeued;
RESET client_min_messages;
SELECT object, outdated FROM geopol.icu_status() ORDER BY object COLLATE "C";
SELECT source, icu_outdated, pending > 0 AS queued FROM geopol.status ORDER BY source::text;
SET client_min_messages = warning;
CALL geopol.refresh();
RESET client_min_messages;

-- how much a relation is talked about, and in what tone, month by month: one query
INSERT INTO regress_news VALUES
    (6, 'Russo-Chinese relations have never been better. Russia and China signed a gas deal.', '2024-03-02'),
    (7, 'Relations between Moscow and Beijing are strained.', '2024-04-11');
SET client_min_messages = warning;
CALL geopol.refresh();
RESET client_min_messages;
SELECT month, events, refs, ref_tone FROM geopol.dyad_summary
WHERE source = 'RUS' AND target = 'CHN' AND month >= '2024-03-01' ORDER BY month;
SELECT actor, events, refs FROM geopol.actor_summary WHERE actor IN ('CHN', 'RUS') ORDER BY actor;

-- TRUNCATE empties the results; dropping a tracked table untracks it
TRUNCATE regress_news;
SELECT source, documents, pending FROM geopol.status ORDER BY source::text;
DROP TABLE regress_wire;
SELECT source FROM geopol.tracked;
SELECT geopol.untrack('regress_news');
SELECT count(*) FROM geopol.tracked;
SELECT count(*) AS leftovers FROM pg_class
WHERE relnamespace = 'geopol'::regnamespace AND relname LIKE 'regress%';
SELECT count(*) FROM geopol.documents;
DROP TABLE regress_news, regress_nokey, regress_types CASCADE;
