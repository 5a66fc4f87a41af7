-- mentions in Russian, Chinese and Japanese text (UTF8 databases)
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS geopol;
RESET client_min_messages;

-- Russian inflected forms of states, capitals and adjectives
SELECT surface, actor, entity, kind FROM geopol.mentions('Россия и Китай подписали договор в Москве. Визит в Китае, переговоры с Россией, российские войска.');

-- CJK names inside unsegmented text
SELECT surface, actor, kind FROM geopol.mentions('中国和俄罗斯签署了协议。日本と中国の関係。');

-- the substr contract in CJK text
WITH d(doc) AS (VALUES ('俄罗斯和中国的战略伙伴关系。日本表示关注。'))
SELECT count(*) AS mentions, count(*) FILTER (WHERE substr(doc, start_pos, len) <> surface) AS mismatches
FROM d, geopol.mentions(doc);

-- ideographic names pass the dictionary's check (they have a word)
SELECT geopol._has_word('北京') AS chinese, geopol._has_word('東京') AS japanese, geopol._has_word('·') AS dot;
-- a name of zero-width characters only could never match: refused
\set VERBOSITY terse
INSERT INTO geopol.alias (alias, actor, entity, kind) VALUES (E'\u200B\u200B', 'RUS', 'Russia', 'state');
\set VERBOSITY default

-- the typographic apostrophe of a possessive, after a name and after an acronym written exactly, in capitals too
SELECT surface, actor, kind, start_pos, len FROM geopol.mentions('Russia’s view. The EC’s view. NATO’S ROLE. JAPAN’S TRADE.');
