/*
 * pg_keylog.c — the queue triggers of tracked tables.
 *
 * geopol._log_keys() is the one trigger function behind every tracked
 * table's queue triggers (see geopol._track() and _place_queue_trigger()):
 *
 *   BEFORE or AFTER INSERT ... FOR EACH ROW          EXECUTE FUNCTION geopol._log_keys()
 *   AFTER DELETE ... FOR EACH ROW                    EXECUTE FUNCTION geopol._log_keys()
 *   AFTER UPDATE OF ... FOR EACH ROW WHEN (changed)  EXECUTE FUNCTION geopol._log_keys()
 *   AFTER INSERT OR UPDATE OR DELETE ... FOR EACH STATEMENT  EXECUTE FUNCTION geopol._log_keys()
 *
 * Fired for a row, it copies the row's key (and, when an UPDATE changes the
 * key, the old one too) into a buffer of this backend; fired for the
 * statement, it writes the buffered keys of the table as arrays into the
 * table's log (geopol.<name>_log), from which refresh() takes them.  A bulk
 * INSERT of a million rows thus costs a million key copies and a few
 * hundred log rows: no per-row SQL, and no transition table holding whole
 * rows.
 *
 * The buffer follows the transaction.  Keys are kept per tracked table in
 * chunks labelled with the subtransaction that buffered them, already laid
 * out as the arrays of the log rows (about LOG_ROW_BYTES each); a statement
 * writes only the chunks of its own subtransaction (an enclosing
 * statement's keys wait for that statement's own flush), a committed
 * subtransaction hands its chunks to its parent and an aborted one drops
 * them, so keys reach the log exactly when the rows they name are written.
 * A chunk that grows past FLUSH_BYTES is written at once, so memory stays
 * bounded however large the statement.  Whatever is left at commit (rows
 * inserted straight into a partition, whose statement fires no trigger of
 * the partitioned table; a statement trigger disabled by hand) is written
 * before the commit.
 *
 * The log rows are written with the rights of the table's owner (who has
 * been granted INSERT on the log by track()), as a SECURITY DEFINER
 * function owned by the owner would: whoever may write the table may queue
 * its keys, with no right on geopol's tables.  The triggers take no
 * arguments (OIDs there would not survive a dump and restore): which
 * tracked table a relation's rows belong to (the relation itself, or for a
 * partition the nearest tracked partitioned table above it), its key
 * column, log and owner are looked up in geopol.tracked once per
 * transaction.
 *
 * On a Citus cluster the triggers of a distributed table fire on its shards,
 * on the workers, where geopol.tracked has no rows: there the triggers carry
 * two arguments, the key column and the (distributed, colocated) log table,
 * both by name, and the log is written into the shard of the log that holds
 * the same hash range as the shard the rows were written to (Citus's
 * metadata, get_shard_id_for_distribution_column() and shard_name(), say
 * which: it follows shard moves and splits).  Keys of one shard all hash
 * into its range, so every log row goes to the right place whatever key of
 * its array names it; the distributed log has that key as a third column,
 * its distribution column.
 */
#include "pg_geopol.h"

#include "access/htup_details.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/partition.h"
#include "catalog/pg_trigger.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "executor/tuptable.h"
#include "utils/acl.h"
#include "miscadmin.h"
#include "nodes/pg_list.h"
#include "parser/parse_relation.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"

/*
 * Log rows hold arrays of about LOG_ROW_BYTES of keys: such rows stay in
 * the heap page (the keys column is STORAGE EXTERNAL: never compressed, and
 * moved to TOAST only beyond that size), which costs far less than one
 * large TOASTed array.  A chunk holding FLUSH_BYTES is written at once.
 */
#define LOG_ROW_BYTES 1800
#define FLUSH_BYTES (4 * 1024 * 1024)

typedef struct KeyChunk
{
	struct KeyChunk *next;
	SubTransactionId subid;		/* the subtransaction that buffered the keys */
	MemoryContext cxt;			/* the chunk and its arrays */
	List	   *arrays;			/* finished arrays (ArrayType *), oldest first */
	Size		bytes;			/* their size */
	ArrayType  *cur;			/* the array being filled, or NULL */
	Size		cur_cap;		/* bytes allocated for cur */
	Size		cur_used;		/* bytes of element data in cur */
	int			cur_n;			/* elements in cur */
} KeyChunk;

