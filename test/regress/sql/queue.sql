-- the queue triggers of a tracked table (geopol._log_keys): which keys reach
-- the log, and when, through savepoints, errors, key-changing triggers,
-- upserts, partitions and large statements
SET client_encoding = 'UTF8';
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS geopol;
RESET client_min_messages;
\set VERBOSITY terse

CREATE TABLE regress_q (id text PRIMARY KEY, body text, note text);
SELECT geopol.track('regress_q', 'body');
-- a plain table with no other BEFORE INSERT trigger: keys are taken before insert
SELECT tgname, CASE WHEN tgtype & 2 = 2 THEN 'BEFORE' ELSE 'AFTER' END AS timing,
       CASE WHEN tgtype & 1 = 1 THEN 'ROW' ELSE 'STATEMENT' END AS level
FROM pg_trigger WHERE tgrelid = 'regress_q'::regclass ORDER BY tgname;

-- the keys waiting in the log, in the order they were written
CREATE FUNCTION regress_logged() RETURNS text[] LANGUAGE sql AS
    $$ SELECT coalesce(array_agg(k ORDER BY l.ctid, o), '{}') FROM geopol.regress_q_log l, unnest(l.keys) WITH ORDINALITY AS u(k, o) $$;

-- one log row per statement, not per row
INSERT INTO regress_q SELECT 'a' || i, 'Russia and China met.' FROM generate_series(1, 5) i;
SELECT regress_logged(), (SELECT count(*) FROM geopol.regress_q_log) AS log_rows;
SET client_min_messages = warning;
CALL geopol.refresh();
RESET client_min_messages;
SELECT regress_logged(), (SELECT count(*) FROM geopol.regress_q_docs) AS analysed;

-- a rolled-back savepoint takes its keys with it; the others stay
BEGIN;
INSERT INTO regress_q VALUES ('b1', 'Japan and Korea talked.');
SAVEPOINT s;
INSERT INTO regress_q VALUES ('b2', 'Iran and Iraq talked.');
ROLLBACK TO SAVEPOINT s;
INSERT INTO regress_q VALUES ('b3', 'India and Pakistan talked.');
COMMIT;
SELECT regress_logged();

-- a failing statement logs nothing; a rolled-back transaction neither
INSERT INTO regress_q VALUES ('c1', 'x'), ('b1', 'duplicate key');
BEGIN;
INSERT INTO regress_q VALUES ('c2', 'France and Germany talked.');
ROLLBACK;
SELECT regress_logged();

-- an exception block inside a statement: the inner insert is undone, the
-- outer statement's keys are kept
CREATE FUNCTION regress_q_side() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.note = 'side' THEN
        BEGIN
            INSERT INTO regress_q VALUES ('side-' || NEW.id, 'inner');
            RAISE EXCEPTION 'undo';
        EXCEPTION WHEN raise_exception THEN
            NULL;
        END;
        INSERT INTO regress_q VALUES ('kept-' || NEW.id, 'inner, kept');
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER regress_q_side AFTER INSERT ON regress_q FOR EACH ROW EXECUTE FUNCTION regress_q_side();
INSERT INTO regress_q VALUES ('d1', 'outer', 'side'), ('d2', 'outer', 'side');
SELECT regress_logged();
DROP TRIGGER regress_q_side ON regress_q;

-- updates: a changed text, a changed key (both keys), an unchanged row (none)
DELETE FROM geopol.regress_q_log;
UPDATE regress_q SET body = 'Russia and Japan talked.' WHERE id = 'a1';
UPDATE regress_q SET id = 'a2-renamed' WHERE id = 'a2';
UPDATE regress_q SET note = 'only a note' WHERE id = 'a3';
DELETE FROM regress_q WHERE id = 'a4';
SELECT regress_logged();

