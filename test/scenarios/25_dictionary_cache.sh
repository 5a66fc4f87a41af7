#!/bin/bash
# A user who INSERTs an alias sees it in the next statement of every session:
# another session that compiled the dictionary before the change sees it too,
# and sees it gone after the DELETE.
set -u
. "$(dirname "$0")/lib.sh"
DB="${SCENARIO_DB:-geopol_scenarios}"
q -d "$DB" -c "CREATE EXTENSION IF NOT EXISTS geopol"
q -d "$DB" -c "DELETE FROM geopol.alias WHERE alias = 'Zembla'; DELETE FROM geopol.actor WHERE code = 'ZEM'"

# session B: a long-lived psql fed through a fifo
fifo=$(mktemp -u); mkfifo "$fifo"; out=$(mktemp)
psql -X -A -t -q -d "$DB" <"$fifo" >"$out" 2>&1 &
bpid=$!
exec 7>"$fifo"
# each answer is a new line of output: wait for it (up to 20 s on a busy machine)
ask() {
  local before
  before=$(wc -l < "$out")
  echo "$1" >&7
  for i in $(seq 200); do [ "$(wc -l < "$out")" -gt "$before" ] && break; sleep 0.1; done
  tail -n 1 "$out"
}

ok "$(ask "SELECT count(*) FROM geopol.mentions('Zembla is far.');")" "0" "session B: no Zembla before"
q -d "$DB" -c "INSERT INTO geopol.actor (code, name, kind) VALUES ('ZEM', 'Zembla', 'state'); INSERT INTO geopol.alias (alias, actor, entity, kind) VALUES ('Zembla', 'ZEM', 'Zembla', 'state')"
ok "$(ask "SELECT string_agg(actor, ',') FROM geopol.mentions('Zembla is far.');")" "ZEM" "session B sees session A's new alias at its next statement"
ok "$(q -d "$DB" -c "SELECT string_agg(actor, ',') FROM geopol.mentions('Zembla is far.')")" "ZEM" "a new session sees it"
q -d "$DB" -c "DELETE FROM geopol.alias WHERE alias = 'Zembla'; DELETE FROM geopol.actor WHERE code = 'ZEM'"
ok "$(ask "SELECT count(*) FROM geopol.mentions('Zembla is far.');")" "0" "session B sees the delete"

# cold start of the default dictionary in a fresh session (printed, not asserted: timing)
ms=$(q -d "$DB" -c "SELECT round(compile_ms::numeric, 1) FROM geopol.dictionary_stats()")
echo "# cold compile of the default dictionary in a new session: ${ms} ms"
ok "$(q -d "$DB" -c "SELECT names > 10000 AND memory_bytes > 0 FROM geopol.dictionary_stats()")" "t" "a fresh session compiles the default dictionary"

# parallel workers find the dictionary as any backend does (they map the shared snapshot)
ok "$(q -d "$DB" -c "SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0; SET max_parallel_workers_per_gather = 2; CREATE TEMP TABLE par AS SELECT g, 'Russia and China met in Moscow.' AS body FROM generate_series(1, 20000) g; ANALYZE par; SELECT count(*) FROM par, LATERAL geopol.mentions(body) m WHERE m.actor = 'RUS'")" "40000" "mentions in parallel workers"

exec 7>&-
wait $bpid 2>/dev/null
rm -f "$fifo" "$out"
