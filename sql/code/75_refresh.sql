-- ------------------------------------------------------------ refresh

-- What geopol.analyze() finds in a batch of documents (keys, texts and dates
-- side by side), as rows for refresh() to store (pg_analyze_rows.c): each
-- row has the document's key (as text) and date, then a row 'r' per
-- relation, with the columns of geopol.relations() prefixed r_, and last a
-- row 'd' with the document's counts, mentions and topics.  NULL texts give
-- no rows.
CREATE OR REPLACE FUNCTION geopol._analyze_rows(keys text[], docs text[], doc_dates date[],
    OUT key text, OUT doc_date date, OUT part "char",
    OUT r_sentence int, OUT r_source text, OUT r_target text, OUT r_event text, OUT r_mode text,
    OUT r_quad smallint, OUT r_score real, OUT r_negated boolean, OUT r_hypothetical boolean,
    OUT r_cue text, OUT r_start_pos int, OUT r_len int, OUT r_evidence text, OUT r_rule text,
    OUT d_sentences int, OUT d_mentions int, OUT d_relations int, OUT d_topics int,
    OUT d_mention_list geopol.mention_row[], OUT d_topic_list geopol.topic_row[])
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
    key_type text;          -- the key's type, as in the result tables
    dtype regtype;
    date_expr text;
    store text;
    r geopol._refresh_sql;
BEGIN
    SELECT * INTO STRICT t FROM geopol.tracked tr WHERE tr.source = src;
    SELECT pg_catalog.format_type(a.atttypid, a.atttypmod) INTO key_type
      FROM pg_catalog.pg_attribute a WHERE a.attrelid = t.docs_table AND a.attname = 'key';
    IF t.date_column IS NULL THEN
        date_expr := 'NULL::date';
    ELSE
        SELECT geopol._base_type(a.atttypid) INTO dtype
          FROM pg_catalog.pg_attribute a WHERE a.attrelid = t.source AND a.attname = t.date_column;
        date_expr := CASE WHEN dtype = 'timestamp with time zone'::regtype
                          THEN pg_catalog.format('(s.%I AT TIME ZONE ''UTC'')::date', t.date_column)
                          ELSE pg_catalog.format('s.%I::date', t.date_column) END;
    END IF;

    -- the keys logged by the triggers go into the queue (log rows another
    -- refresh holds are skipped; this commits with the batch); DO NOTHING
    -- dedupes, and waits for a batch that has just claimed the same key
    r.explode := pg_catalog.format($q$
        WITH l AS (
            DELETE FROM %1$s g
            WHERE g.ctid = ANY (ARRAY(SELECT x.ctid FROM %1$s x FOR UPDATE SKIP LOCKED))
            RETURNING g.keys, g.logged_at)
        INSERT INTO %2$s (key, queued_at)
            SELECT k.key, l.logged_at FROM l, unnest(l.keys) AS k(key)
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
                   a.d_sentences, a.d_mentions, a.d_relations, a.d_topics, a.d_mention_list, a.d_topic_list
            FROM b, geopol._analyze_rows(b.keys, b.docs, b.dates) AS a),
        del_r AS (DELETE FROM %1$s x WHERE $2 AND x.key = ANY ($1::text[]::%3$s[])),
        del_d AS (DELETE FROM %2$s x WHERE $2 AND x.key = ANY ($1::text[]::%3$s[])
                  AND NOT EXISTS (SELECT 1 FROM r WHERE r.part = 'd' AND r.key = x.key)),
        ins_r AS (INSERT INTO %1$s (key, doc_date, %8$s) SELECT r.key, r.doc_date, %9$s FROM r WHERE r.part = 'r'),
        ins_d AS (INSERT INTO %2$s AS x (key, doc_date, sentences, mentions, relations, topics, analyses, analysed_at,
                                         mention_list, topic_list)
                  SELECT r.key, r.doc_date, r.d_sentences, r.d_mentions, r.d_relations, r.d_topics, 1, now(),
                         r.d_mention_list, r.d_topic_list
                  FROM r WHERE r.part = 'd'
                  %%s),
        del_f AS (DELETE FROM geopol.failure f WHERE f.source = $3 AND f.key = ANY ($1::text[]))
        SELECT 1$q$,
        t.relations_table, t.docs_table, key_type,
        t.text_column, date_expr, t.source, t.key_column,
        geopol._part_cols('relations', '%1$I'), geopol._part_cols('relations', 'r.%3$I'),
        geopol._part_cols('relations', 'a.%3$I'));
    r.store_new := pg_catalog.format(store, '');
    r.store_again := pg_catalog.format(store,
        'ON CONFLICT (key) DO UPDATE SET doc_date = excluded.doc_date, sentences = excluded.sentences, '
        'mentions = excluded.mentions, relations = excluded.relations, topics = excluded.topics, '
        'analyses = x.analyses + 1, analysed_at = excluded.analysed_at, '
        'mention_list = excluded.mention_list, topic_list = excluded.topic_list');
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
    keys text[];            -- the claimed keys as text: plpgsql variables cannot
                            -- change type from one tracked table to the next
    r record;
    fast boolean;           -- the batch holds the queue's lock (see _refresh_sql)
    more text[];
    n int;
    good text[] := '{}';
    bad text[] := '{}';
    states text[] := '{}';
    msgs text[] := '{}';
    v_state text;
    v_msg text;
    reanalysed boolean;
