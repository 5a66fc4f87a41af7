-- geopol.relations: the rule families of 0.3.0, each with the cases that must not fire
-- (clause-level linking, place-marked participants, light verbs, non-actor demonyms,
-- relationship references, the main row)
SET client_encoding = 'UTF8';
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS geopol;
RESET client_min_messages;

CREATE FUNCTION pg_temp.r(doc text, d date DEFAULT '2015-06-01')
RETURNS TABLE (source text, target text, kind text, event text, mode text, main boolean,
               neg boolean, hyp boolean, tone real, cue text, rule text)
LANGUAGE sql AS $$
  SELECT source, target, kind, event, mode, main, negated, hypothetical, tone, cue, rule
  FROM geopol.relations(doc, d) ORDER BY sentence, start_pos, source, target, event $$;

-- control verbs: the governing verb decides the event, the complement gives mode and target
SELECT * FROM pg_temp.r('Vietnam agreed to hold naval drills with India.');
SELECT * FROM pg_temp.r('Iran threatened to bomb Israel.');
SELECT * FROM pg_temp.r('Pakistan declined to receive the Indian delegation.');
SELECT * FROM pg_temp.r('India refused to meet Pakistan.');
-- object control: X→object with the governing event; the complement is not asserted
SELECT * FROM pg_temp.r('France urged Russia to withdraw from Georgia.');
-- ... and with an object that is no actor, nothing between states
SELECT * FROM pg_temp.r('Germany is being pressed by parliament to help Greece.');
SELECT * FROM pg_temp.r('Egypt urged the rebels to attack Libya.');
-- negative: no control verb, the event is the verb's own
SELECT * FROM pg_temp.r('Vietnam held naval drills with India.');

-- intentions: will / ready to / willing to V = AGREE (cooperation) or THREATEN (conflict)
SELECT * FROM pg_temp.r('Japan is willing to help Vietnam.');
SELECT * FROM pg_temp.r('Turkey will attack Syria.');
-- negative: a modal is hypothetical, not an intention; verbal conflict stays itself
SELECT * FROM pg_temp.r('Turkey would attack Syria.');
SELECT * FROM pg_temp.r('Turkey will criticise Syria.');

-- that-clauses: the target is the subject of the complement clause, whose own verb is not asserted
SELECT * FROM pg_temp.r('Canada demanded that Iran withdraw from Iraq.');
SELECT * FROM pg_temp.r('Rwanda alleged that France armed the militias.');
-- negative: no actor subject
SELECT * FROM pg_temp.r('Canada demanded that the talks begin.');

-- reported speech: the speaker accuses the subject of a reported conflict
SELECT * FROM pg_temp.r('Kuwait said that Iraq had attacked Saudi Arabia.');
-- negative: the speaker is no party to what is reported
SELECT * FROM pg_temp.r('Washington said the plan enjoyed support from Moscow.');
SELECT * FROM pg_temp.r('Kuwait said Iraq would attack Saudi Arabia.');

-- coordination spreads over lists
SELECT * FROM pg_temp.r('Russia oriented itself towards Japan, South Korea and the United States.');
SELECT * FROM pg_temp.r('Japan, South Korea and Australia condemned North Korea.');

-- relative clauses are skipped; a locative does not act
SELECT * FROM pg_temp.r('Russia, which has long courted Beijing, criticised Japan.');
SELECT * FROM pg_temp.r('The US ambassador in Iraq met Jordanian officials.');
-- negative: the actor of the relative clause is no source of the main verb
SELECT count(*) AS rows FROM geopol.relations('Spain, which Morocco criticised, stayed silent.');

-- participants marked by place or agent
SELECT * FROM pg_temp.r('Two Chinese nationals were detained in Pakistan.');
SELECT * FROM pg_temp.r('Three Japanese engineers were attacked by gunmen in Afghanistan.');
SELECT * FROM pg_temp.r('Twelve Russian soldiers killed in Ukraine.');
SELECT * FROM pg_temp.r('Evidence against Syria was presented by Turkey.');
-- negative: a deployment is nothing done to the troops (Russia mobilises in Syria); no source
-- without an agent or a place
SELECT * FROM pg_temp.r('Russian troops were deployed in Syria.');
SELECT count(*) AS rows FROM geopol.relations('Ukraine''s border posts were shelled.');
-- negative: "X-occupied" is an adjective
SELECT count(*) AS rows FROM geopol.relations('Peacekeepers left the Israeli-occupied sector of the Golan.');

