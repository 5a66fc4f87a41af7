/*
 * pg_dict.c — the dictionary tables compiled (gazetteer, cues, topics) and
 * the backend's current dictionary.
 *
 * The compiled form is one position-independent image (gp_snapshot.h).
 * Where the database has geopol.dictionary_version, the image is shared:
 * the first backend to need a version compiles it and stores it as a file
 * that every other backend maps (pg_snapshot.c); without that table, or in a
 * transaction that changed the dictionary itself, a backend compiles its own.
 *
 * A backend keeps its dictionary until a statement changes a dictionary
 * table: their statement triggers (geopol._dictionary_changed) bump the
 * version and send a relcache invalidation for the table, which every
 * backend receives at its next statement; our relcache callback then marks
 * the dictionary stale, and the next call reads the version again (one row)
 * and maps or builds that version's image.  A call with a valid dictionary
 * costs no catalog or table access.
 */
#include "postgres.h"

#include <dlfcn.h>
#include <sys/stat.h>

#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "mb/pg_wchar.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "portability/instr_time.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/guc.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"
#include "utils/timestamp.h"

#include "pg_geopol.h"
#include "pg_dict.h"
#include "pg_snapshot.h"
#include "gp_snapshot.h"
#include "gp_stem.h"

static GpDict dict;
static bool dict_valid = false;
static bool callback_registered = false;
static MemoryContext dict_cxt = NULL;	/* the dictionary's private memory */
static const void *dict_map = NULL;		/* the mapped image, if shared */
static size_t dict_map_size = 0;
static GpSnapKey dict_key;				/* the key of a shared dictionary */
static bool dict_shared = false;
static const void *dict_image = NULL;	/* the image (mapped or in dict_cxt) */
static Oid	dict_relids[9];

static void load(void);

/* the builder that the compile functions fill (in the compile's memory context) */
static gp_snapb *build;

static void
dict_relcache_cb(Datum arg, Oid relid)
{
	(void) arg;
	if (!dict_valid)
		return;
	if (relid == InvalidOid)
		dict_valid = false;
	for (int i = 0; i < lengthof(dict_relids); i++)
		if (relid == dict_relids[i])
			dict_valid = false;
}

/* a text column as UTF-8 (the core's encoding), whatever the server's */
static char *
utf8_cstring(text *t)
{
	char	   *s = text_to_cstring(t);

	return pg_server_to_any(s, (int) strlen(s), PG_UTF8);
}

static char *
text_or_null(HeapTuple tup, TupleDesc desc, int col)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tup, desc, col, &isnull);

	return isnull ? NULL : utf8_cstring(DatumGetTextPP(d));
}

#define GP_MAX_KEY_WORDS 64

/*
 * The text[] column col (token norms or stems) as UTF-8 strings into out;
 * returns how many, or 0 when NULL, empty or longer than GP_MAX_KEY_WORDS.
 */
static int
key_words(HeapTuple tup, TupleDesc desc, int col, const char **out)
{
	bool		isnull;
	Datum		arr = SPI_getbinval(tup, desc, col, &isnull);
	Datum	   *elems;
	bool	   *enulls;
	int			nel;

	if (isnull)
		return 0;
	deconstruct_array(DatumGetArrayTypeP(arr), TEXTOID, -1, false, TYPALIGN_INT,
					  &elems, &enulls, &nel);
	if (nel <= 0 || nel > GP_MAX_KEY_WORDS)
		return 0;
	for (int k = 0; k < nel; k++)
		out[k] = enulls[k] ? "" : utf8_cstring(DatumGetTextPP(elems[k]));
	return nel;
}

static int32
date_or_open(HeapTuple tup, TupleDesc desc, int col)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tup, desc, col, &isnull);

	if (isnull)
		return GP_NO_DATE;
	return (int32) DatumGetDateADT(d);
}

/*
 * The names, as entries with their periods.  A state that was part of
 * another before its independence (geopol.state_parent) has its names twice:
 * as they are from its independence on, and before it as a region or place
 * of the other state, with no actor (Kiev in 1987 is a Soviet city); the
 * matcher picks the entry of the document's date (an entry's valid_to is its
 * last day: the parent's reading ends the day before the independence day
 * state_parent.valid_to names); a name that has an entry of the parent in
 * the data already (Czech, Prague: Czechoslovakia's) keeps only that.  (%s: the table, or no
 * rows where the database still has the SQL of a release before 0.4.0.)
 */
