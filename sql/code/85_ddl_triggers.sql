-- ---------------------------------------------------------- event triggers
-- Keep geopol.tracked in step with DDL on tracked tables:
--   * DROP TABLE of a tracked table (or DROP SCHEMA ... CASCADE, DROP OWNED)
--     untracks it: its results are dropped with it;
--   * ALTER TABLE ... OWNER TO gives the rights on the result tables and
--     the trigger functions to the new owner;
--   * renaming, dropping or retyping a tracked column (which the trigger
--     functions and result tables could not follow) is refused: untrack
--     first;
--   * dropping geopol's triggers on a tracked table is refused: untrack.
-- SECURITY DEFINER (the extension's owner): they act on the objects the DDL
-- command itself touched, as pg_event_trigger_*() report them.

CREATE OR REPLACE FUNCTION geopol._on_sql_drop() RETURNS event_trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
    o record;
BEGIN
    IF pg_catalog.to_regclass('geopol.tracked') IS NULL THEN
        RETURN;                     -- the extension itself is being dropped
    END IF;
    -- geopol's triggers on a table that stays tracked
    FOR o IN
        SELECT d.object_identity FROM pg_catalog.pg_event_trigger_dropped_objects() d
        WHERE d.object_type = 'trigger'
          AND d.address_names[3] IN ('geopol_enqueue', 'geopol_enqueue_delete', 'geopol_enqueue_flush',
                                     'geopol_enqueue_update', 'geopol_truncate')
          AND NOT (d.address_names[3] = 'geopol_enqueue'
                   AND pg_catalog.current_setting('geopol.replacing_trigger', true)
                       IS NOT DISTINCT FROM pg_catalog.to_regclass(pg_catalog.format('%I.%I', d.address_names[1], d.address_names[2]))::oid::text)
          AND EXISTS (SELECT 1 FROM geopol.tracked tr
                      WHERE tr.source = pg_catalog.to_regclass(pg_catalog.format('%I.%I', d.address_names[1], d.address_names[2])))
    LOOP
        RAISE EXCEPTION 'cannot drop trigger %: geopol needs it to keep the table analysed', o.object_identity
            USING ERRCODE = 'dependent_objects_still_exist',
                  HINT = 'SELECT geopol.untrack(...) to stop tracking the table.';
    END LOOP;
    -- dropped tables (or their results): untrack
    FOR t IN
        SELECT tr.* FROM geopol.tracked tr
        WHERE EXISTS (SELECT 1 FROM pg_catalog.pg_event_trigger_dropped_objects() d
                      WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0
                        AND d.objid IN (tr.source, tr.docs_table, tr.mentions_table, tr.relations_table,
                                        tr.topics_table, tr.queue_table, tr.log_table, tr.actors_view))
    LOOP
        RAISE NOTICE 'geopol: untracking %, which was dropped',
            coalesce((SELECT d.object_identity FROM pg_catalog.pg_event_trigger_dropped_objects() d
                      WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = t.source AND d.objsubid = 0),
                     t.source::text);
        PERFORM geopol._drop_tracking(t);
    END LOOP;
END
$fn$;

-- Gives the rights on src's results (writing the result tables, owning the
-- trigger functions) to src's owner, and takes them from anyone else: after
-- ALTER TABLE ... OWNER TO (from the event trigger) or REASSIGN OWNED (from
-- refresh(), which no event trigger sees).  Cheap when nothing changed.
CREATE OR REPLACE FUNCTION geopol._sync_owner(src regclass) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
    owner oid;
    obj regclass;
    fn text;
    stale record;