/* keys buffered for one tracked table */
typedef struct KeyBuffer
{
	struct KeyBuffer *next;
	Oid			source;			/* the tracked table */
	Oid			keytype;
	int16		typlen;
	bool		typbyval;
	char		typalign;
	bool		shard;			/* keys of a shard: the log below is its log's shard */
	Oid			log_table;		/* (shards only) where the keys go */
	Oid			owner;
	KeyChunk   *chunks;			/* newest first */
} KeyBuffer;

/*
 * What the triggers of a relation need, looked up in geopol.tracked once per
 * transaction (and again after any relcache invalidation): the tracked
 * table the relation is (or, for a partition, is a partition of), its key
 * column, its log and its owner.
 */
typedef struct RelKey
{
	struct RelKey *next;
	Oid			relid;			/* the relation the trigger fired for */
	Oid			source;			/* the tracked table its keys belong to */
	AttrNumber	attnum;			/* the key column in relid */
	Oid			log_table;
	Oid			owner;			/* the tracked table's owner */
	bool		shard;			/* relid is a shard: log_table is the log's shard */
	bool		before_checked; /* check_last_before_insert() passed */
} RelKey;

/* all in TopTransactionContext: gone with the transaction */
static KeyBuffer *buffers = NULL;
static RelKey *relkeys = NULL;
static bool callbacks_registered = false;

static void flush_chunks(KeyBuffer *buf, bool all, Oid log_table, Oid owner);

static void
keylog_xact_callback(XactEvent event, void *arg)
{
	switch (event)
	{
		case XACT_EVENT_PRE_COMMIT:
		case XACT_EVENT_PRE_PREPARE:
			/*
			 * Keys no statement trigger wrote: rows inserted straight into a
			 * partition (statement triggers of the partitioned table do not
			 * fire), or a statement trigger disabled by hand.
			 */
			for (KeyBuffer *b = buffers; b != NULL; b = b->next)
				if (b->chunks != NULL)
				{
					bool		snap = !ActiveSnapshotSet();

					if (snap)
						PushActiveSnapshot(GetTransactionSnapshot());
					flush_chunks(b, true, InvalidOid, InvalidOid);
					if (snap)
						PopActiveSnapshot();
				}
			break;
		case XACT_EVENT_PARALLEL_PRE_COMMIT:
			break;
		default:
			/* commit, abort, prepare: the memory goes with the transaction */
			buffers = NULL;
			relkeys = NULL;
			break;
	}
}

static void
keylog_subxact_callback(SubXactEvent event, SubTransactionId mySubid,
						SubTransactionId parentSubid, void *arg)
{
	if (event != SUBXACT_EVENT_ABORT_SUB && event != SUBXACT_EVENT_COMMIT_SUB)
		return;
	for (KeyBuffer *b = buffers; b != NULL; b = b->next)
	{
		KeyChunk  **link = &b->chunks;

		while (*link != NULL)
		{
			KeyChunk   *c = *link;

			if (c->subid >= mySubid)
			{
				if (event == SUBXACT_EVENT_COMMIT_SUB)
					c->subid = parentSubid;
				else
				{
					*link = c->next;
					MemoryContextDelete(c->cxt);
					continue;
				}
			}
			link = &c->next;
		}
	}
	if (event == SUBXACT_EVENT_ABORT_SUB)
		relkeys = NULL;			/* its checks may have been rolled back */
}

static KeyBuffer *
find_buffer(Oid source)
{
	for (KeyBuffer *b = buffers; b != NULL; b = b->next)
		if (b->source == source)
			return b;
	return NULL;
}

/* Closes the array being filled in c and adds it to c's finished arrays. */
static void
finish_array(KeyBuffer *buf, KeyChunk *c)
{
	ArrayType  *a = c->cur;
	MemoryContext old;

	if (a == NULL)
		return;
	SET_VARSIZE(a, ARR_OVERHEAD_NONULLS(1) + c->cur_used);
	a->ndim = 1;
	a->dataoffset = 0;
	a->elemtype = buf->keytype;
	ARR_DIMS(a)[0] = c->cur_n;
	ARR_LBOUND(a)[0] = 1;
	old = MemoryContextSwitchTo(c->cxt);
	c->arrays = lappend(c->arrays, a);
	MemoryContextSwitchTo(old);
	c->bytes += VARSIZE(a);
	c->cur = NULL;
}