static const char *const compile_query =
"SELECT a.norms, a.actor, a.entity, a.kind, a.country, a.sector, a.match,"
"       CASE WHEN p.actor IS NULL OR a.valid_to <= p.valid_to THEN a.valid_from"
"            ELSE GREATEST(a.valid_from, p.valid_to) END, a.valid_to,"
"       CASE WHEN a.match = 'exact' OR (a.kind = 'block' AND a.match = 'cased') THEN a.alias END,"
"       a.given_name"
"  FROM geopol.alias a"
"  LEFT JOIN %s p ON p.actor = coalesce(a.actor, a.country) AND a.kind <> 'block'"
" WHERE a.kind <> 'leader'"
" UNION ALL "
"SELECT a.norms, NULL, a.entity,"
"       CASE a.kind WHEN 'state' THEN 'region' WHEN 'capital' THEN 'place' ELSE a.kind END,"
"       p.parent, CASE WHEN a.kind IN ('state', 'capital') THEN NULL ELSE a.sector END, a.match,"
"       GREATEST(a.valid_from, p.valid_from), LEAST(a.valid_to, p.valid_to - 1),"
"       CASE WHEN a.match = 'exact' THEN a.alias END, a.given_name"
"  FROM geopol.alias a JOIN %s p ON p.actor = coalesce(a.actor, a.country)"
" WHERE a.kind IN ('state', 'capital', 'institution', 'demonym', 'region', 'place')"
"   AND (a.valid_from IS NULL OR a.valid_from < p.valid_to)"
"   AND (a.valid_to IS NULL OR p.valid_from IS NULL OR a.valid_to > p.valid_from)"
/* a name the data gives the parent already keeps that reading (Czech: Czechoslovak, with the actor CSK) */
"   AND NOT EXISTS (SELECT 1 FROM geopol.alias b"
"                    WHERE b.norms = a.norms AND coalesce(b.actor, b.country) = p.parent AND b.kind <> 'block')"
" UNION ALL "
/* a leader of an intergovernmental organisation (the Commission's president) is in no country */
"SELECT a.norms, t.actor, a.entity, 'leader',"
"       CASE WHEN x.kind = 'igo' THEN NULL ELSE t.actor END, coalesce(a.sector, 'GOV'), a.match,"
"       t.term_start, t.term_end, CASE WHEN a.match = 'exact' THEN a.alias END, a.given_name"
"  FROM geopol.alias a JOIN geopol.leader_term t ON t.person = a.entity"
"  LEFT JOIN geopol.actor x ON x.code = t.actor"
" WHERE a.kind = 'leader'";

static const char *const cue_query =
"SELECT c.stems, c.event, c.mode, coalesce(c.score, e.base_score, 0), coalesce(e.quad, 0), c.pos, c.reciprocal, 0, c.cue"
"  FROM geopol.cue c LEFT JOIN geopol.event_type e ON e.event = c.event"
" UNION ALL "
"SELECT m.stems, NULL, NULL, 0, 0, 'verb', false,"
"       pg_catalog.array_position(ARRAY['event', 'negation', 'hypothetical', 'intention', 'speech', 'light',"
"                                       'nonactor', 'nonevent', 'positive', 'negative'], m.effect) - 1, m.phrase"
"  FROM geopol.cue_modifier m"
/* the event types' quad and base score, for rows whose event a rule derives */
" UNION ALL "
"SELECT ARRAY[e.event], e.event, NULL, e.base_score, e.quad, 'verb', false, " CppAsString2(GP_CUE_EVENT_TYPE) ", NULL"
"  FROM geopol.event_type e";

