/*
 * pg_rows.h — the one definition of each result row, and how rows are laid
 * out for whoever asks.
 *
 * A mention, a relation and a topic each have one list of columns here
 * (X-macros: name and SQL type, in order).  From it come the C value
 * fillers' indexes (GP_M_actor ...), the names the rows are matched by,
 * the jsonb keys of geopol.analyze(), and — through tools/build_sql.pl,
 * which reads this file — the SQL row types geopol.mention_row,
 * geopol.relation_row and geopol.topic_row that geopol.mentions(),
 * relations() and topics() return, that tracked tables store, and that
 * geopol._analyze_rows() lays side by side.  A new column is one line here
 * (plus, for databases that exist, its ALTER TYPE in the release's update
 * script).
 *
 * The fillers write a row in this canonical order; a GpRowMap then places
 * it into whatever the calling SQL declared, by column name.  So the
 * library serves the SQL of every release: a 0.2.0 database, whose
 * functions declare fewer columns, keeps working with a newer library
 * until ALTER EXTENSION geopol UPDATE.
 */
#ifndef PG_ROWS_H
#define PG_ROWS_H

#include "access/tupdesc.h"
#include "fmgr.h"
#include "nodes/execnodes.h"
#include "utils/builtins.h"

#define GP_MENTION_COLUMNS(X) \
	X(sentence, "int") \
	X(start_pos, "int") \
	X(len, "int") \
	X(surface, "text") \
	X(actor, "text") \
	X(entity, "text") \
	X(kind, "text") \
	X(country, "text") \
	X(sector, "text")

#define GP_RELATION_COLUMNS(X) \
	X(sentence, "int") \
	X(source, "text") \
	X(target, "text") \
	X(event, "text") \
	X(mode, "text") \
	X(quad, "smallint") \
	X(score, "real") \
	X(negated, "boolean") \
	X(hypothetical, "boolean") \
	X(cue, "text") \
	X(start_pos, "int") \
	X(len, "int") \
	X(evidence, "text") \
	X(rule, "text") \
	X(main, "boolean") \
	X(kind, "text") \
	X(tone, "real")

#define GP_TOPIC_COLUMNS(X) \
	X(topic, "text") \
	X(score, "real") \
	X(hits, "int") \
	X(terms, "text[]")

/* a document's own columns in geopol._analyze_rows() (prefixed d_ there) */
#define GP_DOC_COLUMNS(X) \
	X(sentences, "int") \
	X(mentions, "int") \
	X(relations, "int") \
	X(topics, "int") \
	X(mention_list, "geopol.mention_row[]") \
	X(topic_list, "geopol.topic_row[]") \
	X(text_hash, "bigint")

#define GP_ROW_ENUM_M(n, t) GP_M_##n,
#define GP_ROW_ENUM_R(n, t) GP_R_##n,
#define GP_ROW_ENUM_T(n, t) GP_T_##n,
#define GP_ROW_ENUM_D(n, t) GP_D_##n,
enum
{
	GP_MENTION_COLUMNS(GP_ROW_ENUM_M) GP_MENTION_NCOLS
};
enum
{
	GP_RELATION_COLUMNS(GP_ROW_ENUM_R) GP_RELATION_NCOLS
};
enum
{
	GP_TOPIC_COLUMNS(GP_ROW_ENUM_T) GP_TOPIC_NCOLS
};
enum
{
	GP_DOC_COLUMNS(GP_ROW_ENUM_D) GP_DOC_NCOLS
};

/* the SQL type of each column, as the lists give it ("int", "text[]" ...) */
extern const char *const gp_pg_mention_coltypes[GP_MENTION_NCOLS];
extern const char *const gp_pg_relation_coltypes[GP_RELATION_NCOLS];
extern const char *const gp_pg_topic_coltypes[GP_TOPIC_NCOLS];

extern const char *const gp_pg_mention_colnames[GP_MENTION_NCOLS];
extern const char *const gp_pg_relation_colnames[GP_RELATION_NCOLS];
extern const char *const gp_pg_topic_colnames[GP_TOPIC_NCOLS];
extern const char *const gp_pg_doc_colnames[GP_DOC_NCOLS];

/*
 * Where each column of a declared row comes from: for attribute j of the
 * descriptor it was made for, src[j] is an index into a canonical row, or
 * -1 when the column is not one of that row's (another part fills it, or
 * it stays NULL).
 */
typedef struct GpRowMap
{
	int			natts;
	int16		src[FLEXIBLE_ARRAY_MEMBER];
} GpRowMap;

/*
 * The map of desc's attributes named prefix || name for the names of one
 * row (in cxt).  Columns of desc that match no name get -1.
 */
extern GpRowMap *gp_pg_row_map(TupleDesc desc, const char *const *names, int ncols,
							const char *prefix, MemoryContext cxt);
/* raises when some attribute of desc is in none of the maps */
extern void gp_pg_row_maps_cover(TupleDesc desc, const char *what, GpRowMap **maps, int nmaps,
							  const char *const *other, int nother);
/* copies a canonical row into the declared one, where m says */
static inline void
gp_pg_row_place(const GpRowMap *m, const Datum *cv, const bool *cn, Datum *values, bool *nulls)
{
	for (int j = 0; j < m->natts; j++)
		if (m->src[j] >= 0)
		{
			values[j] = cv[m->src[j]];
			nulls[j] = cn[m->src[j]];
		}
}

/* text datum of a UTF-8 C string (dictionary strings), or NULL */
static inline Datum
gp_pg_text_or_null(const char *s, bool *isnull)
{
	if (s == NULL)
	{
		*isnull = true;
		return (Datum) 0;
	}
	*isnull = false;
	return PointerGetDatum(gp_pg_text_from_utf8(s, (int32) strlen(s)));
}

struct GpSentenceResult;
struct gp_topic_result;

/* kinds: the text datums of gp_mkind_name */
extern void gp_pg_mention_kinds(Datum *kinds);
/* the canonical rows: GP_MENTION_NCOLS, GP_RELATION_NCOLS, GP_TOPIC_NCOLS values */
extern void gp_pg_mention_values(const struct GpSentenceResult *r, int32 i, const Datum *kinds,
							  Datum *values, bool *nulls);
/* evidence: the sentence's text datum, shared by its relations */
extern Datum gp_pg_relation_evidence(const struct GpSentenceResult *r);
extern void gp_pg_relation_values(const struct GpSentenceResult *r, int32 i, Datum evidence,
							   Datum *values, bool *nulls);
extern void gp_pg_topic_values(const struct gp_topic_result *t, Datum *values, bool *nulls);

/*
 * A set-returning function's rows of one part (mentions(), relations(),
 * topics()): its result descriptor mapped once per call site, then each
 * canonical row placed and stored.
 */
typedef struct GpRowSink
{
	ReturnSetInfo *rsinfo;
	GpRowMap   *map;
	Datum	   *values;
	bool	   *nulls;
} GpRowSink;

extern void gp_pg_row_sink_init(GpRowSink *sink, FunctionCallInfo fcinfo, const char *what,
							 const char *const *names, int ncols);
extern void gp_pg_row_sink_put(GpRowSink *sink, const Datum *cv, const bool *cn);

#endif
