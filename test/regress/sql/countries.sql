-- geopol.countries(): what a story is about, weighed by evidence type (tables
-- geopol.country_weight, mention_role, ticker_rule, country_indicator)
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS geopol;

-- the headline says what the story is about: one mention there outweighs one in the body and a city
SELECT country, salience, salient, evidence_types
FROM geopol.countries('Russia launches new strikes. Syria said the attacks hit Aleppo.');

-- a list item counts less than the subject; a comparison and a market location less still
SELECT country, salience, salient, evidence_types
FROM geopol.countries('Japan plans a new tax. Sales also rose in France, Italy and Spain. Prices are lower than in Brazil. The bonds will be listed in Luxembourg.');

-- the city where a meeting took place, or after which an accord is named, is not a party to it
SELECT country, salience, salient, evidence_types
FROM geopol.countries('Brazil and Mexico pledged in Geneva to cut tariffs. Both said the Geneva accord would hold.');
-- a currency is not a country; a country inside a company name counts less
SELECT country, salience, salient, evidence_types
FROM geopol.countries('ACME SETS BOND. Acme Corp said it will issue 50 mln Australian dlrs of bonds through <Holland Systems Corp>.');

SELECT country, salience, salient, evidence_types FROM geopol.countries('Coffee prices in Kenya rose by 20 U.S. cents a lb.');

-- ticker symbols carry their exchange; a symbol without suffix is a U.S. listing,
-- a five-letter Nasdaq symbol ending in F a foreign issuer (weak)
SELECT country, salience, salient, inferred, evidence, evidence_types
FROM geopol.countries('Shell <SHEL.L>, Barrick <ABX.TO>, Sony <6758.T>, IBM <IBM> and Gandalf <GANDF> reported.');

