
-- ------------------------------------------------------------ tracking
-- Tables whose text geopol keeps analysed:
--
--   SELECT geopol.track('public.articles', 'body', date_column => 'published');
--   CALL geopol.refresh();              -- by hand, or every minute from pg_cron
--
-- track() creates, in schema geopol, result tables named after the source
-- (articles_docs, articles_mentions, articles_relations, articles_topics), a
-- log and a queue (articles_log, articles_queue), a per-table view
-- (articles_actors) and a TRUNCATE trigger function; their key column has the
-- type of the source's key, so results join back on the source's own key and
-- index.  The queue triggers on the source (geopol._log_keys(), in C) buffer
-- the keys of inserted, updated (text, date or key column) and deleted rows
-- and write each statement's keys into the log as arrays: a bulk INSERT pays
-- a key copy per row and a log row per 1,800 bytes of keys.  TRUNCATE empties
-- the results.  refresh() moves the log into the queue and drains the queue
-- in batches, one transaction per batch.
--
-- Privileges.
--   * Only the owner of a table (or a superuser) can track and untrack it.
--     track()/untrack() check the current user, then call SECURITY DEFINER
--     helpers (_track, _untrack) for the DDL in schema geopol, which nobody
--     else may create objects in; the helpers check the session user again,
--     so calling them directly gives nothing a user could not do by logging
--     in as themselves.  The result tables and view stay the extension
--     owner's (the extension's union views depend on them, and a DROP ...
--     CASCADE of them by anyone else would drop the extension); the table's
--     owner is granted INSERT, UPDATE, DELETE and TRUNCATE on them and owns
--     the TRUNCATE trigger function.
--   * Results contain source text (surfaces, evidence).  Result tables are
--     REVOKEd from PUBLIC and granted back SELECT only, under row-level
--     security: a policy lets a role see the rows exactly while it has SELECT
--     on the source table (has_table_privilege, checked once per query, so
--     GRANT and REVOKE on the source take effect at once: nothing to sync).
--     Superusers bypass RLS as usual.  Views are security_invoker, so the
--     same holds through them.  Not mirrored: column privileges (a role needs table-level SELECT)
--     and row-level security on the source (its policies do not filter the
--     results); roles with BYPASSRLS see all results.
--   * refresh() runs with the caller's rights; for each table it does the
--     work as the table's owner (SET ROLE, which the caller must be able to
--     do: the owner itself, a member, or a superuser), so a superuser's cron
--     job never runs table owners' code (a domain's CHECK, say) with
--     superuser rights, and the owner's rights are exactly what writing the
--     results needs.
--   * The analysis functions read the dictionary tables with the caller's
--     rights, and refresh() runs them as table owners: USAGE on the schema
--     and SELECT on the dictionary tables are granted to PUBLIC here.
--
-- Concurrency.  refresh() claims queue rows with SELECT ... FOR UPDATE SKIP
-- LOCKED and deletes them in the same transaction as it writes their results,
-- so two refreshes never take the same document and a cancelled or crashed
-- batch leaves its rows queued.  A log row becomes visible when the writing
-- transaction commits, and with it the text it names: a refresh never sees a
-- key before the change it stands for, and a change made while its document
-- is being analysed logs the key again for the next refresh.

GRANT USAGE ON SCHEMA geopol TO PUBLIC;
DO $grant$
DECLARE
    r record;
BEGIN
    -- the dictionary tables of the parts before this one
    FOR r IN SELECT c.relname FROM pg_catalog.pg_class c
             WHERE c.relnamespace = 'geopol'::regnamespace AND c.relkind = 'r'
    LOOP
        EXECUTE pg_catalog.format('GRANT SELECT ON geopol.%I TO PUBLIC', r.relname);
    END LOOP;
END
$grant$;

-- A mention and a topic as refresh() stores them, in arrays in the
-- document's row: the columns of geopol.mentions() and geopol.topics()
-- (a regression test checks that they agree).
CREATE TYPE geopol.mention_row AS (sentence int, start_pos int, len int, surface text,
    actor text, entity text, kind text, country text, sector text);
CREATE TYPE geopol.topic_row AS (topic text, score real, hits int, terms text[]);

CREATE TABLE geopol.tracked (
    source          regclass PRIMARY KEY,
    name            text NOT NULL UNIQUE,
    text_column     name NOT NULL,
    key_column      name NOT NULL,
    key_type        regtype NOT NULL,
    date_column     name,
    docs_table      regclass NOT NULL,
    mentions_table  regclass NOT NULL,
    relations_table regclass NOT NULL,
    topics_table    regclass NOT NULL,
    queue_table     regclass NOT NULL,
    log_table       regclass NOT NULL,
    actors_view     regclass NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT pg_catalog.now(),
    last_refresh    timestamptz
);
COMMENT ON TABLE geopol.tracked IS
    'Tables geopol.track() keeps analysed: the columns it reads and the result tables, queue and view it created for them (in schema geopol, owned by the table''s owner).';

CREATE TABLE geopol.failure (
    source      regclass NOT NULL,
    key         text NOT NULL,
    sqlstate    text NOT NULL,
    message     text NOT NULL,
    failed_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
    PRIMARY KEY (source, key)
);
COMMENT ON TABLE geopol.failure IS
    'Documents of tracked tables whose analysis failed (the key as text): refresh() records them, takes them off the queue and goes on; a later successful analysis of the same key removes the row.';