/* read the cue lexicon into the builder (inside compile's SPI connection); returns the rows read */
static int32
compile_cues(void)
{
	uint64		nrows;

	uint64		nevent_types = 0;

	if (SPI_execute(cue_query, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read the geopol cue lexicon");
	nrows = SPI_processed;
	for (uint64 r = 0; r < nrows; r++)
	{
		HeapTuple	tup = SPI_tuptable->vals[r];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		const char *stems[GP_MAX_KEY_WORDS];
		int			nel = key_words(tup, desc, 1, stems);
		gp_cue		c;
		char	   *pos;

		CHECK_FOR_INTERRUPTS();
		if (nel == 0)
			continue;
		memset(&c, 0, sizeof(c));
		c.event = text_or_null(tup, desc, 2);
		c.mode = text_or_null(tup, desc, 3);
		c.score = DatumGetFloat4(SPI_getbinval(tup, desc, 4, &isnull));
		c.quad = (uint8) DatumGetInt16(SPI_getbinval(tup, desc, 5, &isnull));
		pos = text_or_null(tup, desc, 6);
		c.pos = strcmp(pos, "noun") == 0 ? GP_POS_NOUN : strcmp(pos, "prep") == 0 ? GP_POS_PREP : GP_POS_VERB;
		c.symmetric = DatumGetBool(SPI_getbinval(tup, desc, 7, &isnull));
		c.effect = (uint8) DatumGetInt32(SPI_getbinval(tup, desc, 8, &isnull));
		c.text = text_or_null(tup, desc, 9);
		if (c.effect == GP_CUE_EVENT_TYPE)
			nevent_types++;
		if (gp_snapb_add_cue(build, stems, nel, &c) < 0)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many event types in geopol.event_type"),
					 errdetail("geopol knows at most %d event types.", GP_CUE_MAX_EVENT_TYPES)));
	}
	return (int32) (nrows - nevent_types);
}