/* Appends key to the array being filled in c, as an array stores it. */
static void
append_key(KeyBuffer *buf, KeyChunk *c, Datum key)
{
	struct varlena *v = NULL;
	Size		len;
	Size		off;
	char	   *p;

	if (buf->typlen > 0)
		len = buf->typlen;
	else
	{
		/* expanded, with the 4-byte header an array element has */
		v = (struct varlena *) DatumGetPointer(key);
		if (VARATT_IS_EXTERNAL(v) || VARATT_IS_COMPRESSED(v))
			v = pg_detoast_datum_packed(v);
		len = VARSIZE_ANY_EXHDR(v) + VARHDRSZ;
	}
	off = att_align_nominal(c->cur_used, buf->typalign);
	if (c->cur == NULL || ARR_OVERHEAD_NONULLS(1) + off + len > c->cur_cap)
	{
		Size		need = ARR_OVERHEAD_NONULLS(1) + Max(off + len, LOG_ROW_BYTES + 64);

		if (c->cur == NULL)
		{
			c->cur = MemoryContextAlloc(c->cxt, need);
			c->cur_used = 0;
			c->cur_n = 0;
			off = 0;
		}
		else
			c->cur = repalloc(c->cur, need);
		c->cur_cap = need;
	}
	p = (char *) c->cur + ARR_OVERHEAD_NONULLS(1) + off;
	if (buf->typbyval)
		store_att_byval(p, key, buf->typlen);
	else if (buf->typlen > 0)
		memcpy(p, DatumGetPointer(key), len);
	else
	{
		SET_VARSIZE(p, len);
		memcpy(p + VARHDRSZ, VARDATA_ANY(v), len - VARHDRSZ);
	}
	c->cur_used = off + len;
	c->cur_n++;
	if (c->cur_used >= LOG_ROW_BYTES)
		finish_array(buf, c);
}

static void
buffer_key(KeyBuffer *buf, Datum key)
{
	SubTransactionId cur = GetCurrentSubTransactionId();
	KeyChunk   *c = buf->chunks;

	if (c != NULL && c->subid == cur && c->bytes >= FLUSH_BYTES)
	{
		flush_chunks(buf, false, InvalidOid, InvalidOid);	/* full: write it now */
		c = buf->chunks;
	}
	if (c == NULL || c->subid != cur)
	{
		MemoryContext cxt = AllocSetContextCreate(TopTransactionContext, "geopol key chunk",
												  ALLOCSET_DEFAULT_SIZES);

		c = MemoryContextAllocZero(cxt, sizeof(KeyChunk));
		c->subid = cur;
		c->cxt = cxt;
		c->next = buf->chunks;
		buf->chunks = c;
	}
	append_key(buf, c, key);
}

/*
 * The nearest of candidates (OIDs, nearest first) that geopol tracks: fills
 * found's source, log_table and owner and returns the key column's name
 * (in the caller's memory context), or NULL when none is tracked.
 */
