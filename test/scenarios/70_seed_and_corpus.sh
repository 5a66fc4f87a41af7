#!/bin/bash
# Suites over ../shared: the seed article and a few thousand corpus documents.
# They run when the files are there (as in CI) and say SKIP when they are not.
set -u
. "$(dirname "$0")/lib.sh"
DB="${SCENARIO_DB:-geopol_scenarios}"
shared="${GEOPOL_SHARED:-$(cd "$(dirname "$0")/../.." && pwd)/../shared}"
seed="$shared/seed/000_3f323cc574c1f461.txt"
corpus="$shared/corpus/news.tsv"
q -d "$DB" -c "CREATE EXTENSION IF NOT EXISTS geopol"

if [ ! -r "$seed" ]; then
  echo "ok 1 # SKIP seed article not found at $seed"
else
  doc=$(cat "$seed")
  # psql interpolates :'doc' only in SQL it reads, not in -c
  qs() { shift; printf '%s\n' "$1" | psql -X -A -t -q -v ON_ERROR_STOP=1 -d "$DB" -v doc="$doc" -f -; }
  ok "$(qs -c "SELECT count(*) FILTER (WHERE substr(:'doc', start_pos, len) <> token) || '/' || count(*) FROM geopol.tokens(:'doc')" | cut -d/ -f1)" "0" "seed: substr(doc, start_pos, len) = token for every token"
  ok "$(qs -c "SELECT count(*) FILTER (WHERE substr(:'doc', start_pos, len) <> text) FROM geopol.sentences(:'doc')")" "0" "seed: sentence texts at their positions"
  ok "$(qs -c "SELECT string_agg(text, '|' ORDER BY sentence) FROM geopol.sentences(:'doc') WHERE sentence <= 5")" \
     "Academic journal article China: An International Journal|Rethinking Russo-Chinese Relations in Asia: Beyond Russia's Chinese Dilemma|Academic journal article China: An International Journal|Rethinking Russo-Chinese Relations in Asia: Beyond Russia's Chinese Dilemma|Article excerpt" \
     "seed: title lines and the excerpt heading are sentences of their own"
  ok "$(qs -c "SELECT count(*) FROM geopol.sentences(:'doc') WHERE text ~ '^\(\d+\)' OR text = '…'")" "0" "seed: footnote markers and the ellipsis stay inside sentences"
  ok "$(qs -c "SELECT count(*) FROM geopol.sentences(:'doc') WHERE text ~ '\(1\)$' OR text ~ '\(2\)$'")" "2" "seed: (1) and (2) close their sentences"
  ok "$(qs -c "SELECT count(*) FROM geopol.sentences(:'doc') WHERE text LIKE 'Russia''s professed political values (i.e., sovereign democracy)%'")" "1" "seed: i.e., does not end a sentence"
  # every state and IGO the text names, in the right sentence
  for want in "6 CHN" "6 USA" "6 RUS" "12 JPN" "12 KOR" "12 USA" "12 ASEAN" "13 JPN" "16 VNM" "22 RUS" "22 CHN" "29 UN" "29 USA"; do
    set -- $want
    ok "$(qs -c "SELECT count(*) > 0 FROM geopol.mentions(:'doc', '2015-01-01') WHERE sentence = $1 AND actor = '$2'")" "t" "seed: $2 named in sentence $1"
  done
  ok "$(qs -c "SELECT count(*) FROM geopol.mentions(:'doc') WHERE sentence = 17 AND actor IS NOT NULL")" "0" "seed: no state from \"The South China Sea\""
  ok "$(qs -c "SELECT count(*) FROM geopol.mentions(:'doc') WHERE actor = 'CHN' AND sentence IN (1, 3)")" "0" "seed: the journal \"China: An International Journal\" is not China"
  ok "$(qs -c "SELECT string_agg(DISTINCT actor, ',') FROM geopol.mentions(:'doc', '2015-01-01') WHERE kind = 'leader'")" "CHN,RUS" "seed: Xi and Putin act for China and Russia in 2015"
  # the relations a reader sees, each in its sentence with a sensible sign: an event's score, a
  # relationship reference's tone ("partnership", "dependence on", "tensions" are talk about the relation)
  for want in "6 RUS CHN + Bandwagoning event" "6 RUS USA - against event" "7 RUS CHN - dependence reference" \
              "9 RUS CHN . turn event" "10 RUS CHN + partnership reference" "12 RUS CHN + oriented reference" \
              "13 CHN JPN - tensions reference" "13 JPN RUS + investment event" "14 RUS JPN + prefers reference" \
              "15 RUS JPN + cooperation event" "16 VNM RUS + permission event" "21 RUS VNM + ties event" \
              "24 RUS CHN + cooperation event" "29 RUS CHN + collaborated event"; do
    set -- $want
    sign=$4
    cond="true"; [ "$sign" = "+" ] && cond="coalesce(score, tone) > 0"; [ "$sign" = "-" ] && cond="coalesce(score, tone) < 0"
    ok "$(qs -c "SELECT count(*) > 0 FROM geopol.relations(:'doc', '2015-01-01') WHERE sentence = $1 AND source = '$2' AND target = '$3' AND $cond AND cue ILIKE '%$5%' AND kind = '$6'")" "t" "seed: $2→$3 ($5, $6) in sentence $1, sign $sign"
  done
  ok "$(qs -c "SELECT count(*) FROM geopol.relations(:'doc') WHERE sentence = 12 AND source IN ('JPN', 'KOR', 'USA', 'ASEAN') AND target IN ('JPN', 'KOR', 'USA', 'ASEAN')")" "0" "seed: the states listed in sentence 12 are not related to each other"
  # every sentence that talks about "Russo-Chinese relations" has the reference, both ways
  ok "$(qs -c "SELECT count(*) FROM geopol.sentences(:'doc') s WHERE s.text ILIKE '%Russo-Chinese relations%' AND (SELECT count(DISTINCT (r.source, r.target)) FROM geopol.relations(:'doc', '2015-01-01') r WHERE r.sentence = s.sentence AND r.kind = 'reference' AND r.event IS NULL AND r.source IN ('RUS', 'CHN') AND r.target IN ('RUS', 'CHN')) <> 2")" "0" "seed: each \"Russo-Chinese relations\" sentence has a reference RUS↔CHN"
  ok "$(qs -c "SELECT count(*) > 4 FROM geopol.sentences(:'doc') WHERE text ILIKE '%Russo-Chinese relations%'")" "t" "seed: the reference check saw the \"Russo-Chinese relations\" sentences"
  ok "$(qs -c "SELECT count(*) FROM (SELECT sentence, source, target FROM geopol.relations(:'doc', '2015-01-01') GROUP BY 1, 2, 3 HAVING count(*) FILTER (WHERE main) <> 1) x")" "0" "seed: exactly one main row per sentence, source and target"
  ok "$(qs -c "SELECT string_agg(topic, ',' ORDER BY topic) FROM geopol.topics(:'doc') WHERE topic IN ('diplomatic', 'economic', 'military', 'maritime', 'energy')")" "diplomatic,economic,energy,maritime,military" "seed: diplomatic, economic, military, maritime and energy topics"
  ok "$(qs -c "SELECT count(*) FROM geopol.topics(:'doc') WHERE topic IN ('health', 'gender', 'illegal_drugs', 'lgbt', 'religion_ethnicity', 'election')")" "0" "seed: none of the unrelated topics"
