
-- ------------------------------------------------------------ ICU upgrades
-- Token norms and stems, sentence and word boundaries come from ICU, and
-- ICU's major versions change them (Unicode data, dictionaries for Chinese
-- and Japanese, normalisation).  Three things are stored and depend on the
-- ICU version that computed them: the norms and stems columns of the
-- dictionary tables, the results of tracked tables, and indexes built on
-- geopol's functions (actor_tsvector(), to_tsvector('geopol.multilingual')).
-- After an ICU upgrade (a new Debian release, pg_upgrade to a machine with
-- another libicu) icu_status() says what is out of date and how to rebuild
-- it; rebuild_after_icu_upgrade() does the first two.

CREATE OR REPLACE FUNCTION geopol.icu_status(OUT object text, OUT built_with text, OUT running text,
    OUT outdated boolean, OUT action text)
    RETURNS SETOF record
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    dict_outdated boolean;
BEGIN
    running := geopol.icu_version();
    SELECT s.icu_version INTO built_with FROM geopol.icu_stamp s WHERE s.part = 'dictionary';
    object := 'dictionary';
    outdated := built_with IS DISTINCT FROM running;
    dict_outdated := outdated;
    action := CASE WHEN outdated THEN 'SELECT geopol.rebuild_after_icu_upgrade()' END;
    RETURN NEXT;
    -- tracked tables: the ICU of their last full analysis
    FOR object, built_with IN
        SELECT t.source::text, t.icu_version FROM geopol.tracked t
        WHERE EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = t.source)
        ORDER BY t.source::text
    LOOP
        outdated := built_with IS DISTINCT FROM running;
        action := CASE WHEN outdated THEN pg_catalog.format('SELECT geopol.requeue(%L)', object) END;
        RETURN NEXT;
    END LOOP;
    -- indexes whose expressions call geopol's functions or use its text
    -- search configuration (the version they were built with is not known:
    -- out of date when the dictionary is)
    FOR object IN
        SELECT DISTINCT d.objid::regclass::text
        FROM pg_catalog.pg_depend d
        JOIN pg_catalog.pg_class c ON c.oid = d.objid AND c.relkind = 'i'
        WHERE d.classid = 'pg_catalog.pg_class'::regclass
          AND ((d.refclassid = 'pg_catalog.pg_proc'::regclass
                AND d.refobjid IN (SELECT p.oid FROM pg_catalog.pg_proc p WHERE p.pronamespace = 'geopol'::regnamespace))
               OR (d.refclassid = 'pg_catalog.pg_ts_config'::regclass
                   AND d.refobjid IN (SELECT f.oid FROM pg_catalog.pg_ts_config f WHERE f.cfgnamespace = 'geopol'::regnamespace)))
          AND c.relnamespace <> 'geopol'::regnamespace
        ORDER BY 1
    LOOP
        built_with := NULL;
        outdated := dict_outdated;
        action := CASE WHEN outdated THEN pg_catalog.format('REINDEX INDEX %s', object) END;
        RETURN NEXT;
    END LOOP;
END
$fn$;
COMMENT ON FUNCTION geopol.icu_status() IS
    'What depends on the ICU version and whether it was built with the running one: the dictionary''s stored norms and stems, each tracked table''s results, and indexes on geopol''s functions; action says how to rebuild what is out of date.';

CREATE OR REPLACE FUNCTION geopol.rebuild_after_icu_upgrade() RETURNS bigint
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $fn$
DECLARE
    n bigint := 0;
    src regclass;
BEGIN
    -- the generated norms and stems columns are computed again by an update
    UPDATE geopol.alias SET alias = alias;
    UPDATE geopol.cue SET cue = cue;
    UPDATE geopol.cue_modifier SET phrase = phrase;
    UPDATE geopol.topic_term SET term = term;
    UPDATE geopol.icu_stamp SET icu_version = geopol.icu_version(), stamped_at = pg_catalog.now()
     WHERE part = 'dictionary';
    -- every tracked table the caller may act for is analysed again
    FOR src IN SELECT p FROM geopol._refresh_plan(NULL) AS p LOOP
        n := n + geopol.requeue(src);
    END LOOP;
    RAISE NOTICE 'geopol: dictionary norms and stems computed with ICU %; % documents queued (CALL geopol.refresh() analyses them)',
        geopol.icu_version(), n
        USING HINT = 'REINDEX the indexes that geopol.icu_status() lists.';
    RETURN n;
END
$fn$;
COMMENT ON FUNCTION geopol.rebuild_after_icu_upgrade() IS
    'After an ICU upgrade: computes the norms and stems of the dictionary tables again and requeues every tracked table the caller may act for (CALL geopol.refresh() then analyses them); returns the number of documents queued. Needs the right to update the dictionary tables (the extension''s owner). Indexes on geopol''s functions need a REINDEX: geopol.icu_status() lists them.';
