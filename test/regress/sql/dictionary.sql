-- the dictionary tables: constraints with clear errors, edits seen at once
SET client_encoding = 'UTF8';
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS geopol;
RESET client_min_messages;

-- bad rows are rejected (terse: the row ids in the details vary)
\set VERBOSITY terse
INSERT INTO geopol.alias (alias, actor, entity, kind) VALUES ('Atlantis', 'ATL', 'Atlantis', 'state');
INSERT INTO geopol.alias (alias, actor, entity, kind) VALUES ('  ', 'RUS', 'Russia', 'state');
INSERT INTO geopol.alias (alias, actor, entity, kind) VALUES ('Rusland', 'RUS', 'Russia', 'country');
INSERT INTO geopol.alias (alias, actor, entity, kind, valid_from, valid_to) VALUES ('Rusland', 'RUS', 'Russia', 'state', '2000-01-01', '1990-01-01');
INSERT INTO geopol.alias (alias, entity, kind) VALUES ('Rusland', 'Russia', 'state');
INSERT INTO geopol.alias (alias, actor, entity, kind, match) VALUES ('Rusland', 'RUS', 'Russia', 'state', 'fuzzy');
INSERT INTO geopol.leader_term (person, actor, role, term_start, term_end) VALUES ('A. Nobody', 'RUS', 'head_of_state', '2020-01-01', '2019-01-01');
INSERT INTO geopol.cue (cue, event, pos) VALUES ('befriend', 'HUG', 'verb');
INSERT INTO geopol.cue (cue, event, pos) VALUES ('* first', 'AGREE', 'verb');
INSERT INTO geopol.actor (code, name, kind) VALUES ('rus', 'lower case', 'state');

\set VERBOSITY default
-- what a user adds is used by the next statement
SELECT count(*) AS before FROM geopol.mentions('Freedonia and Sylvania are at odds.');
INSERT INTO geopol.actor (code, name, kind) VALUES ('FRD', 'Freedonia', 'state'), ('SYL', 'Sylvania', 'state');
INSERT INTO geopol.alias (alias, actor, entity, kind) VALUES ('Freedonia', 'FRD', 'Freedonia', 'state'), ('Sylvania', 'SYL', 'Sylvania', 'state');
SELECT surface, actor, kind FROM geopol.mentions('Freedonia and Sylvania are at odds.');
INSERT INTO geopol.cue (cue, event, pos) VALUES ('be at odds with', 'ACCUSE', 'verb');
SELECT source, target, event, cue FROM geopol.relations('Freedonia is at odds with Sylvania.');

-- blocking a name is data too
INSERT INTO geopol.alias (alias, entity, kind) VALUES ('Sylvania Electric', 'Sylvania Electric (company)', 'block');
SELECT surface, actor FROM geopol.mentions('Sylvania Electric made lamps in Freedonia.');

-- a leader with a term
INSERT INTO geopol.leader_term (person, actor, role, title, term_start, term_end)
VALUES ('Rufus T. Firefly', 'FRD', 'head_of_state_and_government', 'President', '1933-11-17', '1933-12-31');
INSERT INTO geopol.alias (alias, entity, kind) VALUES ('Firefly', 'Rufus T. Firefly', 'leader');
SELECT surface, actor, kind, country, sector FROM geopol.mentions('Firefly declared war.', '1933-12-01');
SELECT surface, actor, kind, country, sector FROM geopol.mentions('Firefly declared war.', '1950-12-01');

-- deleting them takes them out again
DELETE FROM geopol.alias WHERE source = 'user';
SELECT count(*) AS after FROM geopol.mentions('Freedonia and Sylvania are at odds.');
DELETE FROM geopol.cue WHERE source = 'user';
DELETE FROM geopol.leader_term WHERE source = 'user';
DELETE FROM geopol.actor WHERE source = 'user';

-- the compiled dictionary of this backend
SELECT names > 5000 AS many_names, entries >= names AS entries, memory_bytes > 0 AS has_memory
FROM geopol.dictionary_stats();

-- names that could never match, and cues that would make matching costly,
-- are refused with a constraint that says why
\set VERBOSITY terse
INSERT INTO geopol.alias (alias, actor, entity, kind) VALUES ('!!! ...', 'RUS', 'Russia', 'state');
INSERT INTO geopol.alias (alias, actor, entity, kind) VALUES (repeat('Freedonia ', 1000), 'RUS', 'Russia', 'state');
INSERT INTO geopol.cue (cue, event, pos) VALUES ('talk * * with * * about * * on', 'CONSULT', 'verb');
INSERT INTO geopol.cue (cue, event, pos) VALUES ('a b c d e f g h i j k l m n o p q', 'CONSULT', 'verb');
INSERT INTO geopol.cue (cue, event, pos) VALUES ('-- !!', 'CONSULT', 'verb');
INSERT INTO geopol.cue_modifier (phrase, effect) VALUES ('...', 'negation');
INSERT INTO geopol.topic_term (topic, term) VALUES ('economic', '$ %');
\set VERBOSITY default
-- a bounded cue with three gaps is fine
INSERT INTO geopol.cue (cue, event, pos) VALUES ('palaver * at * length * with', 'CONSULT', 'verb');
SELECT source, target, event, cue FROM geopol.relations('France palavered quietly at great length with Germany.');
DELETE FROM geopol.cue WHERE source = 'user';

-- a row of your own with the key of a shipped row replaces it, and is what pg_dump keeps and restores
-- (the shipped row does not come back when you delete yours)
BEGIN;
INSERT INTO geopol.country_weight (evidence, weight, note) VALUES ('headline', 3, 'titles count more here');
SELECT evidence, weight, source FROM geopol.country_weight WHERE evidence = 'headline';
INSERT INTO geopol.ticker_rule (suffix, priority, country, weight) VALUES ('L', 1, 'GBR', 1);
INSERT INTO geopol.ticker_rule (suffix, priority, country, weight) VALUES (NULL, 9, 'USA', 1);
SELECT coalesce(suffix, '-') AS suffix, priority, weight, source FROM geopol.ticker_rule
WHERE (suffix = 'L' AND priority = 1) OR (suffix IS NULL AND priority = 9) ORDER BY suffix NULLS FIRST;
INSERT INTO geopol.state_parent (actor, parent, valid_to) VALUES ('UKR', 'SUN', '1991-08-24');
SELECT actor, parent, valid_from, valid_to, source FROM geopol.state_parent WHERE actor = 'UKR';
SELECT country, salience FROM geopol.countries('Japan said so.');
-- a shipped row inserted again (as an update does) still meets the key
INSERT INTO geopol.country_weight (evidence, weight, source) VALUES ('headline', 2, 'data/country_weights.tsv');
ROLLBACK;
SELECT evidence, weight, source FROM geopol.country_weight WHERE evidence = 'headline';
