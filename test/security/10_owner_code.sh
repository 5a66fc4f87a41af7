#!/bin/bash
# Finding: a table owner becomes superuser through track(), and through a
# superuser's CALL geopol.refresh() (the documented pg_cron job) or
# requeue(), because the owner's code reached on the way (a domain's CHECK
# on the key, an operator on the key's type) ran with the superuser's rights
# and could SET LOCAL ROLE NONE.
#
# The tenant logs in as itself, owns a table whose key is a domain with a
# CHECK calling its own function, and an = operator of its own on that
# domain.  The function records who runs it and tries everything it can to
# become superuser.  Then the tenant tracks the table, and a superuser
# session refreshes, requeues and refreshes again, as a cron job would.
set -u
. "$(dirname "$0")/lib.sh"

db=geopol_sec_owner
mkdb $db
q -d $db -c "CREATE EXTENSION geopol"
mkrole geopol_tenant
q -d $db -c "GRANT CREATE ON SCHEMA public TO geopol_tenant"
T() { as_login geopol_tenant -d $db "$@"; }

ok "$(T -c "SELECT session_user || ' ' || current_user || ' ' || (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)")" \
   "geopol_tenant geopol_tenant false" "the tenant is logged in as itself, not a superuser"

T <<'SQL'
CREATE TABLE calls (who text, session text, how text);
-- the payload: record who runs it, then try to become superuser every way
CREATE FUNCTION payload(how text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO public.calls VALUES (current_user, session_user, how);
    BEGIN
        PERFORM set_config('role', 'none', true);          -- SET LOCAL ROLE NONE
    EXCEPTION WHEN OTHERS THEN
        INSERT INTO public.calls VALUES (current_user, session_user, 'set role refused: ' || SQLERRM);
    END;
    BEGIN
        EXECUTE 'ALTER ROLE geopol_tenant SUPERUSER';
        INSERT INTO public.calls VALUES (current_user, session_user, 'ESCALATED');
    EXCEPTION WHEN OTHERS THEN
        NULL;
    END;
    RETURN true;
END $$;
CREATE FUNCTION check_key(int) RETURNS boolean LANGUAGE sql AS $$ SELECT public.payload('domain check') $$;
CREATE DOMAIN tkey AS int CHECK (public.check_key(VALUE));
CREATE FUNCTION tkey_eq(tkey, tkey) RETURNS boolean LANGUAGE sql AS
    $$ SELECT public.payload('operator') AND $1::int = $2::int $$;
CREATE OPERATOR = (LEFTARG = tkey, RIGHTARG = tkey, FUNCTION = tkey_eq, COMMUTATOR = =);
CREATE TABLE wire (id tkey PRIMARY KEY, body text);
INSERT INTO wire VALUES (1, 'Russia and China signed an energy agreement.'), (2, 'Japan criticised North Korea.');
SQL
T -c "TRUNCATE calls"

out=$(T -c "SELECT geopol.track('wire', 'body')" 2>&1)
ok "$out" "2" "the tenant tracks its table"
ok "$(q -d $db -c "SELECT rolsuper FROM pg_roles WHERE rolname = 'geopol_tenant'")" "f" "track(): the tenant did not become superuser"
ok "$(q -d $db -c "SELECT count(*) FROM calls WHERE who <> 'geopol_tenant'")" "0" "track(): the tenant's code ran as the tenant only"

# the superuser's scheduled job
q -d $db -c "CALL geopol.refresh()" >/dev/null 2>&1
ok "$(q -d $db -c "SELECT documents || ' ' || pending FROM geopol.status")" "2 0" "a superuser's refresh() analyses the tenant's table"
ok "$(q -d $db -c "SELECT count(*) > 0 FROM calls WHERE how = 'domain check'")" "t" "  and the tenant's domain check did run during it"
ok "$(q -d $db -c "SELECT string_agg(DISTINCT who, ',') FROM calls")" "geopol_tenant" "  as the tenant, never as the superuser"
ok "$(q -d $db -c "SELECT count(*) FROM calls WHERE how LIKE 'set role refused%'")" \
   "$(q -d $db -c "SELECT count(*) FROM calls WHERE how IN ('domain check', 'operator')")" "  whose SET ROLE was refused every time"
ok "$(q -d $db -c "SELECT rolsuper FROM pg_roles WHERE rolname = 'geopol_tenant'")" "f" "refresh(): the tenant did not become superuser"

q -d $db -c "SELECT geopol.requeue('wire')" >/dev/null 2>&1
q -d $db -c "CALL geopol.refresh()" >/dev/null 2>&1
ok "$(q -d $db -c "SELECT count(*) FROM calls WHERE who <> 'geopol_tenant' OR how = 'ESCALATED'")" "0" \
   "a superuser's requeue() and refresh() again: nothing ran as the superuser"
ok "$(q -d $db -c "SELECT rolsuper FROM pg_roles WHERE rolname = 'geopol_tenant'")" "f" "requeue(): the tenant did not become superuser"

# the owner's SET inside its code does not outlive the statement
T -c "CREATE OR REPLACE FUNCTION check_key(int) RETURNS boolean LANGUAGE plpgsql AS
        \$\$ BEGIN PERFORM set_config('work_mem', '64kB', false); PERFORM set_config('search_path', 'public', false); RETURN true; END \$\$"
T -c "INSERT INTO wire VALUES (3, 'Vietnam and India agreed to cooperate.')"
ok "$(q -d $db -c "SET work_mem = '4MB'" -c "CALL geopol.refresh()" -c "SELECT current_setting('work_mem') || ' ' || current_setting('search_path')" 2>/dev/null)" \
   '4MB "$user", public' "the tenant's set_config() in refresh() does not change the superuser's session"

q -d postgres -c "DROP DATABASE IF EXISTS $db" 2>/dev/null
q -d postgres -c "DROP ROLE IF EXISTS geopol_tenant"
