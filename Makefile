# geopol — PGXS build
EXTENSION  = geopol
EXTVERSION = $(shell sed -n "s/^default_version = '\\(.*\\)'/\\1/p" geopol.control)

MODULE_big = geopol
CORE_SRCS  = $(sort $(wildcard src/core/*.c))
PG_SRCS    = $(sort $(wildcard src/pg/*.c))
OBJS       = $(CORE_SRCS:.c=.o) $(PG_SRCS:.c=.o)

# The extension scripts: built from sql/ and data/ by tools/build_sql.pl
# (layout and rules: sql/updates/README.md) and committed, so that what a
# release installs can be read and reviewed; `make check-sql` verifies that
# they are what the sources give.
OLD_VERSIONS := $(shell perl tools/build_sql.pl versions)
SCRIPTS_SQL = geopol--$(EXTVERSION).sql $(foreach v,$(OLD_VERSIONS),geopol--$(v)--$(EXTVERSION).sql)
DATA = $(SCRIPTS_SQL)
EXTRA_CLEAN = results-upgrade test/c/test_core test/c/test_core_asan test/fuzz/fuzz_core test/fuzz/fuzz_cues bench/out

SQL_SOURCES = $(sort $(wildcard sql/schema/*.sql sql/code/*.sql sql/updates/*.sql)) geopol.control
DATA_FILES = $(sort $(wildcard data/*.tsv))

ICU_CFLAGS := $(shell pkg-config --cflags icu-uc icu-i18n 2>/dev/null)
ICU_LIBS   := $(shell pkg-config --libs icu-uc icu-i18n 2>/dev/null || echo -licui18n -licuuc -licudata)

PG_CPPFLAGS = -Isrc/core $(ICU_CFLAGS)
SHLIB_LINK  = $(ICU_LIBS)

# CI builds with WERROR=1
ifeq ($(WERROR),1)
PG_CFLAGS += -Wall -Wextra -Werror -Wno-unused-parameter -Wno-sign-compare -Wno-missing-field-initializers
endif

# pg_regress suites: PORTABLE run in UTF8 and LATIN1 databases, UTF8_ONLY in UTF8 only
REGRESS_PORTABLE = tokens sentences inputs mentions relations relations_rules analysis dictionary tracking queue countries
REGRESS_UTF8_ONLY = multilingual mentions_multilingual
REGRESS = $(REGRESS_PORTABLE) $(REGRESS_UTF8_ONLY)
REGRESS_OPTS = --inputdir=test/regress

# no JIT bitcode: it needs clang and buys nothing here
with_llvm = no

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

all: $(SCRIPTS_SQL)

# PGXS tracks no header dependencies: any header change rebuilds every object
# (pg_rows.h's row lists are compiled into several files)
$(OBJS): $(wildcard src/core/*.h src/pg/*.h)

geopol--$(EXTVERSION).sql: $(SQL_SOURCES) $(DATA_FILES) tools/build_sql.pl
	perl tools/build_sql.pl install > $@.tmp && mv $@.tmp $@

geopol--%--$(EXTVERSION).sql: $(SQL_SOURCES) $(DATA_FILES) tools/build_sql.pl
	perl tools/build_sql.pl update $* > $@.tmp && mv $@.tmp $@

# the committed scripts are what the sources give
check-sql:
	@for f in $(SCRIPTS_SQL); do \
	  case $$f in geopol--$(EXTVERSION).sql) args=install ;; \
	    *) args="update $$(echo $$f | sed 's/^geopol--\(.*\)--$(EXTVERSION)\.sql$$/\1/')" ;; esac; \
	  perl tools/build_sql.pl $$args | cmp -s - $$f || { echo "$$f is stale: run make and commit it" >&2; exit 1; }; \
	done; echo "extension scripts up to date"

# ---------------------------------------------------------------- tests
CORE_CFLAGS = -std=c11 -O2 -g -Wall -Wextra -Werror -Isrc/core $(ICU_CFLAGS)

test/c/test_core: test/c/test_core.c $(CORE_SRCS) $(wildcard src/core/*.h)
	$(CC) $(CORE_CFLAGS) -o $@ test/c/test_core.c $(CORE_SRCS) $(ICU_LIBS)

.PHONY: unittest unittest-asan fuzz installcheck-latin1 prove scenarios security upgrade citus test bench eval check-sql

unittest: test/c/test_core
	test/c/test_core

# the core's unit tests again under AddressSanitizer and UBSan
unittest-asan:
	$(CC) $(CORE_CFLAGS) -O1 -fsanitize=address,undefined -fno-omit-frame-pointer \
	  -o test/c/test_core_asan test/c/test_core.c $(CORE_SRCS) $(ICU_LIBS)
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1 test/c/test_core_asan

# libFuzzer over the core (needs clang), FUZZ_SECONDS each: any text through every stage
# (fuzz_core); a user's cue lexicon and a text through the cue matcher, checked against its
# specification, and the relation rules (fuzz_cues)
FUZZ_SECONDS ?= 60
FUZZ_CC = clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc/core $(ICU_CFLAGS)
fuzz:
	$(FUZZ_CC) -o test/fuzz/fuzz_core test/fuzz/fuzz_core.c $(CORE_SRCS) $(ICU_LIBS)
	$(FUZZ_CC) -o test/fuzz/fuzz_cues test/fuzz/fuzz_cues.c $(CORE_SRCS) $(ICU_LIBS)
	test/fuzz/fuzz_core -max_total_time=$(FUZZ_SECONDS) -max_len=4096
	test/fuzz/fuzz_cues -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -dict=test/fuzz/cues.dict \
	  -seed_inputs=$$(ls test/fuzz/seeds/cues_*.txt | paste -sd, -)

installcheck-latin1:
	$(pg_regress_installcheck) $(REGRESS_OPTS) --encoding=LATIN1 --no-locale \
	  --outputdir=results-latin1 $(REGRESS_PORTABLE) latin1

# pgTAP suites, each in a fresh database
prove:
	psql -X -q -d postgres -c 'DROP DATABASE IF EXISTS geopol_tap' -c 'CREATE DATABASE geopol_tap'
	PGDATABASE=geopol_tap pg_prove --ext .sql -r test/pgtap

scenarios:
	test/scenarios/run

# attacks by real non-superuser roles (test/security/*.sh)
security:
	test/security/run

# every earlier release (from its git tag) updated in place to this one
upgrade:
	test/upgrade/run

# geopol on a Citus cluster of its own (builds Citus first: test/citus/run)
citus:
	test/citus/run

# every suite; expects a running server reachable through the PG* variables
test: check-sql unittest unittest-asan installcheck installcheck-latin1 prove scenarios security upgrade citus

bench:
	bench/run

eval:
	eval/run
