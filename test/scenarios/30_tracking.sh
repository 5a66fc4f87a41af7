#!/bin/bash
# geopol.track() end to end: triggers queue inserts, updates and deletes,
# CALL geopol.refresh() analyses each queued document once; a document whose
# analysis fails (invalid UTF-8 in a SQL_ASCII database) is recorded in
# geopol.failure and skipped; a refresh cancelled half-way keeps the batches
# it committed and loses nothing, and a rerun completes the rest.
set -u
. "$(dirname "$0")/lib.sh"

db=geopol_track
mkdb() { q -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1 $2" && q -d "$1" -c "CREATE EXTENSION geopol"; }
mkdb $db "TEMPLATE template0 ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C'"
Q() { q -d $db "$@"; }

Q -c "CREATE TABLE news (id bigint PRIMARY KEY, body text, published timestamptz)"
Q -c "INSERT INTO news SELECT g, CASE g % 3
        WHEN 0 THEN 'Russia and China signed an energy agreement in Beijing.'
        WHEN 1 THEN 'Japan condemned North Korea after the missile test.'
        ELSE 'France and Germany met in Paris to discuss trade.' END,
      timestamptz '2024-01-01 12:00+00' + g * interval '1 day'
      FROM generate_series(1, 20) g"
ok "$(Q -c "SELECT geopol.track('news', 'body', date_column => 'published')")" "20" "track() queues the existing rows"
ok "$(Q -c "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'geopol.news_docs'::regclass AND attname = 'key'")" \
   "bigint" "results are keyed in the source's key type"

# a document geopol refuses: invalid UTF-8 in a SQL_ASCII database
Q -c "INSERT INTO news VALUES (21, convert_from('\\x5a fc 72 69 63 68 20 61 6e 64 20 52 75 73 73 69 61'::bytea, 'SQL_ASCII'), now())"
ok "$(Q -c "SELECT pending FROM geopol.status WHERE source = 'news'::regclass")" "21" "the insert is queued by the trigger"
out=$(Q -c "CALL geopol.refresh(batch_size => 6)" 2>&1)
ok "$(grep -c 'NOTICE:  geopol.refresh public.news: [0-9]*/21 documents, [0-9]* docs/s, about [0-9.]* s left' <<<"$out")" "4" "refresh reports progress per batch"
ok "$(Q -c "SELECT documents || '/' || pending || '/' || failed FROM geopol.status WHERE source = 'news'::regclass")" \
   "20/0/1" "20 documents analysed, none pending, one failed"
ok "$(Q -c "SELECT key || ' ' || sqlstate || ' ' || message FROM geopol.failure")" \
   "21 22021 text is not valid UTF-8" "the failing document is recorded with its error"
ok "$(Q -c "SELECT count(*) FROM geopol.news_docs WHERE key = 21")" "0" "and has no results"
ok "$(Q -c "SELECT count(*) || '/' || max(analyses) FROM geopol.news_docs d JOIN news n ON n.id = d.key")" \
   "20/1" "every other document analysed once, joined back on the key"
ok "$(Q -c "SELECT count(*) FROM news n JOIN geopol.news_docs d ON d.key = n.id
            WHERE d.doc_date <> (n.published AT TIME ZONE 'UTC')::date
               OR d.mentions <> (SELECT count(*) FROM geopol.mentions(n.body))
               OR d.relations <> (SELECT count(*) FROM geopol.relations(n.body))")" \
   "0" "stored results match the analysis functions"

# changes: update, delete, fix the failing document, a no-op update
Q -c "UPDATE news SET body = 'Iran threatened Israel with retaliation.' WHERE id = 1"
Q -c "DELETE FROM news WHERE id = 2"
Q -c "UPDATE news SET body = 'Zurich and Russia' WHERE id = 21"
Q -c "UPDATE news SET published = published WHERE id = 3"
ok "$(Q -c "SELECT string_agg(key::text, ',' ORDER BY key) FROM (SELECT key FROM geopol.news_queue UNION SELECT unnest(keys) FROM geopol.news_log) k")" "1,2,21" "updates and deletes are queued, no-op updates are not"
Q -c "CALL geopol.refresh()" >/dev/null 2>&1
ok "$(Q -c "SELECT string_agg(actor, ',' ORDER BY actor) FROM geopol.news_actors WHERE key = 1")" "IRN,ISR" "an updated document is analysed again"
ok "$(Q -c "SELECT analyses FROM geopol.news_docs WHERE key = 1")" "2" "  (its second analysis)"
ok "$(Q -c "SELECT (SELECT count(*) FROM geopol.news_docs WHERE key = 2) + (SELECT count(*) FROM geopol.news_mentions WHERE key = 2)")" \
   "0" "a deleted document's results are deleted"
ok "$(Q -c "SELECT (SELECT count(*) FROM geopol.failure) || '/' || (SELECT count(*) FROM geopol.news_docs WHERE key = 21)")" \
   "0/1" "a fixed document leaves geopol.failure"

# cancel a long refresh: committed batches stay, nothing is lost or done twice
Q -c "INSERT INTO news SELECT 1000 + g, repeat('Russia and China signed an energy agreement in Beijing. Japan condemned North Korea after the missile test. ', 40) || g, now()
      FROM generate_series(1, 3000) g"
psql -X -q -d $db -c "CALL geopol.refresh(batch_size => 20)" >/tmp/geopol_track.$$ 2>&1 &
bg=$!
for i in $(seq 1 300); do
  done_=$(Q -c "SELECT count(*) FROM geopol.news_docs WHERE key > 1000")
  [ "$done_" -gt 0 ] && break
  sleep 0.05
done
pid=$(Q -c "SELECT pid FROM pg_stat_activity WHERE datname = '$db' AND query LIKE 'CALL geopol.refresh(batch_size => 20)%' AND pid <> pg_backend_pid()")
Q -c "SELECT pg_cancel_backend($pid)" >/dev/null
wait $bg
ok "$(grep -c 'canceling statement due to user request' /tmp/geopol_track.$$)" "1" "refresh is cancelled mid-way"
rm -f /tmp/geopol_track.$$
ok "$(Q -c "SELECT (SELECT count(*) FROM geopol.news_docs WHERE key > 1000) BETWEEN 20 AND 2999")" "t" "the committed batches are kept"
ok "$(Q -c "SELECT (SELECT count(*) FROM geopol.news_docs WHERE key > 1000) + (SELECT count(*) FROM geopol.news_queue) + (SELECT coalesce(sum(cardinality(keys)), 0) FROM geopol.news_log)")" \
   "3000" "every other document is still queued"
Q -c "CALL geopol.refresh(batch_size => 100)" >/dev/null 2>&1
ok "$(Q -c "SELECT count(*) || '/' || max(analyses) || '/' || (SELECT count(*) FROM geopol.news_queue) + (SELECT count(*) FROM geopol.news_log) FROM geopol.news_docs WHERE key > 1000")" \
   "3000/1/0" "a rerun completes: each document analysed exactly once"

# truncate empties the results; untrack drops everything
Q -c "TRUNCATE news"
ok "$(Q -c "SELECT documents || '/' || pending FROM geopol.status")" "0/0" "TRUNCATE empties results and queue"
Q -c "SELECT geopol.untrack('news')" >/dev/null
ok "$(Q -c "SELECT (SELECT count(*) FROM geopol.tracked) + (SELECT count(*) FROM pg_class WHERE relnamespace = 'geopol'::regnamespace AND relname LIKE 'news%') + (SELECT count(*) FROM pg_trigger WHERE tgrelid = 'news'::regclass)")" \
   "0" "untrack drops result tables, queue, view and triggers"

q -d postgres -c "DROP DATABASE $db"
