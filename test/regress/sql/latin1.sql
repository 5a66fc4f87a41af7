-- run only in the LATIN1 database: text arrives converted from LATIN1, and
-- positions are LATIN1 characters
SET client_encoding = 'UTF8';
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS geopol;
RESET client_min_messages;
SELECT current_setting('server_encoding') AS server_encoding;

SELECT token, norm, kind, start_pos, len
FROM geopol.tokens('Élysée Ç à São Tomé: «café» ÆØÅ ß µ');

WITH d(doc) AS (VALUES ('Über Zürich: la réunion à Genève. Après-midi, déjà!'))
SELECT count(*) AS tokens, count(*) FILTER (WHERE substr(doc, start_pos, len) <> token) AS mismatches
FROM d, geopol.tokens(doc);

SELECT * FROM geopol.sentences('Première phrase. Deuxième phrase là.');
SELECT to_tsvector('geopol.multilingual', 'Élysée réunion à Genève');
-- µ case-folds to Greek mu, which LATIN1 cannot hold: norm keeps the surface
SELECT token, norm FROM geopol.tokens('5 µm');
-- characters LATIN1 cannot hold never reach the database
SELECT geopol.tokens(convert_from('\xe4b8ad'::bytea, 'UTF8'));
