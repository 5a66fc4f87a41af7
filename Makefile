# geopol — PGXS build
EXTENSION  = geopol
EXTVERSION = 0.2.0

MODULE_big = geopol
CORE_SRCS  = $(sort $(wildcard src/core/*.c))
PG_SRCS    = $(sort $(wildcard src/pg/*.c))
OBJS       = $(CORE_SRCS:.c=.o) $(PG_SRCS:.c=.o)

DATA_built = geopol--$(EXTVERSION).sql
EXTRA_CLEAN = test/c/test_core test/c/test_core_asan test/fuzz/fuzz_core bench/out

SQL_PARTS  = $(sort $(wildcard src/sql/*.sql))
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
REGRESS_PORTABLE = tokens sentences inputs mentions relations analysis dictionary tracking queue
REGRESS_UTF8_ONLY = multilingual mentions_multilingual
REGRESS = $(REGRESS_PORTABLE) $(REGRESS_UTF8_ONLY)
REGRESS_OPTS = --inputdir=.

# no JIT bitcode: it needs clang and buys nothing here
with_llvm = no

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

geopol--$(EXTVERSION).sql: $(SQL_PARTS) $(DATA_FILES) tools/build_sql.pl
	perl tools/build_sql.pl $(SQL_PARTS) > $@.tmp && mv $@.tmp $@

# ---------------------------------------------------------------- tests
CORE_CFLAGS = -std=c11 -O2 -g -Wall -Wextra -Werror -Isrc/core $(ICU_CFLAGS)

test/c/test_core: test/c/test_core.c $(CORE_SRCS) $(wildcard src/core/*.h)
	$(CC) $(CORE_CFLAGS) -o $@ test/c/test_core.c $(CORE_SRCS) $(ICU_LIBS)

.PHONY: unittest unittest-asan fuzz installcheck-latin1 prove scenarios test bench eval

unittest: test/c/test_core
	test/c/test_core

# the core's unit tests again under AddressSanitizer and UBSan
unittest-asan:
	$(CC) $(CORE_CFLAGS) -O1 -fsanitize=address,undefined -fno-omit-frame-pointer \
	  -o test/c/test_core_asan test/c/test_core.c $(CORE_SRCS) $(ICU_LIBS)
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1 test/c/test_core_asan

# libFuzzer over the core (needs clang); FUZZ_SECONDS to change the run
FUZZ_SECONDS ?= 60
fuzz:
	clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc/core $(ICU_CFLAGS) \
	  -o test/fuzz/fuzz_core test/fuzz/fuzz_core.c $(CORE_SRCS) $(ICU_LIBS)
	test/fuzz/fuzz_core -max_total_time=$(FUZZ_SECONDS) -max_len=4096

installcheck-latin1:
	$(pg_regress_installcheck) $(REGRESS_OPTS) --encoding=LATIN1 --no-locale \
	  --outputdir=results-latin1 $(REGRESS_PORTABLE) latin1

# pgTAP suites, each in a fresh database
prove:
	psql -X -q -d postgres -c 'DROP DATABASE IF EXISTS geopol_tap' -c 'CREATE DATABASE geopol_tap'
	PGDATABASE=geopol_tap pg_prove --ext .sql -r test/pgtap

scenarios:
	test/scenarios/run

# every suite; expects a running server reachable through the PG* variables
test: unittest unittest-asan installcheck installcheck-latin1 prove scenarios

bench:
	bench/run

eval:
	eval/run
