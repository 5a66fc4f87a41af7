-- Ids of the rows users add to the dictionary tables.  Shipped rows are
-- numbered from 1 in the order the data files load them, and a release may
-- ship more; rows users add take ids from 100,000,001 on, and the ids'
-- sequences are dumped with the users' rows, so that a pg_dump of a database
-- restores into a fresh install of its release or of a later one without
-- two rows wanting one id.  (Every update does the same: post-update.sql.)
DO $ids$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT c.oid::regclass AS tbl, a.attname,
                    pg_catalog.pg_get_serial_sequence(c.oid::regclass::text, a.attname) AS seq
             FROM pg_catalog.pg_class c JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid
             WHERE c.relnamespace = 'geopol'::regnamespace AND c.relkind = 'r'
               AND a.attidentity <> '' AND NOT a.attisdropped
             ORDER BY c.relname
    LOOP
        PERFORM pg_catalog.setval(r.seq, 100000000);
        PERFORM pg_catalog.pg_extension_config_dump(r.seq, '');
    END LOOP;
END
$ids$;
