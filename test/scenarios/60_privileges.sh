#!/bin/bash
# Results contain source text: a role that cannot SELECT a tracked table reads
# nothing of its results, through the result tables or any geopol view or
# function, and cannot track, untrack or refresh it.  A role granted SELECT
# sees them at once (and no more once revoked).  Only the owner can track.
set -u
. "$(dirname "$0")/lib.sh"

db=geopol_priv
mkdb() { q -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1 $2" && q -d "$1" -c "CREATE EXTENSION geopol"; }
mkdb $db ""
for r in geopol_owner geopol_reader geopol_friend; do
  q -d postgres -c "DROP ROLE IF EXISTS $r" -c "CREATE ROLE $r"
done
Q() { q -d $db "$@"; }
as() { local r=$1; shift; q -d $db -c "SET SESSION AUTHORIZATION $r" "$@"; }
err() { local r=$1; shift; q -d $db -c "SET SESSION AUTHORIZATION $r" "$@" 2>&1 | grep -o 'ERROR: .*' | head -1; }

Q -c "GRANT CREATE ON SCHEMA public TO geopol_owner"
as geopol_owner -c "CREATE TABLE secret (id int PRIMARY KEY, body text, published date)" \
  -c "INSERT INTO secret VALUES (1, 'Russia and China signed an energy agreement in Beijing.', '2024-01-05'),
                               (2, 'Japan condemned North Korea after the missile test.', '2024-02-10')"

# tracking is the owner's business
ok "$(err geopol_reader -c "SELECT geopol.track('secret', 'body')")" \
   "ERROR:  must be owner of table public.secret to track it" "a role without rights cannot track"
ok "$(as geopol_owner -c "SELECT geopol.track('secret', 'body', date_column => 'published')")" "2" "the owner (not a superuser) can"
as geopol_owner -c "CALL geopol.refresh()" >/dev/null 2>&1
ok "$(as geopol_owner -c "SELECT documents FROM geopol.status")" "2" "the owner can refresh"
ok "$(Q -c "SELECT string_agg(DISTINCT p.proowner::regrole::text, ',') FROM pg_proc p WHERE p.proname LIKE 'secret\_%'")" \
   "geopol_owner" "the trigger functions are the table owner's"
ok "$(err geopol_owner -c "DROP TABLE geopol.secret_docs CASCADE")" \
   "ERROR:  must be owner of table secret_docs" "the result tables are not: the owner cannot drop them (nor the extension with them)"
ok "$(err geopol_owner -c "DROP VIEW geopol.secret_mentions CASCADE")" \
   "ERROR:  must be owner of view secret_mentions" "nor the result views"

# a role without SELECT on the source sees nothing
ok "$(err geopol_reader -c "SELECT count(*) FROM secret")" "ERROR:  permission denied for table secret" "the reader cannot read the source"
ok "$(as geopol_reader -c "SELECT (SELECT count(*) FROM geopol.secret_docs) + (SELECT count(*) FROM geopol.secret_mentions)
                              + (SELECT count(*) FROM geopol.secret_relations) + (SELECT count(*) FROM geopol.secret_topics)
                              + (SELECT count(*) FROM geopol.secret_queue) + (SELECT count(*) FROM geopol.secret_log)
                              + (SELECT count(*) FROM geopol.secret_actors)")" \
   "0" "nor its result tables and per-table view"
ok "$(as geopol_reader -c "SELECT (SELECT count(*) FROM geopol.documents) + (SELECT count(*) FROM geopol.doc_mentions)
                              + (SELECT count(*) FROM geopol.doc_relations) + (SELECT count(*) FROM geopol.doc_topics)
                              + (SELECT count(*) FROM geopol.doc_actors) + (SELECT count(*) FROM geopol.dyad_summary)
                              + (SELECT count(*) FROM geopol.actor_summary) + (SELECT count(*) FROM geopol.topic_trends)
                              + (SELECT count(*) FROM geopol.events_between('RUS', 'CHN'))")" \
   "0" "nor the cross-table views and events_between()"
ok "$(as geopol_reader -c "SELECT geopol.dyad_graph() LIKE '%->%'")" "f" "dyad_graph() draws no edge from it"
ok "$(as geopol_reader -c "SELECT coalesce(documents::text, 'hidden') FROM geopol.status")" "hidden" "status hides its counts"
ok "$(as geopol_reader -c "CREATE FUNCTION pg_temp.leak(text) RETURNS boolean LANGUAGE plpgsql COST 0.0001 AS
                                'BEGIN RAISE NOTICE ''leaked: %'', \$1; RETURN true; END'" \
          -c "SELECT count(*) FROM geopol.doc_mentions WHERE pg_temp.leak(surface)" 2>&1 | grep -c leaked)" \
   "0" "a leaky function in WHERE sees no row (row-level security comes first)"

# nor can it change anything
ok "$(err geopol_reader -c "SELECT geopol.untrack('secret')")" \
   "ERROR:  must be owner of table public.secret to untrack it" "the reader cannot untrack"
ok "$(err geopol_reader -c "SELECT geopol._untrack('secret')")" \
   "ERROR:  must be owner of table public.secret to untrack it" "  not even through the internal function"
ok "$(err geopol_reader -c "SELECT geopol._track('secret', 'body', NULL, NULL)")" \
   "ERROR:  must be owner of table public.secret to track it" "  (nor track through it)"
ok "$(err geopol_reader -c "CALL geopol.refresh('secret')")" \
   "ERROR:  must be owner of table public.secret to refresh it" "the reader cannot refresh it"
ok "$(err geopol_reader -c "DELETE FROM geopol.secret_docs")" \
   "ERROR:  permission denied for table secret_docs" "nor write its results"
ok "$(err geopol_reader -c "INSERT INTO geopol.secret_queue VALUES (1)")" \
   "ERROR:  permission denied for table secret_queue" "nor its queue"
ok "$(err geopol_reader -c "UPDATE geopol.tracked SET text_column = 'x'")" \
   "ERROR:  permission denied for table tracked" "nor the registry"
ok "$(as geopol_reader -c "WITH u AS (UPDATE geopol.tracked SET last_refresh = NULL RETURNING 1) SELECT count(*) FROM u")" \
   "0" "  (not even its last_refresh)"
ok "$(q -d $db -c "SET ROLE geopol_reader" -c "SELECT geopol.untrack('secret')" 2>&1 | grep -o 'ERROR: .*')" \
   "ERROR:  must be owner of table public.secret to untrack it" "SET ROLE to it from a superuser session is refused too"

# granted SELECT: sees the results at once; revoked: sees nothing again
as geopol_owner -c "GRANT SELECT, INSERT ON secret TO geopol_friend"
ok "$(as geopol_friend -c "SELECT count(*) FROM geopol.doc_actors WHERE key = '1'")" "2" "a role granted SELECT reads the results"
ok "$(as geopol_friend -c "SELECT bool_or(source = 'RUS' AND target = 'CHN') FROM geopol.events_between('Russia', 'China')")" \
   "t" "  and asks the views its questions"
ok "$(as geopol_friend -c "INSERT INTO secret VALUES (3, 'France and Germany met in Paris.', '2024-03-01')" -c "SELECT documents || '/' || pending FROM geopol.status")" \
   "2/1" "a writer without rights on the queue queues its rows (trigger runs as the owner)"
ok "$(err geopol_friend -c "CALL geopol.refresh('secret')")" \
   "ERROR:  must be owner of table public.secret to refresh it" "  but only the owner refreshes"
Q -c "CALL geopol.refresh()" >/dev/null 2>&1
ok "$(Q -c "SELECT documents FROM geopol.status")" "3" "a superuser's refresh (as pg_cron runs it) works, as the owner"
as geopol_owner -c "REVOKE SELECT ON secret FROM geopol_friend"
ok "$(as geopol_friend -c "SELECT count(*) FROM geopol.doc_actors")" "0" "once SELECT is revoked, nothing"

# untrack: the owner only
as geopol_owner -c "SELECT geopol.untrack('secret')" >/dev/null
ok "$(Q -c "SELECT count(*) FROM geopol.tracked")" "0" "the owner can untrack"

q -d postgres -c "DROP DATABASE $db"
for r in geopol_owner geopol_reader geopol_friend; do q -d postgres -c "DROP ROLE $r"; done