-- The parent (without columns) of every table track() creates: those are
-- not members of the extension, but DROP EXTENSION geopol CASCADE drops them
-- with it.  Not for queries: only superusers can read it.
CREATE TABLE geopol._tracking_base ();
REVOKE ALL ON geopol._tracking_base FROM PUBLIC;

SELECT pg_catalog.pg_extension_config_dump('geopol.tracked', '');
SELECT pg_catalog.pg_extension_config_dump('geopol.failure', '');

-- ---------------------------------------------------------- helpers

CREATE FUNCTION geopol._base_type(t regtype) RETURNS regtype
    LANGUAGE sql STABLE STRICT
    SET search_path = pg_catalog, pg_temp
    AS $$
    WITH RECURSIVE d(oid, base, depth) AS (
        SELECT ty.oid, ty.typbasetype, 0 FROM pg_catalog.pg_type ty WHERE ty.oid = t
        UNION ALL
        SELECT ty.oid, ty.typbasetype, d.depth + 1
        FROM d JOIN pg_catalog.pg_type ty ON ty.oid = d.base
        WHERE d.base <> 0 AND d.depth < 32)
    SELECT d.oid::regtype FROM d ORDER BY d.depth DESC LIMIT 1
$$;

-- The columns of a result part are the OUT columns of its set-returning
-- function, which are also the keys geopol.analyze() gives each element.
CREATE FUNCTION geopol._part_columns(part text, OUT name text, OUT type text, OUT ord int)
    RETURNS SETOF record
    LANGUAGE sql STABLE STRICT
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT a.n, pg_catalog.format_type(a.t, NULL), a.i::int
    FROM pg_catalog.pg_proc p,
         unnest(p.proallargtypes, p.proargmodes, p.proargnames) WITH ORDINALITY AS a(t, m, n, i)
    WHERE p.oid = (CASE part
                     WHEN 'mentions' THEN 'geopol.mentions(text, date)'
                     WHEN 'relations' THEN 'geopol.relations(text, date)'
                     WHEN 'topics' THEN 'geopol.topics(text)'
                   END)::regprocedure
      AND a.m IN ('o', 't')
    ORDER BY a.i
$$;

-- The columns of a part as a list: item, a format() string, is applied to
-- each column, where %1$I is its quoted name, %2$s its type and %3$I the
-- name prefixed with the part's initial as geopol._analyze_rows() gives it
-- ('%1$I %2$s' gives column definitions, '(m).%1$I AS %1$I' the fields of a
-- geopol.mention_row value m, 'r.%3$I' the r_ columns of _analyze_rows).
CREATE FUNCTION geopol._part_cols(part text, item text) RETURNS text
    LANGUAGE sql STABLE STRICT
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT pg_catalog.string_agg(pg_catalog.format(item, c.name, c.type, pg_catalog.left(part, 1) || '_' || c.name),
                                 ', ' ORDER BY c.ord)
    FROM geopol._part_columns(part) c
$$;

-- May the current role read the results in this table (one of a tracked
-- table's result tables)?  Used by the row-level security policies, once per
-- query: true while the role has SELECT on the source table.
CREATE FUNCTION geopol._can_read(result regclass) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT coalesce((SELECT pg_catalog.has_table_privilege(t.source, 'SELECT')
                     FROM geopol.tracked t
                     WHERE result IN (t.docs_table, t.mentions_table, t.relations_table,
                                      t.topics_table, t.queue_table, t.log_table)), false)
$$;

-- Has the current role the rights of the owner of tracked table src?
CREATE FUNCTION geopol._is_owner(src regclass) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT coalesce((SELECT pg_catalog.pg_has_role(c.relowner, 'USAGE')
                     FROM geopol.tracked t JOIN pg_catalog.pg_class c ON c.oid = t.source
                     WHERE t.source = src), false)
$$;

-- Analysis errors that belong to the document (recorded in geopol.failure,
-- and refresh goes on) rather than to the system (the batch is rolled back,
-- its documents stay queued, refresh stops with the error): data exceptions
-- (invalid UTF-8 ...), program limits, out of memory, errors raised by the
-- analysis code itself.  Cancellation is never caught.
CREATE FUNCTION geopol._document_error(state text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT pg_catalog.left(state, 2) IN ('22', '54', '38', '39', '2F', 'XX', 'P0') OR state = '53200'
$$;

ALTER TABLE geopol.tracked ENABLE ROW LEVEL SECURITY;
CREATE POLICY tracked_read ON geopol.tracked FOR SELECT USING (true);
CREATE POLICY tracked_refresh ON geopol.tracked FOR UPDATE
    USING (pg_catalog.pg_has_role((SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = source), 'USAGE'));
GRANT SELECT ON geopol.tracked TO PUBLIC;
GRANT UPDATE (last_refresh) ON geopol.tracked TO PUBLIC;

ALTER TABLE geopol.failure ENABLE ROW LEVEL SECURITY;
CREATE POLICY failure_read ON geopol.failure FOR SELECT
    USING (coalesce(pg_catalog.has_table_privilege(source, 'SELECT'), false));
CREATE POLICY failure_insert ON geopol.failure FOR INSERT WITH CHECK (geopol._is_owner(source));
CREATE POLICY failure_update ON geopol.failure FOR UPDATE USING (geopol._is_owner(source));
CREATE POLICY failure_delete ON geopol.failure FOR DELETE USING (geopol._is_owner(source));
GRANT SELECT, INSERT, UPDATE, DELETE ON geopol.failure TO PUBLIC;

-- Raises unless role may act as the owner of rel (the table's owner, a role
-- with its privileges, or a superuser).  how: 'USAGE' (has the owner's
-- privileges) or 'MEMBER' (could SET ROLE to it).
CREATE FUNCTION geopol._check_owner(rel regclass, owner oid, role name, how text, action text) RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF NOT pg_catalog.pg_has_role(role, owner, how) THEN
        RAISE EXCEPTION 'must be owner of table % to % it', rel, action
            USING ERRCODE = 'insufficient_privilege',
                  HINT = pg_catalog.format('Only the owner of the table (%s), a member of that role or a superuser can %s it.',
                                           owner::regrole, action);
    END IF;
END
$$;

-- a name for the result objects of rel, free in schema geopol
CREATE FUNCTION geopol._free_name(rel regclass) RETURNS text
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    base text;
    cand text;
    i int := 1;
BEGIN
    SELECT CASE WHEN n.nspname = 'public' THEN c.relname ELSE n.nspname || '_' || c.relname END
      INTO base
      FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE c.oid = rel;
    WHILE pg_catalog.octet_length(base) > 40 LOOP
        base := pg_catalog.left(base, -1);
    END LOOP;
    cand := base;
    LOOP
        EXIT WHEN NOT EXISTS (SELECT 1 FROM geopol.tracked t WHERE t.name = cand)
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_class c
                              WHERE c.relnamespace = 'geopol'::regnamespace
                                AND c.relname IN (cand || '_docs', cand || '_mentions', cand || '_relations',
                                                  cand || '_topics', cand || '_queue', cand || '_log', cand || '_actors'))
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_proc p
                              WHERE p.pronamespace = 'geopol'::regnamespace
                                AND p.proname = cand || '_truncate');
        i := i + 1;
        cand := base || '_' || i;
    END LOOP;
    RETURN cand;
