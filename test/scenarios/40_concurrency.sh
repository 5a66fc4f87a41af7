#!/bin/bash
# Two CALL geopol.refresh() at once while rows keep being inserted and
# updated: the sessions share the queue (FOR UPDATE SKIP LOCKED), every
# document is analysed exactly once (twice if it was updated), none is lost,
# and an update that lands while its document is being analysed is not lost.
set -u
. "$(dirname "$0")/lib.sh"

db=geopol_conc
mkdb() { q -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1 $2" && q -d "$1" -c "CREATE EXTENSION geopol"; }
mkdb $db ""
Q() { q -d $db "$@"; }
tmp=/tmp/geopol_conc.$$

Q -c "CREATE TABLE items (id bigserial PRIMARY KEY, body text)"
Q -c "SELECT geopol.track('items', 'body')" >/dev/null
# documents of ~2 kB, so that a batch takes a while and the sessions overlap
doc="repeat('Russia and China signed an energy agreement in Beijing. Japan condemned North Korea after the missile test. ', 20)"
Q -c "INSERT INTO items (body) SELECT $doc || g FROM generate_series(1, 400) g"

# a writer: 30 transactions of 10 inserts, and an update of an early row each
psql -X -q -d $db >$tmp.w 2>&1 <<EOF &
DO \$\$
BEGIN
  FOR i IN 1..30 LOOP
    INSERT INTO items (body) SELECT $doc || 'w' || i || '.' || g FROM generate_series(1, 10) g;
    UPDATE items SET body = 'Iran threatened Israel. Update ' || i WHERE id = i * 10;
    COMMIT;
    PERFORM pg_sleep(0.05);
  END LOOP;
END
\$\$;
EOF
writer=$!

# two refreshing sessions, each running refresh() until the writer is done
refresher() {
  while kill -0 $writer 2>/dev/null; do
    psql -X -q -d $db -c "CALL geopol.refresh(batch_size => 10)" 2>&1
    sleep 0.1
  done
}
refresher >$tmp.1 &
r1=$!
refresher >$tmp.2 &
r2=$!
wait $writer $r1 $r2
Q -c "CALL geopol.refresh()" >$tmp.3 2>&1

sum() { grep -o 'public.items: [0-9]* documents in' "$1" | awk '{s += $2} END {print s + 0}'; }
s1=$(sum $tmp.1); s2=$(sum $tmp.2); s3=$(sum $tmp.3)
ok "$(grep -c ERROR $tmp.w $tmp.1 $tmp.2 $tmp.3 | awk -F: '{s += $2} END {print s}')" "0" "no errors in the writer or the refreshing sessions"
ok "$([ "$s1" -gt 0 ] && [ "$s2" -gt 0 ] && echo both)" "both" "both sessions analysed documents ($s1 and $s2, then $s3)"
ok "$(Q -c "SELECT count(*) FROM items")" "700" "the writer inserted its rows"
ok "$(Q -c "SELECT (SELECT count(*) FROM geopol.items_docs) || '/' || ((SELECT count(*) FROM geopol.items_queue) + (SELECT count(*) FROM geopol.items_log))")" \
   "700/0" "every document analysed, nothing left queued"
ok "$(Q -c "SELECT sum(analyses) FROM geopol.items_docs")" "$((s1 + s2 + s3))" "the sessions' counts add up to the analyses done"
ok "$(Q -c "SELECT count(*) FROM geopol.items_docs WHERE analyses <> 1 AND key % 10 <> 0")" "0" "documents never updated were analysed exactly once"
ok "$(Q -c "SELECT count(*) FROM items i JOIN geopol.items_docs d ON d.key = i.id
            WHERE d.mentions <> (SELECT count(*) FROM geopol.mentions(i.body))")" \
   "0" "every document's results are those of its latest text (no update lost)"
ok "$(Q -c "SELECT count(DISTINCT key) FROM geopol.items_actors WHERE actor = 'IRN'")" "30" "the 30 updated documents have their new actors"
ok "$(Q -c "SELECT count(*) FROM (SELECT key, sentence, start_pos FROM geopol.items_mentions GROUP BY 1, 2, 3 HAVING count(*) > 1) d")" \
   "0" "no duplicated result rows"

rm -f $tmp.w $tmp.1 $tmp.2 $tmp.3
q -d postgres -c "DROP DATABASE $db"
