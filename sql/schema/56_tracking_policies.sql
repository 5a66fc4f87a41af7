-- Row-level security of the registry and the failure log (see 50_tracking.sql).

ALTER TABLE geopol.tracked ENABLE ROW LEVEL SECURITY;
CREATE POLICY tracked_read ON geopol.tracked FOR SELECT USING (true);
CREATE POLICY tracked_refresh ON geopol.tracked FOR UPDATE
    USING (pg_catalog.pg_has_role((SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = source), 'USAGE'));
GRANT SELECT ON geopol.tracked TO PUBLIC;
GRANT UPDATE (last_refresh, icu_version) ON geopol.tracked TO PUBLIC;

ALTER TABLE geopol.failure ENABLE ROW LEVEL SECURITY;
CREATE POLICY failure_read ON geopol.failure FOR SELECT
    USING (coalesce(pg_catalog.has_table_privilege(source, 'SELECT'), false));
CREATE POLICY failure_insert ON geopol.failure FOR INSERT WITH CHECK (geopol._is_owner(source));
CREATE POLICY failure_update ON geopol.failure FOR UPDATE USING (geopol._is_owner(source));
CREATE POLICY failure_delete ON geopol.failure FOR DELETE USING (geopol._is_owner(source));
GRANT SELECT, INSERT, UPDATE, DELETE ON geopol.failure TO PUBLIC;

-- errors are read like failures; written by refresh() (whose caller has
-- the privileges of the table's owner), and deletable by the owner
ALTER TABLE geopol.refresh_error ENABLE ROW LEVEL SECURITY;
CREATE POLICY refresh_error_read ON geopol.refresh_error FOR SELECT
    USING (coalesce(pg_catalog.has_table_privilege(source, 'SELECT'), false));
CREATE POLICY refresh_error_insert ON geopol.refresh_error FOR INSERT WITH CHECK (geopol._is_owner(source));
CREATE POLICY refresh_error_delete ON geopol.refresh_error FOR DELETE USING (geopol._is_owner(source));
GRANT SELECT, INSERT, DELETE ON geopol.refresh_error TO PUBLIC;

-- a backend writes its own progress row; a row whose backend is gone may be
-- removed by anyone
ALTER TABLE geopol._progress ENABLE ROW LEVEL SECURITY;
CREATE POLICY progress_read ON geopol._progress FOR SELECT
    USING (coalesce(pg_catalog.has_table_privilege(source, 'SELECT'), false));
CREATE POLICY progress_insert ON geopol._progress FOR INSERT WITH CHECK (pid = pg_catalog.pg_backend_pid());
CREATE POLICY progress_update ON geopol._progress FOR UPDATE
    USING (pid = pg_catalog.pg_backend_pid()
           OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_stat_activity a WHERE a.pid = _progress.pid))
    WITH CHECK (pid = pg_catalog.pg_backend_pid());
CREATE POLICY progress_delete ON geopol._progress FOR DELETE
    USING (pid = pg_catalog.pg_backend_pid()
           OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_stat_activity a WHERE a.pid = _progress.pid));
GRANT SELECT, INSERT, UPDATE, DELETE ON geopol._progress TO PUBLIC;