END
$$;

-- ------------------------------------------------------------ track

-- The queue trigger of every tracked table (src/pg/pg_keylog.c): fired for a
-- row, it buffers the row's key; fired for a statement, it writes the
-- buffered keys as arrays into the table's log, with the rights of the
-- table's owner.  It takes no arguments: the key column and the log come
-- from geopol.tracked (OIDs in trigger arguments would not survive a dump).
CREATE FUNCTION geopol._log_keys() RETURNS trigger
    LANGUAGE c
    AS 'MODULE_PATHNAME', 'geopol_log_keys';
COMMENT ON FUNCTION geopol._log_keys() IS
    'Internal: the queue triggers geopol.track() puts on a table (keys of written rows, buffered per statement, then logged).';

-- When the INSERT queue trigger of tracked table src should fire.  BEFORE
-- is the cheaper (no AFTER trigger event per row: a bulk INSERT pays a few
-- per cent instead of a fifth), but it sees the key before the BEFORE
-- triggers that fire after it, and before a generated column is computed;
-- so BEFORE only for a plain table whose key is not generated and that has
-- no other BEFORE INSERT row trigger (enabled or not).  A partitioned table
-- gets AFTER: its partitions may have BEFORE triggers of their own.
CREATE FUNCTION geopol._insert_trigger_timing(src regclass) RETURNS text
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT CASE WHEN c.relkind = 'r'
                 AND NOT EXISTS (SELECT 1 FROM geopol.tracked t JOIN pg_catalog.pg_attribute a
                                     ON a.attrelid = t.source AND a.attname = t.key_column
                                 WHERE t.source = src AND a.attgenerated <> '')
                 AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_trigger g
                                 WHERE g.tgrelid = src AND g.tgname <> 'geopol_enqueue'
                                   AND (g.tgtype::int & 7) = 7)      -- ROW | BEFORE | INSERT
                THEN 'BEFORE' ELSE 'AFTER' END
    FROM pg_catalog.pg_class c WHERE c.oid = src
$$;

-- (Re)creates the INSERT queue trigger geopol_enqueue of tracked table src
-- with the timing _insert_trigger_timing() gives: by track(), and by the
-- event trigger when triggers of a tracked table are created or renamed.
-- Internal (run as the extension's owner).
CREATE FUNCTION geopol._place_queue_trigger(src regclass) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
    want text;
    have text;
BEGIN
    SELECT * INTO t FROM geopol.tracked tr WHERE tr.source = src;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    want := geopol._insert_trigger_timing(src);
    SELECT CASE WHEN (g.tgtype::int & 2) = 2 THEN 'BEFORE' ELSE 'AFTER' END INTO have
      FROM pg_catalog.pg_trigger g WHERE g.tgrelid = src AND g.tgname = 'geopol_enqueue';
    IF have IS NOT DISTINCT FROM want THEN
        RETURN;
    END IF;
    IF have IS NOT NULL THEN
        -- tells the sql_drop event trigger that this drop is geopol's own
        PERFORM pg_catalog.set_config('geopol.replacing_trigger', src::oid::text, true);
        EXECUTE pg_catalog.format('DROP TRIGGER geopol_enqueue ON %s', src);
        PERFORM pg_catalog.set_config('geopol.replacing_trigger', '', true);
    END IF;
    EXECUTE pg_catalog.format('CREATE TRIGGER geopol_enqueue %s INSERT ON %s FOR EACH ROW '
                              'EXECUTE FUNCTION geopol._log_keys()',
                              want, src);
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_extension e WHERE e.extname = 'geopol') THEN
        EXECUTE pg_catalog.format('ALTER TRIGGER geopol_enqueue ON %s DEPENDS ON EXTENSION geopol', src);
    END IF;