fi

if [ ! -r "$corpus" ]; then
  echo "ok 100 # SKIP corpus not found at $corpus"
else
  q -d "$DB" -c "DROP TABLE IF EXISTS corpus_sample; CREATE TABLE corpus_sample (id text, d text, body text)"
  head -n 3001 "$corpus" | tail -n 3000 | psql -X -q -d "$DB" -c "\\copy corpus_sample FROM STDIN WITH (FORMAT csv, DELIMITER E'\\t', QUOTE E'\\x01')"
  ok "$(q -d "$DB" -c "SELECT count(*) FROM corpus_sample")" "3000" "corpus: 3000 documents loaded"
  ok "$(q -d "$DB" -c "SELECT count(*) FROM corpus_sample c, geopol.tokens(c.body) t WHERE substr(c.body, t.start_pos, t.len) <> t.token")" "0" "corpus: substr contract of tokens over 3000 documents"
  ok "$(q -d "$DB" -c "SELECT count(*) FROM corpus_sample c, geopol.mentions(c.body) m WHERE substr(c.body, m.start_pos, m.len) <> m.surface")" "0" "corpus: substr contract of mentions over 3000 documents"
  ok "$(q -d "$DB" -c "SELECT count(*) FROM corpus_sample c, geopol.relations(c.body) r WHERE substr(c.body, r.start_pos, r.len) <> r.cue")" "0" "corpus: cue positions of relations over 3000 documents"
  ok "$(q -d "$DB" -c "SELECT count(*) FROM corpus_sample c WHERE (geopol.analyze(c.body)->>'sentences')::int <> (SELECT count(*) FROM geopol.sentences(c.body))")" "0" "corpus: analyze() counts the same sentences"
  q -d "$DB" -c "DROP TABLE corpus_sample"
fi
