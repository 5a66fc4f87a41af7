#!/bin/bash
# Finding: silent drift.  Rows written with the queue triggers off
# (ALTER TABLE ... DISABLE TRIGGER, session_replication_role = replica as
# logical replication applies changes, pg_restore --disable-triggers) were
# never queued, and status said pending 0.  geopol.verify() finds them
# (missing, extra, changed) and requeues them.
set -u
. "$(dirname "$0")/lib.sh"

db=geopol_sec_drift
mkdb $db
q -d $db -c "CREATE EXTENSION geopol"
mkrole geopol_tenant
mkrole geopol_other
q -d $db -c "GRANT CREATE ON SCHEMA public TO geopol_tenant"
T() { as_login geopol_tenant -d $db "$@"; }

T -c "CREATE TABLE wire (id int PRIMARY KEY, body text, published date)" \
  -c "INSERT INTO wire SELECT g, 'Russia and China signed agreement number ' || g || '.', DATE '2020-01-01' + g FROM generate_series(1, 5) g" \
  -c "SELECT geopol.track('wire', 'body', date_column => 'published')" >/dev/null
T -c "CALL geopol.refresh()" >/dev/null 2>&1
ok "$(T -c "SELECT format('%s %s %s %s %s', missing, extra, changed, unverified, requeued) FROM geopol.verify('wire')")" \
   "0 0 0 0 0" "a table kept by its triggers has no drift"

# the owner writes with its triggers disabled; logical replication (a
# superuser's session_replication_role = replica) writes too
T -c "ALTER TABLE wire DISABLE TRIGGER USER" \
  -c "INSERT INTO wire VALUES (6, 'Japan criticised North Korea.', '2021-01-01')" \
  -c "UPDATE wire SET body = 'Vietnam and India agreed to cooperate.' WHERE id = 1" \
  -c "DELETE FROM wire WHERE id = 2" \
  -c "UPDATE wire SET published = '2022-02-02' WHERE id = 3" \
  -c "ALTER TABLE wire ENABLE TRIGGER USER"
q -d $db -c "SET session_replication_role = replica" \
         -c "INSERT INTO wire VALUES (7, 'Brazil and Argentina signed a trade deal.', '2021-03-03')" \
         -c "UPDATE wire SET body = 'France condemned Iran.' WHERE id = 4"
ok "$(T -c "SELECT pending FROM geopol.status")" "0" "the drift is silent: status says nothing is pending"

ok "$(T -c "SELECT format('%s %s %s %s %s', missing, extra, changed, unverified, requeued) FROM geopol.verify('wire')")" \
   "2 1 3 0 0" "verify() finds 2 missing rows, 1 deleted one and 3 changed ones (text or date)"
ok "$(err_login geopol_other -d $db -c "SELECT * FROM geopol.verify('wire')")" \
   "ERROR:  must be owner of table public.wire to verify it" "another role cannot verify the table"
ok "$(T -c "SELECT requeued FROM geopol.verify('wire', requeue => true)")" "6" "verify(requeue => true) queues the 6 documents"
ok "$(T -c "SELECT pending FROM geopol.status")" "6" "  status shows them pending"
T -c "CALL geopol.refresh()" >/dev/null 2>&1
ok "$(T -c "SELECT format('%s %s %s %s %s', missing, extra, changed, unverified, requeued) FROM geopol.verify('wire')")" \
   "0 0 0 0 0" "after a refresh the drift is healed"
ok "$(T -c "SELECT string_agg(DISTINCT d.key || ':' || d.doc_date, ' ' ORDER BY d.key || ':' || d.doc_date) FROM geopol.wire_docs d")" \
   "1:2020-01-02 3:2022-02-02 4:2020-01-05 5:2020-01-06 6:2021-01-01 7:2021-03-03" "  every row analysed with its current date, the deleted one gone"
ok "$(T -c "SELECT count(*) FROM wire w JOIN geopol.wire_relations r ON r.key = w.id WHERE r.evidence <> w.body")" "0" \
   "  and its current text"

# a logical-replication subscriber: with geopol's triggers ENABLE ALWAYS, the
# apply worker's writes (session_replication_role = replica) are queued
T -c "ALTER TABLE wire ENABLE ALWAYS TRIGGER geopol_enqueue, ENABLE ALWAYS TRIGGER geopol_enqueue_update,
                     ENABLE ALWAYS TRIGGER geopol_enqueue_delete, ENABLE ALWAYS TRIGGER geopol_enqueue_flush"
q -d $db -c "SET session_replication_role = replica" \
         -c "INSERT INTO wire VALUES (8, 'Chile and Peru signed a trade deal.', '2021-05-05')" \
         -c "UPDATE wire SET body = 'Kenya and Uganda agreed on a border.' WHERE id = 5" \
         -c "DELETE FROM wire WHERE id = 6"
ok "$(T -c "SELECT pending FROM geopol.status")" "3" "with the triggers ENABLE ALWAYS, the replica role's writes are queued"
# a trigger created later moves geopol's INSERT trigger: it stays ENABLE ALWAYS
T -c "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS \$\$BEGIN RETURN NEW; END\$\$" \
  -c "CREATE TRIGGER a_touch BEFORE INSERT ON wire FOR EACH ROW EXECUTE FUNCTION touch()"
ok "$(T -c "SELECT tgenabled::text || ' ' || CASE WHEN tgtype::int & 2 = 2 THEN 'BEFORE' ELSE 'AFTER' END FROM pg_trigger WHERE tgrelid = 'wire'::regclass AND tgname = 'geopol_enqueue'")" "A AFTER" \
   "  and stay so when geopol re-creates its INSERT trigger after another trigger is created"
T -c "CALL geopol.refresh()" >/dev/null 2>&1
ok "$(T -c "SELECT format('%s %s %s', missing, extra, changed) FROM geopol.verify('wire')")" "0 0 0" "  and refresh leaves no drift"

q -d postgres -c "DROP DATABASE IF EXISTS $db" 2>/dev/null
q -d postgres -c "DROP ROLE IF EXISTS geopol_tenant" -c "DROP ROLE IF EXISTS geopol_other"
