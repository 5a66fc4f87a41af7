#!/bin/bash
# The compiled dictionary shared through a snapshot file (pg_geopol/ under the data directory):
# what a DBA relies on is that every session sees its own database's dictionary as of its
# statement, whatever happens to the files: several databases and encodings, uncommitted and
# rolled-back edits, concurrent first calls, a damaged file, a directory that cannot be written.
set -u
. "$(dirname "$0")/lib.sh"
U=geopol_snap_utf8
L=geopol_snap_latin1
for db in $U $L; do q -d postgres -c "DROP DATABASE IF EXISTS $db"; done
q -d postgres -c "CREATE DATABASE $U TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'"
q -d postgres -c "CREATE DATABASE $L TEMPLATE template0 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C'"
for db in $U $L; do q -d "$db" -c "SET client_min_messages = warning; CREATE EXTENSION geopol CASCADE"; done
DIR="$(q -d postgres -c 'SHOW data_directory')/pg_geopol"
UOID=$(q -d postgres -c "SELECT oid FROM pg_database WHERE datname = '$U'")
LOID=$(q -d postgres -c "SELECT oid FROM pg_database WHERE datname = '$L'")
# snapshot files of these two databases
files() { ls "$DIR" | grep -cE "^db($UOID|$LOID)_.*\.snap$"; }
zembla="INSERT INTO geopol.actor (code, name, kind) VALUES ('ZEM', 'Zembla', 'state');
        INSERT INTO geopol.alias (alias, actor, entity, kind) VALUES ('Zembla', 'ZEM', 'Zembla', 'state')"
probe="SELECT string_agg(coalesce(actor, country), ',' ORDER BY start_pos) FROM geopol.mentions('Zembla, São Paulo and Bogotá.')"

ok "$(q -d $U -c "SELECT source FROM geopol.dictionary_snapshot()")" "shared snapshot, compiled and stored by this session" \
  "the first session of a database compiles the dictionary and stores it"
ok "$(q -d $U -c "SELECT source FROM geopol.dictionary_snapshot()")" "shared snapshot, mapped" "the next session maps it"
q -d $U -c "$zembla"
ok "$(q -d $U -c "$probe")" "ZEM,BRA,COL" "a database's own names (UTF8)"
ok "$(PGCLIENTENCODING=UTF8 q -d $L -c "$probe")" "BRA,COL" "another database has another dictionary (LATIN1, non-ASCII names found)"
ok "$(q -d $L -c "SELECT source FROM geopol.dictionary_snapshot()")" "shared snapshot, mapped" "  and shares it too"
if [ -d "$DIR" ]; then
  ok "$(files)" "2" "one snapshot file per database, the superseded version removed"
fi

# an edit not yet committed: its session sees it (compiled privately), nobody else does, nothing
# is stored for it, and after ROLLBACK it is gone for everybody
fifo=$(mktemp -u); mkfifo "$fifo"; out=$(mktemp)
psql -X -A -t -q -d $U <"$fifo" >"$out" 2>&1 &
apid=$!
exec 7>"$fifo"
# each answer is a new line of output: wait for it (up to 20 s on a busy machine)
ask() {
  local before
  before=$(wc -l < "$out")
  echo "$1" >&7
  for i in $(seq 200); do [ "$(wc -l < "$out")" -gt "$before" ] && break; sleep 0.1; done
  tail -n 1 "$out"
}
ask "BEGIN;" >/dev/null
ask "INSERT INTO geopol.alias (alias, actor, entity, kind) VALUES ('Zemblania', 'ZEM', 'Zembla', 'state');" >/dev/null
ok "$(ask "SELECT count(*) FROM geopol.mentions('Zemblania');")" "1" "an uncommitted edit: its own session sees it"
ok "$(ask "SELECT source FROM geopol.dictionary_snapshot();")" "compiled by this session" "  from a private compile"
ok "$(q -d $U -c "SELECT count(*) FROM geopol.mentions('Zemblania')")" "0" "  another session does not"
ask "ROLLBACK;" >/dev/null
ok "$(ask "SELECT count(*) FROM geopol.mentions('Zemblania');")" "0" "after ROLLBACK its session no longer does"
ok "$(ask "SELECT source FROM geopol.dictionary_snapshot();")" "shared snapshot, mapped" "  and maps the shared snapshot again"
exec 7>&-
wait $apid 2>/dev/null
rm -f "$fifo" "$out"

