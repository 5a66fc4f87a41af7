/*
 * pg_countries.c — geopol.countries(doc, doc_date, min_salience): which
 * countries a document is about, and how strongly.
 *
 * One pipeline pass gives the mentions (with the text around them), the
 * ticker symbols of each sentence and its currency and company-form words.
 * Every weight and rule is data: geopol.country_weight (kinds, headline,
 * list, market cap, salience rule), geopol.mention_role (patterns around a
 * mention), geopol.ticker_rule (exchange suffixes),
 * geopol.country_indicator (words) and geopol.igo_seat (where organisations
 * sit).  They are read once per backend and again after a statement changes
 * them (their statement trigger geopol._countries_changed sends a relcache
 * invalidation for the table; the dictionary is not recompiled).
 *
 * salience of a country = sum over its mentions of
 *     kind weight x headline (first sentence) x list (a list item) x the
 *     smallest weight up to 1 of the roles the mention matches (a currency,
 *     a company name) x the largest weight above 1 (a dateline) (a blocked
 *     name with a home country, "Swiss franc", is a mention of kind block:
 *     weak, and it names no country, so indicator words still count beside
 *     it)
 *   + for each mention of an organisation, the weight of igo for the
 *     country it sits in (geopol.igo_seat): weak, it names no country
 *   + market evidence (tickers; indicator words with their weight when no
 *     country is named, with their named_weight when one is, and not at all
 *     when a word of negative weight speaks against the country: "Ltd" is no
 *     U.S. company form, so "dlrs" then says nothing), at most market_cap.
 * salient = salience >= min_salience and >= relative x the top salience, or
 * the top country with salience >= top_min.
 */
#include "pg_geopol.h"

#include "catalog/pg_collation.h"
#include "catalog/pg_type.h"
#include "catalog/namespace.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "parser/scansup.h"
#include "miscadmin.h"
#include "regex/regex.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/float.h"
#include "utils/guc.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "gp_countries.h"
#include "pg_pipeline.h"

#define GP_ROLE_BEFORE_CHARS 40
#define GP_ROLE_AFTER_CHARS 50
#define GP_MAX_ROLES 64

typedef struct CwRole
{
	char	   *name;
	float		weight;
	regex_t    *before;			/* compiled once per load, or NULL */
	regex_t    *after;
	uint32		kinds;			/* bits of the mention kinds it applies to */
} CwRole;

typedef struct CwTicker
{
	char	   *suffix;			/* NULL: a symbol without suffix */
	text	   *pattern;		/* NULL: any symbol */
	char	   *country;
	float		weight;
} CwTicker;

typedef struct CwIndicator
{
	char	   *term;			/* UTF-8; words separated by single spaces */
	int32		len;
	int32		first_len;		/* bytes of its first word: the token it is found by */
	char	   *country;
	float		weight;
	float		named_weight;	/* in a document that names a country */
} CwIndicator;

typedef struct CwSeat
{
	char	   *igo;
	char	   *seat;
} CwSeat;

typedef struct CwSettings
{
	float		kind_weight[GP_MK_NKINDS];
	float		headline,
				list,
				market_cap,
				relative,
				top_min;
	CwRole	   *roles;
	int			nroles;
	CwTicker   *tickers;		/* by suffix, then priority */
	int			ntickers;
	CwIndicator *indicators;	/* sorted by term (bytes) */
	int			nindicators;
	CwSeat	   *seats;			/* sorted by igo */
	int			nseats;
} CwSettings;

static CwSettings cw;
static bool cw_valid = false;
static bool cw_callback = false;
static MemoryContext cw_cxt = NULL;
static Oid	cw_relids[5];

static void
cw_relcache_cb(Datum arg, Oid relid)
{
	(void) arg;
	if (!cw_valid)
		return;
	if (relid == InvalidOid)
		cw_valid = false;
	for (int i = 0; i < lengthof(cw_relids); i++)
		if (relid == cw_relids[i])
			cw_valid = false;
}

static char *
col_utf8(HeapTuple tup, TupleDesc desc, int col)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tup, desc, col, &isnull);
	char	   *s;

	if (isnull)
		return NULL;
	s = TextDatumGetCString(d);
	return pg_server_to_any(s, (int) strlen(s), PG_UTF8);
}

static text *
col_text(HeapTuple tup, TupleDesc desc, int col)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tup, desc, col, &isnull);

	return isnull ? NULL : DatumGetTextPCopy(d);
}

