#!/bin/bash
# pg_cancel_backend stops a long geopol call within a fraction of a second,
# and the session works afterwards.
set -u
. "$(dirname "$0")/lib.sh"
DB="${SCENARIO_DB:-geopol_scenarios}"
q -d "$DB" -c "CREATE EXTENSION IF NOT EXISTS geopol"
# a ~40 MB document analysed in one call
psql -X -q -d "$DB" -c "SELECT count(*) FROM geopol.tokens(repeat('Russia and China signed a long-term energy deal in Beijing. ', 700000))" >/tmp/geopol_cancel.$$ 2>&1 &
bg=$!
pid=""
for i in $(seq 1 100); do
  pid=$(q -d "$DB" -c "SELECT pid FROM pg_stat_activity WHERE query LIKE 'SELECT count(*) FROM geopol.tokens(repeat%' AND state = 'active' AND pid <> pg_backend_pid()")
  [ -n "$pid" ] && break
  sleep 0.05
done
sleep 0.5
t0=$(date +%s%N)
q -d "$DB" -c "SELECT pg_cancel_backend($pid)" >/dev/null
wait $bg
t1=$(date +%s%N)
ms=$(( (t1 - t0) / 1000000 ))
ok "$(grep -c 'canceling statement due to user request' /tmp/geopol_cancel.$$)" "1" "pg_cancel_backend cancels a long tokens() call"
ok "$([ $ms -lt 1000 ] && echo fast || echo "slow: $ms ms")" "fast" "cancelled within a second ($ms ms)"
rm -f /tmp/geopol_cancel.$$
ok "$(q -d "$DB" -c "SELECT count(*) FROM geopol.tokens('after the cancel')")" "3" "the backend works after a cancel"
