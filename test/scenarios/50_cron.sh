#!/bin/bash
# pg_cron keeps a tracked table analysed: the job
#   SELECT cron.schedule('geopol', '* * * * *', 'CALL geopol.refresh()')
# in database postgres (cron.database_name) analyses rows inserted after it was
# scheduled within a minute or so.  Skipped when pg_cron is not preloaded.
set -u
. "$(dirname "$0")/lib.sh"

if ! q -d postgres -c "SHOW shared_preload_libraries" | grep -qw pg_cron ||
   [ "$(q -d postgres -c "SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_cron'")" != 1 ]; then
  echo "ok 1 # SKIP pg_cron not preloaded"
  exit 0
fi
if [ "$(q -d postgres -c "SELECT current_setting('cron.database_name', true)")" != postgres ]; then
  echo "ok 1 # SKIP pg_cron runs jobs in another database than postgres (cron.database_name)"
  exit 0
fi

Q() { q -d postgres "$@"; }
Q -c "CREATE EXTENSION IF NOT EXISTS pg_cron"
Q -c "CREATE EXTENSION IF NOT EXISTS geopol"
Q -c "SELECT cron.unschedule(jobid) FROM cron.job WHERE jobname = 'geopol'" >/dev/null
Q -c "DROP TABLE IF EXISTS geopol_cron_news" 2>/dev/null
Q -c "CREATE TABLE geopol_cron_news (id int PRIMARY KEY, body text, published date)"
ok "$(Q -c "SELECT geopol.track('geopol_cron_news', 'body', date_column => 'published')")" "0" "an empty table is tracked"

jobid=$(Q -c "SELECT cron.schedule('geopol', '* * * * *', 'CALL geopol.refresh()')")
# pg_cron connects to cron.host (localhost over TCP by default), where a test
# cluster asks for a password the server does not have; run the job over the
# Unix socket instead (peer or trust authentication)
sock=$(Q -c "SELECT split_part(current_setting('unix_socket_directories'), ',', 1)")
if [ -n "$sock" ]; then
  Q -c "UPDATE cron.job SET nodename = '$sock' WHERE jobid = $jobid"
fi
ok "$(Q -c "SELECT count(*) FROM cron.job WHERE jobname = 'geopol' AND command = 'CALL geopol.refresh()' AND active")" "1" "the job is scheduled"

Q -c "INSERT INTO geopol_cron_news VALUES
        (1, 'Russia and China signed an energy agreement in Beijing.', '2024-05-01'),
        (2, 'Japan condemned North Korea after the missile test.', '2024-05-02'),
        (3, 'France and Germany met in Paris to discuss trade.', '2024-05-03')"
ok "$(Q -c "SELECT pending FROM geopol.status WHERE source = 'geopol_cron_news'::regclass")" "3" "rows inserted after scheduling are queued"

state=""
for i in $(seq 1 40); do
  state=$(Q -c "SELECT documents || '/' || pending FROM geopol.status WHERE source = 'geopol_cron_news'::regclass")
  [ "$state" = "3/0" ] && break
  sleep 2
done
ok "$state" "3/0" "the cron job analysed them (waited $((i * 2)) s at most)"
if [ "$state" != "3/0" ]; then
  Q -c "SELECT '#   job run: ' || status || ': ' || coalesce(return_message, '') FROM cron.job_run_details WHERE jobid = $jobid ORDER BY start_time DESC LIMIT 3"
fi
ok "$(Q -c "SELECT status FROM cron.job_run_details WHERE jobid = $jobid AND status <> 'running' ORDER BY start_time DESC LIMIT 1")" \
   "succeeded" "the job run succeeded"
ok "$(Q -c "SELECT bool_or(source = 'RUS' AND target = 'CHN') AND bool_or(source = 'JPN' AND target = 'PRK') FROM geopol.dyad_summary WHERE month = '2024-05-01'")" \
   "t" "and the views answer from the results"

Q -c "SELECT cron.unschedule($jobid)" >/dev/null
Q -c "SELECT geopol.untrack('geopol_cron_news')" >/dev/null
Q -c "DROP TABLE geopol_cron_news"