END
$fn$;
REVOKE ALL ON FUNCTION geopol._place_queue_trigger(regclass) FROM PUBLIC;

CREATE FUNCTION geopol._track(src regclass, text_col name, key_col name, date_col name)
    RETURNS geopol.tracked
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    rel record;
    col record;
    kcol record;
    dcol record;
    owner text;
    nm text;
    key_def text;
    upd_cols text;
    t geopol.tracked;
    tbl text;
BEGIN
    IF src IS NULL OR text_col IS NULL THEN
        RAISE EXCEPTION 'geopol.track() needs a table and a text column'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    SELECT c.oid, c.relkind, c.relpersistence, c.relowner, c.relnamespace INTO rel
      FROM pg_catalog.pg_class c WHERE c.oid = src;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'relation with OID % does not exist', src::oid USING ERRCODE = 'undefined_table';
    END IF;
    -- the public wrapper checked the current user; this checks the session
    -- user, which a direct call cannot fake
    PERFORM geopol._check_owner(src, rel.relowner, session_user, 'MEMBER', 'track');
    owner := rel.relowner::regrole::text;
    -- what CREATE TRIGGER takes anyway, first: concurrent track() calls of
    -- the same table wait for each other (and the second one then finds it
    -- tracked), and no row is written while the existing ones are queued
    IF rel.relkind IN ('r', 'p') THEN
        EXECUTE pg_catalog.format('LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE', src);
    END IF;

    IF rel.relkind NOT IN ('r', 'p') THEN
        RAISE EXCEPTION '% is not a table', src
            USING ERRCODE = 'wrong_object_type',
                  HINT = 'geopol.track() keeps tables analysed; track the table a view or foreign table reads from.';
    END IF;
    IF rel.relpersistence = 't' THEN
        RAISE EXCEPTION 'cannot track temporary table %', src USING ERRCODE = 'feature_not_supported';
    END IF;
    IF rel.relnamespace IN ('geopol'::regnamespace, 'pg_catalog'::regnamespace, 'information_schema'::regnamespace) THEN
        RAISE EXCEPTION 'cannot track %: it is in schema %', src, rel.relnamespace::regnamespace
            USING ERRCODE = 'wrong_object_type';
    END IF;
    IF EXISTS (SELECT 1 FROM geopol.tracked tr WHERE tr.source = src) THEN
        RAISE EXCEPTION 'table % is already tracked', src
            USING ERRCODE = 'duplicate_object',
                  HINT = pg_catalog.format('To track it with other columns, run SELECT geopol.untrack(%L) first (its results are dropped).', src::text);
    END IF;

    -- the text column
    SELECT a.attnum, a.atttypid::regtype AS typ, geopol._base_type(a.atttypid) AS base INTO col
      FROM pg_catalog.pg_attribute a
     WHERE a.attrelid = src AND a.attname = text_col AND a.attnum > 0 AND NOT a.attisdropped;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'column "%" of table % does not exist', text_col, src
            USING ERRCODE = 'undefined_column',
                  HINT = 'geopol.track(source, text_column, key_column, date_column) takes column names.';
    END IF;
    IF col.base NOT IN ('text'::regtype, 'character varying'::regtype) THEN
        RAISE EXCEPTION 'column "%" of table % is of type %, not text', text_col, src, col.typ
            USING ERRCODE = 'datatype_mismatch',
                  HINT = 'The text column must be of type text or varchar; a generated column can convert other types.';
    END IF;

    -- the key: the given column, or the single-column primary key
    IF key_col IS NULL THEN
        SELECT a.attname INTO key_col
          FROM pg_catalog.pg_index i
          JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
         WHERE i.indrelid = src AND i.indisprimary AND i.indnkeyatts = 1;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'table % has no single-column primary key', src
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      HINT = pg_catalog.format('Name a unique column as the key: geopol.track(%L, %L, key_column => ''id'').',
                                               src::text, text_col);
        END IF;
    END IF;
    SELECT a.attnum, a.atttypid, a.atttypmod, a.attcollation, a.attnotnull, ty.typcollation INTO kcol
      FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
     WHERE a.attrelid = src AND a.attname = key_col AND a.attnum > 0 AND NOT a.attisdropped;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'column "%" of table % does not exist', key_col, src
            USING ERRCODE = 'undefined_column',
                  HINT = 'The key column must be a column of the table with a unique index of its own.';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_index i
                   WHERE i.indrelid = src AND i.indisunique AND i.indnkeyatts = 1
                     AND i.indkey[0] = kcol.attnum AND i.indpred IS NULL AND i.indexprs IS NULL) THEN
        RAISE EXCEPTION 'column "%" of table % is not unique', key_col, src
            USING ERRCODE = 'invalid_column_reference',
                  HINT = 'The key column must have a primary key, a unique constraint or a unique index of its own, so that each key names one document.';
    END IF;
    BEGIN
        EXECUTE pg_catalog.format('SELECT NULL::%1$s = NULL::%1$s', kcol.atttypid::regtype);
    EXCEPTION WHEN undefined_function THEN
        RAISE EXCEPTION 'the key column "%" of table % has type %, which has no built-in equality operator', key_col, src, kcol.atttypid::regtype
            USING ERRCODE = 'datatype_mismatch',
                  HINT = 'Use a key of a built-in type (integer, bigint, text, uuid, ...).';
    END;

    -- the date column
    IF date_col IS NOT NULL THEN
        SELECT a.attnum, a.atttypid::regtype AS typ, geopol._base_type(a.atttypid) AS base INTO dcol
          FROM pg_catalog.pg_attribute a
         WHERE a.attrelid = src AND a.attname = date_col AND a.attnum > 0 AND NOT a.attisdropped;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'column "%" of table % does not exist', date_col, src
                USING ERRCODE = 'undefined_column',
                      HINT = 'The date column is optional; give the name of a date, timestamp or timestamptz column.';
        END IF;
        IF dcol.base NOT IN ('date'::regtype, 'timestamp without time zone'::regtype, 'timestamp with time zone'::regtype) THEN
            RAISE EXCEPTION 'column "%" of table % is of type %, not a date', date_col, src, dcol.typ
                USING ERRCODE = 'datatype_mismatch',
                      HINT = 'The date column must be of type date, timestamp or timestamptz (timestamptz is taken in UTC).';
        END IF;
    END IF;

    nm := geopol._free_name(src);
    key_def := pg_catalog.format_type(kcol.atttypid, kcol.atttypmod);
    IF kcol.attcollation <> 0 AND kcol.attcollation <> kcol.typcollation THEN
        key_def := key_def || ' COLLATE ' || kcol.attcollation::regcollation::text;
    END IF;

    -- result tables: key in the source's key type, indexed.  A document's
    -- mentions and topics are arrays in its row of _docs (one row, one index
    -- entry per document: storing a mention costs a fifth of a row of its
    -- own), shown a row each by the views _mentions and _topics; relations,
    -- the rows the questions aggregate, have a table of their own.
    EXECUTE pg_catalog.format(
        'CREATE TABLE geopol.%I (key %s PRIMARY KEY, doc_date date, sentences int NOT NULL, '
        'mentions int NOT NULL, relations int NOT NULL, topics int NOT NULL, '
        'analyses int NOT NULL DEFAULT 1, analysed_at timestamptz NOT NULL DEFAULT pg_catalog.now(), '
        'mention_list geopol.mention_row[] NOT NULL, topic_list geopol.topic_row[] NOT NULL) '
        'INHERITS (geopol._tracking_base)',
        nm || '_docs', key_def);
    EXECUTE pg_catalog.format('CREATE TABLE geopol.%I (key %s NOT NULL, doc_date date, %s) INHERITS (geopol._tracking_base)',
                              nm || '_relations', key_def, geopol._part_cols('relations', '%1$I %2$s'));
    EXECUTE pg_catalog.format('CREATE TABLE geopol.%I (key %s PRIMARY KEY, queued_at timestamptz NOT NULL DEFAULT pg_catalog.now()) '
                              'INHERITS (geopol._tracking_base)',
                              nm || '_queue', key_def);
    -- the keys of inserted and deleted rows, one array per statement: a bulk
    -- INSERT costs one row here; refresh() moves them into the queue
    EXECUTE pg_catalog.format('CREATE TABLE geopol.%I (keys %s[] NOT NULL, logged_at timestamptz NOT NULL DEFAULT pg_catalog.now()) '
                              'INHERITS (geopol._tracking_base)',
                              nm || '_log', key_def);
    -- arrays of about 1,800 bytes (see pg_keylog.c): kept in the page as they are
    EXECUTE pg_catalog.format('ALTER TABLE geopol.%I ALTER keys SET STORAGE EXTERNAL', nm || '_log');
    EXECUTE pg_catalog.format('CREATE INDEX ON geopol.%I (key)', nm || '_relations');
    EXECUTE pg_catalog.format('CREATE INDEX ON geopol.%I (source, target)', nm || '_relations');

    -- The tables stay the extension owner's, who alone can drop or alter
    -- them (extension views depend on them: a DROP ... CASCADE by anyone
    -- else would take the extension with it); the source's owner may write
    -- them, everyone may read them under the row-level security policy.
    FOREACH tbl IN ARRAY ARRAY[nm || '_docs', nm || '_relations', nm || '_queue', nm || '_log'] LOOP
        EXECUTE pg_catalog.format('REVOKE ALL ON geopol.%I FROM PUBLIC', tbl);
        EXECUTE pg_catalog.format('GRANT SELECT ON geopol.%I TO PUBLIC', tbl);
        EXECUTE pg_catalog.format('GRANT INSERT, UPDATE, DELETE, TRUNCATE ON geopol.%I TO %s', tbl, owner);
        EXECUTE pg_catalog.format('ALTER TABLE geopol.%I ENABLE ROW LEVEL SECURITY', tbl);
        -- the sub-select makes the check an InitPlan: evaluated once per query
        EXECUTE pg_catalog.format(
            'CREATE POLICY readers_of_source ON geopol.%1$I FOR SELECT USING ((SELECT geopol._can_read(%2$L::regclass)))',
            tbl, pg_catalog.format('geopol.%I', tbl));
        -- writing takes the privileges only the owner has been granted
        EXECUTE pg_catalog.format('CREATE POLICY writers_insert ON geopol.%I FOR INSERT WITH CHECK (true)', tbl);
        EXECUTE pg_catalog.format('CREATE POLICY writers_update ON geopol.%I FOR UPDATE USING (true)', tbl);
        EXECUTE pg_catalog.format('CREATE POLICY writers_delete ON geopol.%I FOR DELETE USING (true)', tbl);
    END LOOP;

    -- per-table views with the real key type (security_invoker: the policy
    -- of _docs applies to whoever reads): a mention or a topic per row, as
    -- geopol.mentions() and topics() give them, and actors per document
    EXECUTE pg_catalog.format(
        'CREATE VIEW geopol.%I WITH (security_invoker = true) AS '
        'SELECT d.key, d.doc_date, %s FROM geopol.%I d, unnest(d.mention_list) AS m',
        nm || '_mentions', geopol._part_cols('mentions', '(m).%1$I AS %1$I'), nm || '_docs');
    EXECUTE pg_catalog.format(
        'CREATE VIEW geopol.%I WITH (security_invoker = true) AS '
        'SELECT d.key, d.doc_date, %s FROM geopol.%I d, unnest(d.topic_list) AS t',
        nm || '_topics', geopol._part_cols('topics', '(t).%1$I AS %1$I'), nm || '_docs');
    EXECUTE pg_catalog.format(
        'CREATE VIEW geopol.%I WITH (security_invoker = true) AS '
        'SELECT m.key, m.doc_date, m.actor, pg_catalog.count(*) AS mentions, pg_catalog.min(m.start_pos) AS first_pos '
        'FROM geopol.%I m WHERE m.actor IS NOT NULL GROUP BY m.key, m.doc_date, m.actor',
        nm || '_actors', nm || '_mentions');
    FOREACH tbl IN ARRAY ARRAY[nm || '_mentions', nm || '_topics', nm || '_actors'] LOOP
        EXECUTE pg_catalog.format('REVOKE ALL ON geopol.%I FROM PUBLIC', tbl);
        EXECUTE pg_catalog.format('GRANT SELECT ON geopol.%I TO PUBLIC', tbl);
    END LOOP;

    -- the TRUNCATE trigger function: SECURITY DEFINER as the owner, so that
    -- whoever may truncate the source empties its results without any right
    -- on them.  (INSERT, UPDATE and DELETE go through geopol._log_keys(), in
    -- C, which writes the log with the owner's rights.)
    EXECUTE pg_catalog.format($f$
CREATE FUNCTION geopol.%1$I() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $body$
BEGIN
    TRUNCATE geopol.%2$I, geopol.%3$I, geopol.%4$I, geopol.%5$I;
    DELETE FROM geopol.failure f WHERE f.source = TG_RELID;
    RETURN NULL;
END
$body$
$f$, nm || '_truncate', nm || '_docs', nm || '_relations', nm || '_queue', nm || '_log');
    EXECUTE pg_catalog.format('ALTER FUNCTION geopol.%I() OWNER TO %s', nm || '_truncate', owner);
    EXECUTE pg_catalog.format('REVOKE ALL ON FUNCTION geopol.%I() FROM PUBLIC', nm || '_truncate');

    SELECT pg_catalog.string_agg(pg_catalog.format('%I', c), ', ') INTO upd_cols
      FROM (SELECT DISTINCT c FROM unnest(ARRAY[text_col, key_col, date_col]) AS c WHERE c IS NOT NULL) s;
    -- the queue triggers: each written row's key is buffered (in C, no SQL
    -- per row), each statement writes its keys as one array into the log.
    -- The INSERT trigger (geopol_enqueue) is placed by _place_queue_trigger()
    -- below, once the table is in geopol.tracked.
    EXECUTE pg_catalog.format(
        'CREATE TRIGGER geopol_enqueue_delete AFTER DELETE ON %s '
        'FOR EACH ROW EXECUTE FUNCTION geopol._log_keys()',
        src);
    EXECUTE pg_catalog.format(
        'CREATE TRIGGER geopol_enqueue_flush AFTER INSERT OR UPDATE OR DELETE ON %s '
        'FOR EACH STATEMENT EXECUTE FUNCTION geopol._log_keys()',
        src);
    EXECUTE pg_catalog.format(
        'CREATE TRIGGER geopol_enqueue_update AFTER UPDATE OF %s ON %s FOR EACH ROW '
        'WHEN (OLD.%I IS DISTINCT FROM NEW.%I OR OLD.%I::text IS DISTINCT FROM NEW.%I::text%s) '
        'EXECUTE FUNCTION geopol._log_keys()',
        upd_cols, src, text_col, text_col, key_col, key_col,
        CASE WHEN date_col IS NULL THEN ''
             ELSE pg_catalog.format(' OR OLD.%I IS DISTINCT FROM NEW.%I', date_col, date_col) END);
    EXECUTE pg_catalog.format(
        'CREATE TRIGGER geopol_truncate AFTER TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION geopol.%I()',
        src, nm || '_truncate');

    -- DROP EXTENSION geopol drops the trigger functions and the triggers with
    -- it (the tables go with geopol._tracking_base, under CASCADE)
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_extension e WHERE e.extname = 'geopol') THEN
        EXECUTE pg_catalog.format('ALTER FUNCTION geopol.%I() DEPENDS ON EXTENSION geopol', nm || '_truncate');
        EXECUTE pg_catalog.format('ALTER TRIGGER geopol_enqueue_delete ON %s DEPENDS ON EXTENSION geopol', src);
        EXECUTE pg_catalog.format('ALTER TRIGGER geopol_enqueue_flush ON %s DEPENDS ON EXTENSION geopol', src);
        EXECUTE pg_catalog.format('ALTER TRIGGER geopol_enqueue_update ON %s DEPENDS ON EXTENSION geopol', src);
        EXECUTE pg_catalog.format('ALTER TRIGGER geopol_truncate ON %s DEPENDS ON EXTENSION geopol', src);
    END IF;

    INSERT INTO geopol.tracked (source, name, text_column, key_column, key_type, date_column,
                                docs_table, mentions_table, relations_table, topics_table, queue_table, log_table, actors_view)
    VALUES (src, nm, text_col, key_col, kcol.atttypid, date_col,
            pg_catalog.format('geopol.%I', nm || '_docs')::regclass,
            pg_catalog.format('geopol.%I', nm || '_mentions')::regclass,
            pg_catalog.format('geopol.%I', nm || '_relations')::regclass,
            pg_catalog.format('geopol.%I', nm || '_topics')::regclass,
            pg_catalog.format('geopol.%I', nm || '_queue')::regclass,
            pg_catalog.format('geopol.%I', nm || '_log')::regclass,
            pg_catalog.format('geopol.%I', nm || '_actors')::regclass)
    RETURNING * INTO t;
    PERFORM geopol._place_queue_trigger(src);

    PERFORM geopol._rebuild_views();
    RETURN t;
