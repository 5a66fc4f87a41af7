#!/bin/bash
# Hostile input: analyze() past the size of a jsonb value says so (no allocation failure), and
# long text without a sentence end is cancelled within a second, the session working after.
set -u
. "$(dirname "$0")/lib.sh"
DB="${SCENARIO_DB:-geopol_scenarios}"
q -d "$DB" -c "CREATE EXTENSION IF NOT EXISTS geopol"

# ~1.3 MB of sentences cut at 64 kB, each with hundreds of relations that quote it as evidence:
# the jsonb would pass 256 MB
out=$(q -d "$DB" <<'SQL'
CREATE FUNCTION pg_temp.analyze_error(doc text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE st text; msg text; hint text;
BEGIN
    PERFORM geopol.analyze(doc);
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, hint = PG_EXCEPTION_HINT;
    RETURN st || '|' || msg || '|' || hint;
END $$;
SELECT pg_temp.analyze_error(repeat(
    'Russia, China, Japan, India, France, Iran, Germany and Brazil cooperated, '
    'Russia, China, Japan, India, France, Iran, Germany and Brazil met, '
    'Russia, China, Japan, India, France, Iran, Germany and Brazil protested, '
    'Russia, China, Japan, India, France, Iran, Germany and Brazil clashed, ', 4500));
SQL
)
IFS='|' read -r state msg hint <<<"$out"
ok "$state" "54000" "analyze() past the jsonb limit: program_limit_exceeded"
ok "$msg" "the analysis of this document exceeds the maximum size of a jsonb value" "the message says what happened"
ok "$(grep -c 'geopol.mentions() and geopol.relations()' <<<"$hint")$(grep -c 'geopol.track()' <<<"$hint")" "11" \
   "the hint names the row functions and track()"
ok "$(q -d "$DB" -c "SELECT jsonb_array_length(geopol.analyze('Russia and China met.') -> 'mentions')")" "2" \
   "the session analyses again"

# cancel within a second: relations() and analyze() on 100 MB and 50 MB without a sentence end
for call in "relations|SELECT count(*) FROM geopol.relations(repeat('Russia accused China of aggression and Japan denied ', 2000000))" \
            "analyze|SELECT pg_column_size(geopol.analyze(repeat('Russia accused China of aggression and Japan denied ', 1000000)))"; do
  IFS='|' read -r f sql <<<"$call"
  psql -X -q -d "$DB" -c "$sql" >/tmp/geopol_limits.$$ 2>&1 &
  bg=$!
  pid=""
  for i in $(seq 1 100); do
    pid=$(q -d "$DB" -c "SELECT pid FROM pg_stat_activity WHERE query = \$q\$$sql\$q\$ AND state = 'active'")
    [ -n "$pid" ] && break
    sleep 0.05
  done
  sleep 0.3
  t0=$(date +%s%N)
  q -d "$DB" -c "SELECT pg_cancel_backend($pid)" >/dev/null
  wait $bg
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  ok "$(grep -c 'canceling statement due to user request' /tmp/geopol_limits.$$)" "1" "pg_cancel_backend cancels $f() on text without a sentence end"
  ok "$([ $ms -lt 1000 ] && echo fast || echo "slow: $ms ms")" "fast" "cancelled within a second ($ms ms)"
  rm -f /tmp/geopol_limits.$$
done