static float
col_real(HeapTuple tup, TupleDesc desc, int col)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tup, desc, col, &isnull);

	return isnull ? 1.0f : DatumGetFloat4(d);
}

/*
 * A pattern compiled into the settings' memory: the roles run on every
 * mention, so they skip the regular expression cache that ~ goes through.
 */
static regex_t *
compile_pattern(HeapTuple tup, TupleDesc desc, int col)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tup, desc, col, &isnull);
	text	   *t;
	pg_wchar   *w;
	int			wlen,
				rc;
	regex_t    *re;

	if (isnull)
		return NULL;
	t = DatumGetTextPP(d);
	w = palloc(sizeof(pg_wchar) * (VARSIZE_ANY_EXHDR(t) + 1));
	wlen = pg_mb2wchar_with_len(VARDATA_ANY(t), w, VARSIZE_ANY_EXHDR(t));
	re = palloc(sizeof(regex_t));
	rc = pg_regcomp(re, w, wlen, REG_ADVANCED | REG_NOSUB, DEFAULT_COLLATION_OID);
	if (rc != REG_OKAY)
	{
		char		msg[100];

		pg_regerror(rc, re, msg, sizeof(msg));
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_REGULAR_EXPRESSION),
				 errmsg("invalid regular expression: %s", msg),
				 errdetail("The pattern is in geopol.mention_role.")));
	}
	return re;
}

/* a text[] of mention kind names as bits (NULL: every kind) */
static uint32
col_kinds(HeapTuple tup, TupleDesc desc, int col)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tup, desc, col, &isnull);
	Datum	   *el;
	bool	   *nulls;
	int			n;
	uint32		bits = 0;

	if (isnull)
		return ~(uint32) 0;
	deconstruct_array(DatumGetArrayTypeP(d), TEXTOID, -1, false, TYPALIGN_INT, &el, &nulls, &n);
	for (int i = 0; i < n; i++)
	{
		char	   *k;

		if (nulls[i])
			continue;
		k = TextDatumGetCString(el[i]);
		for (int j = 0; j < GP_MK_NKINDS; j++)
			if (strcmp(k, gp_mkind_name[j]) == 0)
				bits |= 1u << j;
	}
	return bits;
}

static int
cmp_bytes(const char *a, int32 alen, const char *b, int32 blen)
{
	int			c = memcmp(a, b, Min(alen, blen));

	return c != 0 ? c : (alen > blen) - (alen < blen);
}

/* by first word (the token a term is found by), then by the whole term */
static int
cmp_indicator(const void *a, const void *b)
{
	const CwIndicator *x = a,
			   *y = b;
	int			c = cmp_bytes(x->term, x->first_len, y->term, y->first_len);

	return c != 0 ? c : cmp_bytes(x->term, x->len, y->term, y->len);
}

/* bsearch key: a token's bytes against an entry's first word */
static int
cmp_indicator_word(const void *a, const void *b)
{
	const CwIndicator *x = a,
			   *y = b;

	return cmp_bytes(x->term, x->len, y->term, y->first_len);
}

/*
 * Length in bytes of the text at pos that a phrase's words after its first
 * match ("selling concession" after "selling"): a space of the term matches
 * a run of white space, other bytes match exactly; 0 when they do not.
 */
static int32
indicator_rest(const CwIndicator *ind, const char *s, int32 pos, int32 len)
{
	int32		p = pos;

	for (int32 k = ind->first_len; k < ind->len; k++)
	{
		if (ind->term[k] == ' ')
		{
			int32		p0 = p;

			while (p < len && scanner_isspace(s[p]))
				p++;
			if (p == p0)
				return 0;
		}
		else if (p < len && s[p] == ind->term[k])
			p++;
		else
			return 0;
	}
	return p - pos;
}

static int
cmp_seat(const void *a, const void *b)
{
	return strcmp(((const CwSeat *) a)->igo, ((const CwSeat *) b)->igo);
}