/* read the topic taxonomy and its terms into the builder */
static void
compile_topics(void)
{
	uint64		nrows;

	if (SPI_execute("SELECT topic, parent FROM geopol.topic ORDER BY topic", true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read the geopol topics");
	nrows = SPI_processed;
	for (uint64 r = 0; r < nrows; r++)
	{
		char	   *topic = text_or_null(SPI_tuptable->vals[r], SPI_tuptable->tupdesc, 1);
		char	   *parent = text_or_null(SPI_tuptable->vals[r], SPI_tuptable->tupdesc, 2);

		if (!gp_snapb_add_topic(build, topic, parent))
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many topics in geopol.topic"),
					 errdetail("geopol scores at most %d topics.", GP_MAX_TOPICS)));
	}
	if (SPI_execute("SELECT stems, term, topic, weight FROM geopol.topic_term", true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read the geopol topic terms");
	nrows = SPI_processed;
	for (uint64 r = 0; r < nrows; r++)
	{
		HeapTuple	tup = SPI_tuptable->vals[r];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		const char *stems[GP_MAX_KEY_WORDS];
		int			nel = key_words(tup, desc, 1, stems);
		char	   *term = text_or_null(tup, desc, 2);
		char	   *topic = text_or_null(tup, desc, 3);
		float4		weight = DatumGetFloat4(SPI_getbinval(tup, desc, 4, &isnull));

		CHECK_FOR_INTERRUPTS();
		if (nel == 0)
			continue;
		gp_snapb_add_term(build, stems, nel, term, topic, weight);
	}
}

/* one row of compile_query into the builder's gazetteer */
static void
add_alias_row(HeapTuple tup, TupleDesc desc)
{
	bool		isnull;
	const char *norms[GP_MAX_KEY_WORDS];
	int			nel = key_words(tup, desc, 1, norms);
	gp_entry	e;
	char	   *kind,
			   *alias,
			   *match;

	CHECK_FOR_INTERRUPTS();
	if (nel == 0)
		return;
	kind = text_or_null(tup, desc, 4);
	match = text_or_null(tup, desc, 7);
	memset(&e, 0, sizeof(e));
	e.actor = text_or_null(tup, desc, 2);
	e.entity = text_or_null(tup, desc, 3);
	e.kind = (uint8) Max(gp_mkind_from_name(kind), 0);
	e.country = text_or_null(tup, desc, 5);
	e.sector = text_or_null(tup, desc, 6);
	e.match = (uint8) Max(gp_match_from_name(match), 0);
	e.valid_from = date_or_open(tup, desc, 8);
	e.valid_to = date_or_open(tup, desc, 9);
	e.given_name = DatumGetBool(SPI_getbinval(tup, desc, 11, &isnull)) && !isnull;
	/* exact entries, and cased block entries (their spelling is checked word by word) */
	alias = text_or_null(tup, desc, 10);
	if (alias != NULL)
	{
		/* the alias without white space, compared with token surfaces */
		char	   *x = palloc(strlen(alias) + 1),
				   *p = x;

		for (const char *q = alias; *q; q++)
			if (*q != ' ' && *q != '\t' && *q != '\n')
				*p++ = *q;
		*p = '\0';
		e.exact = x;
	}
	gp_gazb_add(gp_snapb_gaz(build), norms, nel, &e);
}

/*
 * Compile the dictionary tables into an image (in the current memory
 * context) with key (NULL: none); *size gets its bytes.
 */
static void *
compile(const GpSnapKey *key, size_t *size)
{
	int			save_nestlevel;
	uint64		nrows;
	int32		ncues;
	MemoryContext old;
	gp_arena	arena;
	void	   *image;

	gp_arena_init(&arena, CurrentMemoryContext);
	build = gp_snapb_create(&arena);

	/*
	 * The queries below must mean what they say whatever search_path the
	 * caller has: pg_catalog first, for this compile only (restored below,
	 * or by the transaction's abort on error).
	 */
	save_nestlevel = NewGUCNestLevel();
	(void) set_config_option("search_path", "pg_catalog, pg_temp", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	/* read in batches: the rows' memory is reused, the dictionary sized once */
	{
		const char *parents = OidIsValid(get_relname_relid("state_parent", get_namespace_oid("geopol", false)))
			? "geopol.state_parent"
			: "(SELECT NULL::text AS actor, NULL::text AS parent, NULL::date AS valid_from, NULL::date AS valid_to WHERE false)";
		SPIPlanPtr	plan = SPI_prepare(psprintf(compile_query, parents, parents), 0, NULL);
		Portal		portal;
		MemoryContext batch_cxt = AllocSetContextCreate(CurrentMemoryContext, "geopol compile batch",
														ALLOCSET_DEFAULT_SIZES);

		if (plan == NULL)
			elog(ERROR, "could not prepare the geopol dictionary query");
		if (SPI_execute("SELECT count(*) FROM geopol.alias", true, 0) == SPI_OK_SELECT && SPI_processed == 1)
		{
			bool		isnull;
			int64		n = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));

			gp_gazb_reserve(gp_snapb_gaz(build), (int32) Min(n + 4096, 50000000));
			SPI_freetuptable(SPI_tuptable);
		}
		portal = SPI_cursor_open(NULL, plan, NULL, NULL, true);
		nrows = 0;
		for (;;)
		{
			SPI_cursor_fetch(portal, true, 4096);
			if (SPI_processed == 0)
				break;
			old = MemoryContextSwitchTo(batch_cxt);
			for (uint64 r = 0; r < SPI_processed; r++)
				add_alias_row(SPI_tuptable->vals[r], SPI_tuptable->tupdesc);
			MemoryContextSwitchTo(old);
			MemoryContextReset(batch_cxt);
			nrows += SPI_processed;
			SPI_freetuptable(SPI_tuptable);
		}
		SPI_cursor_close(portal);
		MemoryContextDelete(batch_cxt);
	}
	ncues = compile_cues();
	compile_topics();
	SPI_finish();
	AtEOXact_GUC(true, save_nestlevel);
	image = gp_snapb_image(build, key, key ? sizeof(GpSnapKey) : 0, (int32) nrows, ncues, &arena, size);
	build = NULL;
	return image;
}

/*
 * This library's build, as its file's identity (inode, size, modification
 * time): images stored by another build (a reinstalled geopol) are not read.
 */
static uint32
build_id(void)
{
	static uint32 id = 0;
	static bool done = false;

	if (!done)
	{
		Dl_info		info;
		struct stat st;

		if (dladdr((void *) build_id, &info) != 0 && info.dli_fname != NULL && stat(info.dli_fname, &st) == 0)
		{
			uint64		parts[3] = {(uint64) st.st_ino, (uint64) st.st_size, (uint64) st.st_mtime};

			id = 2166136261u;
			for (size_t i = 0; i < sizeof(parts); i++)
				id = (id ^ ((const unsigned char *) parts)[i]) * 16777619u;
		}
		done = true;
	}
	return id;
}

/*
 * The key of the dictionary this statement sees: false when there is no
 * shared dictionary to use (no geopol.dictionary_version table, not exactly
 * one row in it) or when this transaction changed the dictionary itself.
 */
static pg_noinline bool
read_key(GpSnapKey *key)
{
	Oid			nsp = get_namespace_oid("geopol", true);
	Oid			relid = OidIsValid(nsp) ? get_relname_relid("dictionary_version", nsp) : InvalidOid;
	Relation	rel;
	TableScanDesc scan;
	HeapTuple	tup;
	bool		ok = false;

	memset(key, 0, sizeof(*key));
	if (!OidIsValid(relid))
		return false;
	rel = table_open(relid, AccessShareLock);
	if (rel->rd_rel->relkind == RELKIND_RELATION && RelationGetDescr(rel)->natts >= 1 &&
		TupleDescAttr(RelationGetDescr(rel), 0)->atttypid == INT8OID)
	{
		scan = table_beginscan(rel, ActiveSnapshotSet() ? GetActiveSnapshot() : GetTransactionSnapshot(),
							   0, NULL);
		tup = heap_getnext(scan, ForwardScanDirection);
		if (tup != NULL)
		{
			bool		isnull;
			Datum		v = heap_getattr(tup, 1, RelationGetDescr(rel), &isnull);

			key->xmin = HeapTupleHeaderGetRawXmin(tup->t_data);
			key->version = isnull ? -1 : DatumGetInt64(v);
			/* the row as this transaction changed it: its changes may roll back */
			ok = !isnull && !TransactionIdIsCurrentTransactionId(key->xmin) &&
				heap_getnext(scan, ForwardScanDirection) == NULL;
		}
		table_endscan(scan);
	}
	table_close(rel, AccessShareLock);
	if (!ok)
		return false;
	key->format = GP_SNAPSHOT_FORMAT;
	key->build = build_id();
	key->dboid = MyDatabaseId;
	gp_icu_version(key->icu, sizeof(key->icu));
	return true;
}

/* the image as a dictionary (the gazetteer viewed in place; the lexicons when first needed) */
static void
attach(const void *image, size_t size, MemoryContext cxt, GpDict *d)
{
	gp_arena	arena;
	gp_snapshot snap;

	gp_arena_init(&arena, cxt);
	if (!gp_snapshot_attach(image, size, &arena, &snap))
		elog(ERROR, "geopol dictionary image is damaged");
	memset(d, 0, sizeof(*d));
	d->gaz = snap.gaz;
	d->names = snap.names;
	d->ncues = snap.ncues;
	d->image_bytes = snap.size;
	dict_image = image;
}

/* compile privately: the image copied into cxt, the build's memory freed with build_cxt */
static void
attach_private(MemoryContext build_cxt, MemoryContext cxt, GpDict *d)
{
	MemoryContext old = MemoryContextSwitchTo(build_cxt);
	size_t		size;
	void	   *image = compile(NULL, &size);
	void	   *copy;

	MemoryContextSwitchTo(old);
	copy = MemoryContextAllocHuge(cxt, size);
	memcpy(copy, image, size);
	attach(copy, size, cxt, d);
}

static void
remember_relids(void)
{
	Oid			nsp = get_namespace_oid("geopol", false);

	dict_relids[0] = get_relname_relid("alias", nsp);
	dict_relids[1] = get_relname_relid("actor", nsp);
	dict_relids[2] = get_relname_relid("leader_term", nsp);
	dict_relids[3] = get_relname_relid("cue", nsp);
	dict_relids[4] = get_relname_relid("cue_modifier", nsp);
	dict_relids[5] = get_relname_relid("event_type", nsp);
	dict_relids[6] = get_relname_relid("topic", nsp);
	dict_relids[7] = get_relname_relid("topic_term", nsp);
	dict_relids[8] = get_relname_relid("state_parent", nsp);
}

/*
 * The shared image of key: mapped if stored, else compiled (by one backend
 * at a time) and stored.  NULL (after a WARNING) when it cannot be stored.
 */
static const void *
map_or_build(const GpSnapKey *key, MemoryContext build_cxt, size_t *size, const char **source)
{
	const void *map = gp_pg_snapshot_map(key, size);
	int			lock;

	*source = "shared snapshot, mapped";
	if (map != NULL)
		return map;
	lock = gp_pg_snapshot_lock(key->dboid);
	/* another builder may have stored it while we waited */
	map = gp_pg_snapshot_map(key, size);
	if (map == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(build_cxt);
		size_t		isize;
		void	   *image = compile(key, &isize);

		MemoryContextSwitchTo(old);
		if (gp_pg_snapshot_store(key, image, isize))
			map = gp_pg_snapshot_map(key, size);
		*source = "shared snapshot, compiled and stored by this session";
	}
	gp_pg_snapshot_unlock(lock);
	return map;
}

const GpDict *
gp_pg_dict_get(bool lexicons)
{
	if (!dict_valid)
		load();
	if (lexicons && dict.cues == NULL)
	{
		/* the cue and topic lexicons: viewed in the image when first needed */
		gp_arena	arena;
		const gp_cues *cues;
		const gp_topicset *topics;

		gp_arena_init(&arena, dict_cxt);
		if (!gp_snapshot_lexicons(dict_image, dict.image_bytes, &arena, &cues, &topics))
			elog(ERROR, "geopol dictionary image is damaged");
		dict.topics = topics;
		dict.cues = cues;
	}
	return &dict;
}

/* this statement's dictionary into dict */
static void
load(void)
{
	instr_time	start,
				dur;
	GpSnapKey	key;
	bool		shared;
	MemoryContext cxt,
				build_cxt;
	const void *volatile map = NULL;
	size_t		map_size = 0;
	GpDict		d;

	INSTR_TIME_SET_CURRENT(start);
	if (!callback_registered)
	{
		CacheRegisterRelcacheCallback(dict_relcache_cb, (Datum) 0);
		callback_registered = true;
	}
	remember_relids();
	shared = read_key(&key);
	if (shared && dict_shared && memcmp(&key, &dict_key, sizeof(key)) == 0)
	{
		/* invalidated, but the version is still the one we have */
		dict_valid = true;
		return;
	}

	cxt = AllocSetContextCreate(TopMemoryContext, "geopol dictionary", ALLOCSET_SMALL_SIZES);
	build_cxt = AllocSetContextCreate(CurrentMemoryContext, "geopol dictionary compile", ALLOCSET_DEFAULT_SIZES);
	PG_TRY();
	{
		const char *source = "compiled by this session";

		if (shared)
			map = map_or_build(&key, build_cxt, &map_size, &source);
		if (map != NULL)
			attach(map, map_size, cxt, &d);
		else
		{
			attach_private(build_cxt, cxt, &d);
			if (shared)
				source = "compiled by this session (the shared snapshot could not be stored)";
		}
		d.source = source;
	}
	PG_CATCH();
	{
		gp_pg_snapshot_unmap(map, map_size);
		MemoryContextDelete(cxt);
		PG_RE_THROW();
	}
	PG_END_TRY();
	MemoryContextDelete(build_cxt);

	/* the new dictionary replaces the old one */
	if (dict_cxt != NULL)
		MemoryContextDelete(dict_cxt);
	gp_pg_snapshot_unmap(dict_map, dict_map_size);
	dict_cxt = cxt;
	dict_map = map;
	dict_map_size = map_size;
	dict_shared = map != NULL;
	dict_key = key;
	dict = d;
	INSTR_TIME_SET_CURRENT(dur);
	INSTR_TIME_SUBTRACT(dur, start);
	dict.compile_ms = INSTR_TIME_GET_MILLISEC(dur);
	dict.compiled_at = GetCurrentTimestamp();
	dict.version = dict_shared ? key.version : -1;
	dict_valid = true;
}

/*
 * The token norms of a name as text[], stemmed (cues, topic terms: "*" stays
 * a gap) or not (aliases): what the matcher compares.
 */
static ArrayType *
token_norms(text *t, bool stem)
{
	GpInput		in;
	gp_arena	a;
	gp_token   *tok;
	gp_sentence whole = {0, 0, 0, 0, 0};
	int32		n;
	Datum	   *elems;

	gp_pg_input_from_text(t, &in);
	gp_arena_init(&a, CurrentMemoryContext);
	whole.len = in.len;
	n = gp_tokenize_span(gp_pg_segmenter(), in.utf8, &whole, false, &a, &tok);
	elems = palloc(sizeof(Datum) * Max(n, 1));
	for (int32 i = 0; i < n; i++)
	{
		if (stem && tok[i].kind == GP_TOK_WORD)
		{
			char	   *st = palloc(tok[i].normlen + 2);
			size_t		sl = gp_stem(tok[i].norm, tok[i].normlen, st);

			elems[i] = PointerGetDatum(gp_pg_text_from_utf8(st, (int32) sl));
		}
		else
			elems[i] = PointerGetDatum(gp_pg_norm_from_utf8(tok[i].norm, tok[i].normlen,
														 in.utf8 + tok[i].start, tok[i].len));
	}
	return construct_array(elems, n, TEXTOID, -1, false, TYPALIGN_INT);
}

PG_FUNCTION_INFO_V1(geopol_norms);
Datum
geopol_norms(PG_FUNCTION_ARGS)
{
	PG_RETURN_ARRAYTYPE_P(token_norms(PG_GETARG_TEXT_PP(0), false));
}

PG_FUNCTION_INFO_V1(geopol_stems);
Datum
geopol_stems(PG_FUNCTION_ARGS)
{
	PG_RETURN_ARRAYTYPE_P(token_norms(PG_GETARG_TEXT_PP(0), true));
}

/*
 * Statement trigger on the dictionary tables: the dictionary's version moves
 * on (in this transaction: other sessions see it when it commits) and every
 * backend is told to look at it again at its next statement.
 */
PG_FUNCTION_INFO_V1(geopol_dictionary_changed);
Datum
geopol_dictionary_changed(PG_FUNCTION_ARGS)
{
	TriggerData *td = (TriggerData *) fcinfo->context;
	Oid			nsp;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("geopol._dictionary_changed() must be called as a trigger")));
	nsp = get_namespace_oid("geopol", false);
	if (OidIsValid(get_relname_relid("dictionary_version", nsp)))
	{
		if (SPI_connect() != SPI_OK_CONNECT)
			elog(ERROR, "SPI_connect failed");
		if (SPI_execute("UPDATE geopol.dictionary_version SET version = version OPERATOR(pg_catalog.+) 1",
						false, 0) != SPI_OK_UPDATE)
			elog(ERROR, "could not bump geopol.dictionary_version");
		SPI_finish();
	}
	CacheInvalidateRelcacheByRelid(RelationGetRelid(td->tg_relation));
	return PointerGetDatum(NULL);
}

