-- scripts beyond Latin: Chinese, Japanese, Thai, Cyrillic, Arabic, emoji (UTF8 databases only)
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS geopol;
RESET client_min_messages;

-- Chinese is segmented into words, not one run of characters
SELECT token, kind, start_pos, len FROM geopol.tokens('俄罗斯和中国的战略伙伴关系') ORDER BY ord;

-- Japanese, with kana
SELECT string_agg(token, '|' ORDER BY ord) FROM geopol.tokens('日本と中国の関係は緊張している。');

-- Thai has no spaces between words
SELECT count(*) > 3 AS segmented FROM geopol.tokens('ประเทศไทยและประเทศจีน');

-- Cyrillic norms are case-folded
SELECT token, norm FROM geopol.tokens('Россия и КИТАЙ') ORDER BY ord;

-- right-to-left text, emoji, zero-width joiner and a lone combining mark:
-- positions stay consistent
WITH d(doc) AS (VALUES ('مصر والسعودية 👍🏽 👨‍👩‍👧 ́x e᷄ שלום'))
SELECT count(*) AS tokens, count(*) FILTER (WHERE substr(doc, start_pos, len) <> token) AS mismatches
FROM d, geopol.tokens(doc);

-- NFKC folds ligatures; typographic apostrophes are possessives too
SELECT token, norm FROM geopol.tokens('ﬁnal Łódź’s “talks” — São Paulo’s') ORDER BY ord;
WITH d(doc) AS (VALUES ('Łódź. São Paulo’s mayor — Ñandú — said “no”… Fin.'))
SELECT count(*) AS tokens, count(*) FILTER (WHERE substr(doc, start_pos, len) <> token) AS mismatches
FROM d, geopol.tokens(doc);

-- Chinese sentences end at 。
SELECT sentence, text FROM geopol.sentences('中国和俄罗斯签署了协议。日本表示关注。');

-- the text search parser indexes Chinese by words; the default parser cannot
SELECT to_tsvector('geopol.multilingual', '俄罗斯和中国的战略伙伴关系');
SELECT to_tsvector('simple', '俄罗斯和中国的战略伙伴关系');
SELECT to_tsvector('geopol.multilingual', '俄罗斯和中国的战略伙伴关系') @@ to_tsquery('geopol.multilingual', '中国');