END
$fn$;
COMMENT ON FUNCTION geopol._track(regclass, name, name, name) IS
    'Internal (SECURITY DEFINER): the DDL of geopol.track(); checks that the session user could act as the table''s owner.';

-- Queues every key of the source (and of the existing results), as the owner
-- of the results.  Returns the number of keys queued.
CREATE FUNCTION geopol._enqueue_all(src regclass, with_results boolean) RETURNS bigint
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
    owner name;
    saved text;
    n bigint;
BEGIN
    SELECT * INTO STRICT t FROM geopol.tracked tr WHERE tr.source = src;
    SELECT r.rolname INTO owner
      FROM pg_catalog.pg_class c JOIN pg_catalog.pg_roles r ON r.oid = c.relowner
     WHERE c.oid = t.source;
    IF owner <> current_user THEN
        -- do it as the table's owner (a superuser's rights would run the
        -- owner's code: a domain's CHECK on the key, say)
        saved := pg_catalog.current_setting('role');
        PERFORM pg_catalog.set_config('role', owner, true);
    END IF;
    EXECUTE pg_catalog.format(
        'INSERT INTO %1$s AS q (key) SELECT s.%2$I FROM %3$s s WHERE s.%2$I IS NOT NULL %4$s '
        'ON CONFLICT (key) DO UPDATE SET queued_at = q.queued_at WHERE false',
        t.queue_table, t.key_column, t.source,
        CASE WHEN with_results THEN pg_catalog.format('UNION SELECT d.key FROM %s d', t.docs_table) ELSE '' END);
    GET DIAGNOSTICS n = ROW_COUNT;
    IF saved IS NOT NULL THEN
        PERFORM pg_catalog.set_config('role', saved, true);
    END IF;
    RETURN n;
