/*
 * pg_cldr.c — country names in every locale ICU ships (CLDR), used at
 * CREATE EXTENSION to fill geopol.alias.
 */
#include "pg_geopol.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"

#include <unicode/uloc.h>
#include <unicode/ustring.h>

PG_FUNCTION_INFO_V1(geopol_cldr_country_names);
Datum
geopol_cldr_country_names(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo;
	const char *const *countries = uloc_getISOCountries();
	int32		nloc = uloc_countAvailable();

	InitMaterializedSRF(fcinfo, 0);
	rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	for (int c = 0; countries[c] != NULL; c++)
	{
		char		tag[16];
		const char *alpha3;

		snprintf(tag, sizeof(tag), "und_%s", countries[c]);
		alpha3 = uloc_getISO3Country(tag);
		if (alpha3 == NULL || strlen(alpha3) != 3)
			continue;
		for (int32 l = 0; l < nloc; l++)
		{
			const char *loc = uloc_getAvailable(l);
			UChar		name[256];
			char		utf8[1024];
			char		lang[16];
			UErrorCode	st = U_ZERO_ERROR;
			int32		n,
						blen;
			Datum		values[3];
			bool		nulls[3] = {0};

			CHECK_FOR_INTERRUPTS();
			n = uloc_getDisplayCountry(tag, loc, name, lengthof(name), &st);
			/* U_USING_DEFAULT_WARNING: no name in this locale, the code came back */
			if (U_FAILURE(st) || st == U_USING_DEFAULT_WARNING || n <= 0)
				continue;
			u_strToUTF8(utf8, sizeof(utf8), &blen, name, n, &st);
			if (U_FAILURE(st) || blen <= 0 || blen >= (int32) sizeof(utf8))
				continue;
			/* a LATIN1 database gets the names it can hold */
			if (!gp_pg_server_can_hold(utf8, blen))
				continue;
			st = U_ZERO_ERROR;
			uloc_getLanguage(loc, lang, sizeof(lang), &st);
			if (U_FAILURE(st))
				continue;
			values[0] = PointerGetDatum(cstring_to_text(alpha3));
			values[1] = PointerGetDatum(cstring_to_text(lang));
			values[2] = PointerGetDatum(gp_pg_text_from_utf8(utf8, blen));
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		}
	}
	return (Datum) 0;
}
