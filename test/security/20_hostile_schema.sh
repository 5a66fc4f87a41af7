#!/bin/bash
# Finding: a role that created a schema named geopol before CREATE EXTENSION
# got the extension installed into its schema, and could later drop or
# replace geopol's objects there.  The tenant (who may create schemas in the
# database, as database owners and many application roles may) prepares the
# schema with a trap inside; the superuser's CREATE EXTENSION must refuse it
# with a clear error, and install cleanly once the schema is gone.
set -u
. "$(dirname "$0")/lib.sh"

db=geopol_sec_schema
mkdb $db
mkrole geopol_squatter
q -d $db -c "GRANT CREATE ON DATABASE $db TO geopol_squatter"
S() { as_login geopol_squatter -d $db "$@"; }

S -c "CREATE SCHEMA geopol" -c "CREATE FUNCTION geopol.tokens(text) RETURNS text LANGUAGE sql AS 'SELECT \$1'"
ok "$(q -d $db -c "SELECT nspowner::regrole FROM pg_namespace WHERE nspname = 'geopol'")" "geopol_squatter" \
   "the squatter, logged in as itself, created schema geopol"
out=$(q -d $db -c "CREATE EXTENSION geopol" 2>&1)
ok "$(grep -o 'ERROR: .*' <<<"$out")" "ERROR:  schema geopol belongs to role geopol_squatter, not to a superuser" \
   "CREATE EXTENSION refuses the squatter's schema"
ok "$(grep -c 'HINT:  Drop or rename that schema' <<<"$out")" "1" "  with a hint that says what to do"
ok "$(q -d $db -c "SELECT count(*) FROM pg_extension WHERE extname = 'geopol'")" "0" "  and installs nothing"

# a superuser's schema that others may create in is refused too
q -d $db -c "DROP SCHEMA geopol CASCADE" 2>/dev/null
q -d $db -c "CREATE SCHEMA geopol" -c "GRANT CREATE ON SCHEMA geopol TO geopol_squatter"
ok "$(q -d $db -c "CREATE EXTENSION geopol" 2>&1 | grep -o 'ERROR: .*')" \
   "ERROR:  roles that are not superusers may create objects in schema geopol: geopol_squatter" \
   "a superuser's schema that the squatter may create in is refused"
q -d $db -c "REVOKE CREATE ON SCHEMA geopol FROM geopol_squatter" -c "CREATE TABLE geopol.planted (x int)"
ok "$(q -d $db -c "CREATE EXTENSION geopol" 2>&1 | grep -o 'ERROR: .*')" "ERROR:  schema geopol is not empty" \
   "a schema that already holds objects is refused"
q -d $db -c "DROP SCHEMA geopol CASCADE" 2>/dev/null

# the extension creates its own schema: installed, and the squatter can do nothing to it
q -d $db -c "CREATE EXTENSION geopol"
ok "$(q -d $db -c "SELECT n.nspowner::regrole::text || ' ' || e.extversion FROM pg_namespace n, pg_extension e WHERE n.nspname = 'geopol' AND e.extname = 'geopol'")" \
   "postgres $(sed -n "s/^default_version = '\(.*\)'/\1/p" ../../geopol.control)" "without a prepared schema it installs, into a schema of the superuser's"
ok "$(err_login geopol_squatter -d $db -c "DROP FUNCTION geopol.tokens(text)")" "ERROR:  must be owner of function geopol.tokens" \
   "the squatter cannot drop geopol's functions"
ok "$(err_login geopol_squatter -d $db -c "CREATE FUNCTION geopol.tokens(int) RETURNS int LANGUAGE sql AS 'SELECT 1'")" \
   "ERROR:  permission denied for schema geopol" "nor create objects beside them"

q -d postgres -c "DROP DATABASE IF EXISTS $db" 2>/dev/null
q -d postgres -c "DROP ROLE IF EXISTS geopol_squatter"
