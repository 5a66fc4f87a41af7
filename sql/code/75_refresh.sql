-- ------------------------------------------------------------ refresh

-- What geopol.analyze() finds in a batch of documents (keys, texts and dates
-- side by side), as rows for refresh() to store (pg_analyze_rows.c): each
-- row has the document's key (as text) and date, then a row 'r' per
-- relation, with the columns of geopol.relations() prefixed r_, and last a
-- row 'd' with the document's counts, mentions and topics.  NULL texts give
-- no rows.
CREATE OR REPLACE FUNCTION geopol._analyze_rows(keys text[], docs text[], doc_dates date[],
    OUT key text, OUT doc_date date, OUT part "char",
    /* @columns relation OUT r_ */,
    /* @columns doc OUT d_ */)
    RETURNS SETOF record
    LANGUAGE c STABLE PARALLEL SAFE
    ROWS 2000
    AS 'MODULE_PATHNAME', 'geopol_analyze_rows';
COMMENT ON FUNCTION geopol._analyze_rows(text[], text[], date[]) IS
    'Internal: geopol.analyze() as typed rows (part r per relation, then d for the document, with its mentions and topics as arrays), which refresh() stores.';

CREATE OR REPLACE FUNCTION geopol._refresh_sql(src regclass) RETURNS geopol._refresh_sql
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
BEGIN
    SELECT * INTO STRICT t FROM geopol.tracked tr WHERE tr.source = src;
    RETURN geopol._refresh_sql_for(t, true);
END
$fn$;

-- The batch statements of t's tables (on a Citus worker: of the shards of a
-- distributed table's tables, which refresh_shard() puts in t); failures:
-- whether the statements clear geopol.failure (the coordinator's: a shard's
-- batch hands its failures to the coordinator instead).
CREATE OR REPLACE FUNCTION geopol._refresh_sql_for(t geopol.tracked, failures boolean) RETURNS geopol._refresh_sql
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    key_type text;          -- the key's type, as in the result tables
    date_expr text;
    store text;
    r geopol._refresh_sql;
