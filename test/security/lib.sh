# helpers for the security suite: attacks run by real non-superuser roles,
# logged in as themselves (session_user is the tenant, not a superuser that
# did SET ROLE)
. "$(dirname "$0")/../scenarios/lib.sh"
SEC_PASSWORD=${SEC_PASSWORD:-geopol-tenant-pw}
# a login role without any special attribute; created afresh
mkrole() {
  q -d postgres -c "DROP OWNED BY $1" 2>/dev/null
  q -d postgres -c "DROP ROLE IF EXISTS $1" -c "CREATE ROLE $1 LOGIN PASSWORD '$SEC_PASSWORD'" >/dev/null
}
# psql logged in as role $1 over TCP (password authentication where the cluster asks for it)
as_login() { local r=$1; shift; PGPASSWORD=$SEC_PASSWORD psql -X -A -t -q -v ON_ERROR_STOP=1 -h "${PGHOST:-localhost}" -U "$r" "$@"; }
# the first error line of a command run as role $1
err_login() { local r=$1; shift; as_login "$r" "$@" 2>&1 | grep -o 'ERROR: .*' | head -1; }
mkdb() { q -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" 2>/dev/null; }
