/*
 * pg_citus.c — the little C that geopol needs on a Citus cluster.
 *
 * geopol never links against Citus and never requires it: whether a table is
 * distributed is found at run time, in SQL (sql/code/68_citus.sql).  Two
 * things cannot be written in SQL:
 *
 *   geopol._regclass(oid): the OID of a tracked table of the coordinator as a
 *   regclass, STABLE so that the planner does not fold it into a constant.
 *   Citus deparses a regclass constant by name, so a constant pushed down to
 *   a worker comes back (binary protocol) as the worker's OID of that name;
 *   a function call is deparsed as a call with the coordinator's number.
 *
 *   geopol._creating_extension(): whether an extension script is running.
 *   CREATE and ALTER EXTENSION run geopol's scripts on every node of the
 *   cluster, so the dictionary changes they make must not be copied to the
 *   workers a second time.
 */
#include "pg_geopol.h"

#include "catalog/dependency.h"
#include "catalog/objectaddress.h"
#include "catalog/pg_class.h"
#include "catalog/pg_extension.h"
#include "commands/extension.h"
#include "miscadmin.h"
#include "utils/syscache.h"

PG_FUNCTION_INFO_V1(geopol_regclass);
Datum
geopol_regclass(PG_FUNCTION_ARGS)
{
	PG_RETURN_OID(PG_GETARG_OID(0));
}

PG_FUNCTION_INFO_V1(geopol_creating_extension);
Datum
geopol_creating_extension(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(creating_extension);
}

/*
 * geopol._depend_on_extension(rel): records that table rel depends on the
 * extension geopol, as its inheriting geopol._tracking_base does on one
 * node: DROP EXTENSION geopol refuses to drop it unless CASCADE, which drops
 * it.  (A distributed table cannot inherit, and ALTER ... DEPENDS ON
 * EXTENSION takes no tables.)  Superuser only: track() calls it.
 */
PG_FUNCTION_INFO_V1(geopol_depend_on_extension);
Datum
geopol_depend_on_extension(PG_FUNCTION_ARGS)
{
	Oid			relid = PG_GETARG_OID(0);
	Oid			extoid = get_extension_oid("geopol", false);
	ObjectAddress rel;
	ObjectAddress ext;

	if (!superuser())
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("must be superuser to record a dependency on extension geopol")));
	if (!SearchSysCacheExists1(RELOID, ObjectIdGetDatum(relid)))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("relation with OID %u does not exist", relid)));
	ObjectAddressSet(rel, RelationRelationId, relid);
	ObjectAddressSet(ext, ExtensionRelationId, extoid);
	recordDependencyOn(&rel, &ext, DEPENDENCY_NORMAL);
	PG_RETURN_VOID();
}
