#!/bin/bash
# Finding: concurrent refreshes deadlocked.  With three refreshes of
# different batch sizes and writers running, about half the refresh calls
# died with "deadlock detected" while moving log rows into the queue.  The
# docs promise that concurrent refreshes are safe.  Writers update the same
# keys over and over (so the same keys sit in many log rows), three refresh
# loops with batch sizes 7, 60 and 500 run beside them, all as the tenant
# logged in as itself; no call may fail, and at the end every row is
# analysed with its last text.
set -u
. "$(dirname "$0")/lib.sh"

db=geopol_sec_conc
mkdb $db
q -d $db -c "CREATE EXTENSION geopol"
mkrole geopol_tenant
q -d $db -c "GRANT CREATE ON SCHEMA public TO geopol_tenant"
T() { as_login geopol_tenant -d $db "$@"; }
SECONDS_RUN=${GEOPOL_CONCURRENCY_SECONDS:-25}

T -c "CREATE TABLE wire (id int PRIMARY KEY, body text, v int NOT NULL DEFAULT 0)" \
  -c "INSERT INTO wire SELECT g, 'Russia and China met in round 0.' FROM generate_series(1, 400) g" \
  -c "SELECT geopol.track('wire', 'body')" >/dev/null
tmp=$(mktemp -d)
end=$(( $(date +%s) + SECONDS_RUN ))
writer() {
  local w=$1 i=0
  while [ "$(date +%s)" -lt $end ]; do
    i=$((i + 1))
    # the same keys again and again, in a different order each time
    T -c "UPDATE wire SET body = 'Russia and China met in round $w.$i.', v = v + 1
          WHERE id IN (SELECT g FROM generate_series(1, 400) g ORDER BY random() LIMIT 80)" >>"$tmp/w$w" 2>&1
    T -c "INSERT INTO wire SELECT 1000 * $w + $i * 10 + g, 'Japan and Vietnam agreed in round $w.$i.' FROM generate_series(1, 5) g" >>"$tmp/w$w" 2>&1
  done
}
refresher() {
  local b=$1 calls=0
  while [ "$(date +%s)" -lt $end ]; do
    calls=$((calls + 1))
    T -c "CALL geopol.refresh('wire', batch_size => $b)" >>"$tmp/r$b" 2>&1
  done
  echo $calls > "$tmp/calls$b"
}
for w in 1 2; do writer $w & done
for b in 7 60 500; do refresher $b & done
wait
calls=$(( $(cat "$tmp/calls7") + $(cat "$tmp/calls60") + $(cat "$tmp/calls500") ))
errors=$(cat "$tmp"/r* | grep -c 'ERROR')
ok "$(cat "$tmp"/r* | grep -c 'deadlock detected')" "0" "three concurrent refreshes beside two writers: no deadlock in $calls refresh calls over ${SECONDS_RUN} s"
ok "$errors" "0" "  and no other error"
[ "$errors" -gt 0 ] && grep -h ERROR "$tmp"/r* | sort | uniq -c | head -5 | sed 's/^/#   /'
ok "$(cat "$tmp"/w* | grep -c 'ERROR')" "0" "  the writers never failed"
T -c "CALL geopol.refresh('wire')" >/dev/null 2>&1
ok "$(T -c "SELECT pending || ' ' || (documents = (SELECT count(*) FROM wire)) FROM geopol.status")" "0 true" "a last refresh leaves nothing pending and every row analysed"
ok "$(T -c "SELECT count(*) FROM wire w JOIN geopol.wire_relations r ON r.key = w.id
            WHERE r.evidence IS DISTINCT FROM w.body")" "0" "  with its last text"
rm -rf "$tmp"
q -d postgres -c "DROP DATABASE IF EXISTS $db" 2>/dev/null
q -d postgres -c "DROP ROLE IF EXISTS geopol_tenant"
