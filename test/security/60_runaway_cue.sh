#!/bin/bash
# Finding: runaway cue matching.  A cue with many * gaps made matching
# exponential, and the backend ignored both pg_cancel_backend and
# pg_terminate_backend: only kill -9, which restarts the whole cluster,
# stopped it.  A dictionary editor (a role the DBA granted INSERT on the cue
# table, logged in as itself) now cannot store such a cue, the worst cue it
# can store finishes within a second over a long adversarial text, and a
# tenant's long call is cancelled, or terminated, within a second.
set -u
. "$(dirname "$0")/lib.sh"

db=geopol_sec_cue
mkdb $db
q -d $db -c "CREATE EXTENSION geopol"
mkrole geopol_editor
mkrole geopol_tenant
q -d $db -c "GRANT INSERT, DELETE ON geopol.cue TO geopol_editor" -c "GRANT USAGE ON SEQUENCE geopol.cue_id_seq TO geopol_editor"
E() { as_login geopol_editor -d $db "$@"; }
T() { as_login geopol_tenant -d $db "$@"; }

ok "$(err_login geopol_editor -d $db -c "INSERT INTO geopol.cue (cue, event, pos) VALUES ('meet * * * * * * * * * * with', 'CONSULT', 'verb')")" \
   'ERROR:  new row for relation "cue" violates check constraint "cue_at_most_3_gaps"' "a cue with 10 gaps is refused"
E -c "INSERT INTO geopol.cue (cue, event, pos) VALUES ('meet * meet * meet * meet', 'CONSULT', 'verb')"
ok "$(E -c "SELECT count(*) FROM geopol.cue WHERE source = 'user'")" "1" "the editor stores the worst cue the constraints allow (3 gaps, a repeated word)"

ok "$(T -c "SELECT string_agg(source || '>' || target || ':' || event || ':' || cue, ',') FROM geopol.relations('Russia meet them meet us meet and meet China.')")" \
   "RUS>CHN:CONSULT:meet them meet us meet and meet" "  and it matches"
# 100,000 of the cue's word with actors all along (every sentence, cut at 64 kB, has some):
# every token starts a match with gaps
adv="repeat('Russia meet meet meet meet meet meet China meet meet ', 10000)"
ms=$(T -c "\\timing on" -c "SELECT count(*) FROM geopol.relations($adv)" 2>&1 | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -1)
ok "$(echo "$ms < 1000" | bc)" "1" "the tenant's relations() over 80,000 matching words among 20,000 actors finishes within a second (${ms%.*} ms)"
ok "$(T -c "SELECT count(*) > 0 FROM geopol.relations($adv)")" "t" "  (and finds relations there)"

# a long call (50 MB of the cue's words, cut into 64 kB sentences) is cancelled, then terminated, promptly
for how in cancel terminate; do
  sql="SELECT count(*) FROM geopol.relations(repeat('Russia meet China meet Japan meet ', 1500000)) /* $how */"
  PGPASSWORD=$SEC_PASSWORD psql -X -q -h "${PGHOST:-localhost}" -U geopol_tenant -d $db -c "$sql" >/tmp/geopol_cue.$$ 2>&1 &
  bg=$!
  pid=""
  for i in $(seq 1 200); do
    pid=$(q -d $db -c "SELECT pid FROM pg_stat_activity WHERE query = \$q\$$sql\$q\$ AND state = 'active'")
    [ -n "$pid" ] && break
    sleep 0.05
  done
  sleep 0.5
  t0=$(date +%s%N)
  q -d $db -c "SELECT pg_${how}_backend($pid)" >/dev/null
  wait $bg
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  expect=$([ $how = cancel ] && echo 'canceling statement due to user request' || echo 'terminating connection due to administrator command')
  ok "$(grep -c "$expect" /tmp/geopol_cue.$$)" "1" "pg_${how}_backend stops the tenant's long relations()"
  ok "$([ $ms -lt 1000 ] && echo fast || echo "slow: $ms ms")" "fast" "  within a second ($ms ms)"
  rm -f /tmp/geopol_cue.$$
done
ok "$(q -d postgres -c "SELECT pg_postmaster_start_time() < now() - interval '1 second' AND count(*) >= 0 FROM pg_stat_activity")" "t" \
   "the cluster was not restarted"

q -d postgres -c "DROP DATABASE IF EXISTS $db" 2>/dev/null
q -d postgres -c "DROP ROLE IF EXISTS geopol_editor" -c "DROP ROLE IF EXISTS geopol_tenant"