BEGIN
    SELECT pg_catalog.format_type(a.atttypid, a.atttypmod) INTO key_type
      FROM pg_catalog.pg_attribute a WHERE a.attrelid = t.docs_table AND a.attname = 'key';
    date_expr := geopol._doc_date_expr(t, 's');

    -- the keys logged by the triggers go into the queue (log rows another
    -- refresh holds are skipped; this commits with the batch); DO NOTHING
    -- dedupes, and waits for a batch that has just claimed the same key
    -- In key order: two refreshes moving log rows that hold the same keys
    -- (a row updated twice) wait for each other at the first key they
    -- share, in the same order, instead of each holding a key the other
    -- waits for (a deadlock, which three refreshes and two writers hit in
    -- half their calls before).
    r.explode := pg_catalog.format($q$
        WITH l AS (
            DELETE FROM %1$s g
            WHERE g.ctid = ANY (ARRAY(SELECT x.ctid FROM %1$s x FOR UPDATE SKIP LOCKED))
            RETURNING g.keys, g.logged_at)
        INSERT INTO %2$s (key, queued_at)
            SELECT DISTINCT ON (k.key) k.key, l.logged_at FROM l, unnest(l.keys) AS k(key)
            ORDER BY k.key, l.logged_at
            ON CONFLICT (key) DO NOTHING$q$, t.log_table, t.queue_table);
    r.pending := pg_catalog.format(
        'SELECT (SELECT pg_catalog.count(*) FROM %s q WHERE q.queued_at <= $1) '
        '+ (SELECT coalesce(pg_catalog.sum(pg_catalog.cardinality(g.keys)), 0) FROM %s g WHERE g.logged_at <= $1)',
        t.queue_table, t.log_table);
    -- The fast path, when no other session is writing the queue: the lock
    -- (SHARE ROW EXCLUSIVE, NOWAIT) is granted only if no other refresh has
    -- a claim or an explode in progress, and holds off any other until this
    -- batch commits.  The batch then takes whole log rows (about batch_size
    -- keys) straight from the log, leaving out keys that are queued (the
    -- queued entry will analyse the current text anyway): no queue rows to
    -- write and delete.  Log rows another session holds are skipped.
    r.lock_queue := pg_catalog.format('LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE NOWAIT', t.queue_table);
    r.take_log := pg_catalog.format($q$
        WITH cand AS (
            SELECT x.tid FROM (
                SELECT g.ctid AS tid,
                       pg_catalog.sum(pg_catalog.cardinality(g.keys)) OVER (ORDER BY g.ctid)
                           - pg_catalog.cardinality(g.keys) AS before
                FROM %1$s g WHERE g.logged_at <= $1) x
            WHERE x.before < $2),
        took AS (
            DELETE FROM %1$s g
            WHERE g.ctid = ANY (ARRAY(SELECT y.ctid FROM %1$s y
                                      WHERE y.ctid = ANY (ARRAY(SELECT c.tid FROM cand c))
                                      FOR UPDATE SKIP LOCKED))
            RETURNING g.keys)
        SELECT pg_catalog.array_agg(DISTINCT k.key::text)
        FROM took, unnest(took.keys) AS k(key)
        WHERE NOT EXISTS (SELECT 1 FROM %2$s q WHERE q.key = k.key)$q$, t.log_table, t.queue_table);
    -- claim, in the order of the queue's heap (the order keys came in):
    -- rows locked by other refreshes are skipped; the delete commits with
    -- the results
    r.claim := pg_catalog.format($q$
        WITH c AS (
            DELETE FROM %1$s q
            WHERE q.ctid = ANY (ARRAY(
                SELECT s.ctid FROM %1$s s WHERE s.queued_at <= $1
                LIMIT $2 FOR UPDATE SKIP LOCKED))
            RETURNING q.key)
        SELECT pg_catalog.array_agg(c.key::text), pg_catalog.count(*)::int FROM c$q$, t.queue_table);
    r.known := pg_catalog.format('SELECT EXISTS (SELECT 1 FROM %s d WHERE d.key = ANY ($1::text[]::%s[]))',
                                 t.docs_table, key_type);

    -- The batch in one statement: each document read through the source's
    -- key index (OFFSET 0: a probe per key, whatever the planner thinks of
    -- a table it has no statistics for yet), analysed once (_analyze_rows: typed rows, materialized once), old
    -- results of the keys out, new rows in (deleted and NULL-text documents
    -- keep none), failures up to date.  Documents analysed for the first
    -- time (the common case) are plain inserts that delete nothing.
    store := pg_catalog.format($q$
        -- (three aggregates over the same rows: their arrays stay aligned)
        WITH b AS (
            SELECT pg_catalog.array_agg(c.k) AS keys, pg_catalog.array_agg(s.doc) AS docs,
                   pg_catalog.array_agg(s.doc_date) AS dates
            FROM unnest($1::text[]) AS c(k)
            CROSS JOIN LATERAL (SELECT s.%4$I::text AS doc, %5$s AS doc_date
                                FROM %6$s s WHERE s.%7$I = c.k::%3$s OFFSET 0) s),
        r AS MATERIALIZED (
            SELECT a.key::%3$s AS key, a.doc_date, a.part, %10$s,
                   a.d_sentences, a.d_mentions, a.d_relations, a.d_topics, a.d_mention_list, a.d_topic_list, a.d_text_hash
            FROM b, geopol._analyze_rows(b.keys, b.docs, b.dates) AS a),
        del_r AS (DELETE FROM %1$s x WHERE $2 AND x.key = ANY ($1::text[]::%3$s[])),
        del_d AS (DELETE FROM %2$s x WHERE $2 AND x.key = ANY ($1::text[]::%3$s[])
                  AND NOT EXISTS (SELECT 1 FROM r WHERE r.part = 'd' AND r.key = x.key)),
        ins_r AS (INSERT INTO %1$s (key, doc_date, %8$s) SELECT r.key, r.doc_date, %9$s FROM r WHERE r.part = 'r'),
        ins_d AS (INSERT INTO %2$s AS x (key, doc_date, sentences, mentions, relations, topics, analyses, analysed_at,
                                         mention_list, topic_list, text_hash)
                  SELECT r.key, r.doc_date, r.d_sentences, r.d_mentions, r.d_relations, r.d_topics, 1, now(),
                         r.d_mention_list, r.d_topic_list, r.d_text_hash
                  FROM r WHERE r.part = 'd'
                  %%s),
        %11$s
        SELECT 1$q$,
        t.relations_table, t.docs_table, key_type,
        t.text_column, date_expr, t.source, t.key_column,
        geopol._part_cols('relations', '%1$I'), geopol._part_cols('relations', 'r.%3$I'),
        geopol._part_cols('relations', 'a.%3$I'),
        CASE WHEN failures THEN 'del_f AS (DELETE FROM geopol.failure f WHERE f.source = $3 AND f.key = ANY ($1::text[]))'
             ELSE 'del_f AS (SELECT 1)' END);
    r.store_new := pg_catalog.format(store, '');
    r.store_again := pg_catalog.format(store,
        'ON CONFLICT (key) DO UPDATE SET doc_date = excluded.doc_date, sentences = excluded.sentences, '
        'mentions = excluded.mentions, relations = excluded.relations, topics = excluded.topics, '
        'analyses = x.analyses + 1, analysed_at = excluded.analysed_at, '
        'mention_list = excluded.mention_list, topic_list = excluded.topic_list, text_hash = excluded.text_hash');
    r.probe := pg_catalog.format($q$
        SELECT c.k, s.%2$I::text AS doc, %3$s AS doc_date
        FROM unnest($1::text[]) AS c(k)
        LEFT JOIN %1$s s ON s.%4$I = c.k::%5$s$q$,
        t.source, t.text_column, date_expr, t.key_column, key_type);
    -- failing documents keep no results, and are recorded
    r.fail := pg_catalog.format($q$
        WITH del_r AS (DELETE FROM %1$s x WHERE x.key = ANY ($1::text[]::%3$s[])),
        del_d AS (DELETE FROM %2$s x WHERE x.key = ANY ($1::text[]::%3$s[])),
        ins_f AS (INSERT INTO geopol.failure AS f (source, key, sqlstate, message, failed_at)
                  SELECT $4, u.k, u.st, u.msg, now() FROM unnest($1::text[], $2::text[], $3::text[]) AS u(k, st, msg)
                  ON CONFLICT (source, key) DO UPDATE SET sqlstate = excluded.sqlstate,
                      message = excluded.message, failed_at = excluded.failed_at)
        SELECT 1$q$,
        t.relations_table, t.docs_table, key_type);
    RETURN r;