-- the statement trigger disabled by hand: the keys are written at commit
ALTER TABLE regress_q DISABLE TRIGGER geopol_enqueue_flush;
DELETE FROM geopol.regress_q_log;
BEGIN;
INSERT INTO regress_q VALUES ('e1', 'Chile and Peru talked.');
SELECT regress_logged() AS before_commit;
COMMIT;
SELECT regress_logged() AS after_commit;
ALTER TABLE regress_q ENABLE TRIGGER geopol_enqueue_flush;

-- a BEFORE INSERT trigger of the user's that sets the key: geopol's trigger
-- moves to AFTER INSERT, so it logs the key the row really gets
CREATE FUNCTION regress_q_set_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.id := 'auto-' || NEW.id;
    RETURN NEW;
END $$;
CREATE TRIGGER a_set_id BEFORE INSERT ON regress_q FOR EACH ROW EXECUTE FUNCTION regress_q_set_id();
SELECT CASE WHEN tgtype & 2 = 2 THEN 'BEFORE' ELSE 'AFTER' END AS geopol_enqueue
FROM pg_trigger WHERE tgrelid = 'regress_q'::regclass AND tgname = 'geopol_enqueue';
DELETE FROM geopol.regress_q_log;
INSERT INTO regress_q VALUES ('f1', 'Egypt and Sudan talked.');
SELECT regress_logged();
DROP TRIGGER a_set_id ON regress_q;
-- (dropping it does not move geopol's back: AFTER is always right)
SELECT CASE WHEN tgtype & 2 = 2 THEN 'BEFORE' ELSE 'AFTER' END AS geopol_enqueue
FROM pg_trigger WHERE tgrelid = 'regress_q'::regclass AND tgname = 'geopol_enqueue';
-- with geopol's event trigger disabled, a key-changing trigger that fires
-- after geopol's BEFORE INSERT trigger is not moved around it: inserting
-- then fails (never a wrong key in the log), until the trigger is placed
SELECT geopol.untrack('regress_q');
SELECT geopol.track('regress_q', 'body') AS queued;
ALTER EVENT TRIGGER geopol_triggers DISABLE;
CREATE TRIGGER z_set_id BEFORE INSERT ON regress_q FOR EACH ROW EXECUTE FUNCTION regress_q_set_id();
ALTER EVENT TRIGGER geopol_triggers ENABLE;
SELECT CASE WHEN tgtype & 2 = 2 THEN 'BEFORE' ELSE 'AFTER' END AS geopol_enqueue
FROM pg_trigger WHERE tgrelid = 'regress_q'::regclass AND tgname = 'geopol_enqueue';
INSERT INTO regress_q VALUES ('h1', 'Ghana and Togo talked.');
SELECT geopol._place_queue_trigger('regress_q');
DELETE FROM geopol.regress_q_log;
INSERT INTO regress_q VALUES ('h1', 'Ghana and Togo talked.');
SELECT regress_logged();
DROP TRIGGER z_set_id ON regress_q;

-- geopol's own triggers stay protected
DROP TRIGGER geopol_enqueue ON regress_q;
DROP TRIGGER geopol_enqueue_delete ON regress_q;
SELECT geopol.untrack('regress_q');

-- BEFORE INSERT and an upsert: a row that conflicts is logged too (refresh
-- analyses it again, harmless); every inserted row is logged
SELECT geopol.track('regress_q', 'body') AS queued;
DELETE FROM geopol.regress_q_log;
DELETE FROM geopol.regress_q_queue;
INSERT INTO regress_q VALUES ('a1', 'ignored'), ('g1', 'Cuba and Spain talked.') ON CONFLICT (id) DO NOTHING;
SELECT regress_logged();

-- MERGE and COPY queue what they write, one log row per statement
DELETE FROM geopol.regress_q_log;
MERGE INTO regress_q q USING (VALUES ('g1', 'Cuba and Chile talked.'), ('m1', 'Peru and Bolivia talked.')) AS v(id, body)
    ON q.id = v.id
    WHEN MATCHED THEN UPDATE SET body = v.body
    WHEN NOT MATCHED THEN INSERT (id, body) VALUES (v.id, v.body);
COPY regress_q (id, body) FROM STDIN;
c1	Brazil and Argentina talked.
c2	Kenya and Uganda talked.
\.
SELECT keys FROM geopol.regress_q_log ORDER BY ctid;

-- a statement of many keys writes log rows of about 1,800 bytes (kept in
-- the heap page, never TOASTed), in the order of the rows, none lost
DELETE FROM geopol.regress_q_log;
INSERT INTO regress_q SELECT md5(i::text), 'Russia and China met.' FROM generate_series(1, 130000) i;
SELECT count(*) > 2000 AS many_log_rows, max(pg_column_size(keys)) < 2000 AS rows_in_page,
       sum(cardinality(keys)) AS keys
FROM geopol.regress_q_log;
SELECT pg_total_relation_size(reltoastrelid) = 8192 AS toast_untouched FROM pg_class WHERE oid = 'geopol.regress_q_log'::regclass;
SELECT count(*) AS missing FROM (
    SELECT q.id FROM regress_q q WHERE q.id ~ '^[0-9a-f]{32}$'
    EXCEPT SELECT unnest(keys) FROM geopol.regress_q_log) m;
SELECT (SELECT array_agg(k ORDER BY o) FROM geopol.regress_q_log l, unnest(l.keys) WITH ORDINALITY u(k, o)
        WHERE l.ctid = (SELECT min(ctid) FROM geopol.regress_q_log))[1:3] = ARRAY[md5('1'), md5('2'), md5('3')] AS in_order;
SELECT geopol.untrack('regress_q');
DROP FUNCTION regress_logged();

-- a partitioned table: AFTER INSERT row triggers, cloned to the partitions;
-- a row inserted through the parent or straight into a partition is logged
-- under the partitioned table
CREATE TABLE regress_qp (id int, body text, PRIMARY KEY (id)) PARTITION BY RANGE (id);
CREATE TABLE regress_qp1 PARTITION OF regress_qp FOR VALUES FROM (0) TO (100);
CREATE TABLE regress_qp2 PARTITION OF regress_qp FOR VALUES FROM (100) TO (200);
SELECT geopol.track('regress_qp', 'body');
SELECT CASE WHEN tgtype & 2 = 2 THEN 'BEFORE' ELSE 'AFTER' END AS geopol_enqueue
FROM pg_trigger WHERE tgrelid = 'regress_qp'::regclass AND tgname = 'geopol_enqueue';
INSERT INTO regress_qp VALUES (1, 'Russia and China met.'), (150, 'Japan and Korea met.');
INSERT INTO regress_qp2 VALUES (160, 'Iran and Iraq met.');
SELECT array_agg(k ORDER BY k) FROM geopol.regress_qp_log, unnest(keys) k;
SET client_min_messages = warning;
CALL geopol.refresh('regress_qp');
RESET client_min_messages;
SELECT key, mentions FROM geopol.regress_qp_docs ORDER BY key;
SELECT geopol.untrack('regress_qp');
DROP TABLE regress_qp;

-- the queue trigger on a table geopol does not track queues nothing: it
-- fails (the trigger takes no arguments: no other table's log to name)
CREATE TABLE regress_q2 (id int PRIMARY KEY, body text);
SELECT geopol.track('regress_q2', 'body');
CREATE TABLE regress_other (id int PRIMARY KEY, body text);
CREATE TRIGGER steal AFTER INSERT ON regress_other FOR EACH ROW EXECUTE FUNCTION geopol._log_keys();
INSERT INTO regress_other VALUES (1, 'x');
DROP TABLE regress_other;
SELECT geopol.untrack('regress_q2');
DROP TABLE regress_q2, regress_q;
DROP FUNCTION regress_q_side(), regress_q_set_id();
