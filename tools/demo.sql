-- geopol demo: one article analysed by geopol (run by tools/demo)
\pset border 1
\pset format aligned
\pset null '·'
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS geopol;
\set doc `cat :'docfile'`
\set docdate '2015-01-01'
\echo
\echo '== document:' :docfile '(dated' :docdate ')'
SELECT (SELECT extversion FROM pg_extension WHERE extname = 'geopol') AS geopol,
       geopol.icu_version() AS icu,
       (SELECT count(*) FROM geopol.sentences(:'doc')) AS sentences,
       (SELECT count(*) FROM geopol.tokens(:'doc')) AS tokens,
       (SELECT count(*) FROM geopol.mentions(:'doc', :'docdate')) AS mentions,
       (SELECT count(*) FROM geopol.relations(:'doc', :'docdate')) AS relations;

\echo
\echo '== sentences'
SELECT sentence AS "#", start_pos AS pos,
       left(text, 100) || CASE WHEN length(text) > 100 THEN '…' ELSE '' END AS text
FROM geopol.sentences(:'doc');

\echo
\echo '== actors: who is named, how, and where first'
SELECT coalesce(actor, '(' || coalesce(country, '—') || ')') AS actor,
       string_agg(DISTINCT kind, ', ') AS kinds,
       count(*) AS mentions,
       string_agg(DISTINCT surface, ', ') AS surfaces,
       min(sentence) AS first_sentence
FROM geopol.mentions(:'doc', :'docdate')
GROUP BY 1 ORDER BY mentions DESC, actor;

\echo
\echo '== the countries the document concerns (salience: evidence weighed by geopol.country_weight, mention_role, ticker_rule)'
SELECT country, salience, mentions, first_sentence, salient, array_to_string(evidence[1:5], ', ') AS evidence,
       array_to_string(evidence_types, ', ') AS evidence_types
FROM geopol.countries(:'doc', :'docdate');

\echo
\echo '== relations: who does what to whom (source → target), with the evidence'
SELECT sentence AS "#", source || ' → ' || coalesce(target, '·') AS dyad, event, quad, score,
       CASE WHEN negated THEN 'negated ' ELSE '' END || CASE WHEN hypothetical THEN 'hypothetical' ELSE '' END AS flags,
       cue, rule
FROM geopol.relations(:'doc', :'docdate')
ORDER BY sentence, start_pos, source;

\echo
\echo '== topics (PLOVER contexts and their children)'
SELECT topic, round(score::numeric, 2) AS score, hits, array_to_string(terms[1:6], ', ') AS terms
FROM geopol.topics(:'doc');

\echo
\echo '== the dyads in one line each: events, summed score'
SELECT least(source, target) || ' – ' || greatest(source, target) AS dyad, count(*) AS rows,
       string_agg(DISTINCT event, ', ') AS events, sum(score) AS summed_score
FROM geopol.relations(:'doc', :'docdate') WHERE target IS NOT NULL AND NOT negated
GROUP BY 1 ORDER BY rows DESC;