END
$fn$;

CREATE FUNCTION geopol.track(source regclass, text_column name, key_column name DEFAULT NULL,
                             date_column name DEFAULT NULL)
    RETURNS bigint
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    owner oid;
BEGIN
    SELECT c.relowner INTO owner FROM pg_catalog.pg_class c WHERE c.oid = track.source;
    IF FOUND THEN
        PERFORM geopol._check_owner(track.source, owner, current_user, 'USAGE', 'track');
    END IF;
    PERFORM geopol._track(track.source, track.text_column, track.key_column, track.date_column);
    RETURN geopol._enqueue_all(track.source, false);
END
$fn$;
COMMENT ON FUNCTION geopol.track(regclass, name, name, name) IS
    'Keeps the text in source.text_column analysed: creates result tables keyed like the source (key_column, default its single-column primary key; doc dates from date_column), triggers that queue changed rows, and queues the existing rows. Returns the number of rows queued; CALL geopol.refresh() analyses them. Owner of the table only.';

-- ---------------------------------------------------------- untrack

-- Drops what track() created for t.  Called by _untrack and by the event
-- triggers (as the extension's owner).
CREATE FUNCTION geopol._drop_tracking(t geopol.tracked) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    obj regclass;
BEGIN
    DELETE FROM geopol.tracked tr WHERE tr.source = t.source;
    DELETE FROM geopol.failure f WHERE f.source = t.source;
    PERFORM geopol._rebuild_views();
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = t.source) THEN
        EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS geopol_enqueue ON %s', t.source);
        EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS geopol_enqueue_delete ON %s', t.source);
        EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS geopol_enqueue_flush ON %s', t.source);
        EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS geopol_enqueue_update ON %s', t.source);
        EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS geopol_truncate ON %s', t.source);
    END IF;
    FOREACH obj IN ARRAY ARRAY[t.actors_view, t.mentions_table, t.topics_table] LOOP
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = obj) THEN
            EXECUTE pg_catalog.format('DROP VIEW %s', obj);
        END IF;
    END LOOP;
    FOREACH obj IN ARRAY ARRAY[t.docs_table, t.relations_table, t.queue_table, t.log_table] LOOP
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = obj) THEN
            EXECUTE pg_catalog.format('DROP TABLE %s', obj);
        END IF;
    END LOOP;
    EXECUTE pg_catalog.format('DROP FUNCTION IF EXISTS geopol.%I() CASCADE', t.name || '_truncate');
