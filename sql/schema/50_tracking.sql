-- ------------------------------------------------------------ tracking
-- Tables whose text geopol keeps analysed:
--
--   SELECT geopol.track('public.articles', 'body', date_column => 'published');
--   CALL geopol.refresh();              -- by hand, or every minute from pg_cron
--
-- track() creates, in schema geopol, result tables named after the source
-- (articles_docs, articles_mentions, articles_relations, articles_topics), a
-- log and a queue (articles_log, articles_queue), a per-table view
-- (articles_actors) and a TRUNCATE trigger function; their key column has the
-- type of the source's key, so results join back on the source's own key and
-- index.  The queue triggers on the source (geopol._log_keys(), in C) buffer
-- the keys of inserted, updated (text, date or key column) and deleted rows
-- and write each statement's keys into the log as arrays: a bulk INSERT pays
-- a key copy per row and a log row per 1,800 bytes of keys.  TRUNCATE empties
-- the results.  refresh() moves the log into the queue and drains the queue
-- in batches, one transaction per batch.
--
-- Privileges.
--   * Only the owner of a table (or a superuser) can track and untrack it.
--     track()/untrack() check the current user, then call SECURITY DEFINER
--     helpers (_track, _untrack) for the DDL in schema geopol, which nobody
--     else may create objects in; the helpers check the session user again,
--     so calling them directly gives nothing a user could not do by logging
--     in as themselves.  The result tables and view stay the extension
--     owner's (the extension's union views depend on them, and a DROP ...
--     CASCADE of them by anyone else would drop the extension); the table's
--     owner is granted INSERT, UPDATE, DELETE and TRUNCATE on them and owns
--     the TRUNCATE trigger function.
--   * Results contain source text (surfaces, evidence).  Result tables are
--     REVOKEd from PUBLIC and granted back SELECT only, under row-level
--     security: a policy lets a role see the rows exactly while it has SELECT
--     on the source table (has_table_privilege, checked once per query, so
--     GRANT and REVOKE on the source take effect at once: nothing to sync).
--     Superusers bypass RLS as usual.  Views are security_invoker, so the
--     same holds through them.  Not mirrored: column privileges (a role needs table-level SELECT)
--     and row-level security on the source (its policies do not filter the
--     results); roles with BYPASSRLS see all results.
--   * refresh() runs with the caller's rights; for each table it does the
--     work as the table's owner (SET ROLE, which the caller must be able to
--     do: the owner itself, a member, or a superuser), so a superuser's cron
--     job never runs table owners' code (a domain's CHECK, say) with
--     superuser rights, and the owner's rights are exactly what writing the
--     results needs.
--   * The analysis functions read the dictionary tables with the caller's
--     rights, and refresh() runs them as table owners: USAGE on the schema
--     and SELECT on the dictionary tables are granted to PUBLIC here.
--
-- Concurrency.  refresh() claims queue rows with SELECT ... FOR UPDATE SKIP
-- LOCKED and deletes them in the same transaction as it writes their results,
-- so two refreshes never take the same document and a cancelled or crashed
-- batch leaves its rows queued.  A log row becomes visible when the writing
-- transaction commits, and with it the text it names: a refresh never sees a
-- key before the change it stands for, and a change made while its document
-- is being analysed logs the key again for the next refresh.

GRANT USAGE ON SCHEMA geopol TO PUBLIC;
DO $grant$
DECLARE
    r record;
BEGIN
    -- the dictionary tables of the parts before this one
    FOR r IN SELECT c.relname FROM pg_catalog.pg_class c
             WHERE c.relnamespace = 'geopol'::regnamespace AND c.relkind = 'r'
    LOOP
        EXECUTE pg_catalog.format('GRANT SELECT ON geopol.%I TO PUBLIC', r.relname);
    END LOOP;
END
$grant$;

CREATE TABLE geopol.tracked (
    source          regclass PRIMARY KEY,
    name            text NOT NULL UNIQUE,
    text_column     name NOT NULL,
    key_column      name NOT NULL,
    key_type        regtype NOT NULL,
    date_column     name,
    docs_table      regclass NOT NULL,
    mentions_table  regclass NOT NULL,
    relations_table regclass NOT NULL,
    topics_table    regclass NOT NULL,
    queue_table     regclass NOT NULL,
    log_table       regclass NOT NULL,
    actors_view     regclass NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT pg_catalog.now(),
    last_refresh    timestamptz,
    -- the ICU version of the last full analysis (track(), requeue())
    icu_version     text
);
COMMENT ON TABLE geopol.tracked IS
    'Tables geopol.track() keeps analysed: the columns it reads and the result tables, queue and view it created for them (in schema geopol, owned by the table''s owner).';

CREATE TABLE geopol.failure (
    source      regclass NOT NULL,
    key         text NOT NULL,
    sqlstate    text NOT NULL,
    message     text NOT NULL,
    failed_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
    PRIMARY KEY (source, key)
);
COMMENT ON TABLE geopol.failure IS
    'Documents of tracked tables whose analysis failed (the key as text): refresh() records them, takes them off the queue and goes on; a later successful analysis of the same key removes the row.';

CREATE TABLE geopol.refresh_error (
    source      regclass NOT NULL,
    failed_at   timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    sqlstate    text NOT NULL,
    message     text NOT NULL,
    detail      text,
    hint        text,
    context     text
);
CREATE INDEX refresh_error_source_idx ON geopol.refresh_error (source, failed_at);
COMMENT ON TABLE geopol.refresh_error IS
    'Errors that made refresh() skip a tracked table (a lock held longer than its lock_timeout, a key that stopped being unique ...): the newest 100 per table. refresh() goes on with the other tables; geopol.status shows the last error until a refresh of the table gets through.';

-- What each running refresh() has done (one row per backend, written with
-- each batch's commit): geopol.refresh_progress shows it.  Unlogged: it is
-- about the running server only.
CREATE UNLOGGED TABLE geopol._progress (
    pid             int PRIMARY KEY,
    backend_start   timestamptz,
    source          regclass NOT NULL,
    started         timestamptz NOT NULL,
    done            bigint NOT NULL,
    total           bigint,
    failed          bigint NOT NULL,
    updated_at      timestamptz NOT NULL
);

-- The parent (without columns) of every table track() creates: those are
-- not members of the extension, but DROP EXTENSION geopol CASCADE drops them
-- with it.  Not for queries: only superusers can read it.
CREATE TABLE geopol._tracking_base ();
REVOKE ALL ON geopol._tracking_base FROM PUBLIC;

SELECT pg_catalog.pg_extension_config_dump('geopol.tracked', '');
SELECT pg_catalog.pg_extension_config_dump('geopol.failure', '');
SELECT pg_catalog.pg_extension_config_dump('geopol.refresh_error', '');
