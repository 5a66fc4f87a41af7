/*
 * pg_owner.c — geopol._as_owner(rel, query, params): one statement run with
 * the rights of a table's owner, the way PostgreSQL itself runs REFRESH
 * MATERIALIZED VIEW, CREATE INDEX and VACUUM on a user's table.
 *
 * Tracking a table means running code its owner controls: a domain's CHECK
 * on the key, an operator the owner defined on the key's type, the table's
 * row-level security policies.  When a superuser's CALL geopol.refresh()
 * (the documented pg_cron job) or a superuser's track() and requeue() ran
 * that code, it ran with superuser rights, and SET ROLE was no boundary: the
 * owner's code could SET LOCAL ROLE NONE and act as the session user.  The
 * answer is PostgreSQL's own (the fixes of CVE-2020-25695 and
 * CVE-2022-1552): do the table's work as its owner, under
 * SECURITY_RESTRICTED_OPERATION (no SET ROLE, no SET SESSION AUTHORIZATION,
 * no temporary objects, no cursors held past the statement), in a fresh GUC
 * nest level that is unwound afterwards (the owner's SET and set_config()
 * do not outlive the statement), with search_path pinned to pg_catalog.
 *
 * The caller must have the privileges of the table's owner (be it, be a
 * member with INHERIT, or be a superuser), so calling this gives nothing
 * the caller could not do by logging in as the owner.  The result is the
 * statement's rows, typed by the caller's column definition list, as with
 * dblink: SELECT * FROM geopol._as_owner(t, 'SELECT ...', ARRAY[...]) AS
 * r(a int, b bigint).  Parameters are text: the statement casts them.
 *
 * On error the transaction (or the caller's subtransaction) is aborted,
 * which restores the user ID, the security context and the GUC nest level,
 * exactly as for REFRESH MATERIALIZED VIEW.
 */
#include "pg_geopol.h"

#include "access/htup_details.h"
#include "catalog/pg_class.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

/* the owner of rel; raises when the current user lacks the owner's rights */
static Oid
owner_for(Oid relid)
{
	HeapTuple	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	Oid			owner;

	if (!HeapTupleIsValid(tup))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("relation with OID %u does not exist", relid)));
	owner = ((Form_pg_class) GETSTRUCT(tup))->relowner;
	ReleaseSysCache(tup);
	if (!has_privs_of_role(GetUserId(), owner))
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("must have the privileges of the owner of table %s",
						get_rel_name(relid)),
				 errhint("Only the table's owner, a role that inherits its privileges, or a superuser can do this.")));
	return owner;
}

PG_FUNCTION_INFO_V1(geopol_as_owner);
Datum
geopol_as_owner(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Oid			relid;
	char	   *query;
	int			nparams = 0;
	Datum	   *values = NULL;
	bool	   *isnull = NULL;
	Oid		   *types = NULL;
	char	   *nulls = NULL;
	Oid			owner;
	Oid			save_userid;
	int			save_sec_context;
	int			save_nestlevel;
	int			rc;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("geopol._as_owner() needs a table and a statement")));
	relid = PG_GETARG_OID(0);
	query = text_to_cstring(PG_GETARG_TEXT_PP(1));
	if (!PG_ARGISNULL(2))
	{
		ArrayType  *params = PG_GETARG_ARRAYTYPE_P(2);

		if (ARR_NDIM(params) > 1)
			ereport(ERROR,
					(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
					 errmsg("the parameters of geopol._as_owner() must be a one-dimensional array")));
		deconstruct_array(params, TEXTOID, -1, false, TYPALIGN_INT, &values, &isnull, &nparams);
		types = palloc(sizeof(Oid) * Max(nparams, 1));
		nulls = palloc(Max(nparams, 1));
		for (int i = 0; i < nparams; i++)
		{
			types[i] = TEXTOID;
			nulls[i] = isnull[i] ? 'n' : ' ';
		}
	}

	InitMaterializedSRF(fcinfo, 0);
	owner = owner_for(relid);

	GetUserIdAndSecContext(&save_userid, &save_sec_context);
	SetUserIdAndSecContext(owner, save_sec_context | SECURITY_RESTRICTED_OPERATION);
	save_nestlevel = NewGUCNestLevel();
	(void) set_config_option("search_path", "pg_catalog, pg_temp", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	rc = SPI_execute_with_args(query, nparams, types, values, nulls, false, 0);
	if (rc < 0)
		elog(ERROR, "SPI_execute_with_args failed: %s", SPI_result_code_string(rc));
	if (SPI_tuptable != NULL)
	{
		TupleDesc	have = SPI_tuptable->tupdesc;
		TupleDesc	want = rsinfo->setDesc;

		if (have->natts != want->natts)
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("the statement returns %d columns, the column definition list has %d",
							have->natts, want->natts)));
		for (int i = 0; i < have->natts; i++)
			if (TupleDescAttr(have, i)->atttypid != TupleDescAttr(want, i)->atttypid)
				ereport(ERROR,
						(errcode(ERRCODE_DATATYPE_MISMATCH),
						 errmsg("column %d of the statement is of type %s, the column definition list says %s",
								i + 1, format_type_be(TupleDescAttr(have, i)->atttypid),
								format_type_be(TupleDescAttr(want, i)->atttypid))));
		for (uint64 r = 0; r < SPI_processed; r++)
		{
			CHECK_FOR_INTERRUPTS();
			tuplestore_puttuple(rsinfo->setResult, SPI_tuptable->vals[r]);
		}
	}
	SPI_finish();

	AtEOXact_GUC(false, save_nestlevel);
	SetUserIdAndSecContext(save_userid, save_sec_context);
	return (Datum) 0;
}
