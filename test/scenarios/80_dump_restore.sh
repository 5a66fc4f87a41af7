#!/bin/bash
# pg_dump and restore of a database with a tracked table: the tracking comes
# back with the data (geopol.tracked, the results, the queue triggers), new
# rows are queued and analysed, and the views answer as before.
set -u
. "$(dirname "$0")/lib.sh"

src=geopol_dump_src
dst=geopol_dump_dst
for d in $src $dst; do q -d postgres -c "DROP DATABASE IF EXISTS $d" 2>/dev/null; done
q -d postgres -c "CREATE DATABASE $src"
q -d $src -c "CREATE EXTENSION geopol"
q -d $src -c "CREATE TABLE wire (id int PRIMARY KEY, body text, filed date)"
q -d $src -c "INSERT INTO wire VALUES (1, 'Russia and China signed an energy agreement in Beijing.', '2024-01-05'),
                                      (2, 'Japan condemned North Korea after the missile test.', '2024-02-10')"
q -d $src -c "SELECT geopol.track('wire', 'body', date_column => 'filed')" >/dev/null
q -d $src -c "CALL geopol.refresh()" 2>/dev/null
# one row written after the refresh: its key waits in the log
q -d $src -c "INSERT INTO wire VALUES (3, 'France and Germany met in Paris to discuss trade.', '2024-03-01')"
before=$(q -d $src -c "SELECT string_agg(source || '>' || target, ' ' ORDER BY source, target) FROM geopol.doc_relations")

dump=$(mktemp)
# (pg_dump warns of the self-referencing keys of geopol.actor and geopol.topic:
# harmless in a full dump, where the data comes before the constraints)
pg_dump -d $src -f "$dump" 2>/dev/null
ok "$?" "0" "pg_dump of a database with a tracked table"
q -d postgres -c "CREATE DATABASE $dst"
psql -X -q -v ON_ERROR_STOP=1 -d $dst -f "$dump" >/dev/null 2>&1
ok "$?" "0" "the dump restores without error"
rm -f "$dump"

ok "$(q -d $dst -c "SELECT source::text || ' ' || documents || ' ' || pending FROM geopol.status")" "wire 2 1" \
   "the restored database knows the tracked table, its results and its pending key"
q -d $dst -c "INSERT INTO wire VALUES (4, 'Iran threatened Israel with retaliation.', '2024-03-05')"
ok "$(q -d $dst -c "SELECT pending FROM geopol.status")" "2" "a row inserted after the restore is queued"
q -d $dst -c "CALL geopol.refresh()" 2>/dev/null
ok "$(q -d $dst -c "SELECT documents || ' ' || pending FROM geopol.status")" "4 0" "refresh analyses both"
ok "$(q -d $dst -c "SELECT string_agg(source || '>' || target, ' ' ORDER BY source, target) FROM geopol.doc_relations WHERE key IN ('1', '2')")" \
   "$before" "the views give the restored results"
q -d $dst -c "UPDATE wire SET body = 'Chile and Peru signed a trade deal.' WHERE id = 1"
q -d $dst -c "DELETE FROM wire WHERE id = 2"
q -d $dst -c "CALL geopol.refresh()" 2>/dev/null
ok "$(q -d $dst -c "SELECT string_agg(key::text || ':' || actor, ' ' ORDER BY key, actor) FROM geopol.wire_actors WHERE key IN (1, 2)")" \
   "1:CHL 1:PER" "updates and deletes are followed after the restore"

for d in $src $dst; do q -d postgres -c "DROP DATABASE IF EXISTS $d"; done
