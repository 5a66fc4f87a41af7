-- Row types: a mention, a relation and a topic as geopol.mentions(),
-- relations() and topics() return them, as tracked tables store them (the
-- mentions and topics of a document in arrays in its _docs row, relations
-- as rows of _relations), and as geopol.analyze() keys them.  Their columns
-- are defined once, in src/pg/pg_rows.h; an update adds a new column with
-- ALTER TYPE ... ADD ATTRIBUTE (sql/updates/README.md).
-- @rowtype mention geopol.mention_row
-- @rowtype topic geopol.topic_row
-- @rowtype relation geopol.relation_row

-- The statements refresh() runs on a tracked table, written once per
-- refresh (not per batch).  $-parameters as _refresh_batch() passes them.
CREATE TYPE geopol._refresh_sql AS (
    lock_queue text,    -- lock the queue against every other writer, or fail at once
    take_log text,      -- ($1 queued_before, $2 batch_size) keys of whole log rows, not queued
    explode text,       -- log rows into the queue
    pending text,       -- ($1 queued_before) queue rows to do
    claim text,         -- ($1 queued_before, $2 batch_size) claim keys: text[], count
    known text,         -- ($1 keys) whether any was analysed before
    store_new text,     -- ($1 keys, $2 true, $3 source) analyse and store, first analyses only
    store_again text,   -- the same, documents analysed before among them
    probe text,         -- ($1 keys) key, doc, doc_date per key, to find a failing document
    fail text           -- ($1 keys, $2 sqlstates, $3 messages, $4 source) record failures
);
