-- Refuse to install into a schema someone else prepared.  CREATE EXTENSION
-- uses an existing schema named geopol as it finds it: a role that created
-- it beforehand (any role with CREATE on the database can) would own
-- geopol's schema, could drop or replace what geopol puts there, and would
-- have planted its own objects next to geopol's.  geopol installs only into
-- a schema it creates itself or one a superuser made, that no other role
-- may create objects in, and that holds nothing yet.
DO $guard$
DECLARE
    n record;
    who text;
BEGIN
    SELECT s.oid, s.nspowner, s.nspacl, r.rolname, r.rolsuper INTO n
      FROM pg_catalog.pg_namespace s JOIN pg_catalog.pg_roles r ON r.oid = s.nspowner
     WHERE s.nspname = 'geopol';
    IF NOT n.rolsuper THEN
        RAISE EXCEPTION 'schema geopol belongs to role %, not to a superuser', n.rolname
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = 'The owner of the schema could drop or replace geopol''s objects, and objects it put there would sit beside them.',
                  HINT = 'Drop or rename that schema (or ALTER SCHEMA geopol OWNER TO a superuser after checking what is in it), then CREATE EXTENSION geopol again; the extension creates its schema itself.';
    END IF;
    SELECT pg_catalog.string_agg(CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END, ', ') INTO who
      FROM pg_catalog.aclexplode(n.nspacl) a
      LEFT JOIN pg_catalog.pg_roles r ON r.oid = a.grantee
     WHERE a.privilege_type = 'CREATE' AND NOT coalesce(r.rolsuper, false);
    IF who IS NOT NULL THEN
        RAISE EXCEPTION 'roles that are not superusers may create objects in schema geopol: %', who
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = 'They could plant objects beside geopol''s, or replace them.',
                  HINT = 'REVOKE CREATE ON SCHEMA geopol FROM them, then CREATE EXTENSION geopol again.';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.relnamespace = n.oid)
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_proc p WHERE p.pronamespace = n.oid)
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_type t WHERE t.typnamespace = n.oid)
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_operator o WHERE o.oprnamespace = n.oid)
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_collation c WHERE c.collnamespace = n.oid)
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_conversion c WHERE c.connamespace = n.oid)
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_ts_config c WHERE c.cfgnamespace = n.oid)
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_ts_dict d WHERE d.dictnamespace = n.oid)
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_ts_parser p WHERE p.prsnamespace = n.oid)
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_ts_template t WHERE t.tmplnamespace = n.oid)
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_opclass o WHERE o.opcnamespace = n.oid)
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_opfamily o WHERE o.opfnamespace = n.oid)
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_statistic_ext s WHERE s.stxnamespace = n.oid) THEN
        RAISE EXCEPTION 'schema geopol is not empty'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = 'geopol installs into a schema of its own and would mix with objects already there.',
                  HINT = 'Move those objects to another schema or drop them (or drop the schema), then CREATE EXTENSION geopol again.';
    END IF;
END
$guard$;