static void
cw_load(void)
{
	int			save_nestlevel;
	Oid			nsp;
	MemoryContext old;

	if (!cw_callback)
	{
		CacheRegisterRelcacheCallback(cw_relcache_cb, (Datum) 0);
		cw_callback = true;
	}
	if (cw_cxt != NULL)
		MemoryContextDelete(cw_cxt);
	cw_cxt = AllocSetContextCreate(TopMemoryContext, "geopol countries settings", ALLOCSET_SMALL_SIZES);
	memset(&cw, 0, sizeof(cw));
	for (int k = 0; k < GP_MK_NKINDS; k++)
		cw.kind_weight[k] = 1.0f;
	cw.kind_weight[GP_MK_IGO] = 0.0f;	/* (an organisation's seat counts only by its row) */
	cw.headline = cw.list = 1.0f;
	cw.market_cap = get_float4_infinity();
	cw.relative = cw.top_min = 0.0f;

	nsp = get_namespace_oid("geopol", false);
	cw_relids[0] = get_relname_relid("country_weight", nsp);
	cw_relids[1] = get_relname_relid("mention_role", nsp);
	cw_relids[2] = get_relname_relid("ticker_rule", nsp);
	cw_relids[3] = get_relname_relid("country_indicator", nsp);
	cw_relids[4] = get_relname_relid("igo_seat", nsp);

	/* the queries mean what they say whatever the caller's search_path */
	save_nestlevel = NewGUCNestLevel();
	(void) set_config_option("search_path", "pg_catalog, pg_temp", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	if (SPI_execute("SELECT evidence, weight FROM geopol.country_weight", true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read geopol.country_weight");
	for (uint64 r = 0; r < SPI_processed; r++)
	{
		HeapTuple	tup = SPI_tuptable->vals[r];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		char	   *ev = col_utf8(tup, desc, 1);
		float		w = col_real(tup, desc, 2);
		bool		known = true;

		if (strcmp(ev, "headline") == 0)
			cw.headline = w;
		else if (strcmp(ev, "list") == 0)
			cw.list = w;
		else if (strcmp(ev, "market_cap") == 0)
			cw.market_cap = w;
		else if (strcmp(ev, "relative") == 0)
			cw.relative = w;
		else if (strcmp(ev, "top_min") == 0)
			cw.top_min = w;
		else
		{
			known = false;
			for (int k = 0; k < GP_MK_NKINDS; k++)
				if (strcmp(ev, gp_mkind_name[k]) == 0)
				{
					cw.kind_weight[k] = w;
					known = true;
				}
		}
		if (!known)
			ereport(WARNING,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("geopol.country_weight has an unknown evidence type \"%s\"", ev),
					 errhint("Known are the mention kinds (state, capital, institution, leader, demonym, place, region, block, igo) and headline, list, market_cap, relative, top_min.")));
	}

	if (SPI_execute("SELECT role, weight, before, after, kinds FROM geopol.mention_role ORDER BY role", true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read geopol.mention_role");
	if (SPI_processed > GP_MAX_ROLES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("geopol.mention_role has %d rows, more than %d", (int) SPI_processed, GP_MAX_ROLES),
				 errhint("Merge rules of the same weight into one pattern.")));
	old = MemoryContextSwitchTo(cw_cxt);
	cw.nroles = (int) SPI_processed;
	cw.roles = palloc0(sizeof(CwRole) * Max(cw.nroles, 1));
	for (int r = 0; r < cw.nroles; r++)
	{
		HeapTuple	tup = SPI_tuptable->vals[r];
		TupleDesc	desc = SPI_tuptable->tupdesc;

		cw.roles[r].name = col_utf8(tup, desc, 1);
		cw.roles[r].weight = col_real(tup, desc, 2);
		cw.roles[r].before = compile_pattern(tup, desc, 3);
		cw.roles[r].after = compile_pattern(tup, desc, 4);
		cw.roles[r].kinds = col_kinds(tup, desc, 5);
	}
	MemoryContextSwitchTo(old);

	if (SPI_execute("SELECT suffix, pattern, country, weight FROM geopol.ticker_rule"
					" ORDER BY suffix NULLS FIRST, priority", true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read geopol.ticker_rule");
	old = MemoryContextSwitchTo(cw_cxt);
	cw.ntickers = (int) SPI_processed;
	cw.tickers = palloc0(sizeof(CwTicker) * Max(cw.ntickers, 1));
	for (int r = 0; r < cw.ntickers; r++)
	{
		HeapTuple	tup = SPI_tuptable->vals[r];
		TupleDesc	desc = SPI_tuptable->tupdesc;

		cw.tickers[r].suffix = col_utf8(tup, desc, 1);
		cw.tickers[r].pattern = col_text(tup, desc, 2);
		cw.tickers[r].country = col_utf8(tup, desc, 3);
		cw.tickers[r].weight = col_real(tup, desc, 4);
	}
	MemoryContextSwitchTo(old);

	if (SPI_execute("SELECT term, country, weight, named_weight FROM geopol.country_indicator", true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read geopol.country_indicator");
	old = MemoryContextSwitchTo(cw_cxt);
	cw.nindicators = (int) SPI_processed;
	cw.indicators = palloc0(sizeof(CwIndicator) * Max(cw.nindicators, 1));
	for (int r = 0; r < cw.nindicators; r++)
	{
		HeapTuple	tup = SPI_tuptable->vals[r];
		TupleDesc	desc = SPI_tuptable->tupdesc;

		char	   *t = col_utf8(tup, desc, 1);
		char	   *w = t;

		/* words separated by single spaces, whatever the row has */
		for (char *q = t; *q; q++)
		{
			bool		sp = scanner_isspace(*q);

			if (sp && (w == t || w[-1] == ' '))
				continue;
			*w++ = sp ? ' ' : *q;
		}
		while (w > t && w[-1] == ' ')
			w--;
		*w = '\0';
		cw.indicators[r].term = t;
		cw.indicators[r].len = (int32) strlen(t);
		cw.indicators[r].first_len = (int32) (strchr(t, ' ') ? strchr(t, ' ') - t : cw.indicators[r].len);
		cw.indicators[r].country = col_utf8(tup, desc, 2);
		cw.indicators[r].weight = col_real(tup, desc, 3);
		cw.indicators[r].named_weight = col_real(tup, desc, 4);
	}
	qsort(cw.indicators, cw.nindicators, sizeof(CwIndicator), cmp_indicator);
	MemoryContextSwitchTo(old);

	/* (a database that still has the SQL of a release before 0.4.0 has no seats) */
	if (OidIsValid(cw_relids[4]))
	{
		if (SPI_execute("SELECT igo, seat FROM geopol.igo_seat", true, 0) != SPI_OK_SELECT)
			elog(ERROR, "could not read geopol.igo_seat");
		old = MemoryContextSwitchTo(cw_cxt);
		cw.nseats = (int) SPI_processed;
		cw.seats = palloc0(sizeof(CwSeat) * Max(cw.nseats, 1));
		for (int r = 0; r < cw.nseats; r++)
		{
			cw.seats[r].igo = col_utf8(SPI_tuptable->vals[r], SPI_tuptable->tupdesc, 1);
			cw.seats[r].seat = col_utf8(SPI_tuptable->vals[r], SPI_tuptable->tupdesc, 2);
		}
		qsort(cw.seats, cw.nseats, sizeof(CwSeat), cmp_seat);
		MemoryContextSwitchTo(old);
	}

	SPI_finish();
	AtEOXact_GUC(true, save_nestlevel);
	cw_valid = true;
}

/* ------------------------------------------------------------ one document */

#define CW_T_HEADLINE	GP_MK_NKINDS
#define CW_T_LIST		(GP_MK_NKINDS + 1)
#define CW_T_TICKER		(GP_MK_NKINDS + 2)
#define CW_T_INDICATOR	(GP_MK_NKINDS + 3)
#define CW_T_NFIXED		(GP_MK_NKINDS + 4)

typedef struct CwMention
{
	int			country;		/* index into CwDoc.countries */
	int32		sentence;		/* 0-based */
	int32		end;			/* byte offset after the mention */
	uint8		kind;
	bool		in_list;
	bool		place_of;		/* "City, State": moved to the state's country */
	float		factor;			/* the smallest matching role weight up to 1, or 1 */
	float		boost;			/* the largest matching role weight above 1, or 1 */
	uint64		roles;
	char	   *surface;		/* UTF-8 */
} CwMention;

typedef struct CwCountry
{
	char	   *code;
	double		named;
	double		market;
	double		indicator;
	double		indicator_named;	/* the same words' weights when a country is named */
	int32		mentions;
	int32		indicator_mentions;
	int32		first_sentence; /* 0-based, -1: none */
	int32		first_indicator_sentence;
	bool		has_named;
	bool		indicator_against;	/* a word with a negative weight: not this country */
	uint32		types;			/* bits: kinds, headline, list, ticker, indicator */
	uint64		roles;
	List	   *evidence;		/* char * (UTF-8), distinct */
	List	   *indicator_evidence;
	double		salience;
} CwCountry;

typedef struct CwDoc
{
	MemoryContext cxt;			/* survives the sentences */
	CwMention  *men;
	int			nmen,
				maxmen;
	CwCountry  *countries;
	int			ncountries,
				maxcountries;
	int32		ticker_pos;		/* read up to here (a symbol may end in the next sentence) */
} CwDoc;

static int
country_index(CwDoc *d, const char *code)
{
	for (int i = 0; i < d->ncountries; i++)
		if (strcmp(d->countries[i].code, code) == 0)
			return i;
	if (d->ncountries == d->maxcountries)
	{
		d->maxcountries *= 2;
		d->countries = repalloc(d->countries, sizeof(CwCountry) * d->maxcountries);
	}
	memset(&d->countries[d->ncountries], 0, sizeof(CwCountry));
	d->countries[d->ncountries].code = pstrdup(code);
	d->countries[d->ncountries].first_sentence = -1;
	d->countries[d->ncountries].first_indicator_sentence = -1;
	return d->ncountries++;
}

static List *
add_evidence(List *l, const char *s, int32 len)
{
	ListCell   *lc;

	foreach(lc, l)
	{
		const char *e = lfirst(lc);

		if ((int32) strlen(e) == len && memcmp(e, s, len) == 0)
			return l;
	}
	return lappend(l, pnstrdup(s, len));
}

/* does the regular expression re match s[0..len) of the UTF-8 document? */
static bool
cw_re_match(text *re, const GpInput *in, int32 off, int32 len)
{
	if (in->encoding == PG_UTF8 || in->encoding == PG_SQL_ASCII)
		return RE_compile_and_execute(re, unconstify(char *, in->utf8 + off), len, REG_ADVANCED,
									  DEFAULT_COLLATION_OID, 0, NULL);
	else
	{
		text	   *t = gp_pg_text_from_utf8(in->utf8 + off, len);

		return RE_compile_and_execute(re, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), REG_ADVANCED,
									  DEFAULT_COLLATION_OID, 0, NULL);
	}
}

/* s[off..off+len) of the UTF-8 document as pg_wchar (what pg_regexec reads) */
static int
to_wchar(const GpInput *in, int32 off, int32 len, pg_wchar *w)
{
	if (in->encoding == PG_UTF8)
		return pg_encoding_mb2wchar_with_len(PG_UTF8, in->utf8 + off, w, len);
	else
	{
		text	   *t = gp_pg_text_from_utf8(in->utf8 + off, len);

		return pg_mb2wchar_with_len(VARDATA_ANY(t), w, VARSIZE_ANY_EXHDR(t));
	}
}

static bool
wmatch(regex_t *re, const pg_wchar *w, int wlen)
{
	int			rc = pg_regexec(re, unconstify(pg_wchar *, w), wlen, 0, NULL, 0, NULL, 0);

	if (rc != REG_OKAY && rc != REG_NOMATCH)
	{
		char		msg[100];

		pg_regerror(rc, re, msg, sizeof(msg));
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_REGULAR_EXPRESSION),
				 errmsg("regular expression failed: %s", msg)));
	}
	return rc == REG_OKAY;
}

/* does a mention of this kind name a country (not a blocked name's home, not an organisation's seat)? */
static inline bool
names_country(int kind)
{
	return kind != GP_MK_BLOCK && kind != GP_MK_IGO;
}

/* the country where an organisation sits, or NULL */
static const char *
igo_seat(const char *igo)
{
	CwSeat		key,
			   *hit;

	if (igo == NULL || cw.nseats == 0)
		return NULL;
	key.igo = unconstify(char *, igo);
	hit = bsearch(&key, cw.seats, cw.nseats, sizeof(CwSeat), cmp_seat);
	return hit != NULL ? hit->seat : NULL;
}

static void
doc_sentence(const GpSentenceResult *r, void *ud)
{
	CwDoc	   *d = ud;
	const GpInput *in = r->in;
	MemoryContext old = MemoryContextSwitchTo(d->cxt);
	int32		sent = r->s.index;
	int32		pos,
				hi = r->s.start + r->s.len;
	gp_ticker	t;

	CHECK_FOR_INTERRUPTS();
	for (int32 i = 0; i < r->nmen; i++)
	{
		const gp_mention *mm = &r->men[i];
		const char *code;
		CwMention  *m;
		int32		b0,
					a1,
					prev;

		/* (a blocked name comes only with its home country: "Swiss franc" CHE) */
		if (mm->kind == GP_MK_LEADER && mm->actor == NULL)
			continue;
		if (mm->kind == GP_MK_IGO)
			code = igo_seat(mm->actor);
		else
			code = (mm->kind == GP_MK_STATE && mm->actor != NULL) ? mm->actor : mm->country;
		if (code == NULL)
			continue;
		/* a leader's surname inside another person's name ("Lena Abe-Carter") */
		if (mm->kind == GP_MK_LEADER && gp_hyphenated_name(in->utf8, in->len, mm->start, mm->start + mm->len))
			continue;
		if (d->nmen == d->maxmen)
		{
			d->maxmen *= 2;
			d->men = repalloc(d->men, sizeof(CwMention) * d->maxmen);
		}
		m = &d->men[d->nmen];
		m->country = country_index(d, code);
		m->sentence = sent;
		m->end = mm->start + mm->len;
		m->kind = mm->kind;
		m->in_list = false;
		m->place_of = false;
		m->factor = 1.0f;
		m->boost = 1.0f;
		m->roles = 0;
		m->surface = pnstrdup(in->utf8 + mm->start, mm->len);
		/* neighbours: the previous mention that names a country; a name that names none has none */
		prev = d->nmen - 1;
		while (prev >= 0 && !names_country(d->men[prev].kind))
			prev--;
		if (names_country(mm->kind) && prev >= 0 && d->men[prev].sentence == sent)
		{
			CwMention  *p = &d->men[prev];

			/*
			 * "City, State": a place, capital or state name followed by ", "
			 * and a region (or, for a city, a state) of another country is a
			 * place there ("Lebanon, Pa.", "Tripoli, Lebanon")
			 */
			if (p->country != m->country && mm->start - p->end == 2 &&
				in->utf8[p->end] == ',' && in->utf8[p->end + 1] == ' ' &&
				(mm->kind == GP_MK_REGION ||
				 (mm->kind == GP_MK_STATE && (p->kind == GP_MK_CAPITAL || p->kind == GP_MK_PLACE))) &&
				p->kind != GP_MK_LEADER && p->kind != GP_MK_DEMONYM && p->kind != GP_MK_INSTITUTION)
			{
				p->country = m->country;
				p->kind = GP_MK_PLACE;
				p->place_of = true;
			}
			/* a list item: joined to the previous mention of another country */
			else if (p->country != m->country && p->end <= mm->start &&
					 gp_list_gap(in->utf8 + p->end, mm->start - p->end))
				p->in_list = m->in_list = true;
		}
		/* roles: patterns on the characters before and after the mention (not an organisation's) */
		if (cw.nroles > 0 && mm->kind != GP_MK_IGO)
		{
			pg_wchar	wb[4 * GP_ROLE_BEFORE_CHARS + 1],
						wa[4 * GP_ROLE_AFTER_CHARS + 1];
			int			nb,
						na;

			b0 = gp_utf8_back(in->utf8, mm->start, 0, GP_ROLE_BEFORE_CHARS);
			a1 = gp_utf8_forward(in->utf8, m->end, in->len, GP_ROLE_AFTER_CHARS);
			nb = to_wchar(in, b0, mm->start - b0, wb);
			na = to_wchar(in, m->end, a1 - m->end, wa);
			for (int k = 0; k < cw.nroles; k++)
			{
				const CwRole *ro = &cw.roles[k];

				if ((ro->before == NULL && ro->after == NULL) || !(ro->kinds & (1u << mm->kind)))
					continue;
				if (ro->before != NULL && !wmatch(ro->before, wb, nb))
					continue;
				if (ro->after != NULL && !wmatch(ro->after, wa, na))
					continue;
				m->roles |= UINT64CONST(1) << k;
				/* roles that weaken (a currency) and roles that strengthen (a dateline) apart */
				if (ro->weight <= 1.0f)
					m->factor = Min(m->factor, ro->weight);
				else
					m->boost = Max(m->boost, ro->weight);
			}
		}
		d->nmen++;
	}

	/* ticker symbols: the first rule of the symbol's exchange suffix that fits */
	pos = Max(r->s.start, d->ticker_pos);
	while (gp_next_ticker(in->utf8, hi, in->len, &pos, &t))
	{
		for (int k = 0; k < cw.ntickers; k++)
		{
			const CwTicker *tr = &cw.tickers[k];
			CwCountry  *c;

			if (tr->suffix == NULL ? t.suffix >= 0
				: (t.suffix < 0 || (int32) strlen(tr->suffix) != t.suffix_len ||
				   memcmp(tr->suffix, in->utf8 + t.suffix, t.suffix_len) != 0))
				continue;
			if (tr->pattern != NULL && !cw_re_match(tr->pattern, in, t.start, t.len))
				continue;
			c = &d->countries[country_index(d, tr->country)];
			c->market += tr->weight;
			c->mentions++;
			c->types |= 1u << CW_T_TICKER;
			if (c->first_sentence < 0 || sent < c->first_sentence)
				c->first_sentence = sent;
			c->evidence = add_evidence(c->evidence, in->utf8 + t.start - 1, t.len + 2);
			break;
		}
	}
	d->ticker_pos = pos;

	/*
	 * currency, company-form and market words and phrases (weighed once the
	 * whole document is read): an entry is found by its first word, and a
	 * phrase's further words must follow, ending where a token ends
	 */
	if (cw.nindicators > 0)
		for (int32 i = 0; i < r->ntok; i++)
		{
			const gp_token *tk = &r->tok[i];
			CwIndicator key;
			const CwIndicator *hit,
					   *end;

			if (tk->kind != GP_TOK_WORD)
				continue;
			key.term = unconstify(char *, in->utf8 + tk->start);
			key.len = tk->len;
			hit = bsearch(&key, cw.indicators, cw.nindicators, sizeof(CwIndicator), cmp_indicator_word);
			if (hit == NULL)
				continue;
			end = hit + 1;
			while (hit > cw.indicators && cmp_indicator_word(&key, hit - 1) == 0)
				hit--;
			while (end < cw.indicators + cw.nindicators && cmp_indicator_word(&key, end) == 0)
				end++;
			for (; hit < end; hit++)
			{
				CwCountry  *c;
				int32		mlen = tk->len;

				if (hit->len > hit->first_len)
				{
					int32		rest = indicator_rest(hit, in->utf8, tk->start + tk->len, in->len);
					int32		j = i + 1;

					if (rest == 0)
						continue;
					mlen += rest;
					while (j < r->ntok && r->tok[j].start + r->tok[j].len < tk->start + mlen)
						j++;
					if (j >= r->ntok || r->tok[j].start + r->tok[j].len != tk->start + mlen)
						continue;	/* "selling concessions" is not "selling concession" */
				}
				c = &d->countries[country_index(d, hit->country)];
				if (hit->weight < 0)
				{
					/* counter-evidence: "Ltd" is no U.S. company form */
					c->indicator_against = true;
					continue;
				}
				c->indicator += hit->weight;
				c->indicator_named += hit->named_weight;
				c->indicator_mentions++;
				if (c->first_indicator_sentence < 0)
					c->first_indicator_sentence = sent;
				c->indicator_evidence = add_evidence(c->indicator_evidence, in->utf8 + tk->start, mlen);
			}
		}
	MemoryContextSwitchTo(old);
}

static int
cmp_cstr(const ListCell *a, const ListCell *b)
{
	return strcmp(lfirst(a), lfirst(b));
}

static int
cmp_country(const void *a, const void *b)
{
	const CwCountry *x = a,
			   *y = b;

	if (x->salience != y->salience)
		return x->salience > y->salience ? -1 : 1;
	return strcmp(x->code, y->code);
}

static Datum
text_array(List *l)
{
	Datum	   *el = palloc(sizeof(Datum) * Max(list_length(l), 1));
	int			n = 0;
	ListCell   *lc;

	foreach(lc, l)
	{
		const char *s = lfirst(lc);

		el[n++] = PointerGetDatum(gp_pg_text_from_utf8(s, (int32) strlen(s)));
	}
	return PointerGetDatum(construct_array(el, n, TEXTOID, -1, false, TYPALIGN_INT));
}

PG_FUNCTION_INFO_V1(geopol_countries);
Datum
geopol_countries(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	float		min_salience = PG_ARGISNULL(2) ? 1.5f : PG_GETARG_FLOAT4(2);
	CwDoc		d;
	bool		named = false;
	double		top = 0;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	if (!cw_valid)
		cw_load();

	d.cxt = CurrentMemoryContext;
	d.maxmen = 32;
	d.nmen = 0;
	d.men = palloc(sizeof(CwMention) * d.maxmen);
	d.maxcountries = 16;
	d.ncountries = 0;
	d.countries = palloc(sizeof(CwCountry) * d.maxcountries);
	d.ticker_pos = 0;
	gp_pg_pipeline(PG_GETARG_TEXT_PP(0), PG_ARGISNULL(1) ? GP_NO_DATE : (int32) PG_GETARG_DATEADT(1),
				   GP_WANT_MENTIONS | GP_WANT_BLOCKS, doc_sentence, NULL, &d);

	/* the mentions, weighed */
	for (int i = 0; i < d.nmen; i++)
	{
		const CwMention *m = &d.men[i];
		CwCountry  *c = &d.countries[m->country];
		double		w = cw.kind_weight[m->kind] * m->factor * m->boost;

		if (m->sentence == 0)
		{
			w *= cw.headline;
			c->types |= 1u << CW_T_HEADLINE;
		}
		if (m->in_list)
		{
			w *= cw.list;
			c->types |= 1u << CW_T_LIST;
		}
		c->named += w;
		c->mentions++;
		/* a blocked name ("Air Canada") or an organisation is weak evidence: it names no country */
		c->has_named |= names_country(m->kind);
		c->types |= 1u << m->kind;
		c->roles |= m->roles;
		if (c->first_sentence < 0 || m->sentence < c->first_sentence)
			c->first_sentence = m->sentence;
		c->evidence = add_evidence(c->evidence, m->surface, (int32) strlen(m->surface));
		named |= names_country(m->kind);
	}
	/*
	 * market evidence, capped; indicator words with their weight when no
	 * country is named, with their named_weight when one is (most have none:
	 * "dlrs" says little beside a named country, "eurobond" still says
	 * London), and never when a word speaks against the country
	 */
	for (int i = 0; i < d.ncountries; i++)
	{
		CwCountry  *c = &d.countries[i];
		double		ind = named ? c->indicator_named : c->indicator;

		if (ind > 0 && c->indicator_mentions > 0 && !c->indicator_against)
		{
			c->market += ind;
			c->mentions += c->indicator_mentions;
			c->types |= 1u << CW_T_INDICATOR;
			if (c->first_sentence < 0 || c->first_indicator_sentence < c->first_sentence)
				c->first_sentence = c->first_indicator_sentence;
			c->evidence = list_concat(c->evidence, c->indicator_evidence);
		}
		/* (to a millionth: weights like 0.6 are not exact in binary, and 0.45000002 says nothing more) */
		c->salience = (float4) (rint((c->named + Min(c->market, (double) cw.market_cap)) * 1e6) / 1e6);
		if (c->mentions > 0)
			top = Max(top, c->salience);
	}
	qsort(d.countries, d.ncountries, sizeof(CwCountry), cmp_country);

	for (int i = 0; i < d.ncountries; i++)
	{
		CwCountry  *c = &d.countries[i];
		Datum		values[8];
		bool		nulls[8] = {0};
		List	   *types = NIL;

		if (c->mentions == 0)
			continue;			/* indicator words in a document that names a country */
		for (int k = 0; k < GP_MK_NKINDS; k++)
			if (c->types & (1u << k))
				types = lappend(types, unconstify(char *, gp_mkind_name[k]));
		if (c->types & (1u << CW_T_HEADLINE))
			types = lappend(types, "headline");
		if (c->types & (1u << CW_T_LIST))
			types = lappend(types, "list");
		for (int k = 0; k < cw.nroles; k++)
			if (c->roles & (UINT64CONST(1) << k))
				types = lappend(types, cw.roles[k].name);
		if (c->types & (1u << CW_T_TICKER))
			types = lappend(types, "ticker");
		if (c->types & (1u << CW_T_INDICATOR))
			types = lappend(types, "indicator");
		list_sort(c->evidence, cmp_cstr);

		values[0] = PointerGetDatum(gp_pg_text_from_utf8(c->code, (int32) strlen(c->code)));
		values[1] = Float4GetDatum((float4) c->salience);
		values[2] = Int32GetDatum(c->mentions);
		values[3] = Int32GetDatum(c->first_sentence + 1);
		nulls[3] = c->first_sentence < 0;
		values[4] = BoolGetDatum((c->salience >= min_salience && c->salience >= cw.relative * top) ||
								 (c->salience == top && c->salience >= cw.top_min));
		values[5] = BoolGetDatum(!c->has_named);
		values[6] = text_array(c->evidence);
		values[7] = text_array(types);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/* statement trigger on the tables above: every backend reads them again */
PG_FUNCTION_INFO_V1(geopol_countries_changed);
Datum
geopol_countries_changed(PG_FUNCTION_ARGS)
{
	TriggerData *td = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("geopol._countries_changed() must be called as a trigger")));
	CacheInvalidateRelcacheByRelid(RelationGetRelid(td->tg_relation));
	return PointerGetDatum(NULL);
}