END
$fn$;

-- One batch of a tracked table, in the caller's transaction: claims up to
-- batch_size queued keys (queued at or before queued_before), then analyses
-- the documents and writes their results in one statement.  Should a
-- document fail, each is analysed alone (a subtransaction each) to find the
-- failing ones, which go to geopol.failure, and the statement is run again
-- for the others.  pending (when asked for) counts the queue.
CREATE OR REPLACE FUNCTION geopol._refresh_batch(src regclass, batch_size int, queued_before timestamptz, count_pending boolean,
    q geopol._refresh_sql, OUT claimed int, OUT failed int, OUT pending bigint)
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    SET jit = off           -- compiling the batch statement costs more than it saves
    AS $fn$
DECLARE
    b record;
BEGIN
    claimed := 0;
    failed := 0;
    IF NOT EXISTS (SELECT 1 FROM geopol.tracked tr WHERE tr.source = src) THEN
        RETURN;
    END IF;
    SELECT * INTO b FROM geopol._refresh_batch_work(src, batch_size, queued_before, count_pending, q) w;
    claimed := b.claimed;
    pending := b.pending;
    IF claimed = 0 THEN
        UPDATE geopol.tracked tr SET last_refresh = pg_catalog.now() WHERE tr.source = src;
        RETURN;
    END IF;
    IF b.bad IS NOT NULL THEN
        failed := pg_catalog.cardinality(b.bad);
        EXECUTE q.fail USING b.bad, b.states, b.msgs, src;
    END IF;
END
$fn$;

-- The work of a batch (see _refresh_batch), on src's tables as q names them
-- (a tracked table's, or on a Citus worker its shards'): the keys claimed,
-- the pending count (when asked for), and the failing documents (NULL when
-- none failed): their keys, SQLSTATEs and messages, for the caller to record.
CREATE OR REPLACE FUNCTION geopol._refresh_batch_work(src regclass, batch_size int, queued_before timestamptz,
    count_pending boolean, q geopol._refresh_sql,
    OUT claimed int, OUT pending bigint, OUT keys text[], OUT bad text[], OUT states text[], OUT msgs text[])
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    SET jit = off
    AS $fn$
DECLARE
    -- (keys: the claimed keys as text: plpgsql variables cannot change type
    -- from one tracked table to the next)
    r record;
    fast boolean;           -- the batch holds the queue's lock (see _refresh_sql)
    more text[];
    n int;
    good text[] := '{}';
    v_state text;
    v_msg text;
    reanalysed boolean;
