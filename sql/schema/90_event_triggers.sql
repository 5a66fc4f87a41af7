-- the event triggers that keep geopol.tracked in step with DDL (functions: sql/code/85_ddl_triggers.sql)
CREATE EVENT TRIGGER geopol_triggers ON ddl_command_end
    WHEN TAG IN ('CREATE TRIGGER', 'ALTER TRIGGER')
    EXECUTE FUNCTION geopol._on_trigger_ddl();
CREATE EVENT TRIGGER geopol_sql_drop ON sql_drop
    EXECUTE FUNCTION geopol._on_sql_drop();
CREATE EVENT TRIGGER geopol_alter_table ON ddl_command_end
    WHEN TAG IN ('ALTER TABLE')
    EXECUTE FUNCTION geopol._on_alter_table();
