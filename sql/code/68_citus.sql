-- ------------------------------------------------------------ Citus
-- geopol on a Citus cluster (README "Scaling out with Citus").  Nothing here
-- needs Citus: every function finds out at run time whether the citus
-- extension is in this database and what a table is to it, and geopol
-- works as on one node where it is not.
--
-- What is distributed.  track() of a hash-distributed table distributes its
-- result tables (_docs, _relations), queue and log, colocated with the
-- source on its distribution column, which is the key (a unique key of a
-- distributed table must be its distribution column): a document's results
-- live on the worker that holds the document, in the shards with the same
-- hash range.  A sixth table, _shards, holds one key per shard of the
-- source: refresh() reaches every shard by a query over it that Citus pushes
-- down, one task per shard (see _refresh_shard in 75_refresh.sql).
--
-- Change capture.  Citus fires a distributed table's triggers on its shards,
-- on the workers; there the trigger arguments name the key column and the log
-- (pg_keylog.c), and the keys go into the log's colocated shard.  Citus
-- moves and splits colocated shards together, and its metadata on every
-- node says where each is, so capture follows shard moves and rebalancing.
--
-- Privileges.  The result tables' read policy cannot call geopol._can_read()
-- on the workers (geopol.tracked is the coordinator's) nor contain a
-- sub-select (Citus refuses it): it checks SELECT on the source by name,
-- has_table_privilege('schema.table', 'SELECT'), which every node answers
-- from its own copy of the source's privileges (Citus propagates GRANT and
-- REVOKE).  Renaming the source rewrites the policies (the event trigger
-- geopol_alter_table).  The name is text, not a regclass constant, so that
-- DROP TABLE of the source is not blocked by the policy (it untracks, as on
-- one node).

-- The coordinator's regclass, as a call the planner does not fold (see
-- src/pg/pg_citus.c): the union views give source_table of a distributed
-- table's rows with it.
CREATE OR REPLACE FUNCTION geopol._regclass(oid) RETURNS regclass
    LANGUAGE c STABLE STRICT PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'geopol_regclass';

CREATE OR REPLACE FUNCTION geopol._creating_extension() RETURNS boolean
    LANGUAGE c STABLE PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'geopol_creating_extension';

-- A distributed table's result tables depend on the extension (see
-- src/pg/pg_citus.c): DROP EXTENSION geopol CASCADE drops them.
CREATE OR REPLACE FUNCTION geopol._depend_on_extension(rel regclass) RETURNS void
    LANGUAGE c STRICT
    AS 'MODULE_PATHNAME', 'geopol_depend_on_extension';
REVOKE ALL ON FUNCTION geopol._depend_on_extension(regclass) FROM PUBLIC;

-- Sets settings (name, value, name, value ...; a NULL value leaves one as
-- it is) for the rest of the transaction, and returns their values before,
-- in the same form, for the caller to set them back: a SET LOCAL inside a
-- function outlives it, unless the function's own SET clause names it.
CREATE OR REPLACE FUNCTION geopol._set_local(settings text[]) RETURNS text[]
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp   -- (never one of the settings it is given)
    AS $fn$
DECLARE
    before text[] := '{}';
BEGIN
    FOR i IN 1 .. coalesce(pg_catalog.array_length(settings, 1), 0) / 2 LOOP
        before := before || ARRAY[settings[2 * i - 1], pg_catalog.current_setting(settings[2 * i - 1], true)];
        IF settings[2 * i] IS NOT NULL THEN
            PERFORM pg_catalog.set_config(settings[2 * i - 1], settings[2 * i], true);
        END IF;
    END LOOP;
    RETURN before;
END
$fn$;

-- Is the citus extension created in this database?
CREATE OR REPLACE FUNCTION geopol._citus() RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_extension e WHERE e.extname = 'citus')
       AND pg_catalog.to_regclass('pg_catalog.pg_dist_partition') IS NOT NULL
$$;