BEGIN
    claimed := 0;
    -- the source first: a TRUNCATE (whose trigger truncates the queue and
    -- results) waits for this batch instead of deadlocking with it
    EXECUTE pg_catalog.format('LOCK TABLE %s IN ACCESS SHARE MODE', src);
    IF count_pending THEN
        EXECUTE q.pending INTO pending USING queued_before;
    END IF;
    -- the fast path (see _refresh_sql): straight from the log, when no other
    -- session is writing the queue
    BEGIN
        EXECUTE q.lock_queue;
        fast := true;
    EXCEPTION WHEN lock_not_available THEN
        fast := false;
    END;
    keys := '{}';
    IF fast THEN
        EXECUTE q.take_log INTO more USING queued_before, batch_size;
        keys := coalesce(more, '{}');
    ELSE
        -- another refresh is at work: log rows into the queue first
        EXECUTE q.explode;
    END IF;
    -- the rest of the batch from the queue
    IF pg_catalog.cardinality(keys) < batch_size THEN
        EXECUTE q.claim INTO more, n USING queued_before, batch_size - pg_catalog.cardinality(keys);
        keys := keys || coalesce(more, '{}');
    END IF;
    claimed := pg_catalog.cardinality(keys);
    IF claimed = 0 THEN
        RETURN;
    END IF;
    EXECUTE q.known INTO reanalysed USING keys;

    BEGIN
        IF reanalysed THEN
            EXECUTE q.store_again USING keys, true, src;
        ELSE
            EXECUTE q.store_new USING keys, false, src;
        END IF;
        RETURN;
    EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE;
        IF NOT geopol._document_error(v_state) THEN
            RAISE;
        END IF;
    END;

    -- a document failed: find which, each alone in a subtransaction
    bad := '{}';
    states := '{}';
    msgs := '{}';
    FOR r IN EXECUTE q.probe USING keys LOOP
        BEGIN
            PERFORM pg_catalog.count(*) FROM geopol._analyze_rows(ARRAY[r.k], ARRAY[r.doc], ARRAY[r.doc_date]);
            good := good || r.k;
        EXCEPTION WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE, v_msg = MESSAGE_TEXT;
            IF NOT geopol._document_error(v_state) THEN
                RAISE;
            END IF;
            bad := bad || r.k;
            states := states || v_state;
            msgs := msgs || v_msg;
        END;
    END LOOP;
    IF pg_catalog.cardinality(good) > 0 THEN
        IF reanalysed THEN
            EXECUTE q.store_again USING good, true, src;
        ELSE
            EXECUTE q.store_new USING good, false, src;
        END IF;
    END IF;
END
$fn$;

