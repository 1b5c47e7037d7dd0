// tests/cli/hostile_inputs.mjs — the hostile-input suite: each case is a file (or a command line)
// with the outcome Isnad must give. Shared by the tool's tests (hostile.test.mjs) and, later, the page's.
const A = 'قال المسؤول إن 2500 جندي سيغادرون بغداد بحلول سبتمبر 2025.';
const bytes = (...xs) => Buffer.from(xs);
const utf8 = (s) => Buffer.from(s, 'utf8');
const cat = (...bs) => Buffer.concat(bs.map((b) => (typeof b === 'string' ? utf8(b) : b)));

// ok: exit 0 with a well-formed analysis; warn: that plus a warning on stderr matching `stderr`.
export const FILE_CASES = [
  { name: 'invalid UTF-8 in the middle', data: cat(A, bytes(0xff, 0xfe), A), expect: 'warn', stderr: /invalid UTF-8.*2 sequence/, replaced: 2 },
  { name: 'truncated UTF-8 at the end', data: cat(A, bytes(0xd8)), expect: 'warn', stderr: /invalid UTF-8/, replaced: 1 },
  { name: 'overlong encodings', data: cat(bytes(0xc0, 0xaf, 0xe0, 0x80, 0xaf), A), expect: 'warn', stderr: /invalid UTF-8/, replaced: 5 },
  { name: 'UTF-8-encoded surrogates', data: cat(A, bytes(0xed, 0xa0, 0x80)), expect: 'warn', stderr: /invalid UTF-8/, replaced: 3 },
  { name: 'Latin-1 bytes, not UTF-8', data: bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x31, 0x39, 0x39, 0x30), expect: 'warn', stderr: /invalid UTF-8/, replaced: 1 },
  { name: 'a BOM at the start', data: cat(bytes(0xef, 0xbb, 0xbf), A), expect: 'ok' },
  { name: 'CRLF line endings', data: utf8(`${A}\r\n${A}\r\n`), expect: 'ok' },
  { name: 'lone CR line endings', data: utf8(`${A}\r${A}\r`), expect: 'ok' },
  { name: 'NUL characters', data: cat(A, bytes(0), A, bytes(0, 0)), expect: 'ok' },
  { name: 'an empty file', data: Buffer.alloc(0), expect: 'ok' },
  { name: 'only whitespace', data: utf8(' \n\n\t \r\n  '), expect: 'ok' },
  { name: 'only punctuation', data: utf8('،؛؟.!«»“”"…—-'.repeat(200)), expect: 'ok' },
  { name: '50 stacked combining marks', data: utf8('ب' + '\u064e'.repeat(50) + ' ' + A), expect: 'ok' },
  { name: 'ZWJ and ZWNJ inside words', data: utf8('الول\u200dايات المت\u200cحدة ' + A), expect: 'ok' },
  { name: 'Arabic-Indic, Persian, Hebrew and Latin digits mixed', data: utf8('٢٥٠٠ جندي و۲۵۰۰ جندي و2500 جندي في ١٤٤٥هـ و2024/09/06 ' + A), expect: 'ok' },
  { name: 'Hebrew and Arabic mixed', data: utf8('שלום עולם ' + A + ' ירושלים'), expect: 'ok' },
  { name: 'emoji, including ZWJ sequences and astral characters', data: utf8('👍🏽 👨‍👩‍👧 🇮🇶 𝟐𝟓 ' + A), expect: 'ok' },
  { name: 'bidi overrides and isolates (Trojan Source)', data: utf8('\u202eقال\u202c \u202dabc\u202c \u2067' + A + '\u2069 \u2066x'), expect: 'ok' },
  { name: 'unbalanced bidi controls', data: utf8('\u202b\u202b\u202b' + A + '\u2069\u2069\u202c'), expect: 'ok' },
  { name: 'script tags and javascript: URLs in the text', data: utf8('<script>alert(1)</script> javascript:alert(1) ' + A), expect: 'ok' },
  { name: 'Arabic presentation forms instead of letters', data: utf8('ﻗﺎﻝ ﺍﻟﻤﺴﺆﻭﻝ ﺇﻥ ٢٥٠٠ ﺟﻨﺪﻱ'), expect: 'ok' },
  { name: 'unbalanced and nested quotation marks', data: utf8('«««' + A + '» “' + A + ' "' + A), expect: 'ok' },
  { name: 'a number with 100,000 digits', data: utf8('بلغ العدد ' + '9'.repeat(100000) + ' جندي'), expect: 'ok' },
  { name: 'a year far out of range', data: utf8('في سبتمبر 99999999 وفي عام 0000 ' + A), expect: 'ok' },
  { name: '10,000 Arabic commas', data: utf8('،'.repeat(10000)), expect: 'ok' },
  { name: 'a 100,000-character line with no spaces', data: utf8('ب'.repeat(100000)), expect: 'ok' },
  { name: 'a 10 MB article', data: () => utf8((A + ' ').repeat(Math.ceil(10e6 / utf8(A + ' ').length))), expect: 'ok', big: true },
  { name: 'private-use and unassigned code points', data: utf8('\ue000\uf8ff\u{10ffff}\u0378 ' + A), expect: 'ok' },
  { name: 'line and paragraph separators', data: utf8(A + '\u2028' + A + '\u2029' + A), expect: 'ok' },
];

// Command lines: args (FILE stands for a good input file), expected exit and a stderr pattern.
export const COMMAND_CASES = [
  { name: 'a missing file', args: ['analyze', '/nonexistent/article.txt'], exit: 1, stderr: /cannot open \/nonexistent\/article.txt/ },
  { name: 'a folder instead of a file', args: ['analyze', '/'], exit: 1, stderr: /cannot (open|read)/ },
  { name: 'an invalid --date', args: ['analyze', '--date', '2024-13-45', 'FILE'], exit: 2, stderr: /--date/ },
  { name: 'an unknown option', args: ['analyze', '--frobnicate', 'FILE'], exit: 2, stderr: /unknown option/ },
  { name: 'no command', args: [], exit: 2, stderr: /usage/ },
  { name: 'an unknown command', args: ['analyse-this'], exit: 2, stderr: /unknown command/ },
  { name: 'no files', args: ['analyze'], exit: 2, stderr: /usage/ },
  { name: 'a link threshold out of range', args: ['analyze', '--link-threshold', '7', 'FILE'], exit: 2, stderr: /--link-threshold/ },
  { name: 'compare with one statement', args: ['compare', 'نص واحد'], exit: 2, stderr: /usage: isnad compare/ },
  { name: 'compare --jsonl of a missing file', args: ['compare', '--jsonl', '/nonexistent/pairs.jsonl'], exit: 1, stderr: /cannot open/ },
  { name: 'compare --jsonl of lines that are not JSON pairs', args: ['compare', '--jsonl', 'FILE'], exit: 1, stderr: /want \{"a": text, "b": text\}/ },
  { name: 'compare --train on a file with no labelled pairs', args: ['compare', '--train', 'FILE'], exit: 1, stderr: /no labelled pairs/ },
];