-- What rel is to Citus: 'distributed' (hash-distributed, with a distribution
-- column), 'other' (a reference table, a Citus local table, a single-shard
-- or append-distributed table: geopol does not track those), NULL (a plain
-- table, or no Citus).
CREATE OR REPLACE FUNCTION geopol._citus_kind(rel regclass) RETURNS text
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    method "char";
BEGIN
    IF rel IS NULL OR NOT geopol._citus() THEN
        RETURN NULL;
    END IF;
    -- (dynamic: pg_dist_partition does not exist without Citus)
    EXECUTE 'SELECT p.partmethod FROM pg_catalog.pg_dist_partition p WHERE p.logicalrelid = $1'
        INTO method USING rel;
    RETURN CASE WHEN method IS NULL THEN NULL WHEN method = 'h' THEN 'distributed' ELSE 'other' END;
END
$fn$;

-- Is the tracked table t distributed (its results too)?
CREATE OR REPLACE FUNCTION geopol._is_distributed(t geopol.tracked) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
    -- (any of them: the event triggers untrack a table one of whose tables was dropped)
    SELECT geopol._citus() AND coalesce('distributed' IN (geopol._citus_kind(t.source), geopol._citus_kind(t.docs_table),
                                                          geopol._citus_kind(t.queue_table), geopol._citus_kind(t.log_table)),
                                        false)
$$;

-- The distribution column of a hash-distributed table.
CREATE OR REPLACE FUNCTION geopol._citus_distribution_column(rel regclass) RETURNS name
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    col name;
BEGIN
    IF geopol._citus_kind(rel) IS DISTINCT FROM 'distributed' THEN
        RETURN NULL;
    END IF;
    EXECUTE 'SELECT pg_catalog.column_to_column_name(p.logicalrelid, p.partkey) FROM pg_catalog.pg_dist_partition p '
            'WHERE p.logicalrelid = $1'
        INTO col USING rel;
    RETURN col;
END
$fn$;

-- Is this node the coordinator (or a database without workers)?
CREATE OR REPLACE FUNCTION geopol._citus_is_coordinator() RETURNS boolean
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    r boolean;
BEGIN
    IF NOT geopol._citus() THEN
        RETURN true;
    END IF;
    EXECUTE 'SELECT coalesce((SELECT g.groupid = 0 FROM pg_catalog.pg_dist_local_group g), true)' INTO r;
    RETURN r;
END
$fn$;

