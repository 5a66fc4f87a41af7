-- Row types: the stored forms of a mention and a topic (arrays of them in
-- each tracked table's _docs), and the statements refresh() writes once.

-- A mention and a topic as refresh() stores them, in arrays in the
-- document's row: the columns of geopol.mentions() and geopol.topics()
-- (a regression test checks that they agree).
CREATE TYPE geopol.mention_row AS (sentence int, start_pos int, len int, surface text,
    actor text, entity text, kind text, country text, sector text);

CREATE TYPE geopol.topic_row AS (topic text, score real, hits int, terms text[]);

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