# concurrent first calls after an edit: all right, one of them builds
q -d $U -c "DELETE FROM geopol.alias WHERE alias = 'Zembla'"
pids=""
for i in 1 2 3 4 5 6; do
  q -d $U -c "SELECT count(*) || ':' || (SELECT source FROM geopol.dictionary_snapshot()) FROM geopol.mentions('Zembla met Russia.')" >"/tmp/geopol_snap_$$_$i" 2>&1 &
  pids="$pids $!"
done
wait $pids
ok "$(cat /tmp/geopol_snap_$$_* | cut -d: -f1 | sort -u | tr '\n' ' ')" "1 " "six concurrent first calls after an edit all see it"
ok "$(cat /tmp/geopol_snap_$$_* | grep -c 'compiled and stored')" "1" "  and one of them built the snapshot"
rm -f /tmp/geopol_snap_$$_*

if [ -d "$DIR" ] && [ -w "$DIR" ]; then
  # a damaged file (garbage in its header, or cut short) is not used
  for x in "$DIR"/db${UOID}_v*.snap; do printf 'garbage' | dd of="$x" bs=1 seek=0 conv=notrunc status=none; done
  ok "$(q -d $U -c "$probe")" "BRA,COL" "a snapshot file with a damaged header is not used"
  for x in "$DIR"/db${UOID}_v*.snap; do truncate -s 100000 "$x"; done
  ok "$(q -d $U -c "$probe")" "BRA,COL" "a snapshot file cut short is not used"
  # damage past the header is not looked for (that would read every page): it gives no crash
  rm -f "$DIR"/db${UOID}_v*.snap
  q -d $U -c "$probe" >/dev/null
  for x in "$DIR"/db${UOID}_v*.snap; do
    head -c 2000000 /dev/urandom | dd of="$x" bs=100000 seek=1 iflag=fullblock conv=notrunc status=none
  done
  q -d postgres -c "SELECT pg_sleep(2)" >/dev/null 2>&1 &
  watcher=$!
  sleep 0.3
  q -d $U -c "$probe" >/dev/null 2>&1
  q -d $U -c "SELECT count(*) FROM geopol.mentions('The Russian Federation and the People''s Republic of China met in São Paulo.')" >/dev/null 2>&1
  wait $watcher
  ok "$?" "0" "a snapshot damaged past its header crashes no backend (another session lives on)"
  rm -f "$DIR"/db${UOID}_v*.snap
  ok "$(q -d $U -c "$probe")" "BRA,COL" "removed, it is built again"
  ok "$(q -d $U -c "SELECT source FROM geopol.dictionary_snapshot()")" "shared snapshot, mapped" "  but built again"
  # a directory that cannot be written (as a full disk): a WARNING, and the same results
  owner=$(stat -c %U "$DIR")
  rm -f "$DIR"/db${UOID}_v*.snap
  chmod 500 "$DIR"
  if [ "$(id -un)" != "$owner" ] || [ ! -w "$DIR" ]; then
    res=$(psql -X -A -t -q -d $U -c "$probe" 2>&1)
    ok "$(grep -c 'WARNING:  could not create the shared geopol dictionary snapshot' <<<"$res")" "1" \
      "a snapshot that cannot be stored: a WARNING"
    ok "$(tail -n 1 <<<"$res")" "BRA,COL" "  and the same results from a private compile"
  fi
  chmod 700 "$DIR"
fi

for db in $U $L; do q -d postgres -c "DROP DATABASE $db"; done
# the dropped databases' snapshots go when the next snapshot is stored
q -d postgres -c "DROP DATABASE IF EXISTS geopol_snap_next" -c "CREATE DATABASE geopol_snap_next"
q -d geopol_snap_next -c "SET client_min_messages = warning; CREATE EXTENSION geopol CASCADE"
q -d geopol_snap_next -c "SELECT count(*) FROM geopol.mentions('Russia')" >/dev/null
if [ -d "$DIR" ]; then
  ok "$(files)" "0" "snapshots of dropped databases are removed"
fi
q -d postgres -c "DROP DATABASE geopol_snap_next"