-- The local shard of distributed table rel that holds key (a text the key
-- type reads): on a worker, inside a task that Citus pushed down to that
-- shard's node.
CREATE OR REPLACE FUNCTION geopol._citus_shard(rel regclass, key text) RETURNS regclass
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    r regclass;
BEGIN
    -- (shard_name() leaves out the schema public: read the name in the table's schema)
    PERFORM pg_catalog.set_config('search_path',
                                  pg_catalog.format('%I, pg_catalog, pg_temp',
                                                    (SELECT n.nspname FROM pg_catalog.pg_class c
                                                     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                                                     WHERE c.oid = rel)),
                                  true);
    EXECUTE 'SELECT pg_catalog.shard_name($1, pg_catalog.get_shard_id_for_distribution_column($1, $2))::pg_catalog.regclass'
        INTO r USING rel, key;
    RETURN r;
END
$fn$;

-- The read policy of a distributed table's result tables: SELECT on the
-- source, by name (see above).
CREATE OR REPLACE FUNCTION geopol._citus_read_policy(src regclass) RETURNS text
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT pg_catalog.format('pg_catalog.has_table_privilege(%L::pg_catalog.text, %L::pg_catalog.text)',
                             src::text, 'SELECT')
$$;

-- Writes one key per shard of t's source into t's _shards table (after
-- track(), a shard split, or a table whose shards it no longer covers).
-- The keys are made up (1, 2, ... read as the key type; or a uuid made from
-- them), never read from the source: a shard with no row has its key too.
-- Run as the owner of the table (refresh() and track() do).
CREATE OR REPLACE FUNCTION geopol._citus_fill_shards(t geopol.tracked) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    shards_table text := pg_catalog.format('geopol.%I', t.name || '_shards');
    nshards int;
    covered int;
    have int;
    gen text;
    keys text[];
BEGIN
    EXECUTE 'SELECT pg_catalog.count(*)::int FROM pg_catalog.pg_dist_shard s WHERE s.logicalrelid = $1'
        INTO nshards USING t.source;
    EXECUTE pg_catalog.format(
        'SELECT pg_catalog.count(DISTINCT pg_catalog.get_shard_id_for_distribution_column(%1$L::pg_catalog.regclass, h.key))::int, '
        'pg_catalog.count(*)::int FROM (SELECT h.key FROM %2$s h) h', t.source, shards_table)
        INTO covered, have;
    IF covered = nshards AND have = nshards THEN
        RETURN;
    END IF;
    -- candidate keys: the first that hashes into each shard
    FOREACH gen IN ARRAY ARRAY['g::pg_catalog.text', 'pg_catalog.md5(g::pg_catalog.text)::pg_catalog.uuid::pg_catalog.text',
                                '(DATE ''2000-01-01'' + g)::pg_catalog.text'] LOOP
        BEGIN
            EXECUTE pg_catalog.format(
                'SELECT pg_catalog.array_agg(x.k) FROM ('
                '  SELECT DISTINCT ON (c.shard) c.k FROM ('
                '    SELECT v.k, pg_catalog.get_shard_id_for_distribution_column(%1$L::pg_catalog.regclass, v.k) AS shard'
                '    FROM (SELECT (%2$s)::%3$s::pg_catalog.text AS k FROM pg_catalog.generate_series(1, 50000) g) v) c'
                '  ORDER BY c.shard) x',
                t.source, gen, pg_catalog.format_type(t.key_type, NULL))
                INTO keys;
        EXCEPTION WHEN data_exception OR invalid_text_representation OR numeric_value_out_of_range THEN
            keys := NULL;
        END;
        EXIT WHEN pg_catalog.cardinality(keys) = nshards;
    END LOOP;
    IF pg_catalog.cardinality(keys) IS DISTINCT FROM nshards THEN
        RAISE EXCEPTION 'cannot find a key of type % for each of the % shards of %', t.key_type, nshards, t.source
            USING ERRCODE = 'feature_not_supported',
                  HINT = 'geopol tracks distributed tables whose key is a number, a text or a uuid.';
    END IF;
    EXECUTE pg_catalog.format('DELETE FROM %s', shards_table);
    EXECUTE pg_catalog.format('INSERT INTO %s (key) SELECT k::%s FROM pg_catalog.unnest($1) AS k',
                              shards_table, pg_catalog.format_type(t.key_type, NULL))
        USING keys;
END
$fn$;

-- After the source of distributed table t was renamed or moved to another
-- schema: its results' read policies name it again (see above).  Run by the
-- event trigger geopol_alter_table, as the extension's owner.
CREATE OR REPLACE FUNCTION geopol._citus_sync_policies(t geopol.tracked) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    tbl regclass;
BEGIN
    FOREACH tbl IN ARRAY ARRAY[t.docs_table, t.relations_table, t.queue_table, t.log_table] LOOP
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_policy p
                   WHERE p.polrelid = tbl AND p.polname = 'readers_of_source'
                     AND pg_catalog.strpos(pg_catalog.pg_get_expr(p.polqual, p.polrelid),
                                           pg_catalog.quote_literal(t.source::text)) = 0) THEN
            EXECUTE pg_catalog.format('ALTER POLICY readers_of_source ON %s USING (%s)',
                                      tbl, geopol._citus_read_policy(t.source));
        END IF;
    END LOOP;
END
$fn$;
REVOKE ALL ON FUNCTION geopol._citus_sync_policies(geopol.tracked) FROM PUBLIC;