-- A batch of a distributed table, on one shard (run on the worker that holds
-- it, in a task Citus pushed down: see _refresh_dist_batch): the shards of
-- the table's source, results, queue and log that hold shard_key's hash
-- range, and the batch of _refresh_batch_work() on them, as the user the
-- coordinator connected as (the table's owner).  The failures are the
-- coordinator's to record; done (when asked for) is the keys analysed.
CREATE OR REPLACE FUNCTION geopol._refresh_shard(shard_key text, source_name text, name text, text_column name,
    key_column name, date_column name, batch_size int, queued_before timestamptz, count_pending boolean,
    want_done boolean, requeue boolean,
    OUT claimed int, OUT pending bigint, OUT bad text[], OUT states text[], OUT msgs text[], OUT done text[])
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    SET jit = off
    AS $fn$
DECLARE
    t geopol.tracked;
    w record;
    shard regclass;
BEGIN
    -- as on one node (see refresh()): a batch lost by a crash is still queued,
    -- so the worker's commit need not wait for the WAL flush
    PERFORM geopol._set_local(ARRAY['synchronous_commit', 'off']);
    -- (regclass: the worker's own names of the coordinator's tables)
    shard := geopol._citus_shard(source_name::regclass, shard_key);
    t.source := shard;
    t.name := name;
    t.text_column := text_column;
    t.key_column := key_column;
    t.date_column := date_column;
    t.docs_table := geopol._citus_shard(pg_catalog.format('geopol.%I', name || '_docs')::regclass, shard_key);
    t.relations_table := geopol._citus_shard(pg_catalog.format('geopol.%I', name || '_relations')::regclass, shard_key);
    t.queue_table := geopol._citus_shard(pg_catalog.format('geopol.%I', name || '_queue')::regclass, shard_key);
    t.log_table := geopol._citus_shard(pg_catalog.format('geopol.%I', name || '_log')::regclass, shard_key);
    IF requeue THEN
        -- (track(), requeue()): the shard's rows and results first
        -- (queued as of the coordinator's start of the refresh: this one takes them)
        EXECUTE pg_catalog.format(
            'INSERT INTO %1$s AS q (key, queued_at) SELECT k.key, $1 FROM (SELECT s.%2$I AS key FROM %3$s s WHERE s.%2$I IS NOT NULL '
            'UNION SELECT d.key FROM %4$s d) k ORDER BY k.key ON CONFLICT (key) DO NOTHING',
            t.queue_table, key_column, t.source, t.docs_table)
            USING queued_before;
        EXECUTE pg_catalog.format('UPDATE %s h SET requeue = false WHERE h.key = $1::%s',
                                  geopol._citus_shard(pg_catalog.format('geopol.%I', name || '_shards')::regclass, shard_key),
                                  (SELECT pg_catalog.format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a
                                   WHERE a.attrelid = t.queue_table AND a.attname = 'key'))
            USING shard_key;
    END IF;
    SELECT * INTO w FROM geopol._refresh_batch_work(shard, batch_size, queued_before, count_pending,
                                                    geopol._refresh_sql_for(t, false)) x;
    claimed := w.claimed;
    pending := w.pending;
    bad := w.bad;
    states := w.states;
    msgs := w.msgs;
    IF want_done THEN
        done := w.keys;
    END IF;
END
$fn$;

-- One batch of a distributed table (run on the coordinator as the table's
-- owner, like _refresh_batch): a query over the table's _shards table, one
-- row per shard, that Citus pushes down to the workers, one task per shard
-- run in parallel, each task the batch of its shard (_refresh_shard); the
-- text is read and analysed where it is stored, only counts and failures
-- come back.  Up to batch_size documents per shard.
CREATE OR REPLACE FUNCTION geopol._refresh_dist_batch(src regclass, batch_size int, queued_before timestamptz,
    count_pending boolean, OUT claimed int, OUT failed int, OUT pending bigint)
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
    r record;
    had_failures boolean;
BEGIN
    claimed := 0;
    failed := 0;
    pending := CASE WHEN count_pending THEN 0 END;
    SELECT * INTO t FROM geopol.tracked tr WHERE tr.source = src;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    had_failures := EXISTS (SELECT 1 FROM geopol.failure f WHERE f.source = src);
    FOR r IN EXECUTE pg_catalog.format(
        'SELECT b.* FROM geopol.%I h, LATERAL geopol._refresh_shard(h.key::pg_catalog.text, $1, $2, $3, $4, $5, $6, $7, $8, $9, h.requeue) b',
        t.name || '_shards')
        USING src::text, t.name, t.text_column, t.key_column, t.date_column, batch_size, queued_before,
              count_pending, had_failures
    LOOP
        claimed := claimed + r.claimed;
        pending := pending + r.pending;
        IF pg_catalog.cardinality(r.bad) > 0 THEN
            failed := failed + pg_catalog.cardinality(r.bad);
            INSERT INTO geopol.failure AS f (source, key, sqlstate, message, failed_at)
            SELECT src, u.k, u.st, u.msg, pg_catalog.now() FROM unnest(r.bad, r.states, r.msgs) AS u(k, st, msg)
            ON CONFLICT (source, key) DO UPDATE SET sqlstate = excluded.sqlstate,
                message = excluded.message, failed_at = excluded.failed_at;
        END IF;
        IF had_failures AND pg_catalog.cardinality(r.done) > 0 THEN
            DELETE FROM geopol.failure f
            WHERE f.source = src AND f.key = ANY (r.done) AND NOT f.key = ANY (coalesce(r.bad, '{}'));
        END IF;
    END LOOP;
    IF claimed = 0 THEN
        UPDATE geopol.tracked tr SET last_refresh = pg_catalog.now() WHERE tr.source = src;
    END IF;
END
$fn$;

-- The tables refresh(src) works on: src (which the caller must be able to
-- act as the owner of), or every tracked table whose owner's privileges the
-- caller has, in OID order.
CREATE OR REPLACE FUNCTION geopol._refresh_plan(src regclass) RETURNS SETOF regclass
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
    owner oid;
BEGIN
    IF src IS NOT NULL AND NOT EXISTS (SELECT 1 FROM geopol.tracked tr WHERE tr.source = src) THEN
        RAISE EXCEPTION 'table % is not tracked', src
            USING ERRCODE = 'undefined_object',
                  HINT = pg_catalog.format('SELECT geopol.track(%L, ''<text column>'') first.', src::text);
    END IF;
    FOR t IN SELECT * FROM geopol.tracked tr
             WHERE (src IS NULL OR tr.source = src)
               AND EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = tr.source)
             ORDER BY tr.source::oid
    LOOP
        SELECT c.relowner INTO owner FROM pg_catalog.pg_class c WHERE c.oid = t.source;
        IF pg_catalog.pg_has_role(current_user, owner, 'USAGE') THEN
            RETURN NEXT t.source;
        ELSIF src IS NOT NULL THEN
            PERFORM geopol._check_owner(src, owner, current_user, 'USAGE', 'refresh');
        END IF;
        -- else: someone else's table
    END LOOP;
END
$fn$;

-- A table's refresh failed: the error goes to geopol.refresh_error (the
-- newest 100 per table are kept) and shows in geopol.status; refresh()
-- goes on with the other tables.
CREATE OR REPLACE FUNCTION geopol._record_refresh_error(src regclass, state text, msg text, det text, hnt text, ctx text)
    RETURNS void
    LANGUAGE sql
    SET search_path = pg_catalog, pg_temp
    AS $$
    INSERT INTO geopol.refresh_error (source, sqlstate, message, detail, hint, context)
    VALUES (src, state, msg, nullif(det, ''), nullif(hnt, ''), nullif(ctx, ''));
    DELETE FROM geopol.refresh_error e
    WHERE e.source = src
      AND e.failed_at < (SELECT min(x.failed_at) FROM (SELECT y.failed_at FROM geopol.refresh_error y WHERE y.source = src
                                                      ORDER BY y.failed_at DESC LIMIT 100) x);