static char *
lookup_tracked(List *candidates, RelKey *found)
{
	Oid			argtypes[1] = {OIDARRAYOID};
	Datum		argv[1];
	Datum	   *oids = palloc(sizeof(Datum) * list_length(candidates));
	int			n = 0;
	ListCell   *lc;
	char	   *key_column = NULL;
	MemoryContext cxt = CurrentMemoryContext;
	int			rc;

	foreach(lc, candidates)
		oids[n++] = ObjectIdGetDatum(lfirst_oid(lc));
	argv[0] = PointerGetDatum(construct_array(oids, n, OIDOID, sizeof(Oid), true, TYPALIGN_INT));

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	rc = SPI_execute_with_args("SELECT t.source::pg_catalog.oid, t.key_column::pg_catalog.text, "
							   "t.log_table::pg_catalog.oid, c.relowner "
							   "FROM geopol.tracked t JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) t.source "
							   "WHERE t.source::pg_catalog.oid OPERATOR(pg_catalog.=) ANY ($1) "
							   "ORDER BY pg_catalog.array_position($1, t.source::pg_catalog.oid) LIMIT 1",
							   1, argtypes, argv, NULL, true, 1);
	if (rc != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_with_args failed: %s", SPI_result_code_string(rc));
	if (SPI_processed > 0)
	{
		HeapTuple	tup = SPI_tuptable->vals[0];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		MemoryContext old = MemoryContextSwitchTo(cxt);

		found->source = DatumGetObjectId(SPI_getbinval(tup, desc, 1, &isnull));
		key_column = SPI_getvalue(tup, desc, 2);
		found->log_table = DatumGetObjectId(SPI_getbinval(tup, desc, 3, &isnull));
		found->owner = DatumGetObjectId(SPI_getbinval(tup, desc, 4, &isnull));
		MemoryContextSwitchTo(old);
	}
	SPI_finish();
	return key_column;
}

/*
 * Writes the arrays into log_table as the table's owner.  The log is a
 * table geopol made for this (two columns, no index, no trigger): the rows
 * go in with one multi-insert, as COPY does, once the owner's INSERT
 * privilege is checked.  Should the table have been given an index, a
 * trigger or a constraint since, an INSERT statement does the work.
 */
static void
write_log(KeyBuffer *buf, List *arrays, Oid log_table, Oid owner)
{
	Relation	rel;
	TupleDesc	desc;
	Oid			arraytype = get_array_type(buf->keytype);
	AclResult	acl;
	bool		direct;
	bool		with_key;
	ListCell   *lc;

	if (!OidIsValid(arraytype))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("could not find array type for data type %s",
						format_type_be(buf->keytype))));

	rel = table_open(log_table, RowExclusiveLock);
	desc = RelationGetDescr(rel);
	acl = pg_class_aclcheck(log_table, owner, ACL_INSERT);
	if (acl != ACLCHECK_OK)
		aclcheck_error(acl, OBJECT_TABLE, RelationGetRelationName(rel));
	/*
	 * A distributed table's log has the array's first key as a third column
	 * (its distribution column): written directly into a shard, through an
	 * INSERT statement (which Citus routes) into the distributed table.
	 */
	with_key = desc->natts == 3 && !TupleDescAttr(desc, 2)->attisdropped &&
		TupleDescAttr(desc, 2)->atttypid == buf->keytype;
	direct = rel->rd_rel->relkind == RELKIND_RELATION && !rel->rd_rel->relhasindex &&
		rel->trigdesc == NULL && (desc->natts == 2 || (with_key && buf->shard)) &&
		!TupleDescAttr(desc, 0)->attisdropped && TupleDescAttr(desc, 0)->atttypid == arraytype &&
		!TupleDescAttr(desc, 1)->attisdropped && TupleDescAttr(desc, 1)->atttypid == TIMESTAMPTZOID &&
		(desc->constr == NULL || (desc->constr->num_check == 0 && !desc->constr->has_generated_stored));

	if (direct)
	{
		int			n = list_length(arrays);
		TupleTableSlot **slots = palloc(n * sizeof(TupleTableSlot *));
		Datum		now = TimestampTzGetDatum(GetCurrentTransactionStartTimestamp());
		int			i = 0;

		foreach(lc, arrays)
		{
			TupleTableSlot *slot = table_slot_create(rel, NULL);

			ExecClearTuple(slot);
			slot->tts_values[0] = PointerGetDatum(lfirst(lc));
			slot->tts_isnull[0] = false;
			slot->tts_values[1] = now;
			slot->tts_isnull[1] = false;
			if (with_key)
			{
				bool		isnull;

				/* the array's first key (of a key type that the array holds as it is) */
				slot->tts_values[2] = array_get_element(PointerGetDatum(lfirst(lc)), 1, (int[]) {1},
														-1, buf->typlen, buf->typbyval, buf->typalign,
														&isnull);
				slot->tts_isnull[2] = isnull;
			}
			ExecStoreVirtualTuple(slot);
			slots[i++] = slot;
		}
		table_multi_insert(rel, slots, n, GetCurrentCommandId(true), 0, NULL);
		for (i = 0; i < n; i++)
			ExecDropSingleTupleTableSlot(slots[i]);
		pfree(slots);
		table_close(rel, NoLock);
	}
	else
	{
		Oid			save_userid;
		int			save_sec;
		SPIPlanPtr	plan;
		char	   *sql;

		sql = psprintf(with_key ? "INSERT INTO %s (keys, key) VALUES ($1, $1[1])" : "INSERT INTO %s (keys) VALUES ($1)",
					   quote_qualified_identifier(get_namespace_name(RelationGetNamespace(rel)),
												  RelationGetRelationName(rel)));
		table_close(rel, NoLock);
		/* as the table's owner, like a SECURITY DEFINER function of theirs, and
		 * restricted: nothing reached on the way may SET ROLE */
		GetUserIdAndSecContext(&save_userid, &save_sec);
		SetUserIdAndSecContext(owner, save_sec | SECURITY_LOCAL_USERID_CHANGE | SECURITY_RESTRICTED_OPERATION);
		if (SPI_connect() != SPI_OK_CONNECT)
			elog(ERROR, "SPI_connect failed");
		plan = SPI_prepare(sql, 1, &arraytype);
		if (plan == NULL)
			elog(ERROR, "SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
		foreach(lc, arrays)
		{
			Datum		arg = PointerGetDatum(lfirst(lc));
			int			rc = SPI_execute_plan(plan, &arg, NULL, false, 0);

			if (rc != SPI_OK_INSERT)
				elog(ERROR, "SPI_execute_plan failed: %s", SPI_result_code_string(rc));
		}
		SPI_finish();
		SetUserIdAndSecContext(save_userid, save_sec);
		pfree(sql);
	}
}

