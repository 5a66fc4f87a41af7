-- geopol demo: the seed article analysed by geopol (run by tools/demo)
\pset border 1
\pset format aligned
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS geopol;
\set doc `cat :'docfile'`
\echo
\echo '== document:' :docfile
SELECT (SELECT extversion FROM pg_extension WHERE extname = 'geopol') AS geopol,
       geopol.icu_version() AS icu,
       (SELECT count(*) FROM geopol.sentences(:'doc')) AS sentences,
       (SELECT count(*) FROM geopol.tokens(:'doc')) AS tokens;
\echo
\echo '== sentences'
SELECT sentence AS "#", start_pos AS pos, left(text, 110) || CASE WHEN length(text) > 110 THEN '…' ELSE '' END AS text
FROM geopol.sentences(:'doc');
\echo
\echo '== the most frequent words (tokens, NFKC case-folded norms)'
SELECT norm, count(*) AS n FROM geopol.tokens(:'doc') WHERE kind = 'word' AND length(norm) > 3
GROUP BY norm ORDER BY n DESC, norm LIMIT 12;
