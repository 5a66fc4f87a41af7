/*
 * pg_rows.c — result rows placed by column name (see pg_rows.h).
 */
#include "pg_geopol.h"

#include "funcapi.h"
#include "utils/tuplestore.h"

#include "pg_rows.h"

#define GP_ROW_NAME(n, t) #n,
const char *const gp_pg_mention_colnames[GP_MENTION_NCOLS] = {GP_MENTION_COLUMNS(GP_ROW_NAME)};
const char *const gp_pg_relation_colnames[GP_RELATION_NCOLS] = {GP_RELATION_COLUMNS(GP_ROW_NAME)};
const char *const gp_pg_topic_colnames[GP_TOPIC_NCOLS] = {GP_TOPIC_COLUMNS(GP_ROW_NAME)};
const char *const gp_pg_doc_colnames[GP_DOC_NCOLS] = {GP_DOC_COLUMNS(GP_ROW_NAME)};

#define GP_ROW_TYPE(n, t) t,
const char *const gp_pg_mention_coltypes[GP_MENTION_NCOLS] = {GP_MENTION_COLUMNS(GP_ROW_TYPE)};
const char *const gp_pg_relation_coltypes[GP_RELATION_NCOLS] = {GP_RELATION_COLUMNS(GP_ROW_TYPE)};
const char *const gp_pg_topic_coltypes[GP_TOPIC_NCOLS] = {GP_TOPIC_COLUMNS(GP_ROW_TYPE)};

GpRowMap *
gp_pg_row_map(TupleDesc desc, const char *const *names, int ncols, const char *prefix, MemoryContext cxt)
{
	GpRowMap   *m = MemoryContextAlloc(cxt, offsetof(GpRowMap, src) + sizeof(int16) * Max(desc->natts, 1));
	size_t		plen = strlen(prefix);

	m->natts = desc->natts;
	for (int j = 0; j < desc->natts; j++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, j);
		const char *an = NameStr(att->attname);

		m->src[j] = -1;
		if (att->attisdropped || strncmp(an, prefix, plen) != 0)
			continue;
		for (int k = 0; k < ncols; k++)
			if (strcmp(an + plen, names[k]) == 0)
			{
				m->src[j] = (int16) k;
				break;
			}
	}
	return m;
}

void
gp_pg_row_maps_cover(TupleDesc desc, const char *what, GpRowMap **maps, int nmaps,
				  const char *const *other, int nother)
{
	for (int j = 0; j < desc->natts; j++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, j);
		bool		known = att->attisdropped;

		for (int i = 0; i < nmaps && !known; i++)
			known = maps[i]->src[j] >= 0;
		for (int i = 0; i < nother && !known; i++)
			known = strcmp(NameStr(att->attname), other[i]) == 0;
		if (!known)
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("%s declares a column \"%s\" that this geopol library does not know",
							what, NameStr(att->attname)),
					 errdetail("The SQL definitions in the database are newer than the installed library."),
					 errhint("Install the geopol library of the version the database has (SELECT extversion FROM pg_extension WHERE extname = 'geopol').")));
	}
}

void
gp_pg_row_sink_init(GpRowSink *sink, FunctionCallInfo fcinfo, const char *what,
				 const char *const *names, int ncols)
{
	sink->rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	sink->map = fcinfo->flinfo->fn_extra;
	if (sink->map == NULL || sink->map->natts != sink->rsinfo->setDesc->natts)
	{
		sink->map = gp_pg_row_map(sink->rsinfo->setDesc, names, ncols, "", fcinfo->flinfo->fn_mcxt);
		gp_pg_row_maps_cover(sink->rsinfo->setDesc, what, &sink->map, 1, NULL, 0);
		fcinfo->flinfo->fn_extra = sink->map;
	}
	sink->values = palloc(sizeof(Datum) * Max(sink->map->natts, 1));
	sink->nulls = palloc(sizeof(bool) * Max(sink->map->natts, 1));
}

void
gp_pg_row_sink_put(GpRowSink *sink, const Datum *cv, const bool *cn)
{
	gp_pg_row_place(sink->map, cv, cn, sink->values, sink->nulls);
	tuplestore_putvalues(sink->rsinfo->setResult, sink->rsinfo->setDesc, sink->values, sink->nulls);
}
