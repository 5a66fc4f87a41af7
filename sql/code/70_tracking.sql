
-- ------------------------------------------------------------ tracking API
-- (see sql/schema/50_tracking.sql for the design: privileges, concurrency)

-- Raises unless role may act as the owner of rel (the table's owner, a role
-- with its privileges, or a superuser).  how: 'USAGE' (has the owner's
-- privileges) or 'MEMBER' (could SET ROLE to it).
CREATE OR REPLACE FUNCTION geopol._check_owner(rel regclass, owner oid, role name, how text, action text) RETURNS void
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
CREATE OR REPLACE FUNCTION geopol._free_name(rel regclass) RETURNS text
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
                                                  cand || '_topics', cand || '_queue', cand || '_log', cand || '_actors',
                                                  cand || '_shards'))
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
CREATE OR REPLACE FUNCTION geopol._log_keys() RETURNS trigger
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
CREATE OR REPLACE FUNCTION geopol._insert_trigger_timing(src regclass) RETURNS text
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
CREATE OR REPLACE FUNCTION geopol._place_queue_trigger(src regclass) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
    want text;
    have text;
    enabled "char";
    saved text[];
BEGIN
    SELECT * INTO t FROM geopol.tracked tr WHERE tr.source = src;
    IF NOT FOUND OR geopol._is_distributed(t) THEN
        RETURN;                 -- (a distributed table's is always AFTER INSERT)
    END IF;
    IF geopol._citus() THEN
        -- a plain table's objects are this node's alone (see _track)
        saved := geopol._set_local(ARRAY['citus.enable_ddl_propagation', 'off']);
    END IF;
    want := geopol._insert_trigger_timing(src);
    SELECT CASE WHEN (g.tgtype::int & 2) = 2 THEN 'BEFORE' ELSE 'AFTER' END, g.tgenabled INTO have, enabled
      FROM pg_catalog.pg_trigger g WHERE g.tgrelid = src AND g.tgname = 'geopol_enqueue';
    IF have IS NOT DISTINCT FROM want THEN
        PERFORM geopol._set_local(saved);
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
    -- as the old one was: ENABLE ALWAYS (logical replication subscribers), REPLICA or DISABLE
    IF enabled IS NOT NULL AND enabled <> 'O' THEN
        EXECUTE pg_catalog.format('ALTER TABLE %s %s TRIGGER geopol_enqueue', src,
                                  CASE enabled WHEN 'A' THEN 'ENABLE ALWAYS' WHEN 'R' THEN 'ENABLE REPLICA' ELSE 'DISABLE' END);
    END IF;
    PERFORM geopol._set_local(saved);
END
$fn$;
REVOKE ALL ON FUNCTION geopol._place_queue_trigger(regclass) FROM PUBLIC;

-- The TRUNCATE trigger of a distributed table (one node: a function of
-- the table's owner per table, see _track): empties the results of the
-- tracked table it fires for.  Citus fires it on the coordinator's table and
-- on the shards, on the workers, where the table is not tracked: there it
-- does nothing (the coordinator's TRUNCATE reaches the results' shards).
-- SECURITY DEFINER: whoever may truncate the table empties its results.
CREATE OR REPLACE FUNCTION geopol._truncate_results() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
BEGIN
    SELECT * INTO t FROM geopol.tracked tr WHERE tr.source = TG_RELID;
    IF FOUND THEN
        EXECUTE pg_catalog.format('TRUNCATE %s, %s, %s, %s', t.docs_table, t.relations_table, t.queue_table, t.log_table);
        DELETE FROM geopol.failure f WHERE f.source = TG_RELID;
    END IF;
    RETURN NULL;
END
$fn$;
-- (anyone: Citus creates a moved shard's triggers as the table's owner; as
-- a trigger of any other table it does nothing)
GRANT EXECUTE ON FUNCTION geopol._truncate_results() TO PUBLIC;

CREATE OR REPLACE FUNCTION geopol._track(src regclass, text_col name, key_col name, date_col name)
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
    kbase regtype;
    dist boolean;           -- a Citus distributed table (see 68_citus.sql)
    inherit text;
    trig_args text;
    saved text[];
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
    IF geopol._citus_kind(src) IS NOT NULL THEN
        -- tables, then a function their triggers call: Citus creates both on
        -- the workers, over one connection per node (for this function only)
        -- (sequential for the rest of the transaction, as Citus's own DDL does)
        PERFORM geopol._set_local(ARRAY['citus.multi_shard_modify_mode', 'sequential']);
        saved := geopol._set_local(ARRAY['citus.enable_unsafe_triggers', NULL]);
    ELSIF geopol._citus() THEN
        -- a plain table on a Citus node: its results are this node's alone
        saved := geopol._set_local(ARRAY['citus.enable_ddl_propagation', 'off']);
    END IF;
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
    -- The key's type must be one a superuser wrote (built in, or from an
    -- extension), or a domain over one: keys are compared, cast and printed
    -- by geopol's own statements, and also by whoever reads the cross-table
    -- views, so the type's operators and casts must not be code of the
    -- table's owner.  (A domain's CHECK runs only when a value is cast into
    -- the domain, which refresh() and requeue() do as the table's owner.)
    -- Nothing of the type is evaluated here: this function runs with the
    -- extension owner's rights.
    kbase := geopol._base_type(kcol.atttypid);
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type ty JOIN pg_catalog.pg_roles r ON r.oid = ty.typowner
                   WHERE ty.oid = kbase AND r.rolsuper) THEN
        RAISE EXCEPTION 'the key column "%" of table % has type %, which is not a built-in type', key_col, src, kcol.atttypid::regtype
            USING ERRCODE = 'datatype_mismatch',
                  HINT = 'Use a key of a built-in type (integer, bigint, text, uuid, ...) or a domain over one.';
    END IF;
    BEGIN
        -- the base type's equality, looked up with search_path = pg_catalog
        EXECUTE pg_catalog.format('SELECT NULL::%1$s = NULL::%1$s', kbase);
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

    -- a Citus table: hash-distributed ones only, from the coordinator, keyed
    -- by their distribution column
    dist := geopol._citus_kind(src) IS NOT DISTINCT FROM 'distributed';
    IF geopol._citus_kind(src) = 'other' THEN
        RAISE EXCEPTION 'cannot track %: geopol tracks hash-distributed Citus tables, not reference, local or single-shard tables', src
            USING ERRCODE = 'feature_not_supported',
                  HINT = 'Distribute the table with create_distributed_table() first, or track a plain table.';
    END IF;
    IF dist AND NOT geopol._citus_is_coordinator() THEN
        RAISE EXCEPTION 'cannot track % from a worker node', src
            USING ERRCODE = 'feature_not_supported',
                  HINT = 'Run geopol.track() on the Citus coordinator.';
    END IF;
    IF dist AND geopol._citus_distribution_column(src) IS DISTINCT FROM key_col THEN
        RAISE EXCEPTION 'the key column "%" of distributed table % is not its distribution column "%"',
                        key_col, src, geopol._citus_distribution_column(src)
            USING ERRCODE = 'invalid_column_reference',
                  HINT = 'geopol keeps a distributed table''s results in shards colocated with it: track it by its distribution column (a unique key of a distributed table is always that column).';
    END IF;
    -- a distributed table's result tables cannot inherit (Citus refuses it):
    -- they depend on the extension instead (_depend_on_extension)
    inherit := CASE WHEN dist THEN '' ELSE ' INHERITS (geopol._tracking_base)' END;

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
        'mention_list geopol.mention_row[] NOT NULL, topic_list geopol.topic_row[] NOT NULL, '
        -- the hash of the text analysed (hashtextextended(text COLLATE "C", 0)):
        -- geopol.verify() finds documents changed behind the triggers' back
        'text_hash bigint)%s',
        nm || '_docs', key_def, inherit);
    EXECUTE pg_catalog.format('CREATE TABLE geopol.%I (key %s NOT NULL, doc_date date, %s)%s',
                              nm || '_relations', key_def, geopol._part_cols('relations', '%1$I %2$s'), inherit);
    EXECUTE pg_catalog.format('CREATE TABLE geopol.%I (key %s PRIMARY KEY, queued_at timestamptz NOT NULL DEFAULT pg_catalog.now())%s',
                              nm || '_queue', key_def, inherit);
    -- the keys of inserted and deleted rows, one array per statement: a bulk
    -- INSERT costs one row here; refresh() moves them into the queue.  A
    -- distributed table's log has the first key of the array as its
    -- distribution column (all keys of a log row come from one shard).
    EXECUTE pg_catalog.format('CREATE TABLE geopol.%I (keys %s[] NOT NULL, logged_at timestamptz NOT NULL DEFAULT pg_catalog.now()%s)%s',
                              nm || '_log', key_def,
                              CASE WHEN dist THEN pg_catalog.format(', key %s NOT NULL', key_def) ELSE '' END, inherit);
    IF dist THEN
        -- one key per shard of the source, by which refresh() reaches each
        -- shard; requeue: the shard's rows are to be queued (see _refresh_shard)
        EXECUTE pg_catalog.format('CREATE TABLE geopol.%I (key %s PRIMARY KEY, requeue boolean NOT NULL DEFAULT false)',
                                  nm || '_shards', key_def);
    END IF;
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
        -- (on Citus: no sub-select, and the source by name; see 68_citus.sql)
        IF dist THEN
            EXECUTE pg_catalog.format('CREATE POLICY readers_of_source ON geopol.%I FOR SELECT USING (%s)',
                                      tbl, geopol._citus_read_policy(src));
        ELSE
            EXECUTE pg_catalog.format(
                'CREATE POLICY readers_of_source ON geopol.%1$I FOR SELECT USING ((SELECT geopol._can_read(%2$L::regclass)))',
                tbl, pg_catalog.format('geopol.%I', tbl));
        END IF;
        -- writing takes the privileges only the owner has been granted
        EXECUTE pg_catalog.format('CREATE POLICY writers_insert ON geopol.%I FOR INSERT WITH CHECK (true)', tbl);
        EXECUTE pg_catalog.format('CREATE POLICY writers_update ON geopol.%I FOR UPDATE USING (true)', tbl);
        EXECUTE pg_catalog.format('CREATE POLICY writers_delete ON geopol.%I FOR DELETE USING (true)', tbl);
    END LOOP;

    IF dist THEN
        -- the results in shards colocated with the source's
        FOREACH tbl IN ARRAY ARRAY[nm || '_docs', nm || '_relations', nm || '_queue', nm || '_log', nm || '_shards'] LOOP
            EXECUTE 'SELECT pg_catalog.create_distributed_table($1, ''key'', colocate_with => $2)'
                USING pg_catalog.format('geopol.%I', tbl), src::text;
            IF EXISTS (SELECT 1 FROM pg_catalog.pg_extension e WHERE e.extname = 'geopol') THEN
                PERFORM geopol._depend_on_extension(pg_catalog.format('geopol.%I', tbl)::regclass);
            END IF;
        END LOOP;
        -- Citus moves shards by logical replication: tables without a
        -- primary key replicate their rows whole
        EXECUTE pg_catalog.format('ALTER TABLE geopol.%I REPLICA IDENTITY FULL', nm || '_relations');
        EXECUTE pg_catalog.format('ALTER TABLE geopol.%I REPLICA IDENTITY FULL', nm || '_log');
        EXECUTE pg_catalog.format('REVOKE ALL ON geopol.%I FROM PUBLIC', nm || '_shards');
        EXECUTE pg_catalog.format('GRANT SELECT, INSERT, UPDATE, DELETE ON geopol.%I TO %s', nm || '_shards', owner);
    END IF;

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
    -- C, which writes the log with the owner's rights.)  A distributed
    -- table's is geopol._truncate_results(), a function of the extension.
    IF NOT dist THEN
        EXECUTE pg_catalog.format($f$
CREATE OR REPLACE FUNCTION geopol.%1$I() RETURNS trigger
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
    END IF;

    SELECT pg_catalog.string_agg(pg_catalog.format('%I', c), ', ') INTO upd_cols
      FROM (SELECT DISTINCT c FROM unnest(ARRAY[text_col, key_col, date_col]) AS c WHERE c IS NOT NULL) s;
    -- the queue triggers: each written row's key is buffered (in C, no SQL
    -- per row), each statement writes its keys as one array into the log.
    -- The INSERT trigger (geopol_enqueue) is placed by _place_queue_trigger()
    -- below, once the table is in geopol.tracked.  On a distributed table the
    -- triggers fire on its shards, on the workers: their arguments name the
    -- key column and the log (see pg_keylog.c); Citus creates them on every
    -- shard only when asked to (citus.enable_unsafe_triggers, for this
    -- transaction).
    trig_args := '';
    IF dist THEN
        PERFORM geopol._set_local(ARRAY['citus.enable_unsafe_triggers', 'on']);
        trig_args := pg_catalog.format('%L, %L', key_col, pg_catalog.format('geopol.%I', nm || '_log'));
    END IF;
    EXECUTE pg_catalog.format(
        'CREATE TRIGGER geopol_enqueue_delete AFTER DELETE ON %s '
        'FOR EACH ROW EXECUTE FUNCTION geopol._log_keys(%s)',
        src, trig_args);
    EXECUTE pg_catalog.format(
        'CREATE TRIGGER geopol_enqueue_flush AFTER INSERT OR UPDATE OR DELETE ON %s '
        'FOR EACH STATEMENT EXECUTE FUNCTION geopol._log_keys(%s)',
        src, trig_args);
    EXECUTE pg_catalog.format(
        'CREATE TRIGGER geopol_enqueue_update AFTER UPDATE OF %s ON %s FOR EACH ROW '
        'WHEN (OLD.%I IS DISTINCT FROM NEW.%I OR OLD.%I::text IS DISTINCT FROM NEW.%I::text%s) '
        'EXECUTE FUNCTION geopol._log_keys(%s)',
        upd_cols, src, text_col, text_col, key_col, key_col,
        CASE WHEN date_col IS NULL THEN ''
             ELSE pg_catalog.format(' OR OLD.%I IS DISTINCT FROM NEW.%I', date_col, date_col) END,
        trig_args);
    EXECUTE pg_catalog.format(
        'CREATE TRIGGER geopol_truncate AFTER TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION geopol.%I()',
        src, CASE WHEN dist THEN '_truncate_results' ELSE nm || '_truncate' END);
    IF dist THEN
        -- always after insert (no BEFORE trigger timing to keep in step on the shards)
        EXECUTE pg_catalog.format(
            'CREATE TRIGGER geopol_enqueue AFTER INSERT ON %s FOR EACH ROW EXECUTE FUNCTION geopol._log_keys(%s)',
            src, trig_args);
    END IF;

    -- DROP EXTENSION geopol drops the trigger functions and the triggers with
    -- it (the tables go with geopol._tracking_base, under CASCADE).  Not on
    -- Citus: it refuses triggers and distributed functions that depend on an
    -- extension (the tables depend on the extension: _depend_on_extension).
    IF NOT dist AND EXISTS (SELECT 1 FROM pg_catalog.pg_extension e WHERE e.extname = 'geopol') THEN
        EXECUTE pg_catalog.format('ALTER FUNCTION geopol.%I() DEPENDS ON EXTENSION geopol', nm || '_truncate');
        EXECUTE pg_catalog.format('ALTER TRIGGER geopol_enqueue_delete ON %s DEPENDS ON EXTENSION geopol', src);
        EXECUTE pg_catalog.format('ALTER TRIGGER geopol_enqueue_flush ON %s DEPENDS ON EXTENSION geopol', src);
        EXECUTE pg_catalog.format('ALTER TRIGGER geopol_enqueue_update ON %s DEPENDS ON EXTENSION geopol', src);
        EXECUTE pg_catalog.format('ALTER TRIGGER geopol_truncate ON %s DEPENDS ON EXTENSION geopol', src);
    END IF;

    INSERT INTO geopol.tracked (source, name, text_column, key_column, key_type, date_column,
                                docs_table, mentions_table, relations_table, topics_table, queue_table, log_table, actors_view,
                                icu_version)
    VALUES (src, nm, text_col, key_col, kcol.atttypid, date_col,
            pg_catalog.format('geopol.%I', nm || '_docs')::regclass,
            pg_catalog.format('geopol.%I', nm || '_mentions')::regclass,
            pg_catalog.format('geopol.%I', nm || '_relations')::regclass,
            pg_catalog.format('geopol.%I', nm || '_topics')::regclass,
            pg_catalog.format('geopol.%I', nm || '_queue')::regclass,
            pg_catalog.format('geopol.%I', nm || '_log')::regclass,
            pg_catalog.format('geopol.%I', nm || '_actors')::regclass,
            geopol.icu_version())
    RETURNING * INTO t;
    IF dist THEN
        -- every shard queues its rows at the first refresh, on its worker, as
        -- the owner (Citus lets no other user than this function's touch the
        -- new tables' shards in this transaction)
        PERFORM geopol._citus_fill_shards(t);
        EXECUTE pg_catalog.format('UPDATE geopol.%I SET requeue = true', nm || '_shards');
    ELSE
        PERFORM geopol._place_queue_trigger(src);
    END IF;

    PERFORM geopol._rebuild_views();
    PERFORM geopol._set_local(saved);
    RETURN t;
END
$fn$;
COMMENT ON FUNCTION geopol._track(regclass, name, name, name) IS
    'Internal (SECURITY DEFINER): the DDL of geopol.track(); checks that the session user could act as the table''s owner.';

-- The rows of a distributed table that track() just made its shards queue
-- at the first refresh.  Counted by the same user as _track() created the
-- shards with: in that transaction Citus lets no other user touch them.
-- (Only rows are counted; no code of the table's owner runs.)  For the
-- table's owner only, as track().
CREATE OR REPLACE FUNCTION geopol._citus_track_count(src regclass) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
    n bigint;
BEGIN
    t := geopol._tracked_for(src, session_user, 'MEMBER', 'track');
    EXECUTE pg_catalog.format('SELECT pg_catalog.count(*) FROM %s s WHERE s.%I IS NOT NULL', src, t.key_column) INTO n;
    RETURN n;
END
$fn$;

-- Queues every key of the source (and of the existing results), as the
-- owner of the table (geopol._as_owner: the owner's code reached on the way,
-- a domain's CHECK on the key, runs with the owner's rights and cannot SET
-- ROLE).  Returns the number of keys queued.
CREATE OR REPLACE FUNCTION geopol._enqueue_all(src regclass, with_results boolean) RETURNS bigint
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
    n bigint;
BEGIN
    SELECT * INTO STRICT t FROM geopol.tracked tr WHERE tr.source = src;
    IF geopol._is_distributed(t) THEN
        -- each shard queues its rows and results at the next refresh, on its
        -- worker (see _refresh_shard); the number of keys
        PERFORM 1 FROM geopol._as_owner(t.source, pg_catalog.format('UPDATE geopol.%I SET requeue = true', t.name || '_shards'))
            AS r(x int);
        SELECT r.n INTO n FROM geopol._as_owner(t.source, pg_catalog.format(
            'SELECT pg_catalog.count(*) FROM (SELECT s.%1$I AS key FROM %2$s s WHERE s.%1$I IS NOT NULL %3$s) k',
            t.key_column, t.source,
            CASE WHEN with_results THEN pg_catalog.format('UNION SELECT d.key FROM %s d', t.docs_table) ELSE '' END)) AS r(n bigint);
        RETURN n;
    END IF;
    SELECT r.n INTO n FROM geopol._as_owner(t.source, pg_catalog.format(
        -- (in key order, as refresh() moves keys: see _refresh_sql)
        'WITH i AS (INSERT INTO %1$s AS q (key) SELECT k.key FROM (SELECT s.%2$I AS key FROM %3$s s WHERE s.%2$I IS NOT NULL %4$s) k '
        'ORDER BY k.key ON CONFLICT (key) DO UPDATE SET queued_at = q.queued_at WHERE false RETURNING 1) '
        'SELECT pg_catalog.count(*) FROM i',
        t.queue_table, t.key_column, t.source,
        CASE WHEN with_results THEN pg_catalog.format('UNION SELECT d.key FROM %s d', t.docs_table) ELSE '' END)) AS r(n bigint);
    RETURN n;
END
$fn$;

CREATE OR REPLACE FUNCTION geopol.track(source regclass, text_column name, key_column name DEFAULT NULL,
                             date_column name DEFAULT NULL)
    RETURNS bigint
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    owner oid;
    n bigint;
BEGIN
    SELECT c.relowner INTO owner FROM pg_catalog.pg_class c WHERE c.oid = track.source;
    IF FOUND THEN
        PERFORM geopol._check_owner(track.source, owner, current_user, 'USAGE', 'track');
    END IF;
    PERFORM geopol._track(track.source, track.text_column, track.key_column, track.date_column);
    IF geopol._citus_has_workers() THEN
        PERFORM geopol._citus_sync_needed();  -- the workers analyse with the coordinator's dictionary
    END IF;
    IF geopol._citus_kind(track.source) = 'distributed' THEN
        -- its shards queue their rows at the first refresh (see _track): how many
        RETURN geopol._citus_track_count(track.source);
    END IF;
    RETURN geopol._enqueue_all(track.source, false);
END
$fn$;
COMMENT ON FUNCTION geopol.track(regclass, name, name, name) IS
    'Keeps the text in source.text_column analysed: creates result tables keyed like the source (key_column, default its single-column primary key; doc dates from date_column), triggers that queue changed rows, and queues the existing rows. Returns the number of rows queued; CALL geopol.refresh() analyses them. Owner of the table only.';

-- ---------------------------------------------------------- untrack

-- Drops what track() created for t.  Called by _untrack and by the event
-- triggers (as the extension's owner).
CREATE OR REPLACE FUNCTION geopol._drop_tracking(t geopol.tracked) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    obj regclass;
    saved text[];
BEGIN
    IF geopol._is_distributed(t) THEN
        -- Citus drops triggers of distributed tables only when asked to; and
        -- tables, then views over them, over one connection per node (for
        -- the rest of the transaction, as Citus's own DDL does)
        PERFORM geopol._set_local(ARRAY['citus.multi_shard_modify_mode', 'sequential']);
        saved := geopol._set_local(ARRAY['citus.enable_unsafe_triggers', 'on']);
        EXECUTE pg_catalog.format('DROP TABLE IF EXISTS geopol.%I', t.name || '_shards');
    ELSIF geopol._citus() THEN
        -- a plain table's objects are this node's alone (see _track)
        saved := geopol._set_local(ARRAY['citus.enable_ddl_propagation', 'off']);
    END IF;
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
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_proc p
               WHERE p.pronamespace = 'geopol'::regnamespace AND p.proname = t.name || '_truncate') THEN
        EXECUTE pg_catalog.format('DROP FUNCTION geopol.%I() CASCADE', t.name || '_truncate');
    END IF;
    PERFORM geopol._set_local(saved);
END
$fn$;
REVOKE ALL ON FUNCTION geopol._drop_tracking(geopol.tracked) FROM PUBLIC;

-- the owner of a tracked table: of the source if it still exists, else of
-- its trigger function (which track() gave to the source's owner)
CREATE OR REPLACE FUNCTION geopol._tracked_owner(t geopol.tracked) RETURNS oid
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT coalesce((SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = t.source),
                    (SELECT p.proowner FROM pg_catalog.pg_proc p
                     WHERE p.pronamespace = 'geopol'::regnamespace AND p.proname = t.name || '_truncate'))
$$;

-- The tracking row of rel, once role may act as its owner (see
-- _check_owner); raises when rel is not tracked.  One lookup and one
-- message for every function that acts on a tracked table.
CREATE OR REPLACE FUNCTION geopol._tracked_for(rel regclass, role name, how text, action text) RETURNS geopol.tracked
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    t geopol.tracked;
BEGIN
    SELECT * INTO t FROM geopol.tracked tr WHERE tr.source = rel;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'table % is not tracked', rel
            USING ERRCODE = 'undefined_object',
                  HINT = 'SELECT source FROM geopol.tracked lists the tracked tables.';
    END IF;
    PERFORM geopol._check_owner(rel, geopol._tracked_owner(t), role, how, action);
    RETURN t;
END
$$;

CREATE OR REPLACE FUNCTION geopol._untrack(src regclass) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
BEGIN
    t := geopol._tracked_for(src, session_user, 'MEMBER', 'untrack');
    PERFORM geopol._drop_tracking(t);
END
$fn$;
COMMENT ON FUNCTION geopol._untrack(regclass) IS
    'Internal (SECURITY DEFINER): the DDL of geopol.untrack(); checks that the session user could act as the table''s owner.';

CREATE OR REPLACE FUNCTION geopol.untrack(source regclass) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
BEGIN
    t := geopol._tracked_for(untrack.source, current_user, 'USAGE', 'untrack');
    PERFORM geopol._untrack(untrack.source);
END
$fn$;
COMMENT ON FUNCTION geopol.untrack(regclass) IS
    'Stops tracking source: drops its triggers, result tables, queue, per-table view and failure rows. Owner of the table only.';

-- The document date of a row of t's source aliased alias, as an SQL
-- expression: the date column as a date (timestamptz taken in UTC), or NULL.
CREATE OR REPLACE FUNCTION geopol._doc_date_expr(t geopol.tracked, alias text) RETURNS text
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT CASE WHEN t.date_column IS NULL THEN 'NULL::pg_catalog.date'
                WHEN geopol._base_type(a.atttypid) = 'timestamp with time zone'::regtype
                THEN pg_catalog.format('(%I.%I AT TIME ZONE ''UTC'')::pg_catalog.date', alias, t.date_column)
                ELSE pg_catalog.format('%I.%I::pg_catalog.date', alias, t.date_column) END
    FROM (SELECT 1) one
    LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = t.source AND a.attname = t.date_column
$$;

-- Drift: rows written while the queue triggers did not fire (ALTER TABLE
-- ... DISABLE TRIGGER, session_replication_role = replica as logical
-- replication applies changes, pg_restore --disable-triggers, a bulk load
-- with triggers off) are never queued, and status says nothing is pending.
-- verify() compares the source with the results, as the table's owner: rows
-- with text but no results (missing), results of rows that are gone or have
-- no text any more (extra), and rows whose text or date differ from what
-- was analysed (changed: a hash of the text is kept with the results);
-- queued and failed documents are not drift.  Results stored before 0.3.0
-- have no hash (unverified: geopol.requeue() analyses them again).  With
-- requeue, the drifting documents are queued for the next refresh.
CREATE OR REPLACE FUNCTION geopol.verify(source regclass, requeue boolean DEFAULT false,
    OUT missing bigint, OUT extra bigint, OUT changed bigint, OUT unverified bigint, OUT requeued bigint)
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
BEGIN
    t := geopol._tracked_for(verify.source, current_user, 'USAGE', 'verify');
    SELECT r.* INTO missing, extra, changed, unverified, requeued
    FROM geopol._as_owner(t.source, pg_catalog.format($q$
        WITH pend AS (SELECT q.key FROM %1$s q
                      UNION SELECT k.key FROM %2$s g, unnest(g.keys) AS k(key)),
        cmp AS (
            SELECT coalesce(s.key, d.key) AS key,
                   CASE WHEN d.key IS NULL THEN 'missing'
                        WHEN s.key IS NULL THEN 'extra'
                        WHEN d.text_hash IS NULL THEN 'unverified'
                        WHEN d.text_hash <> pg_catalog.hashtextextended(s.doc COLLATE "C", 0)
                             OR d.doc_date IS DISTINCT FROM s.doc_date THEN 'changed' END AS state
            FROM (SELECT s.%3$I AS key, s.%4$I::pg_catalog.text AS doc, %5$s AS doc_date FROM %6$s s
                  WHERE s.%3$I IS NOT NULL AND s.%4$I IS NOT NULL) s
            FULL JOIN %7$s d ON d.key = s.key),
        drift AS (
            SELECT c.key, c.state FROM cmp c
            WHERE c.state IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM pend p WHERE p.key = c.key)
              AND NOT EXISTS (SELECT 1 FROM geopol.failure f
                              WHERE f.source = $1::pg_catalog.oid::pg_catalog.regclass AND f.key = c.key::pg_catalog.text)),
        q AS (INSERT INTO %1$s AS q (key)
              SELECT d.key FROM drift d WHERE $2::pg_catalog.bool AND d.state <> 'unverified' ORDER BY d.key
              ON CONFLICT (key) DO NOTHING RETURNING 1)
        SELECT pg_catalog.count(*) FILTER (WHERE d.state = 'missing'),
               pg_catalog.count(*) FILTER (WHERE d.state = 'extra'),
               pg_catalog.count(*) FILTER (WHERE d.state = 'changed'),
               pg_catalog.count(*) FILTER (WHERE d.state = 'unverified'),
               (SELECT pg_catalog.count(*) FROM q)
        FROM drift d$q$,
        t.queue_table, t.log_table, t.key_column, t.text_column, geopol._doc_date_expr(t, 's'), t.source, t.docs_table),
        ARRAY[t.source::oid::text, verify.requeue::text])
        AS r(missing bigint, extra bigint, changed bigint, unverified bigint, requeued bigint);
END
$fn$;
COMMENT ON FUNCTION geopol.verify(regclass, boolean) IS
    'Finds documents whose results are out of step with the source because rows were written while the queue triggers did not fire (DISABLE TRIGGER, session_replication_role = replica, pg_restore --disable-triggers): missing (text but no results), extra (results of rows gone or without text), changed (text or date differ from what was analysed), unverified (results stored before 0.3.0, which keep no hash of the text). With requeue => true, queues the missing, extra and changed ones for the next refresh. Owner of the table only.';


CREATE OR REPLACE FUNCTION geopol.requeue(source regclass) RETURNS bigint
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
BEGIN
    t := geopol._tracked_for(requeue.source, current_user, 'USAGE', 'requeue');
    -- every document will be analysed again, with the running ICU
    UPDATE geopol.tracked tr SET icu_version = geopol.icu_version() WHERE tr.source = requeue.source;
    RETURN geopol._enqueue_all(requeue.source, true);
END
$fn$;
COMMENT ON FUNCTION geopol.requeue(regclass) IS
    'Queues every row of a tracked table again (after editing the dictionary tables, or a TRUNCATE of a single partition); returns the number of keys queued. Owner of the table only.';