/*
 * Writes the chunks of buf (of the current subtransaction, or all) to the
 * log: log_table when known (the statement trigger's argument), else the
 * one geopol.tracked names.
 */
static void
flush_chunks(KeyBuffer *buf, bool all, Oid log_table, Oid owner)
{
	SubTransactionId cur = GetCurrentSubTransactionId();
	KeyChunk  **link;
	List	   *arrays = NIL;

	/* oldest chunk first: the keys in the order they were written */
	for (KeyChunk *c = buf->chunks; c != NULL; c = c->next)
		if (all || c->subid == cur)
		{
			finish_array(buf, c);
			arrays = list_concat_copy(c->arrays, arrays);
		}

	if (arrays != NIL && !OidIsValid(log_table) && buf->shard)
	{
		/* a shard's log shard; gone if the table was untracked meanwhile */
		if (SearchSysCacheExists1(RELOID, ObjectIdGetDatum(buf->log_table)))
		{
			log_table = buf->log_table;
			owner = buf->owner;
		}
	}
	else if (arrays != NIL && !OidIsValid(log_table))
	{
		RelKey		found;

		/* untracked in this very transaction: its log is gone too */
		if (lookup_tracked(list_make1_oid(buf->source), &found) != NULL)
		{
			log_table = found.log_table;
			owner = found.owner;
		}
	}
	if (arrays != NIL && OidIsValid(log_table))
		write_log(buf, arrays, log_table, owner);
	list_free(arrays);

	/* written (or nowhere to go): drop the chunks */
	link = &buf->chunks;
	while (*link != NULL)
	{
		KeyChunk   *c = *link;

		if (all || c->subid == cur)
		{
			*link = c->next;
			MemoryContextDelete(c->cxt);
		}
		else
			link = &c->next;
	}
}

static void
keylog_relcache_callback(Datum arg, Oid relid)
{
	/* a tracked table, its log or geopol.tracked may have changed */
	relkeys = NULL;
}

static void
register_callbacks(void)
{
	if (callbacks_registered)
		return;
	RegisterXactCallback(keylog_xact_callback, NULL);
	RegisterSubXactCallback(keylog_subxact_callback, NULL);
	CacheRegisterRelcacheCallback(keylog_relcache_callback, (Datum) 0);
	callbacks_registered = true;
}

/*
 * The log shard of a distributed table's shard: the shard of log_name (the
 * distributed log, by name) that holds key, which the shard's rows hash to.
 */
