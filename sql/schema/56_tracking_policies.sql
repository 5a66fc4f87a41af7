-- Row-level security of the registry and the failure log (see 50_tracking.sql).

ALTER TABLE geopol.tracked ENABLE ROW LEVEL SECURITY;
CREATE POLICY tracked_read ON geopol.tracked FOR SELECT USING (true);
CREATE POLICY tracked_refresh ON geopol.tracked FOR UPDATE
    USING (pg_catalog.pg_has_role((SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = source), 'USAGE'));
GRANT SELECT ON geopol.tracked TO PUBLIC;
GRANT UPDATE (last_refresh) ON geopol.tracked TO PUBLIC;

ALTER TABLE geopol.failure ENABLE ROW LEVEL SECURITY;
CREATE POLICY failure_read ON geopol.failure FOR SELECT
    USING (coalesce(pg_catalog.has_table_privilege(source, 'SELECT'), false));
CREATE POLICY failure_insert ON geopol.failure FOR INSERT WITH CHECK (geopol._is_owner(source));
CREATE POLICY failure_update ON geopol.failure FOR UPDATE USING (geopol._is_owner(source));
CREATE POLICY failure_delete ON geopol.failure FOR DELETE USING (geopol._is_owner(source));
GRANT SELECT, INSERT, UPDATE, DELETE ON geopol.failure TO PUBLIC;