$$;

CREATE OR REPLACE PROCEDURE geopol.refresh(source regclass DEFAULT NULL, batch_size int DEFAULT 1000,
                                           lock_timeout interval DEFAULT '10s')
    LANGUAGE plpgsql
    -- no SET clause: a procedure with one cannot COMMIT; search_path is set
    -- LOCAL at the start of every transaction instead
    AS $proc$
DECLARE
    src regclass;
    sqls geopol._refresh_sql;
    dist boolean;           -- a Citus distributed table: batches on the workers
    batch_sql text;
    b record;
    started timestamptz;
    total bigint;
    done bigint;
    nfailed bigint;
    secs float8;
    rate float8;
    broken boolean;
    wait text;
    v_state text;
    v_msg text;
    v_detail text;
    v_hint text;
    v_context text;
BEGIN
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    IF batch_size IS NULL OR batch_size < 1 THEN
        RAISE EXCEPTION 'batch_size must be at least 1' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF refresh.lock_timeout IS NULL OR refresh.lock_timeout < '0'::interval THEN
        RAISE EXCEPTION 'lock_timeout must be zero (wait for ever) or positive' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- a transaction that started before this CALL: an explicit transaction
    -- block, where the COMMITs below would fail after the first batch
    IF pg_catalog.now() <> pg_catalog.statement_timestamp() THEN
        RAISE EXCEPTION 'geopol.refresh() cannot run inside a transaction block'
            USING ERRCODE = 'active_sql_transaction',
                  HINT = 'It commits after each batch: CALL it on its own (autocommit), as pg_cron does.';
    END IF;
    -- a table's batch waits for a lock at most this long (a table locked by
    -- an idle transaction is then skipped, not waited for for ever); a lower
    -- lock_timeout of the session is kept
    wait := CASE WHEN refresh.lock_timeout = '0'::interval THEN pg_catalog.current_setting('lock_timeout')
                 WHEN pg_catalog.current_setting('lock_timeout') NOT IN ('0', '0ms', '0s')
                      AND pg_catalog.current_setting('lock_timeout')::interval < refresh.lock_timeout
                 THEN pg_catalog.current_setting('lock_timeout')
                 ELSE (extract(epoch FROM refresh.lock_timeout) * 1000)::bigint::text || 'ms' END;
    PERFORM geopol._rebuild_views();      -- a no-op unless a restore left them stale
    IF geopol._citus_has_workers() THEN
        PERFORM geopol._citus_sync_needed();  -- Citus workers added since: the dictionary
    END IF;
    FOR src IN SELECT p FROM geopol._refresh_plan(refresh.source) AS p LOOP
        started := pg_catalog.clock_timestamp();
        total := NULL;
        done := 0;
        nfailed := 0;
        broken := false;
        -- Each batch is the table's owner's work (geopol._as_owner: the
        -- owner's code reached on the way, a domain's CHECK on the key,
        -- an operator on its type, runs with the owner's rights only and
        -- cannot SET ROLE), in a subtransaction: a table that fails (a key
        -- that stopped being unique, a lock held by an idle transaction)
        -- is recorded and skipped, and the other tables are refreshed.
        -- Cancellation and statement_timeout are never caught.
        BEGIN
            PERFORM geopol._sync_owner(src);     -- after a REASSIGN OWNED
            sqls := geopol._refresh_sql(src);    -- the batch statements, written once
            dist := geopol._citus_kind(src) IS NOT DISTINCT FROM 'distributed';
            IF dist THEN
                -- one key per shard (after a shard split: again)
                PERFORM 1 FROM geopol._as_owner(src,
                    'SELECT 1 FROM geopol.tracked tr, LATERAL geopol._citus_fill_shards(tr) f '
                    'WHERE tr.source = $1::pg_catalog.oid::pg_catalog.regclass',
                    ARRAY[src::oid::text]) AS r(x int);
                batch_sql := 'SELECT b.claimed, b.failed, b.pending FROM geopol._refresh_dist_batch($1::pg_catalog.oid::pg_catalog.regclass, '
                             '$2::pg_catalog.int4, $3::pg_catalog.timestamptz, $4::pg_catalog.bool) b';
            ELSE
                batch_sql := 'SELECT b.claimed, b.failed, b.pending FROM geopol._refresh_batch($1::pg_catalog.oid::pg_catalog.regclass, '
                             '$2::pg_catalog.int4, $3::pg_catalog.timestamptz, $4::pg_catalog.bool, $5::geopol._refresh_sql) b';
            END IF;
        EXCEPTION WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE, v_msg = MESSAGE_TEXT, v_detail = PG_EXCEPTION_DETAIL,
                                    v_hint = PG_EXCEPTION_HINT, v_context = PG_EXCEPTION_CONTEXT;
            broken := true;
        END;
        LOOP
            EXIT WHEN broken;
            -- a batch commits its results and the removal of its queue rows
            -- together: if a crash loses an asynchronous commit, both are
            -- lost and the documents are still queued, so the batch need not
            -- wait for the WAL flush
            PERFORM pg_catalog.set_config('synchronous_commit', 'off', true);
            PERFORM pg_catalog.set_config('lock_timeout', wait, true);
            BEGIN
                SELECT * INTO b FROM geopol._as_owner(src, batch_sql,
                    ARRAY[src::oid::text, refresh.batch_size::text, started::text, (total IS NULL)::text, sqls::text])
                    AS r(claimed int, failed int, pending bigint);
                IF NOT FOUND THEN       -- (not expected: the batch returns a row)
                    SELECT 0 AS claimed, 0 AS failed, 0::bigint AS pending INTO b;
                END IF;
            EXCEPTION WHEN OTHERS THEN
                GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE, v_msg = MESSAGE_TEXT, v_detail = PG_EXCEPTION_DETAIL,
                                        v_hint = PG_EXCEPTION_HINT, v_context = PG_EXCEPTION_CONTEXT;
                broken := true;
            END;
            IF broken THEN
                NULL;
            ELSIF b.claimed > 0 THEN
                done := done + b.claimed;
                nfailed := nfailed + b.failed;
                IF total IS NULL THEN
                    total := b.pending;
                END IF;
                PERFORM geopol._set_progress(src, started, done, greatest(total, done), nfailed);
            END IF;
            COMMIT;
            PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
            IF broken THEN
                EXIT;
            END IF;
            EXIT WHEN b.claimed = 0;
            secs := greatest(extract(epoch FROM pg_catalog.clock_timestamp() - started)::float8, 0.001);
            rate := done / secs;
            RAISE NOTICE 'geopol.refresh %: %/% documents, % docs/s, about % s left',
                src, done, greatest(total, done), round(rate::numeric),
                round((greatest(total - done, 0) / rate)::numeric, 1);
        END LOOP;
        IF broken THEN
            PERFORM geopol._record_refresh_error(src, v_state, v_msg, v_detail, v_hint, v_context);
            RAISE WARNING 'geopol.refresh %: skipped after an error: %', src, v_msg
                USING DETAIL = pg_catalog.format('SQLSTATE %s. The other tables are refreshed; geopol.status and geopol.refresh_error show the error.', v_state),
                      HINT = CASE WHEN v_state = '55P03'
                                  THEN 'A lock on the table or its results was held longer than lock_timeout: look for idle transactions in pg_stat_activity.'
                                  ELSE 'Fix the cause (see geopol.refresh_error) and CALL geopol.refresh() again; the queued documents wait.' END;
        ELSIF done > 0 THEN
            secs := greatest(extract(epoch FROM pg_catalog.clock_timestamp() - started)::float8, 0.001);
            RAISE NOTICE 'geopol.refresh %: % documents in % s (% docs/s), % failed',
                src, done, round(secs::numeric, 1), round((done / secs)::numeric), nfailed;
        END IF;
        PERFORM geopol._set_progress(src, NULL, NULL, NULL, NULL);
        COMMIT;
        PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    END LOOP;
