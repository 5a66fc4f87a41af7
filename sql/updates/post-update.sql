-- What every update ends with (after the new code).

-- A country name CLDR gave (source cldr) that a shipped alias now has: the
-- curated alias wins, as in a fresh install.
DELETE FROM geopol.alias c
WHERE c.source = 'cldr'
  AND EXISTS (SELECT 1 FROM geopol.alias x
              WHERE x.source NOT IN ('cldr', 'user') AND pg_catalog.lower(x.alias) = pg_catalog.lower(c.alias));

-- Ids of the rows users add to the dictionary tables (see
-- sql/schema/45_user_ids.sql): rows users added below 100,000,001 move above
-- it, the sequences continue from there and are dumped with the users' rows.
DO $ids$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT c.oid::regclass AS tbl, a.attname,
                    pg_catalog.pg_get_serial_sequence(c.oid::regclass::text, a.attname) AS seq,
                    EXISTS (SELECT 1 FROM pg_catalog.pg_attribute s
                            WHERE s.attrelid = c.oid AND s.attname = 'source' AND NOT s.attisdropped) AS has_source
             FROM pg_catalog.pg_class c JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid
             WHERE c.relnamespace = 'geopol'::regnamespace AND c.relkind = 'r'
               AND a.attidentity <> '' AND NOT a.attisdropped
             ORDER BY c.relname
    LOOP
        IF r.has_source THEN
            EXECUTE pg_catalog.format('UPDATE %s SET %I = %I OPERATOR(pg_catalog.+) 100000000 '
                                      'WHERE source = ''user'' AND %I OPERATOR(pg_catalog.<=) 100000000',
                                      r.tbl, r.attname, r.attname, r.attname);
        END IF;
        EXECUTE pg_catalog.format('SELECT pg_catalog.setval(%L, GREATEST(100000000, (SELECT pg_catalog.max(%I) FROM %s)))',
                                  r.seq, r.attname, r.tbl);
        PERFORM pg_catalog.pg_extension_config_dump(r.seq, '');
    END LOOP;
END
$ids$;

-- the union views over the tracked tables, with the new code's columns
SELECT geopol._rebuild_views();
