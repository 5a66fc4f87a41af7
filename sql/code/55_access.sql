-- Helpers of tracking that the row-level security policies and the tracking
-- API share (after the tables they read, before the policies that call them).

CREATE OR REPLACE FUNCTION geopol._base_type(t regtype) RETURNS regtype
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

-- The columns of a result part: the attributes of its row type
-- (geopol.mention_row, relation_row, topic_row: pg_rows.h defines them),
-- which are also the columns of its set-returning function and the keys
-- geopol.analyze() gives each element.
CREATE OR REPLACE FUNCTION geopol._part_columns(part text, OUT name text, OUT type text, OUT ord int)
    RETURNS SETOF record
    LANGUAGE sql STABLE STRICT
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT a.attname::text, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnum::int
    FROM pg_catalog.pg_attribute a
    WHERE a.attrelid = (CASE part
                          WHEN 'mentions' THEN 'geopol.mention_row'
                          WHEN 'relations' THEN 'geopol.relation_row'
                          WHEN 'topics' THEN 'geopol.topic_row'
                        END)::regclass
      AND a.attnum > 0 AND NOT a.attisdropped
    ORDER BY a.attnum
$$;

CREATE OR REPLACE FUNCTION geopol._part_cols(part text, item text) RETURNS text
    LANGUAGE sql STABLE STRICT
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT pg_catalog.string_agg(pg_catalog.format(item, c.name, c.type, pg_catalog.left(part, 1) || '_' || c.name),
                                 ', ' ORDER BY c.ord)
    FROM geopol._part_columns(part) c
$$;

CREATE OR REPLACE FUNCTION geopol._can_read(result regclass) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT coalesce((SELECT pg_catalog.has_table_privilege(t.source, 'SELECT')
                     FROM geopol.tracked t
                     WHERE result IN (t.docs_table, t.mentions_table, t.relations_table,
                                      t.topics_table, t.queue_table, t.log_table)), false)
$$;

CREATE OR REPLACE FUNCTION geopol._is_owner(src regclass) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT coalesce((SELECT pg_catalog.pg_has_role(c.relowner, 'USAGE')
                     FROM geopol.tracked t JOIN pg_catalog.pg_class c ON c.oid = t.source
                     WHERE t.source = src), false)
$$;

CREATE OR REPLACE FUNCTION geopol._document_error(state text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT
    SET search_path = pg_catalog, pg_temp
    AS $$
    SELECT pg_catalog.left(state, 2) IN ('22', '54', '38', '39', '2F', 'XX', 'P0') OR state = '53200'
$$;

-- One statement with the rights of rel's owner, under
-- SECURITY_RESTRICTED_OPERATION, with search_path pinned and the owner's
-- settings undone afterwards (src/pg/pg_owner.c): how refresh(), track()
-- and requeue() reach a table and the code its owner wrote.  The caller
-- must have the privileges of the owner.  Rows as the column definition list
-- says; parameters as text ($1::int ...).
CREATE OR REPLACE FUNCTION geopol._as_owner(rel regclass, query text, params text[] DEFAULT NULL)
    RETURNS SETOF record
    LANGUAGE c
    AS 'MODULE_PATHNAME', 'geopol_as_owner';
COMMENT ON FUNCTION geopol._as_owner(regclass, text, text[]) IS
    'Internal: runs query with the rights of the owner of rel, in a security-restricted operation with search_path = pg_catalog (as REFRESH MATERIALIZED VIEW does); the caller must have the privileges of that owner.';