/* where this session's dictionary comes from: for geopol.dictionary_snapshot() */
PG_FUNCTION_INFO_V1(geopol_dictionary_snapshot);
Datum
geopol_dictionary_snapshot(PG_FUNCTION_ARGS)
{
	const GpDict *d = gp_pg_dict_get(false);
	TupleDesc	desc;
	Datum		values[4];
	bool		nulls[4] = {0};
	char		path[MAXPGPATH];

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	values[0] = PointerGetDatum(cstring_to_text(d->source));
	values[1] = Int64GetDatum(d->version);
	nulls[1] = d->version < 0;
	values[2] = Int64GetDatum((int64) d->image_bytes);
	gp_pg_snapshot_path(&dict_key, path, sizeof(path));
	values[3] = PointerGetDatum(cstring_to_text(path));
	nulls[3] = !dict_shared;
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(desc), values, nulls)));
}

PG_FUNCTION_INFO_V1(geopol_dictionary_stats);
Datum
geopol_dictionary_stats(PG_FUNCTION_ARGS)
{
	const GpDict *d = gp_pg_dict_get(false);
	TupleDesc	desc;
	Datum		values[6];
	bool		nulls[6] = {0};

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	values[0] = Int32GetDatum(d->names);
	values[1] = Int32GetDatum(gp_gaz_nentries(d->gaz));
	values[2] = Int32GetDatum(gp_gaz_nnodes(d->gaz));
	values[3] = Int64GetDatum((int64) d->image_bytes);
	values[4] = Float8GetDatum(d->compile_ms);
	values[5] = TimestampTzGetDatum(d->compiled_at);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(desc), values, nulls)));
}