static Oid
log_shard(const char *log_name, Datum key, Oid keytype)
{
	Oid			argtypes[2] = {TEXTOID, keytype};
	Datum		argv[2] = {CStringGetTextDatum(log_name), key};
	Oid			result = InvalidOid;
	int			rc;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	rc = SPI_execute_with_args("SELECT pg_catalog.shard_name(l, pg_catalog.get_shard_id_for_distribution_column(l, $2))"
							   "::pg_catalog.regclass::pg_catalog.oid "
							   "FROM pg_catalog.to_regclass($1) AS l WHERE l IS NOT NULL",
							   2, argtypes, argv, NULL, true, 1);
	if (rc != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_with_args failed: %s", SPI_result_code_string(rc));
	if (SPI_processed > 0)
	{
		bool		isnull;

		result = DatumGetObjectId(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
		if (isnull)
			result = InvalidOid;
	}
	SPI_finish();
	if (!OidIsValid(result))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("no shard of geopol's log table \"%s\" on this node", log_name),
				 errdetail("geopol._log_keys() on a shard of a distributed table writes the keys into the colocated shard of the table's log."),
				 errhint("The table must be tracked by geopol.track() on the coordinator; untracking drops these triggers.")));
	return result;
}

/*
 * The tracking rel's triggers work for: rel itself, or for a partition the
 * nearest partitioned table above it that is tracked.  The triggers carry
 * no OIDs in their arguments (a dump and restore would change them).  On a
 * shard of a distributed table (the trigger's two arguments name the key
 * column and the log), the log's shard is found from slot's key; NULL when
 * there is no row to find it from.
 */
static RelKey *
rel_key(Relation rel, Trigger *trig, TupleTableSlot *slot)
{
	Oid			relid = RelationGetRelid(rel);
	List	   *candidates;
	RelKey		found = {0};
	char	   *key_column;
	RelKey	   *rk;

	for (rk = relkeys; rk != NULL; rk = rk->next)
		if (rk->relid == relid)
			return rk;

	register_callbacks();
	if (trig->tgnargs == 2 && lookup_tracked(list_make1_oid(relid), &found) == NULL)
	{
		bool		isnull;
		Datum		key;

		if (slot == NULL)
			return NULL;
		found.attnum = attnameAttNum(rel, trig->tgargs[0], false);
		if (found.attnum == InvalidAttrNumber)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_COLUMN),
					 errmsg("column \"%s\" of relation \"%s\" does not exist",
							trig->tgargs[0], RelationGetRelationName(rel))));
		key = slot_getattr(slot, found.attnum, &isnull);
		if (isnull)
			return NULL;
		found.source = relid;
		found.log_table = log_shard(trig->tgargs[1], key, TupleDescAttr(RelationGetDescr(rel), found.attnum - 1)->atttypid);
		found.owner = rel->rd_rel->relowner;
		found.shard = true;
	}
	else
	{
		/* rel itself, then its parent, ... */
		candidates = list_make1_oid(relid);
		if (rel->rd_rel->relispartition)
			candidates = list_concat(candidates, get_partition_ancestors(relid));
		key_column = lookup_tracked(candidates, &found);
		if (key_column == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("table \"%s\" is not tracked by geopol", RelationGetRelationName(rel)),
					 errdetail("geopol._log_keys() is the queue trigger of the tables geopol.track() keeps analysed."),
					 errhint("Drop this trigger, or track the table with geopol.track().")));

		found.attnum = attnameAttNum(rel, key_column, false);
		if (found.attnum == InvalidAttrNumber)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_COLUMN),
					 errmsg("column \"%s\" of relation \"%s\" does not exist",
							key_column, RelationGetRelationName(rel))));
	}
	found.relid = relid;
	rk = MemoryContextAlloc(TopTransactionContext, sizeof(RelKey));
	*rk = found;
	rk->next = relkeys;
	relkeys = rk;
	return rk;
}

static KeyBuffer *
key_buffer(Relation rel, RelKey *rk)
{
	KeyBuffer  *buf = find_buffer(rk->source);

	if (buf == NULL)
	{
		Form_pg_attribute att = TupleDescAttr(RelationGetDescr(rel), rk->attnum - 1);

		register_callbacks();
		buf = MemoryContextAllocZero(TopTransactionContext, sizeof(KeyBuffer));
		buf->source = rk->source;
		buf->keytype = att->atttypid;
		buf->typlen = att->attlen;
		buf->typbyval = att->attbyval;
		buf->typalign = att->attalign;
		buf->shard = rk->shard;
		buf->log_table = rk->log_table;
		buf->owner = rk->owner;
		buf->next = buffers;
		buffers = buf;
	}
	return buf;
}

/*
 * A BEFORE INSERT row trigger sees the key a later BEFORE trigger may still
 * change; geopol._track() uses one only where no other such trigger exists
 * (and its event trigger moves the queue trigger to AFTER when one is
 * created).  This is the check that it still holds.
 */
