#!/bin/bash
# Databases in other encodings: results by conversion, positions in the
# database's characters; SQL_ASCII reads valid UTF-8 and refuses the rest.
set -u
. "$(dirname "$0")/lib.sh"

mk() { q -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1 TEMPLATE template0 ENCODING '$2' LC_COLLATE 'C' LC_CTYPE 'C'" && q -d "$1" -c "CREATE EXTENSION geopol"; }

# SQL_ASCII: valid UTF-8 works, with code point positions
mk geopol_sqlascii SQL_ASCII
ok "$(PGCLIENTENCODING=UTF8 q -d geopol_sqlascii -c "SELECT string_agg(token || '@' || start_pos, ' ' ORDER BY ord) FROM geopol.tokens('Zürich und 中国')")" \
   "Zürich@1 und@8 中国@12" "SQL_ASCII: valid UTF-8 is read as UTF-8"
err=$(q -d geopol_sqlascii -c "SELECT count(*) FROM geopol.tokens(convert_from('\\x5a fc 72 69 63 68'::bytea, 'SQL_ASCII'))" 2>&1)
ok "$(grep -c 'ERROR:  text is not valid UTF-8' <<<"$err")" "1" "SQL_ASCII: invalid UTF-8 is an error, not garbage"
ok "$(grep -c 'HINT:' <<<"$err")" "1" "SQL_ASCII: the error has a hint"

# KOI8R: Cyrillic converted, positions in characters
mk geopol_koi8r KOI8R
ok "$(PGCLIENTENCODING=UTF8 q -d geopol_koi8r -c "SELECT string_agg(norm || '@' || start_pos || '+' || len, ' ' ORDER BY ord) FROM geopol.tokens('Россия и КИТАЙ')")" \
   "россия@1+6 и@8+1 китай@10+5" "KOI8R: Cyrillic tokens, norms and positions"
ok "$(PGCLIENTENCODING=UTF8 q -d geopol_koi8r -c "WITH d(doc) AS (VALUES ('Москва и Пекин подписали договор. Токио молчит.')) SELECT count(*) FILTER (WHERE substr(doc, start_pos, len) <> token) || '/' || max(sentence) FROM d, geopol.tokens(doc)")" \
   "0/2" "KOI8R: substr contract and sentences"

# EUC_JP: Japanese segmented into words after conversion
mk geopol_eucjp EUC_JP
ok "$(PGCLIENTENCODING=UTF8 q -d geopol_eucjp -c "SELECT string_agg(token, '|' ORDER BY ord) FROM geopol.tokens('日本と中国の関係')")" \
   "日本|と|中国|の|関係" "EUC_JP: Japanese words"
ok "$(PGCLIENTENCODING=UTF8 q -d geopol_eucjp -c "WITH d(doc) AS (VALUES ('東京で日本と中国が会談した。')) SELECT count(*) FILTER (WHERE substr(doc, start_pos, len) <> token) FROM d, geopol.tokens(doc)")" \
   "0" "EUC_JP: substr contract"
ok "$(PGCLIENTENCODING=UTF8 q -d geopol_eucjp -c "SELECT to_tsvector('geopol.multilingual', '日本と中国の関係') @@ to_tsquery('geopol.multilingual', '中国')")" \
   "t" "EUC_JP: text search parser maps positions back to the server encoding"

# WIN1252: typographic quotes exist there
mk geopol_win1252 WIN1252
ok "$(PGCLIENTENCODING=UTF8 q -d geopol_win1252 -c "SELECT string_agg(norm, ' ' ORDER BY ord) FROM geopol.tokens('Russia’s “deal” — done')")" \
   "russia “ deal ” — done" "WIN1252: typographic possessive removed, quotes kept"

for d in geopol_sqlascii geopol_koi8r geopol_eucjp geopol_win1252; do q -d postgres -c "DROP DATABASE $d"; done
