#!/bin/bash
# Finding: one bad table blocked everyone.  A tracked table whose key stopped
# being unique made the superuser's CALL geopol.refresh() fail, and one locked
# by an idle transaction made it wait for ever; every table after it was
# never refreshed.  Now each table's batches run in their own subtransaction
# with a lock_timeout: a failing table is recorded (geopol.status,
# geopol.refresh_error) and skipped, and the others are refreshed.
set -u
. "$(dirname "$0")/lib.sh"

db=geopol_sec_bad
mkdb $db
q -d $db -c "CREATE EXTENSION geopol"
mkrole geopol_tenant
q -d $db -c "GRANT CREATE ON SCHEMA public TO geopol_tenant"
T() { as_login geopol_tenant -d $db "$@"; }

# four tables, tracked in this order (refresh() takes them in OID order)
for t in good1 dupkey locked good2; do
  T -c "CREATE TABLE $t (id int PRIMARY KEY, body text)" \
    -c "INSERT INTO $t VALUES (1, 'Russia and China signed an energy agreement.'), (2, 'Japan criticised North Korea.')" \
    -c "SELECT geopol.track('$t', 'body')" >/dev/null
done
# the key of dupkey stops being unique
T -c "ALTER TABLE dupkey DROP CONSTRAINT dupkey_pkey" -c "INSERT INTO dupkey VALUES (1, 'Vietnam and India agreed.')"
# an idle transaction of the tenant holds locked in ACCESS EXCLUSIVE mode
fifo=$(mktemp -u); mkfifo "$fifo"
( { echo "BEGIN; LOCK TABLE locked IN ACCESS EXCLUSIVE MODE; SELECT 'locked';"; cat "$fifo"; } |
  PGPASSWORD=$SEC_PASSWORD psql -X -q -A -t -h "${PGHOST:-localhost}" -U geopol_tenant -d $db >/dev/null 2>&1 ) &
holder=$!
exec 3>"$fifo"
for i in $(seq 50); do
  [ "$(q -d $db -c "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'locked' AND l.mode = 'AccessExclusiveLock' AND l.granted")" = 1 ] && break
  sleep 0.1
done

start=$(date +%s.%N)
out=$(q -d $db -c "CALL geopol.refresh(lock_timeout => '2s')" 2>&1)
rc=$?
secs=$(echo "$(date +%s.%N) - $start" | bc)
ok "$rc" "0" "the superuser's refresh() completes despite the broken and the locked table"
ok "$(echo "$secs < 30" | bc)" "1" "  without waiting for the idle transaction (took ${secs%.*} s, lock_timeout 2 s)"
ok "$(grep -c 'WARNING:  geopol.refresh public.dupkey: skipped after an error' <<<"$out")" "1" "  it warns about dupkey"
ok "$(grep -c 'WARNING:  geopol.refresh public.locked: skipped after an error: canceling statement due to lock timeout' <<<"$out")" "1" "  and about locked"
ok "$(q -d $db -c "SELECT string_agg(source || ':' || documents || '/' || pending || ':' || coalesce(split_part(last_error, ':', 1), '-'), ' ' ORDER BY source::text) FROM geopol.status")" \
   "dupkey:0/3:23505 good1:2/0:- good2:2/0:- locked:0/2:55P03" \
   "good tables refreshed; the others keep their queue and show their error in geopol.status"
ok "$(q -d $db -c "SELECT string_agg(source || ' ' || sqlstate, ', ' ORDER BY source::text) FROM geopol.refresh_error")" \
   "dupkey 23505, locked 55P03" "  and in geopol.refresh_error"
ok "$(T -c "SELECT count(*) FROM geopol.refresh_error")" "2" "the tenant reads the errors of its tables"
mkrole geopol_other
ok "$(as_login geopol_other -d $db -c "SELECT count(*) FROM geopol.refresh_error")" "0" "  a role that cannot read them does not"

# the lock goes away, the key is fixed: the next refresh gets through and clears the errors
exec 3>&-; wait $holder 2>/dev/null; rm -f "$fifo"
T -c "DELETE FROM dupkey WHERE body LIKE 'Vietnam%'" -c "ALTER TABLE dupkey ADD PRIMARY KEY (id)"
q -d $db -c "CALL geopol.refresh()" >/dev/null 2>&1
ok "$(q -d $db -c "SELECT string_agg(source || ':' || documents || '/' || pending || ':' || coalesce(last_error, '-'), ' ' ORDER BY source::text) FROM geopol.status")" \
   "dupkey:2/0:- good1:2/0:- good2:2/0:- locked:2/0:-" "once fixed, the next refresh gets through and status clears the errors"

# geopol.refresh_progress: a refresh at work shows in it, row by row
T -c "CREATE TABLE big (id int PRIMARY KEY, body text)" \
  -c "INSERT INTO big SELECT g, 'Russia and China signed an energy agreement in Beijing on day ' || g || '.' FROM generate_series(1, 20000) g" \
  -c "SELECT geopol.track('big', 'body')" >/dev/null
( T -c "CALL geopol.refresh('big', batch_size => 50)" >/dev/null 2>&1 ) &
seen=""
for i in $(seq 100); do
  seen=$(T -c "SELECT source || ' ' || (done > 0 AND done < total AND total = 20000) FROM geopol.refresh_progress")
  [ "$seen" = "big true" ] && break
  sleep 0.05
done
wait
ok "$seen" "big true" "geopol.refresh_progress shows a running refresh, its table, documents done and queued"
ok "$(T -c "SELECT count(*) FROM geopol.refresh_progress")" "0" "  and nothing once it is over"

q -d postgres -c "DROP DATABASE IF EXISTS $db" 2>/dev/null
q -d postgres -c "DROP ROLE IF EXISTS geopol_tenant" -c "DROP ROLE IF EXISTS geopol_other"