static void
check_last_before_insert(Relation rel, Trigger *trig)
{
	TriggerDesc *desc = rel->trigdesc;
	bool		after_us = false;

	for (int i = 0; desc != NULL && i < desc->numtriggers; i++)
	{
		Trigger    *t = &desc->triggers[i];

		if (t->tgoid == trig->tgoid)
			after_us = true;
		else if (after_us && t->tgenabled != TRIGGER_DISABLED &&
				 TRIGGER_TYPE_MATCHES(t->tgtype, TRIGGER_TYPE_ROW, TRIGGER_TYPE_BEFORE, TRIGGER_TYPE_INSERT))
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("trigger \"%s\" on table \"%s\" fires after geopol's queue trigger \"%s\"",
							t->tgname, RelationGetRelationName(rel), trig->tgname),
					 errdetail("geopol queues the keys of inserted rows before insert only when no other BEFORE INSERT row trigger could change them afterwards."),
					 errhint("geopol's event trigger geopol_triggers makes the queue trigger fire AFTER INSERT when such a trigger is created; it was disabled or bypassed. A superuser can run SELECT geopol._place_queue_trigger('%s') to do it now.",
							 RelationGetRelationName(rel))));
	}
}

PG_FUNCTION_INFO_V1(geopol_log_keys);
Datum
geopol_log_keys(PG_FUNCTION_ARGS)
{
	TriggerData *td = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("geopol._log_keys() must be called as a trigger")));

	if (TRIGGER_FIRED_BEFORE(td->tg_event))
	{
		RelKey	   *rk;
		bool		isnull;
		Datum		key;

		if (!TRIGGER_FIRED_FOR_ROW(td->tg_event) || !TRIGGER_FIRED_BY_INSERT(td->tg_event))
			ereport(ERROR,
					(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
					 errmsg("geopol._log_keys() can fire BEFORE only for INSERT, for each row")));

		rk = rel_key(td->tg_relation, td->tg_trigger, td->tg_trigslot);
		if (rk == NULL)			/* a shard's row without a key: nothing to log */
			return PointerGetDatum(td->tg_trigtuple);
		/* once per relation: a new trigger invalidates the relcache, and rk */
		if (!rk->before_checked)
		{
			check_last_before_insert(td->tg_relation, td->tg_trigger);
			rk->before_checked = true;
		}
		key = slot_getattr(td->tg_trigslot, rk->attnum, &isnull);
		if (!isnull)
			buffer_key(key_buffer(td->tg_relation, rk), key);
		return PointerGetDatum(td->tg_trigtuple);
	}
	if (TRIGGER_FIRED_FOR_ROW(td->tg_event))
	{
		RelKey	   *rk = rel_key(td->tg_relation, td->tg_trigger, td->tg_trigslot);
		KeyBuffer  *buf;
		bool		isnull;
		Datum		key;

		if (rk == NULL && TRIGGER_FIRED_BY_UPDATE(td->tg_event))
			rk = rel_key(td->tg_relation, td->tg_trigger, td->tg_newslot);
		if (rk == NULL)			/* a shard's row without a key: nothing to log */
			return PointerGetDatum(NULL);
		buf = key_buffer(td->tg_relation, rk);
		key = slot_getattr(td->tg_trigslot, rk->attnum, &isnull);

		if (!isnull)
			buffer_key(buf, key);
		if (TRIGGER_FIRED_BY_UPDATE(td->tg_event))
		{
			/* the new key too, when the update changed it */
			bool		newnull;
			Datum		newkey = slot_getattr(td->tg_newslot, rk->attnum, &newnull);

			if (!newnull && (isnull || !datumIsEqual(key, newkey, buf->typbyval, buf->typlen)))
				buffer_key(buf, newkey);
		}
	}
	else
	{
		RelKey	   *rk = rel_key(td->tg_relation, td->tg_trigger, NULL);
		KeyBuffer  *buf = rk != NULL ? find_buffer(rk->source) : NULL;

		/* (a shard whose rows never fired a row trigger has nothing buffered) */
		if (buf != NULL && buf->chunks != NULL)
			flush_chunks(buf, false, rk->log_table, rk->owner);
	}
	return PointerGetDatum(NULL);
}