BEGIN
    claimed := 0;
    failed := 0;
    IF NOT EXISTS (SELECT 1 FROM geopol.tracked tr WHERE tr.source = src) THEN
        RETURN;
    END IF;
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
        UPDATE geopol.tracked tr SET last_refresh = pg_catalog.now() WHERE tr.source = src;
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
    failed := pg_catalog.cardinality(bad);
    IF pg_catalog.cardinality(good) > 0 THEN
        IF reanalysed THEN
            EXECUTE q.store_again USING good, true, src;
        ELSE
            EXECUTE q.store_new USING good, false, src;
        END IF;
    END IF;
    EXECUTE q.fail USING bad, states, msgs, src;
END
$fn$;

-- The tables refresh(src) works on, checked; and the role to do each as.
CREATE OR REPLACE FUNCTION geopol._refresh_plan(src regclass, OUT source regclass, OUT run_as name)
    RETURNS SETOF record
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
        source := t.source;
        IF owner = (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) THEN
            run_as := NULL;
        ELSIF pg_catalog.pg_has_role(session_user, owner, 'MEMBER') THEN
            run_as := (SELECT r.rolname FROM pg_catalog.pg_roles r WHERE r.oid = owner);
        ELSIF src IS NOT NULL THEN
            PERFORM geopol._check_owner(src, owner, session_user, 'MEMBER', 'refresh');
        ELSE
            CONTINUE;          -- someone else's table
        END IF;
        RETURN NEXT;
    END LOOP;
END
$fn$;

CREATE OR REPLACE PROCEDURE geopol.refresh(source regclass DEFAULT NULL, batch_size int DEFAULT 1000)
    LANGUAGE plpgsql
    -- no SET clause: a procedure with one cannot COMMIT; search_path is set
    -- LOCAL at the start of every transaction instead
    AS $proc$
DECLARE
    plan record;
    sqls geopol._refresh_sql;
    b record;
    started timestamptz;
    total bigint;
    done bigint;
    nfailed bigint;
    secs float8;
    rate float8;