END
$proc$;
COMMENT ON PROCEDURE geopol.refresh(regclass, int, interval) IS
    'Analyses the queued documents of a tracked table (NULL: of every tracked table whose owner''s privileges the caller has), batch_size documents per transaction, each batch with the rights of the table''s owner; documents whose analysis fails go to geopol.failure, and a table whose refresh fails (or waits longer than lock_timeout for a lock) is recorded in geopol.refresh_error and skipped. Safe to run in several sessions at once. CALL it outside a transaction block.';

-- ------------------------------------------------------------ progress

-- The running refresh of this backend: one row per backend in
-- geopol._progress (NULL started: done), written with each batch's commit.
CREATE OR REPLACE FUNCTION geopol._set_progress(src regclass, started timestamptz, done bigint, total bigint, failed bigint)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
BEGIN
    IF started IS NULL THEN
        DELETE FROM geopol._progress p WHERE p.pid = pg_catalog.pg_backend_pid();
    ELSE
        INSERT INTO geopol._progress AS p (pid, backend_start, source, started, done, total, failed, updated_at)
        VALUES (pg_catalog.pg_backend_pid(),
                (SELECT a.backend_start FROM pg_catalog.pg_stat_activity a WHERE a.pid = pg_catalog.pg_backend_pid()),
                src, started, done, total, failed, pg_catalog.clock_timestamp())
        ON CONFLICT (pid) DO UPDATE SET backend_start = excluded.backend_start, source = excluded.source,
            started = excluded.started, done = excluded.done, total = excluded.total, failed = excluded.failed,
            updated_at = excluded.updated_at;
    END IF;