-- light verbs: the noun carries the event
SELECT * FROM pg_temp.r('Chinese troops engaged Indian soldiers in a firefight.');
SELECT * FROM pg_temp.r('China extended Pakistan a loan.');
SELECT * FROM pg_temp.r('Beijing gave Tokyo a cold reception.');
SELECT * FROM pg_temp.r('China agreed to extend Pakistan a loan.');
-- negative: no actor as the object
SELECT count(*) AS rows FROM geopol.relations('China gave a speech on Pakistan.');

-- morphology: stems, e-drop, the over-/under- prefixes
SELECT * FROM pg_temp.r('Russian forces are seizing Ukrainian ports. Russia seized Crimea.');
SELECT * FROM pg_temp.r('Russia fears overdependence on China.');

-- spurious rows: nationality adjectives on non-actor nouns, places, non-events
SELECT count(*) AS rows FROM geopol.relations('Russian speakers in Latvia protested against the government.');
SELECT count(*) AS rows FROM geopol.relations('Ethnic Albanians protested against Serbia.');
SELECT count(*) AS rows FROM geopol.relations('A Japanese carmaker invested in Russia.');
SELECT count(*) AS rows FROM geopol.relations('The Chinese language is taught in Japan.');
SELECT count(*) AS rows FROM geopol.relations('Talks resumed in Vienna.');
SELECT count(*) AS rows FROM geopol.relations('According to China, Russia armed the rebels.');
-- ... while the adjective on an actor noun still stands for the state
SELECT * FROM pg_temp.r('Russian troops attacked Ukrainian positions. Russia armed Syria.');

-- non-state organisations act for their home state, with a sector
SELECT * FROM pg_temp.r('Hamas fired rockets at Israel. Hezbollah attacked Israel.');
SELECT surface, actor, kind, sector FROM geopol.mentions('The Taliban and al-Shabab and the Muslim Brotherhood.');

-- block entries keep their spelling: the channel is blocked, the country in lower-case context is not
SELECT surface, actor FROM geopol.mentions('Putin visited Russia today. Russia Today reported it.');

-- relationship references: talk about a relation, never mere co-occurrence; tone from the words around
SELECT * FROM pg_temp.r('Russo-Chinese relations have never been better.');
SELECT * FROM pg_temp.r('Relations between Moscow and Beijing are strained.');
SELECT * FROM pg_temp.r('The Russia-China partnership is strong.');
SELECT * FROM pg_temp.r('Russia has close ties with Vietnam.');
SELECT * FROM pg_temp.r('Russia has long maintained ties with Vietnam.');
SELECT * FROM pg_temp.r('Russia criticised Japan''s ties with China.');
SELECT * FROM pg_temp.r('Japan is seen as a counterweight to China.');
SELECT * FROM pg_temp.r('Russo-Chinese relations are not good.');
SELECT count(*) AS rows FROM geopol.relations('Russia, China and Japan attended a conference on relations.');
SELECT count(*) AS rows FROM geopol.relations('Russia, China and Japan attended.');

-- the main row: exactly one per (sentence, source, target), the strongest reading
SELECT * FROM pg_temp.r('France ordered an investigation against Iraq.');
SELECT * FROM pg_temp.r('Russia and China signed an energy agreement on oil and gas pipelines in Beijing.');
WITH d(doc) AS (VALUES ('Russia and China signed an energy agreement. Russo-Chinese relations are close, and Russia criticised Japan and sanctioned Japan. China agreed to extend Pakistan a loan and praised Pakistan.'))
SELECT count(*) AS pairs, count(*) FILTER (WHERE mains = 1) AS with_one_main
FROM (SELECT sentence, source, target, count(*) FILTER (WHERE main) AS mains
      FROM d, geopol.relations(doc) GROUP BY 1, 2, 3) x;