BEGIN
    SELECT * INTO t FROM geopol.tracked tr WHERE tr.source = src;
    SELECT c.relowner INTO owner FROM pg_catalog.pg_class c WHERE c.oid = src;
    IF t.source IS NULL OR owner IS NULL THEN
        RETURN;
    END IF;
    FOREACH obj IN ARRAY ARRAY[t.docs_table, t.relations_table, t.queue_table, t.log_table] LOOP
        FOR stale IN
            SELECT DISTINCT a.grantee FROM pg_catalog.pg_class c, pg_catalog.aclexplode(c.relacl) a
            WHERE c.oid = obj AND a.privilege_type = 'INSERT' AND a.grantee NOT IN (owner, c.relowner)
        LOOP
            EXECUTE pg_catalog.format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON %s FROM %s', obj, stale.grantee::regrole);
        END LOOP;
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_class c, pg_catalog.aclexplode(c.relacl) a
                       WHERE c.oid = obj AND a.privilege_type = 'TRUNCATE' AND a.grantee = owner) THEN
            EXECUTE pg_catalog.format('GRANT INSERT, UPDATE, DELETE, TRUNCATE ON %s TO %s', obj, owner::regrole);
        END IF;
    END LOOP;
    FOREACH fn IN ARRAY ARRAY[t.name || '_truncate'] LOOP
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_proc p
                   WHERE p.pronamespace = 'geopol'::regnamespace AND p.proname = fn AND p.proowner <> owner) THEN
            EXECUTE pg_catalog.format('ALTER FUNCTION geopol.%I() OWNER TO %s', fn, owner::regrole);
        END IF;
    END LOOP;
END
$fn$;

CREATE OR REPLACE FUNCTION geopol._on_alter_table() RETURNS event_trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    t geopol.tracked;
    problem text;
BEGIN
    IF pg_catalog.to_regclass('geopol.tracked') IS NULL THEN
        RETURN;
    END IF;
    FOR t IN
        SELECT tr.* FROM geopol.tracked tr
        WHERE EXISTS (SELECT 1 FROM pg_catalog.pg_event_trigger_ddl_commands() c
                      WHERE c.classid = 'pg_catalog.pg_class'::regclass AND c.objid = tr.source)
    LOOP
        -- the tracked columns must still be there, by name, with their types
        problem := CASE
            WHEN NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                             WHERE a.attrelid = t.source AND a.attname = t.text_column AND a.attnum > 0
                               AND geopol._base_type(a.atttypid) IN ('text'::regtype, 'character varying'::regtype))
                THEN pg_catalog.format('column "%s" is the text geopol analyses (text or varchar)', t.text_column)
            WHEN NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                             WHERE a.attrelid = t.source AND a.attname = t.key_column AND a.attnum > 0
                               AND a.atttypid = t.key_type)
                THEN pg_catalog.format('column "%s" is the key geopol tracks the table by (of type %s)', t.key_column, t.key_type)
            WHEN t.date_column IS NOT NULL AND NOT EXISTS (
                             SELECT 1 FROM pg_catalog.pg_attribute a
                             WHERE a.attrelid = t.source AND a.attname = t.date_column AND a.attnum > 0
                               AND geopol._base_type(a.atttypid) IN ('date'::regtype, 'timestamp without time zone'::regtype,
                                                                     'timestamp with time zone'::regtype))
                THEN pg_catalog.format('column "%s" is the date geopol reads (date, timestamp or timestamptz)', t.date_column)
            END;
        IF problem IS NOT NULL THEN
            RAISE EXCEPTION 'cannot alter table %: %', t.source, problem
                USING ERRCODE = 'dependent_objects_still_exist',
                      HINT = pg_catalog.format('Renaming, dropping or retyping a tracked column needs SELECT geopol.untrack(%L) first (and geopol.track() again after).',
                                               t.source::text);
        END IF;
        -- owner: the rights on the results follow the table
        PERFORM geopol._sync_owner(t.source);
        -- name: a distributed table's results' read policies name it
        IF geopol._is_distributed(t) THEN
            PERFORM geopol._citus_sync_policies(t);
        END IF;
    END LOOP;
END
$fn$;

-- A trigger created or renamed on a tracked table may make geopol's INSERT
-- queue trigger fire too early (see _insert_trigger_timing): place it again.
CREATE OR REPLACE FUNCTION geopol._on_trigger_ddl() RETURNS event_trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    src regclass;
BEGIN
    IF pg_catalog.to_regclass('geopol.tracked') IS NULL THEN
        RETURN;
    END IF;
    FOR src IN
        SELECT DISTINCT tr.source FROM geopol.tracked tr
        JOIN pg_catalog.pg_trigger g ON g.tgrelid = tr.source
        JOIN pg_catalog.pg_event_trigger_ddl_commands() c
          ON c.classid = 'pg_catalog.pg_trigger'::regclass AND c.objid = g.oid
    LOOP
        PERFORM geopol._place_queue_trigger(src);
    END LOOP;
END
$fn$;