END
$fn$;

CREATE OR REPLACE VIEW geopol.refresh_progress WITH (security_invoker = true) AS
    SELECT p.pid, p.source, p.started, p.done, p.total, p.failed,
           round((100.0 * p.done / nullif(p.total, 0))::numeric, 1) AS percent,
           (p.done / nullif(extract(epoch FROM p.updated_at - p.started), 0))::real AS docs_per_second,
           (p.updated_at + (p.total - p.done) * ((p.updated_at - p.started) / nullif(p.done, 0))) AS expected_end,
           p.updated_at
    FROM geopol._progress p
    JOIN pg_catalog.pg_stat_activity a ON a.pid = p.pid AND a.backend_start = p.backend_start;
COMMENT ON VIEW geopol.refresh_progress IS
    'Refreshes running now, one row per backend, like pg_stat_progress_*: the table, documents done (as of the last committed batch) and queued when it started, failures, the rate and when it should end. Only tables you can read.';
GRANT SELECT ON geopol.refresh_progress TO PUBLIC;

-- ------------------------------------------------------------ status

CREATE OR REPLACE FUNCTION geopol._status(OUT source regclass, OUT text_column name, OUT documents bigint,
    OUT pending bigint, OUT failed bigint, OUT last_analysed timestamptz, OUT last_refresh timestamptz,
    OUT last_error text, OUT last_error_at timestamptz, OUT icu_outdated boolean)
    RETURNS SETOF record
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
    documents_to_queue bigint;
BEGIN
    FOR t IN SELECT * FROM geopol.tracked tr ORDER BY tr.source::text LOOP
        source := t.source;
        text_column := t.text_column;
        last_refresh := t.last_refresh;
        icu_outdated := t.icu_version IS DISTINCT FROM geopol.icu_version();
        IF geopol._can_read(t.docs_table) OR geopol._is_owner(t.source) THEN
            EXECUTE pg_catalog.format('SELECT pg_catalog.count(*), pg_catalog.max(d.analysed_at) FROM %s d', t.docs_table)
                INTO documents, last_analysed;
            EXECUTE pg_catalog.format('SELECT (SELECT pg_catalog.count(*) FROM %s q) + '
                                      '(SELECT coalesce(pg_catalog.sum(pg_catalog.cardinality(g.keys)), 0) FROM %s g)',
                                      t.queue_table, t.log_table) INTO pending;
            IF geopol._is_distributed(t) THEN
                -- the rows of shards that queue them at the next refresh (after
                -- track() or requeue())
                EXECUTE pg_catalog.format(
                    'SELECT pg_catalog.count(*) FROM %1$s s WHERE s.%2$I IS NOT NULL '
                    'AND pg_catalog.get_shard_id_for_distribution_column(%3$L::pg_catalog.regclass, s.%2$I) '
                    '    IN (SELECT pg_catalog.get_shard_id_for_distribution_column(%3$L::pg_catalog.regclass, h.key) '
                    '        FROM geopol.%4$I h WHERE h.requeue)',
                    t.source, t.key_column, t.source::text, t.name || '_shards')
                    INTO documents_to_queue;
                pending := pending + documents_to_queue;
            END IF;
            SELECT pg_catalog.count(*) INTO failed FROM geopol.failure f WHERE f.source = t.source;
            -- the newest error, unless a refresh of the table has gone through since
            SELECT e.sqlstate || ': ' || e.message, e.failed_at INTO last_error, last_error_at
              FROM geopol.refresh_error e
             WHERE e.source = t.source AND (t.last_refresh IS NULL OR e.failed_at > t.last_refresh)
             ORDER BY e.failed_at DESC LIMIT 1;
            IF NOT FOUND THEN
                last_error := NULL;
                last_error_at := NULL;
            END IF;
        ELSE
            documents := NULL;
            pending := NULL;
            failed := NULL;
            last_analysed := NULL;
            last_error := NULL;
            last_error_at := NULL;
        END IF;
        RETURN NEXT;
    END LOOP;
END
$fn$;

CREATE OR REPLACE VIEW geopol.status WITH (security_invoker = true) AS
    SELECT s.source, s.text_column, s.documents, s.pending, s.failed, s.last_analysed, s.last_refresh,
           s.last_error, s.last_error_at, s.icu_outdated
    FROM geopol._status() s;
COMMENT ON VIEW geopol.status IS
    'Per tracked table: documents analysed, documents queued, failures, when a document was last analysed and when refresh() last drained the queue, the last error that made refresh() skip the table (cleared by the next refresh that gets through), and whether its results were analysed with another ICU version than the running one (geopol.icu_status()). Counts are NULL for tables you cannot SELECT.';
GRANT SELECT ON geopol.status TO PUBLIC;