BEGIN
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
    IF batch_size IS NULL OR batch_size < 1 THEN
        RAISE EXCEPTION 'batch_size must be at least 1' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- a transaction that started before this CALL: an explicit transaction
    -- block, where the COMMITs below would fail after the first batch
    IF pg_catalog.now() <> pg_catalog.statement_timestamp() THEN
        RAISE EXCEPTION 'geopol.refresh() cannot run inside a transaction block'
            USING ERRCODE = 'active_sql_transaction',
                  HINT = 'It commits after each batch: CALL it on its own (autocommit), as pg_cron does.';
    END IF;
    PERFORM geopol._rebuild_views();      -- a no-op unless a restore left them stale
    FOR plan IN SELECT * FROM geopol._refresh_plan(refresh.source) LOOP
        PERFORM geopol._sync_owner(plan.source);     -- after a REASSIGN OWNED
        sqls := geopol._refresh_sql(plan.source);   -- the batch statements, written once
        started := clock_timestamp();
        total := NULL;
        done := 0;
        nfailed := 0;
        LOOP
            IF plan.run_as IS NOT NULL THEN
                PERFORM pg_catalog.set_config('role', plan.run_as, true);
            END IF;
            -- a batch commits its results and the removal of its queue rows
            -- together: if a crash loses an asynchronous commit, both are
            -- lost and the documents are still queued, so the batch need not
            -- wait for the WAL flush
            PERFORM pg_catalog.set_config('synchronous_commit', 'off', true);
            b := geopol._refresh_batch(plan.source, refresh.batch_size, started, total IS NULL, sqls);
            COMMIT;
            PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);
            IF total IS NULL THEN
                total := b.pending;
            END IF;
            EXIT WHEN b.claimed = 0;
            done := done + b.claimed;
            nfailed := nfailed + b.failed;
            secs := greatest(extract(epoch FROM clock_timestamp() - started)::float8, 0.001);
            rate := done / secs;
            RAISE NOTICE 'geopol.refresh %: %/% documents, % docs/s, about % s left',
                plan.source, done, greatest(total, done), round(rate::numeric),
                round((greatest(total - done, 0) / rate)::numeric, 1);
        END LOOP;
        IF done > 0 THEN
            secs := greatest(extract(epoch FROM clock_timestamp() - started)::float8, 0.001);
            RAISE NOTICE 'geopol.refresh %: % documents in % s (% docs/s), % failed',
                plan.source, done, round(secs::numeric, 1), round((done / secs)::numeric), nfailed;
        END IF;
    END LOOP;
END
$proc$;
COMMENT ON PROCEDURE geopol.refresh(regclass, int) IS
    'Analyses the queued documents of a tracked table (NULL: of every tracked table the caller may act as owner of), batch_size documents per transaction, as the owner of the results; documents whose analysis fails go to geopol.failure. Safe to run in several sessions at once. CALL it outside a transaction block.';

-- ------------------------------------------------------------ status

CREATE OR REPLACE FUNCTION geopol._status(OUT source regclass, OUT text_column name, OUT documents bigint,
    OUT pending bigint, OUT failed bigint, OUT last_analysed timestamptz, OUT last_refresh timestamptz)
    RETURNS SETOF record
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
BEGIN
    FOR t IN SELECT * FROM geopol.tracked tr ORDER BY tr.source::text LOOP
        source := t.source;
        text_column := t.text_column;
        last_refresh := t.last_refresh;
        IF geopol._can_read(t.docs_table) OR geopol._is_owner(t.source) THEN
            EXECUTE pg_catalog.format('SELECT pg_catalog.count(*), pg_catalog.max(d.analysed_at) FROM %s d', t.docs_table)
                INTO documents, last_analysed;
            EXECUTE pg_catalog.format('SELECT (SELECT pg_catalog.count(*) FROM %s q) + '
                                      '(SELECT coalesce(pg_catalog.sum(pg_catalog.cardinality(g.keys)), 0) FROM %s g)',
                                      t.queue_table, t.log_table) INTO pending;
            SELECT pg_catalog.count(*) INTO failed FROM geopol.failure f WHERE f.source = t.source;
        ELSE
            documents := NULL;
            pending := NULL;
            failed := NULL;
            last_analysed := NULL;
        END IF;
        RETURN NEXT;
    END LOOP;
END
$fn$;

CREATE OR REPLACE VIEW geopol.status WITH (security_invoker = true) AS
    SELECT s.source, s.text_column, s.documents, s.pending, s.failed, s.last_analysed, s.last_refresh
    FROM geopol._status() s;
COMMENT ON VIEW geopol.status IS
    'Per tracked table: documents analysed, documents queued, failures, when a document was last analysed and when refresh() last drained the queue. Counts are NULL for tables you cannot SELECT.';
GRANT SELECT ON geopol.status TO PUBLIC;