END
$fn$;
REVOKE ALL ON FUNCTION geopol._drop_tracking(geopol.tracked) FROM PUBLIC;

-- the owner of a tracked table: of the source if it still exists, else of
-- its trigger function (which track() gave to the source's owner)
CREATE FUNCTION geopol._tracked_owner(t geopol.tracked) RETURNS oid
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT coalesce((SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = t.source),
                    (SELECT p.proowner FROM pg_catalog.pg_proc p
                     WHERE p.pronamespace = 'geopol'::regnamespace AND p.proname = t.name || '_truncate'))
$$;

CREATE FUNCTION geopol._untrack(src regclass) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
BEGIN
    SELECT * INTO t FROM geopol.tracked tr WHERE tr.source = src;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'table % is not tracked', src USING ERRCODE = 'undefined_object';
    END IF;
    PERFORM geopol._check_owner(src, geopol._tracked_owner(t), session_user, 'MEMBER', 'untrack');
    PERFORM geopol._drop_tracking(t);
END
$fn$;
COMMENT ON FUNCTION geopol._untrack(regclass) IS
    'Internal (SECURITY DEFINER): the DDL of geopol.untrack(); checks that the session user could act as the table''s owner.';

CREATE FUNCTION geopol.untrack(source regclass) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
BEGIN
    SELECT * INTO t FROM geopol.tracked tr WHERE tr.source = untrack.source;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'table % is not tracked', untrack.source
            USING ERRCODE = 'undefined_object',
                  HINT = 'SELECT source FROM geopol.tracked lists the tracked tables.';
    END IF;
    PERFORM geopol._check_owner(untrack.source, geopol._tracked_owner(t), current_user, 'USAGE', 'untrack');
    PERFORM geopol._untrack(untrack.source);
END
$fn$;
COMMENT ON FUNCTION geopol.untrack(regclass) IS
    'Stops tracking source: drops its triggers, result tables, queue, per-table view and failure rows. Owner of the table only.';

CREATE FUNCTION geopol.requeue(source regclass) RETURNS bigint
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
BEGIN
    SELECT * INTO t FROM geopol.tracked tr WHERE tr.source = requeue.source;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'table % is not tracked', requeue.source USING ERRCODE = 'undefined_object';
    END IF;
    PERFORM geopol._check_owner(requeue.source, geopol._tracked_owner(t), current_user, 'USAGE', 'requeue');
    RETURN geopol._enqueue_all(requeue.source, true);
END
$fn$;
COMMENT ON FUNCTION geopol.requeue(regclass) IS
    'Queues every row of a tracked table again (after editing the dictionary tables, or a TRUNCATE of a single partition); returns the number of keys queued. Owner of the table only.';

-- ------------------------------------------------------------ refresh

-- What geopol.analyze() finds in a batch of documents (keys, texts and dates
-- side by side), as rows for refresh() to store (pg_analyze_rows.c): each
-- row has the document's key (as text) and date, then a row 'r' per
-- relation, with the columns of geopol.relations() prefixed r_, and last a
-- row 'd' with the document's counts, mentions and topics.  NULL texts give
-- no rows.
CREATE FUNCTION geopol._analyze_rows(keys text[], docs text[], doc_dates date[],
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

-- The statements refresh() runs on a tracked table, written once per
-- refresh (not per batch).  $-parameters as _refresh_batch() passes them.
CREATE TYPE geopol._refresh_sql AS (
    lock_queue text,    -- lock the queue against every other writer, or fail at once
    take_log text,      -- ($1 queued_before, $2 batch_size) keys of whole log rows, not queued
    explode text,       -- log rows into the queue
    pending text,       -- ($1 queued_before) queue rows to do
    claim text,         -- ($1 queued_before, $2 batch_size) claim keys: text[], count
    known text,         -- ($1 keys) whether any was analysed before
    store_new text,     -- ($1 keys, $2 true, $3 source) analyse and store, first analyses only
    store_again text,   -- the same, documents analysed before among them
    probe text,         -- ($1 keys) key, doc, doc_date per key, to find a failing document
    fail text           -- ($1 keys, $2 sqlstates, $3 messages, $4 source) record failures
);

CREATE FUNCTION geopol._refresh_sql(src regclass) RETURNS geopol._refresh_sql
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
CREATE FUNCTION geopol._refresh_batch(src regclass, batch_size int, queued_before timestamptz, count_pending boolean,
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
CREATE FUNCTION geopol._refresh_plan(src regclass, OUT source regclass, OUT run_as name)
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

CREATE PROCEDURE geopol.refresh(source regclass DEFAULT NULL, batch_size int DEFAULT 1000)
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

CREATE FUNCTION geopol._status(OUT source regclass, OUT text_column name, OUT documents bigint,
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

CREATE VIEW geopol.status WITH (security_invoker = true) AS
    SELECT s.source, s.text_column, s.documents, s.pending, s.failed, s.last_analysed, s.last_refresh
    FROM geopol._status() s;
COMMENT ON VIEW geopol.status IS
    'Per tracked table: documents analysed, documents queued, failures, when a document was last analysed and when refresh() last drained the queue. Counts are NULL for tables you cannot SELECT.';
GRANT SELECT ON geopol.status TO PUBLIC;
