-- geopol.mentions: the traps event coders and entity taggers fall into
SET client_encoding = 'UTF8';
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS geopol;
RESET client_min_messages;

CREATE FUNCTION pg_temp.m(doc text, d date DEFAULT NULL)
RETURNS TABLE (surface text, actor text, entity text, kind text, country text, sector text)
LANGUAGE sql AS $$ SELECT surface, actor, entity, kind, country, sector FROM geopol.mentions(doc, d) $$;

-- containment: the longest name wins; seas, states of the US, oceans, newspapers, wars
SELECT * FROM pg_temp.m('The South China Sea is disputed. New Mexico is not Mexico. The Indian Ocean borders India.');
SELECT * FROM pg_temp.m('The Washington Post reported that Washington and Moscow disagree. The Korean War ended in 1953.');

-- case carries meaning: US/U.S. are the United States, "us" is not; Turkey the state, turkey the bird
SELECT * FROM pg_temp.m('US troops and the U.S. Navy; let us go. Turkey sells turkey and china.');

-- possessives and compounds, each state with its own position
SELECT surface, actor, kind, start_pos, len FROM geopol.mentions('Russia''s economy, Russo-Chinese ties, the China-Russia partnership, a US-led coalition, Sino-Japanese talks.');
-- an acronym written exactly takes a possessive too, in capitals as well (the typographic apostrophe: mentions_multilingual)
SELECT surface, actor, kind, start_pos, len FROM geopol.mentions('The USDA''s report. THE EC''S FARM POLICY. The EC''s view. NATO''S ROLE.');

-- names glued together by bad text extraction; a company is not two states
SELECT surface, actor, start_pos, len FROM geopol.mentions('ChinaJapan tensions rose. PetroChina shares fell.');

-- acronyms the text defines
SELECT surface, actor, entity, kind, country FROM geopol.mentions('Investment in the Russian Far East (RFE) grew. The RFE needs roads.');

-- capitals and institutions stand for governments; regions and places are not actors
SELECT * FROM pg_temp.m('The Kremlin and the White House spoke; Beijing and Tokyo listened. Siberia and Cam Ranh Bay are far from Southeast Asia.');

-- IGOs and their organs
SELECT * FROM pg_temp.m('The UN Security Council, the Association of Southeast Asian Nations (ASEAN), NATO and the EU met.');

-- leaders are time-aware: within the term the leader speaks for the state
SELECT * FROM pg_temp.m('Vladimir Putin met Xi Jinping.', '2015-06-01');
SELECT * FROM pg_temp.m('Putin visited Beijing.', '1995-06-01');
SELECT * FROM pg_temp.m('Gorbachev and Reagan met in Reykjavik.', '1987-10-01');
SELECT * FROM pg_temp.m('Gorbachev spoke in Berlin.', '2010-10-01');

-- an organisation's leader speaks for it, in no country: the Commission's president led the EC until
-- November 1993, the EU from then on
SELECT * FROM pg_temp.m('Jacques Delors met Helmut Kohl.', '1987-03-01');
SELECT * FROM pg_temp.m('Jacques Delors met Helmut Kohl.', '1994-03-01');
SELECT country, salient FROM geopol.countries('Jacques Delors met Helmut Kohl.', '1987-03-01');

-- a state that was part of another before its independence (geopol.state_parent): in a document of that
-- time its names are a region and places of the other, with no actor; after it, the state again
SELECT * FROM pg_temp.m('Kiev reported. Ukrainian farmers met officials near Chernobyl. Ukraine and Lithuania said so.', '1987-03-01');
SELECT * FROM pg_temp.m('Kiev reported. Ukrainian farmers met officials near Chernobyl. Ukraine and Lithuania said so.', '2015-03-01');
-- (a name the data gives the parent itself keeps that reading: Czech is Czechoslovak, with the actor CSK)
SELECT * FROM pg_temp.m('Zagreb, Bratislava and Prague reported. Czech and Slovak officials met.', '1985-06-01');
SELECT * FROM pg_temp.m('Zagreb, Bratislava and Prague reported. Czech and Slovak officials met.', '2005-06-01');
SELECT country, salient FROM geopol.countries('Ukraine harvest hit by drought. Ukrainian farms lost half the crop.', '1987-03-01');
-- a name with two readings of that time (Georgia, the Soviet republic or the U.S. state): the context decides
SELECT * FROM pg_temp.m('Quake hits Georgia. The earthquake struck the Soviet republic of Georgia, Moscow said.', '1987-03-01');
SELECT * FROM pg_temp.m('Storms hit Georgia, Alabama and Florida. Utilities in Atlanta raised rates.', '1987-03-01');
SELECT * FROM pg_temp.m('Utilities in Atlanta raised rates after storms hit Georgia.', '1987-03-01');
-- an edit of the table is read at once
BEGIN;
DELETE FROM geopol.state_parent WHERE actor = 'UKR';
SELECT * FROM pg_temp.m('Kiev reported.', '1987-03-01');
ROLLBACK;

-- former states, by the document's date
SELECT * FROM pg_temp.m('The Soviet Union and West Germany signed a deal; the Kremlin agreed.', '1987-03-01');
SELECT * FROM pg_temp.m('The Kremlin agreed.', '2020-03-01');

-- country names in other languages come from CLDR
SELECT * FROM pg_temp.m('Le Viêt Nam et la Corée du Sud; Deutschland und Frankreich; España y Marruecos.');

-- the substr contract over a text with accents and curly apostrophes
WITH d(doc) AS (VALUES ('Le Viêt Nam, la Chine et l''Allemagne. Russia''s ties with Côte d''Ivoire.'))
SELECT count(*) AS mentions, count(*) FILTER (WHERE substr(doc, start_pos, len) <> surface) AS mismatches
FROM d, geopol.mentions(doc);

-- NULL document, NULL date, empty text
SELECT count(*) FROM geopol.mentions(NULL);
SELECT count(*) FROM geopol.mentions('', NULL);
SELECT count(*) FROM geopol.mentions('No geopolitics here at all.');

-- names that are also first names, and names with two readings decided by context
SELECT surface, actor, entity, kind, country FROM geopol.mentions('Chad Smith visited Chad. Michael Jordan met the King of Jordan.');
SELECT surface, actor, entity, kind, country FROM geopol.mentions('Georgia and Atlanta are warm. Russia and Georgia fought in 2008. Georgia Power raised rates in Georgia and Florida.');
SELECT surface, actor, kind FROM geopol.mentions('Tbilisi is the capital of Georgia, in the Caucasus.');
-- a ticker in angle brackets is not a country; a journal named China is not China
SELECT surface, actor FROM geopol.mentions('Academic journal article China: An International Journal. Beijing reacted. Rockwell <ROK> rose.');
