-- Describes everything geopol owns or creates in a database, one line per
-- fact, sorted, so that an updated database and a fresh install can be
-- compared with diff.  OIDs, identity sequence positions and timestamps are
-- left out; everything a user or the code can observe is in: functions
-- (signature, result, language, volatility, parallel safety, strictness,
-- SECURITY DEFINER, settings, cost/rows, body, ACL, comment), relations
-- (kind, options, ACL, RLS, columns with type, default, NOT NULL, generated,
-- storage, collation; constraints, indexes, triggers, policies, comments),
-- types and their attributes, event triggers, text search objects, operators
-- and casts, extension membership and pg_dump configuration, and the rows of
-- the dictionary tables the extension ships (source <> 'user').
\pset format unaligned
\pset tuples_only on
\pset pager off
SET client_min_messages = warning;
WITH ext AS (SELECT oid FROM pg_extension WHERE extname = 'geopol'),
ns AS (SELECT 'geopol'::regnamespace::oid AS oid),
member AS (
    SELECT d.classid, d.objid FROM pg_depend d, ext
    WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = ext.oid AND d.deptype = 'e'),
facts AS (
    -- functions and procedures in schema geopol
    SELECT 'function ' || p.oid::regprocedure::text || ' -> ' || pg_get_function_result(p.oid)
           || ' lang=' || l.lanname || ' kind=' || p.prokind::text || ' vol=' || p.provolatile::text
           || ' par=' || p.proparallel::text || ' strict=' || p.proisstrict || ' secdef=' || p.prosecdef
           || ' leak=' || p.proleakproof || ' cost=' || p.procost || ' rows=' || p.prorows
           || ' config=' || coalesce(array_to_string(p.proconfig, ','), '')
           || ' args=' || coalesce(pg_get_function_arguments(p.oid), '')
           || ' owner_is_ext_owner=' || (p.proowner = (SELECT extowner FROM pg_extension WHERE extname = 'geopol'))
           || ' acl=' || coalesce(p.proacl::text, '')
           || ' member=' || EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_proc'::regclass AND m.objid = p.oid)
           || ' body=' || md5(coalesce(p.prosrc, '') || coalesce(p.probin, ''))
           || ' comment=' || coalesce(md5(obj_description(p.oid, 'pg_proc')), '') AS fact
    FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang, ns WHERE p.pronamespace = ns.oid
    UNION ALL
    -- relations
    SELECT 'relation ' || c.relname || ' kind=' || c.relkind::text || ' persistence=' || c.relpersistence::text
           || ' options=' || coalesce(array_to_string(c.reloptions, ','), '')
           || ' rls=' || c.relrowsecurity || ' force_rls=' || c.relforcerowsecurity
           || ' acl=' || coalesce(regexp_replace(c.relacl::text, '=([a-zA-Z*]*)/[a-z_0-9]+', '=\1', 'g'), '')
           || ' owner_is_ext_owner=' || (c.relowner = (SELECT extowner FROM pg_extension WHERE extname = 'geopol'))
           || ' inherits=' || coalesce((SELECT string_agg(i.inhparent::regclass::text, ',' ORDER BY i.inhseqno)
                                        FROM pg_inherits i WHERE i.inhrelid = c.oid), '')
           || ' member=' || EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_class'::regclass AND m.objid = c.oid)
           || ' comment=' || coalesce(md5(obj_description(c.oid, 'pg_class')), '')
           -- (the union views name tracked tables by OID, which differs between databases)
           || CASE WHEN c.relkind = 'v' THEN ' view=' || md5(regexp_replace(pg_get_viewdef(c.oid), '[0-9]+(\)?::oid)', 'N\1', 'g')) ELSE '' END
    FROM pg_class c, ns WHERE c.relnamespace = ns.oid AND c.relkind NOT IN ('S', 'i', 't')
    UNION ALL
    -- columns (by position: an update that appends a column in the wrong place shows)
    SELECT 'column ' || c.relname || '.' || a.attnum || ' ' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
           || ' notnull=' || a.attnotnull || ' default=' || coalesce(pg_get_expr(ad.adbin, ad.adrelid), '')
           || ' generated=' || a.attgenerated::text || ' identity=' || a.attidentity::text || ' storage=' || a.attstorage::text
           || ' collation=' || coalesce(nullif(a.attcollation, 0)::regcollation::text, '')
           || ' acl=' || coalesce(a.attacl::text, '')
           || ' comment=' || coalesce(md5(col_description(c.oid, a.attnum)), '')
    FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
    LEFT JOIN pg_attrdef ad ON ad.adrelid = c.oid AND ad.adnum = a.attnum, ns
    WHERE c.relnamespace = ns.oid AND c.relkind NOT IN ('S', 'i', 't') AND a.attnum > 0 AND NOT a.attisdropped
    UNION ALL
    SELECT 'constraint ' || c.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid)
    FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid, ns WHERE c.relnamespace = ns.oid
    UNION ALL
    SELECT 'index ' || c.relname || ' ' || regexp_replace(pg_get_indexdef(i.indexrelid), 'INDEX \S+ ON', 'INDEX ON')
    FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid, ns WHERE c.relnamespace = ns.oid
    UNION ALL
    SELECT 'trigger ' || c.relname || ' ' || pg_get_triggerdef(t.oid) || ' enabled=' || t.tgenabled::text
    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid, ns WHERE c.relnamespace = ns.oid AND NOT t.tgisinternal
    UNION ALL
    -- triggers geopol put on tracked (source) tables
    SELECT 'source trigger ' || t.tgrelid::regclass::text || ' ' || pg_get_triggerdef(t.oid) || ' enabled=' || t.tgenabled::text
           || ' ext_dep=' || EXISTS (SELECT 1 FROM pg_depend d, ext WHERE d.classid = 'pg_trigger'::regclass
                                     AND d.objid = t.oid AND d.refobjid = ext.oid AND d.deptype = 'x')
    FROM pg_trigger t WHERE t.tgname LIKE 'geopol\_%'
    UNION ALL
    SELECT 'policy ' || p.tablename || ' ' || p.policyname || ' ' || p.cmd || ' ' || p.permissive || ' '
           || array_to_string(p.roles, ',') || ' using=' || coalesce(p.qual, '') || ' check=' || coalesce(p.with_check, '')
    FROM pg_policies p WHERE p.schemaname = 'geopol'
    UNION ALL
    -- types (composite types of tables and views are covered by their columns)
    SELECT 'type ' || t.typname || ' typtype=' || t.typtype::text
           || ' attrs=' || coalesce((SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
                                     FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped), '')
           || ' member=' || EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_type'::regclass AND m.objid = t.oid)
           || ' comment=' || coalesce(md5(obj_description(t.oid, 'pg_type')), '')
    FROM pg_type t, ns
    WHERE t.typnamespace = ns.oid AND t.typelem = 0
      AND (t.typrelid = 0 OR (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c')
    UNION ALL
    SELECT 'event trigger ' || e.evtname || ' ' || e.evtevent || ' ' || e.evtfoid::regprocedure::text
           || ' tags=' || coalesce(array_to_string(e.evttags, ','), '') || ' enabled=' || e.evtenabled::text
           || ' member=' || EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_event_trigger'::regclass AND m.objid = e.oid)
    FROM pg_event_trigger e WHERE e.evtfoid::regprocedure::text LIKE 'geopol.%'
    UNION ALL
    SELECT 'ts parser ' || p.prsname || ' ' || p.prsstart::regproc || ' ' || p.prstoken::regproc || ' '
           || p.prsend::regproc || ' ' || p.prslextype::regproc || ' ' || p.prsheadline::regproc
    FROM pg_ts_parser p, ns WHERE p.prsnamespace = ns.oid
    UNION ALL
    SELECT 'ts config ' || c.cfgname || ' ' || (SELECT p.prsname FROM pg_ts_parser p WHERE p.oid = c.cfgparser) || ' '
           || coalesce((SELECT string_agg(m.maptokentype || ':' || m.mapseqno || ':' || m.mapdict::regdictionary::text, ','
                                          ORDER BY m.maptokentype, m.mapseqno)
                        FROM pg_ts_config_map m WHERE m.mapcfg = c.oid), '')
    FROM pg_ts_config c, ns WHERE c.cfgnamespace = ns.oid
    UNION ALL
    SELECT 'operator ' || o.oid::regoperator::text FROM pg_operator o, ns WHERE o.oprnamespace = ns.oid
    UNION ALL
    SELECT 'cast ' || format_type(c.castsource, NULL) || ' -> ' || format_type(c.casttarget, NULL)
    FROM pg_cast c JOIN member m ON m.classid = 'pg_cast'::regclass AND m.objid = c.oid
    UNION ALL
    SELECT 'schema acl ' || coalesce(regexp_replace(n.nspacl::text, '=([a-zA-Z*]*)/[a-z_0-9]+', '=\1', 'g'), '')
    FROM pg_namespace n, ns WHERE n.oid = ns.oid
    UNION ALL
    SELECT 'config dump ' || x.cfg::regclass::text || ' ' || coalesce(x.cond, '')
    FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS x(cfg, cond) WHERE e.extname = 'geopol'
    UNION ALL
    SELECT 'extension version ' || e.extversion || ' relocatable=' || e.extrelocatable || ' schema=' || e.extnamespace::regnamespace::text
    FROM pg_extension e WHERE e.extname = 'geopol'
)
SELECT fact FROM facts ORDER BY fact COLLATE "C";

-- the rows of the extension's own tables as shipped: every member table but
-- the runtime state (the registry of tracked tables, failures, errors and
-- progress, the dictionary's version: a counter of edits), without identity columns (ids differ between an update and a
-- fresh install) and without the rows users added (source = 'user')
SELECT format($q$SELECT %L || ' ' || count(*) || ' ' || coalesce(md5(string_agg(r, E'\n' ORDER BY r COLLATE "C")), '')
                 FROM (SELECT ROW(%s)::text AS r FROM %s t WHERE %s) s$q$,
              'rows ' || c.relname,
              (SELECT string_agg(format('t.%I', a.attname), ', ' ORDER BY a.attnum) FROM pg_attribute a
                WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attidentity = ''),
              c.oid::regclass,
              CASE WHEN EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'source')
                   THEN $$t.source <> 'user'$$ ELSE 'true' END)
FROM pg_class c JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'geopol'
WHERE c.relkind = 'r' AND c.relname NOT IN ('tracked', 'failure', 'refresh_error', '_progress', '_tracking_base',
                                            'icu_stamp', 'dictionary_version')
ORDER BY c.relname
\gexec
