-- ------------------------------------------------------------ Citus: the dictionary on every node
-- Every node of a Citus cluster analyses text with its own copy of the
-- dictionary tables (CREATE EXTENSION installs them on each node; the
-- compiled dictionary is each node's own snapshot).  Edits made on the
-- coordinator are copied to the workers in the editing transaction:
--
--   * on the coordinator, statement triggers with transition tables on each
--     data table (geopol_sync_*, created by _citus_capture_triggers() when
--     geopol is installed or updated on a Citus coordinator) write the rows
--     a statement deleted and wrote into geopol.dictionary_sync, a Citus
--     reference table: Citus writes it on every node in the same (two-phase)
--     transaction;
--   * on each worker, a trigger on that table's placement
--     (_dictionary_apply) applies the rows to the worker's own table, as
--     logical replication applies changes (session_replication_role =
--     replica: the coordinator checked the foreign keys), then bumps the
--     worker's geopol.dictionary_version, which its backends see at their
--     next statement;
--   * the rows are deleted again at once: dictionary_sync keeps only which
--     nodes have the whole dictionary.  A node added later (citus_add_node),
--     and every node after ALTER EXTENSION geopol UPDATE, is made equal to
--     the coordinator at the next dictionary edit, track(), refresh(), or
--     geopol.citus_sync(): each node's tables are compared with the
--     coordinator's in 64 buckets of rows (an md5 of each bucket, read from
--     the workers with run_command_on_workers), and the buckets that differ
--     on any node are sent ('full' rows: the node's rows of those buckets
--     are made equal to the coordinator's, identity sequences included).  A
--     node installed with the same version differs in the users' edits only.
--
-- Changes made by CREATE or ALTER EXTENSION are not copied: Citus runs the
-- extension's scripts on every node.  Edit the dictionary on the
-- coordinator; an edit made on a worker stays there.
--
-- The data tables: geopol's own tables with a primary key and a source
-- column of text (the shipped data and the users' rows), or whose changes
-- bump the dictionary's version.

CREATE OR REPLACE FUNCTION geopol._dictionary_tables() RETURNS regclass[]
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT coalesce(pg_catalog.array_agg(c.oid::regclass ORDER BY c.relname), '{}')
    FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
                               AND d.refclassid = 'pg_catalog.pg_extension'::regclass AND d.deptype = 'e'
    JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'geopol'
    WHERE c.relkind = 'r'
      AND EXISTS (SELECT 1 FROM pg_catalog.pg_index i WHERE i.indrelid = c.oid AND i.indisprimary)
      AND (EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                   WHERE a.attrelid = c.oid AND a.attname = 'source' AND a.atttypid = 'pg_catalog.text'::pg_catalog.regtype
                     AND NOT a.attisdropped)
           OR EXISTS (SELECT 1 FROM pg_catalog.pg_trigger g
                      WHERE g.tgrelid = c.oid AND g.tgfoid = 'geopol._dictionary_changed()'::pg_catalog.regprocedure))
$$;

-- Is this a Citus coordinator with active workers?
CREATE OR REPLACE FUNCTION geopol._citus_has_workers() RETURNS boolean
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    r boolean;
BEGIN
    IF NOT geopol._citus() OR NOT geopol._citus_is_coordinator() THEN
        RETURN false;
    END IF;
    EXECUTE 'SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_dist_node n WHERE n.groupid <> 0 AND n.isactive '
            'AND n.noderole = ''primary'')' INTO r;
    RETURN r;
END
$fn$;

-- The capture triggers on the coordinator's data tables (see above);
-- nothing elsewhere.  Idempotent: run by every install and update.
CREATE OR REPLACE FUNCTION geopol._citus_capture_triggers() RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    tbl regclass;
    saved text[];
BEGIN
    IF NOT geopol._citus() OR NOT geopol._citus_is_coordinator() THEN
        RETURN;
    END IF;
    saved := geopol._set_local(ARRAY['citus.enable_ddl_propagation', 'off']);     -- (this node's tables)
    FOREACH tbl IN ARRAY geopol._dictionary_tables() LOOP
        EXECUTE pg_catalog.format('CREATE OR REPLACE TRIGGER geopol_sync_insert AFTER INSERT ON %s '
                                  'REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION geopol._dictionary_capture()', tbl);
        EXECUTE pg_catalog.format('CREATE OR REPLACE TRIGGER geopol_sync_update AFTER UPDATE ON %s '
                                  'REFERENCING OLD TABLE AS o NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION geopol._dictionary_capture()', tbl);
        EXECUTE pg_catalog.format('CREATE OR REPLACE TRIGGER geopol_sync_delete AFTER DELETE ON %s '
                                  'REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION geopol._dictionary_capture()', tbl);
        EXECUTE pg_catalog.format('CREATE OR REPLACE TRIGGER geopol_sync_truncate AFTER TRUNCATE ON %s '
                                  'FOR EACH STATEMENT EXECUTE FUNCTION geopol._dictionary_capture()', tbl);
    END LOOP;
    PERFORM geopol._set_local(saved);
END
$fn$;
REVOKE ALL ON FUNCTION geopol._citus_capture_triggers() FROM PUBLIC;

-- The identity sequences of tbl and where they are: {"name": [last_value, is_called]}.
CREATE OR REPLACE FUNCTION geopol._sequence_positions(tbl regclass) RETURNS jsonb
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    s record;
    pos jsonb := '{}';
    v bigint;
    called boolean;
BEGIN
    FOR s IN SELECT pg_catalog.pg_get_serial_sequence(tbl::text, a.attname) AS seq
             FROM pg_catalog.pg_attribute a
             WHERE a.attrelid = tbl AND a.attnum > 0 AND NOT a.attisdropped AND a.attidentity <> ''
    LOOP
        EXECUTE pg_catalog.format('SELECT last_value, is_called FROM %s', s.seq) INTO v, called;
        pos := pos || jsonb_build_object(s.seq, jsonb_build_array(v, called));
    END LOOP;
    RETURN pos;
END
$fn$;

-- The bucket (0-63) of a row of tbl aliased alias, as an SQL expression:
-- from its primary key, the same on every node.
CREATE OR REPLACE FUNCTION geopol._dictionary_bucket(tbl regclass, alias text) RETURNS text
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT pg_catalog.format('(pg_catalog.hashtext(ROW(%s)::pg_catalog.text) OPERATOR(pg_catalog.&) 63)',
                             pg_catalog.string_agg(pg_catalog.format('%I.%I', alias, a.attname), ', ' ORDER BY k.i))
    FROM pg_catalog.pg_index i, unnest(i.indkey) WITH ORDINALITY AS k(attnum, i)
    JOIN pg_catalog.pg_attribute a ON a.attrelid = tbl AND a.attnum = k.attnum
    WHERE i.indrelid = tbl AND i.indisprimary
$$;

-- This node's data tables in buckets: {"table": {"bucket": md5 of its rows}}.
CREATE OR REPLACE FUNCTION geopol._dictionary_fingerprints() RETURNS jsonb
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    tbl regclass;
    f jsonb;
    r jsonb := '{}';
BEGIN
    FOREACH tbl IN ARRAY geopol._dictionary_tables() LOOP
        EXECUTE pg_catalog.format(
            'SELECT coalesce(pg_catalog.jsonb_object_agg(b.bucket, b.fp), ''{}'') FROM ('
            '  SELECT %1$s AS bucket, pg_catalog.md5(pg_catalog.string_agg(x::pg_catalog.text, '','' ORDER BY x::pg_catalog.text)) AS fp'
            '  FROM %2$s x GROUP BY 1) b',
            geopol._dictionary_bucket(tbl, 'x'), tbl)
            INTO f;
        r := r || jsonb_build_object((SELECT c.relname FROM pg_catalog.pg_class c WHERE c.oid = tbl), f);
    END LOOP;
    RETURN r;
END
$fn$;

-- geopol.dictionary_sync as a Citus reference table, with the apply trigger
-- on its placements (created on first need, on the coordinator).
CREATE OR REPLACE FUNCTION geopol._citus_sync_table() RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    saved text[];
BEGIN
    IF pg_catalog.to_regclass('geopol.dictionary_sync') IS NOT NULL THEN
        RETURN;
    END IF;
    CREATE TABLE geopol.dictionary_sync (
        tbl         text NOT NULL,      -- a data table, or the node id or version the row records
        op          text NOT NULL CHECK (op IN ('delta', 'truncate', 'full', 'node', 'version')),
        deleted     jsonb,              -- rows a statement deleted or updated (old images); for 'full' the buckets
        written     jsonb,              -- rows it inserted or updated (new images); for 'full' the buckets' rows
        sequences   jsonb,              -- positions of the table's identity sequences
        at          timestamptz NOT NULL DEFAULT pg_catalog.now()
    );
    COMMENT ON TABLE geopol.dictionary_sync IS
        'Internal (Citus): dictionary edits on their way to the workers, and the nodes that have the whole dictionary (see geopol.citus_sync()).';
    REVOKE ALL ON geopol.dictionary_sync FROM PUBLIC;
    PERFORM pg_catalog.create_reference_table('geopol.dictionary_sync');
    PERFORM geopol._depend_on_extension('geopol.dictionary_sync'::regclass);
    saved := geopol._set_local(ARRAY['citus.enable_unsafe_triggers', 'on']);
    CREATE TRIGGER geopol_apply AFTER INSERT ON geopol.dictionary_sync
        FOR EACH ROW EXECUTE FUNCTION geopol._dictionary_apply();
    PERFORM geopol._set_local(saved);
END
$fn$;
REVOKE ALL ON FUNCTION geopol._citus_sync_table() FROM PUBLIC;

-- Makes sure every worker has the whole dictionary (see above): creates
-- geopol.dictionary_sync when missing, and copies every data table to every
-- node when a node has not had it since it joined or since geopol was
-- updated (or always, with force).  Returns whether it copied.  SECURITY
-- DEFINER (the extension's owner writes dictionary_sync); cheap when
-- nothing is to do, so refresh() calls it.
CREATE OR REPLACE FUNCTION geopol._citus_sync(force boolean DEFAULT false) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    version text;
    tbl regclass;
    name text;
    needed boolean;
    mine jsonb;
    theirs jsonb;
    differ jsonb := '{}';
    buckets int[];
    w record;
BEGIN
    IF NOT geopol._citus_has_workers() OR geopol._creating_extension() THEN
        RETURN false;
    END IF;
    PERFORM geopol._citus_sync_table();
    SELECT e.extversion INTO version FROM pg_catalog.pg_extension e WHERE e.extname = 'geopol';
    EXECUTE 'SELECT $1 OR NOT EXISTS (SELECT 1 FROM geopol.dictionary_sync s WHERE s.op = ''version'' AND s.tbl = $2) '
            'OR EXISTS (SELECT 1 FROM pg_catalog.pg_dist_node n WHERE n.groupid <> 0 AND n.isactive AND n.noderole = ''primary'' '
            '           AND NOT EXISTS (SELECT 1 FROM geopol.dictionary_sync s WHERE s.op = ''node'' AND s.tbl = n.nodeid::text))'
        INTO needed USING force, version;
    IF NOT needed THEN
        RETURN false;
    END IF;
    -- Citus copies reference tables to a new node only when asked (or when
    -- it next creates a distributed table): dictionary_sync must be there
    EXECUTE 'SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_dist_node n '
            'WHERE n.groupid <> 0 AND n.isactive AND n.noderole = ''primary'' '
            'AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_dist_shard s JOIN pg_catalog.pg_dist_placement p ON p.shardid = s.shardid '
            '                WHERE s.logicalrelid = ''geopol.dictionary_sync''::pg_catalog.regclass AND p.groupid = n.groupid))'
        INTO needed;
    IF needed THEN
        PERFORM pg_catalog.replicate_reference_tables('block_writes');
    END IF;
    -- one writer at a time (a second waits, then finds the nodes synced)
    LOCK TABLE geopol.dictionary_sync IN EXCLUSIVE MODE;
    -- which buckets of which tables differ on some node (read outside this
    -- transaction: a bucket this transaction changed differs, and is sent)
    mine := geopol._dictionary_fingerprints();
    FOR w IN EXECUTE 'SELECT r.nodename, r.nodeport, r.success, r.result '
                     'FROM pg_catalog.run_command_on_workers(''SELECT geopol._dictionary_fingerprints()'') r' LOOP
        IF NOT w.success THEN
            RAISE EXCEPTION 'could not read the dictionary of node %:%: %', w.nodename, w.nodeport, w.result
                USING ERRCODE = 'connection_failure';
        END IF;
        theirs := w.result::jsonb;
        FOREACH tbl IN ARRAY geopol._dictionary_tables() LOOP
            name := (SELECT c.relname FROM pg_catalog.pg_class c WHERE c.oid = tbl);
            differ := differ || jsonb_build_object(name, coalesce(differ -> name, '[]') || coalesce(
                (SELECT pg_catalog.jsonb_agg(b.k::int) FROM (
                    SELECT k FROM pg_catalog.jsonb_each_text(coalesce(mine -> name, '{}')) m(k, v)
                    WHERE force OR (coalesce(theirs -> name, '{}') ->> k) IS DISTINCT FROM v
                    UNION
                    SELECT k FROM pg_catalog.jsonb_each_text(coalesce(theirs -> name, '{}')) t(k, v)
                    WHERE (coalesce(mine -> name, '{}') ->> k) IS DISTINCT FROM v) b),
                '[]'));
        END LOOP;
    END LOOP;
    FOREACH tbl IN ARRAY geopol._dictionary_tables() LOOP
        name := (SELECT c.relname FROM pg_catalog.pg_class c WHERE c.oid = tbl);
        buckets := (SELECT coalesce(pg_catalog.array_agg(DISTINCT b::int), '{}')
                    FROM pg_catalog.jsonb_array_elements_text(coalesce(differ -> name, '[]')) b);
        IF pg_catalog.cardinality(buckets) = 0 THEN
            CONTINUE;
        END IF;
        EXECUTE pg_catalog.format(
            'INSERT INTO geopol.dictionary_sync (tbl, op, deleted, written, sequences) '
            'SELECT %L, ''full'', pg_catalog.to_jsonb($1), '
            'coalesce((SELECT pg_catalog.jsonb_agg(pg_catalog.to_jsonb(x)) FROM %s x WHERE %s = ANY ($1)), ''[]''), $2',
            name, tbl, geopol._dictionary_bucket(tbl, 'x'))
            USING buckets, geopol._sequence_positions(tbl);
    END LOOP;
    -- applied on every node by now: keep only the record of who has it
    DELETE FROM geopol.dictionary_sync s WHERE s.op IN ('full', 'node', 'version');
    EXECUTE 'INSERT INTO geopol.dictionary_sync (tbl, op) '
            'SELECT n.nodeid::text, ''node'' FROM pg_catalog.pg_dist_node n '
            'WHERE n.groupid <> 0 AND n.isactive AND n.noderole = ''primary'' '
            'UNION ALL SELECT $1, ''version''' USING version;
    RETURN true;
END
$fn$;

REVOKE ALL ON FUNCTION geopol._citus_sync(boolean) FROM PUBLIC;

-- _citus_sync() where it is needed only: what track() and refresh() call,
-- with any user's rights.
CREATE OR REPLACE FUNCTION geopol._citus_sync_needed() RETURNS boolean
    LANGUAGE sql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT geopol._citus_sync(false)
$$;

-- The capture trigger of the coordinator's data tables (see above).
-- SECURITY DEFINER: whoever may edit a dictionary table sends the edit on.
-- Nobody else may use it as a trigger (its rows would reach the workers'
-- dictionary as the extension's owner): no EXECUTE for PUBLIC, and it acts
-- only for geopol's own data tables.
CREATE OR REPLACE FUNCTION geopol._dictionary_capture() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    deleted jsonb;
    written jsonb;
BEGIN
    -- (extension scripts run on every node; workers apply, never capture)
    IF geopol._creating_extension() OR NOT geopol._citus_has_workers() THEN
        RETURN NULL;
    END IF;
    IF NOT TG_RELID::regclass = ANY (geopol._dictionary_tables()) THEN
        RAISE EXCEPTION 'geopol._dictionary_capture() is the trigger of geopol''s dictionary tables only'
            USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    -- a node that lacks the whole dictionary gets it first (with this change)
    IF geopol._citus_sync() THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        SELECT pg_catalog.jsonb_agg(pg_catalog.to_jsonb(o)) INTO deleted FROM o;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        SELECT pg_catalog.jsonb_agg(pg_catalog.to_jsonb(n)) INTO written FROM n;
    END IF;
    IF TG_OP <> 'TRUNCATE' AND deleted IS NULL AND written IS NULL THEN
        RETURN NULL;                    -- no row changed
    END IF;
    INSERT INTO geopol.dictionary_sync (tbl, op, deleted, written, sequences)
    VALUES (TG_TABLE_NAME, CASE WHEN TG_OP = 'TRUNCATE' THEN 'truncate' ELSE 'delta' END, deleted, written,
            geopol._sequence_positions(TG_RELID::regclass));
    -- applied on every node: nothing to keep
    DELETE FROM geopol.dictionary_sync s WHERE s.op IN ('delta', 'truncate');
    RETURN NULL;
END
$fn$;
REVOKE ALL ON FUNCTION geopol._dictionary_capture() FROM PUBLIC;

-- The apply trigger of dictionary_sync's placements (see above): on a
-- worker, makes its copy of the table follow the coordinator's.  Nobody
-- but the extension's owner may use it as a trigger, and it acts only for
-- the placements of geopol.dictionary_sync (tables of geopol owned by a
-- superuser).
CREATE OR REPLACE FUNCTION geopol._dictionary_apply() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    tbl regclass;
    pk text;                -- the primary key's columns: a, b
    cols text;              -- the columns written (not generated)
    sets text;
    seq record;
    saved text[];
BEGIN
    IF NEW.op NOT IN ('delta', 'truncate', 'full') OR geopol._citus_is_coordinator() THEN
        RETURN NULL;
    END IF;
    IF TG_TABLE_SCHEMA <> 'geopol' OR TG_TABLE_NAME !~ '^dictionary_sync(_[0-9]+)?$'
       OR NOT (SELECT r.rolsuper FROM pg_catalog.pg_class c JOIN pg_catalog.pg_roles r ON r.oid = c.relowner
               WHERE c.oid = TG_RELID) THEN
        RAISE EXCEPTION 'geopol._dictionary_apply() is the trigger of geopol.dictionary_sync only'
            USING ERRCODE = 'trigger_protocol_violated';
    END IF;
    SELECT t INTO tbl FROM unnest(geopol._dictionary_tables()) AS t
     WHERE t = pg_catalog.to_regclass(pg_catalog.format('geopol.%I', NEW.tbl));
    IF tbl IS NULL THEN
        RAISE EXCEPTION 'geopol.% is not a dictionary table of this node', NEW.tbl
            USING ERRCODE = 'undefined_table',
                  HINT = 'Every node must have the same geopol version: ALTER EXTENSION geopol UPDATE on the coordinator updates them all.';
    END IF;
    SELECT pg_catalog.string_agg(pg_catalog.format('%I', a.attname), ', ' ORDER BY k.i) INTO pk
      FROM pg_catalog.pg_index i, unnest(i.indkey) WITH ORDINALITY AS k(attnum, i)
      JOIN pg_catalog.pg_attribute a ON a.attrelid = tbl AND a.attnum = k.attnum
     WHERE i.indrelid = tbl AND i.indisprimary;
    SELECT pg_catalog.string_agg(pg_catalog.format('%I', a.attname), ', ' ORDER BY a.attnum),
           pg_catalog.string_agg(pg_catalog.format('%1$I = excluded.%1$I', a.attname), ', ' ORDER BY a.attnum)
      INTO cols, sets
      FROM pg_catalog.pg_attribute a
     WHERE a.attrelid = tbl AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '';
    -- as logical replication applies changes: the coordinator checked them
    saved := geopol._set_local(ARRAY['session_replication_role', 'replica']);
    IF NEW.op = 'truncate' THEN
        EXECUTE pg_catalog.format('DELETE FROM %s', tbl);
    ELSE
        EXECUTE pg_catalog.format(
            'DELETE FROM %1$s t WHERE (%2$s) IN (SELECT %2$s FROM pg_catalog.jsonb_populate_recordset(NULL::%1$s, $1)) '
            'AND (%2$s) NOT IN (SELECT %2$s FROM pg_catalog.jsonb_populate_recordset(NULL::%1$s, $2))',
            tbl, pk)
            USING CASE WHEN NEW.op = 'full' THEN NULL ELSE coalesce(NEW.deleted, '[]') END, coalesce(NEW.written, '[]');
        IF NEW.op = 'full' THEN
            -- rows of the buckets this node has and the coordinator has not
            EXECUTE pg_catalog.format(
                'DELETE FROM %1$s t WHERE %3$s IN (SELECT pg_catalog.jsonb_array_elements_text($2)::int) '
                'AND (%2$s) NOT IN (SELECT %2$s FROM pg_catalog.jsonb_populate_recordset(NULL::%1$s, $1))',
                tbl, pk, geopol._dictionary_bucket(tbl, 't'))
                USING coalesce(NEW.written, '[]'), NEW.deleted;
        END IF;
        -- the rows that differ (unchanged rows are not written: their
        -- generated columns are not computed again)
        EXECUTE pg_catalog.format(
            'INSERT INTO %1$s AS t (%2$s) OVERRIDING SYSTEM VALUE '
            'SELECT %5$s FROM pg_catalog.jsonb_populate_recordset(NULL::%1$s, $1) u '
            'LEFT JOIN %1$s o ON (%6$s) = (%7$s) '
            'WHERE o.ctid IS NULL OR (%8$s) IS DISTINCT FROM (%5$s) '
            'ON CONFLICT (%3$s) DO UPDATE SET %4$s',
            tbl, cols, pk, sets,
            (SELECT pg_catalog.string_agg('u.' || c, ', ') FROM unnest(pg_catalog.string_to_array(cols, ', ')) AS c),
            (SELECT pg_catalog.string_agg('o.' || c, ', ') FROM unnest(pg_catalog.string_to_array(pk, ', ')) AS c),
            (SELECT pg_catalog.string_agg('u.' || c, ', ') FROM unnest(pg_catalog.string_to_array(pk, ', ')) AS c),
            (SELECT pg_catalog.string_agg('o.' || c, ', ') FROM unnest(pg_catalog.string_to_array(cols, ', ')) AS c))
            USING coalesce(NEW.written, '[]');
    END IF;
    FOR seq IN SELECT s.key, s.value FROM pg_catalog.jsonb_each(coalesce(NEW.sequences, '{}')) s LOOP
        PERFORM pg_catalog.setval(seq.key, (seq.value ->> 0)::bigint, (seq.value ->> 1)::boolean);
    END LOOP;
    PERFORM geopol._set_local(saved);
    -- the table's statement triggers, now: the dictionary's version moves on
    -- and this node's sessions compile it again
    EXECUTE pg_catalog.format('UPDATE %s SET %s = %s WHERE false', tbl,
                              pg_catalog.split_part(pk, ',', 1), pg_catalog.split_part(pk, ',', 1));
    RETURN NULL;
END
$fn$;
REVOKE ALL ON FUNCTION geopol._dictionary_apply() FROM PUBLIC;

-- Copies the coordinator's whole dictionary to every worker (after
-- citus_add_node, or to repair a worker whose dictionary was edited by
-- hand); without force, only to the nodes that need it.  Superusers only.
CREATE OR REPLACE FUNCTION geopol.citus_sync(force boolean DEFAULT true) RETURNS boolean
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
BEGIN
    IF NOT (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) THEN
        RAISE EXCEPTION 'must be superuser to copy the dictionary to the workers'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT geopol._citus_has_workers() THEN
        RAISE EXCEPTION 'this is not a Citus coordinator with workers'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'Run geopol.citus_sync() on the coordinator, after citus_add_node().';
    END IF;
    RETURN geopol._citus_sync(citus_sync.force);
END
$fn$;
COMMENT ON FUNCTION geopol.citus_sync(boolean) IS
    'Citus: copies the coordinator''s dictionary tables to every worker (force => false: only to workers added since the last copy, or all after an update of geopol). Dictionary edits on the coordinator reach the workers by themselves; refresh() and track() copy to new workers too. Superusers only; returns whether it copied.';
REVOKE ALL ON FUNCTION geopol.citus_sync(boolean) FROM PUBLIC;

SELECT geopol._citus_capture_triggers();