-- weak evidence when no country is named: currency and company-form words
SELECT country, salience, salient, inferred, evidence, evidence_types
FROM geopol.countries('ACME CORP YEAR NET. Shr 1.20 dlrs vs 95 cts. Net 5.1 mln dlrs.');
-- ... and not when one is
SELECT country, inferred, evidence FROM geopol.countries('Acme Corp earned 5 mln dlrs in Canada.');
-- ... unless the word has a named_weight: a eurobond is a London market issue whatever country the issuer is from
SELECT country, salience, salient, inferred, evidence, evidence_types
FROM geopol.countries('SWEDEN ISSUES CANADIAN DLR EUROBOND. The Kingdom of Sweden is issuing a 75 mln Canadian dlr eurobond due 1992.');
-- ... a term may be a phrase: the fees of a eurobond issue say London too, whatever white space separates its
-- words (the evidence is the text as written) ...
SELECT country, salience, salient, inferred, evidence, evidence_types
FROM geopol.countries('NORWAY ISSUES 100 MLN DLR BOND. Norway is issuing a 100 mln dlr bond due 1994. The selling concession
is 1-1/4 pct, management and  underwriting combined pays 5/8.');
-- ... but only the whole phrase, ending where a word ends, without punctuation between its words
SELECT count(*) AS gbr FROM geopol.countries('Norway cut its selling concessions. Fees for management, and underwriting rose. The selling commission fell.')
WHERE country = 'GBR';
-- ... and a word against a country silences its indicator words: Ltd is no U.S. company form, so dollars
-- and cents then say nothing (many countries write dlrs); a ticker symbol still counts
SELECT count(*) AS rows FROM geopol.countries('NORTHWIND MINES LTD YEAR NET. Shr 40 cts vs 31 cts. Net 2.2 mln dlrs.');
SELECT country, inferred, evidence FROM geopol.countries('Northwind Mines Limited <NWM> earned 2.2 mln dlrs.');
SELECT country, inferred, evidence FROM geopol.countries('Northwind Mines Ltd and Acme Corp earned 2.2 mln stg.');

-- the dateline says where a story is filed from: a role that strengthens the mention (weight above 1),
-- in the forms of wire copy (a date, an agency, both, a region after the city); the same city without
-- a dateline counts as a place mentioned in passing
SELECT country, salience, salient, evidence_types
FROM geopol.countries('Tea prices steady. MOMBASA, March 24 - Tea prices held steady at the weekly auction, brokers said. Buyers from Pakistan and Egypt were active.');
SELECT country, salience, salient, evidence_types
FROM geopol.countries('Tea prices steady (Reuters). Reuters - MOMBASA, Kenya (Reuters) - Tea prices held steady at the auction. Buyers from Pakistan and Egypt were active.');
SELECT country, salience, salient, evidence_types
FROM geopol.countries('Tea prices steady. Tea prices held steady at the auction in Mombasa, brokers said. Buyers from Pakistan and Egypt were active.');
-- a dash after a name in running text is no dateline
SELECT country, salience, evidence_types FROM geopol.countries('Prices rose in Kenya - and in Uganda - last week.');

-- places: "City, State" is in the state's country; Antarctica is a place, not a state, but a story about it is about it
SELECT country, salience, salient, evidence, evidence_types
FROM geopol.countries('Acme moves to Lebanon, Pa. The plant in Tripoli, Lebanon closes.');
SELECT country, salient, evidence FROM geopol.countries('Scientists drilled into the ice of Antarctica. The Antarctic summer is short.');
-- a city or county in the text, without its country's name: Leeds and Yorkshire are Britain
SELECT country, salience, salient, evidence FROM geopol.countries('The plant in Leeds will close. Farmers in Yorkshire and Lancashire protested.');
-- a city name two countries share about equally says nothing alone; with its state it does
SELECT count(*) AS rows FROM geopol.countries('Analysts at a Cambridge research firm said demand would rise.');
SELECT country, evidence FROM geopol.countries('The firm, based in Cambridge, Mass., said demand would rise.');

-- names decided by the date (Juba is in Sudan before South Sudan's independence, Congo was Brazzaville's
-- name while Kinshasa's state was Zaire) and by the document's other places (Tripoli near Lebanon)
SELECT country, evidence FROM geopol.countries('Talks opened in Juba.', '1987-05-01');
SELECT country, evidence FROM geopol.countries('Talks opened in Juba.', '2015-05-01');
SELECT country, evidence FROM geopol.countries('Congo signed the accord.', '1987-05-01');
SELECT country, evidence FROM geopol.countries('Congo signed the accord.', '2015-05-01');
-- ... and both (after 1997 Congo is the DRC, unless the context favours the Republic, in the sentence or before it)
SELECT country, evidence FROM geopol.countries('Congo''s president met rebels in Brazzaville.', '2015-05-01');
SELECT country, evidence FROM geopol.countries('Talks opened in Brazzaville. Congo signed the accord.', '2015-05-01');
SELECT country, evidence FROM geopol.countries('Talks opened in Kinshasa. Congo signed the accord.', '2015-05-01');
SELECT country, evidence FROM geopol.countries('Clashes in Tripoli.');
SELECT country, evidence FROM geopol.countries('Lebanese troops moved north. Clashes in Tripoli.');

-- a given name that is a CLDR country name in some locale is no country (data/cldr_exclude.tsv)
SELECT count(*) AS rows FROM geopol.countries('Commissioner Frans Visser said the milk quota talks would resume.');
-- a name with several readings: the one the document's other places favour (the island, or New Jersey)
SELECT country, evidence FROM geopol.countries('Jersey raised its tax on offshore funds.');
SELECT country, evidence FROM geopol.countries('New Jersey regulators approved the rate cut for Jersey Central Power.');

-- people: a leader's surname inside another person's name is not the leader
SELECT count(*) AS rows FROM geopol.countries('Lena Abe-Carter opened a bakery.', '2015-06-01');
SELECT country, salience, evidence FROM geopol.countries('Carter-Abe met Abe on Monday.', '2015-06-01');
-- ... nor after another capitalised given name (geopol.mention_role person_name); titles, days and months are no names
SELECT country, salience, salient, evidence_types FROM geopol.countries('Police said they met Lena Abe on Monday.', '2015-06-01');
SELECT country, salience, salient, evidence_types FROM geopol.countries('Police said Prime Minister Abe spoke. On Tuesday Abe left.', '2015-06-01');

-- a blocked name with a home country is weak evidence for it (weight block), names no country (inferred)
-- and stays no mention; one without a home (a war) gives nothing; a blocked name leaves its neighbours alone
SELECT country, salience, salient, inferred, evidence, evidence_types
FROM geopol.countries('Air Canada and the Tokyo Stock Exchange reported record volumes.');
SELECT count(*) AS mentions FROM geopol.mentions('Traders sold the Swiss franc.');
SELECT country, salience, inferred, evidence_types FROM geopol.countries('Traders sold the Swiss franc.');
SELECT count(*) AS rows FROM geopol.countries('Veterans of the Korean War met.');
SELECT country, salience, evidence_types FROM geopol.countries('Japan and Air Canada signed a deal.');

-- an organisation named counts a little for the country where it sits (geopol.igo_seat, weight igo): its
-- news is made there; it names no country (inferred) and is outweighed by any country the story names
SELECT country, salience, salient, inferred, evidence, evidence_types
FROM geopol.countries('EC MINISTERS AGREE FARM PRICES. The EC Commission said the European Community would cut farm prices.', '1987-03-01');
SELECT country, salience, salient, inferred, evidence_types
FROM geopol.countries('Japan asked the IMF for a loan. The IMF agreed.', '2015-03-01');
-- negotiating rounds and treaties named after a place are no mention of it, written either way
SELECT count(*) AS mentions FROM geopol.mentions('Talks in the Uruguay round and the Uruguay Round resumed under the Kyoto protocol.');

-- a story about no country gets none
SELECT count(*) AS rows FROM geopol.countries('The weather was fine and the home team won the final.');
SELECT count(*) AS rows FROM geopol.countries(NULL);

-- the salient rule: the top country is always salient (from top_min on), others need
-- min_salience and a share (relative) of the top
SELECT country, salience, salient FROM geopol.countries('Germany and France met. Germany said Germany would wait.');
SELECT country, salience, salient FROM geopol.countries('Germany and France met. Germany said Germany would wait.', NULL, 0.5);

-- tuning is data: the weights are read again after a statement changes them
BEGIN;
UPDATE geopol.country_weight SET weight = 0 WHERE evidence = 'demonym';
SELECT country, salience, salient FROM geopol.countries('The French minister spoke. French farmers protested.');
INSERT INTO geopol.mention_role (role, weight, before, note) VALUES ('quoted_in', 0, '\mquoted in\s+$', 'a test rule');
SELECT country, salience, evidence_types FROM geopol.countries('Japan said so. Prices quoted in Singapore fell.');
INSERT INTO geopol.ticker_rule (suffix, country, weight, note) VALUES ('XX', 'NZL', 2, 'a test exchange');
SELECT country, salience, evidence FROM geopol.countries('Acme <ACME.XX> said.');
INSERT INTO geopol.country_indicator (term, country, weight) VALUES ('kiwis', 'NZL', 1);
SELECT country, evidence FROM geopol.countries('Prices fell 3 kiwis.');
SELECT country, evidence FROM geopol.countries('Prices in Fiji fell 3 kiwis.');
UPDATE geopol.country_indicator SET named_weight = 1 WHERE term = 'kiwis';
SELECT country, salience, inferred, evidence FROM geopol.countries('Prices in Fiji fell 3 kiwis.');
-- (a phrase's words may be separated by any white space in the row too)
INSERT INTO geopol.country_indicator (term, country, weight) VALUES (' kiwi	 dollars ', 'NZL', 1);
SELECT country, evidence FROM geopol.countries('Prices fell 3 kiwi dollars, or 2 kiwi
dollars.');
UPDATE geopol.mention_role SET weight = 1.5 WHERE role = 'dateline';
SELECT country, salience FROM geopol.countries('MOMBASA, March 24 - Tea prices held steady.');
UPDATE geopol.country_weight SET weight = 2 WHERE evidence = 'block';
SELECT country, salience, salient FROM geopol.countries('Traders sold the Swiss franc.');
ROLLBACK;
SELECT country, salience, salient FROM geopol.countries('The French minister spoke. French farmers protested.');

-- a pattern that is not a regular expression is refused with PostgreSQL's message
BEGIN;
INSERT INTO geopol.mention_role (role, weight, after) VALUES ('broken', 0.5, '(');
SELECT country FROM geopol.countries('Japan said so.');
ROLLBACK;
