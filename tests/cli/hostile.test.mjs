// The hostile-input suite through the `isnad` tool, natively and as wasm under node: it never
// crashes or hangs, says what is wrong on stderr, and its JSON stays consistent — every offset
// inside the text as read (invalid bytes counted as one U+FFFD each), every `text` equal to its slice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../e2e/browser.mjs';
import { FILE_CASES, COMMAND_CASES } from './hostile_inputs.mjs';

const TOOLS = [
  { name: 'native', cmd: [path.join(ROOT, 'build/native/isnad')] },
  { name: 'wasm', cmd: ['node', path.join(ROOT, 'build/wasm/isnad.js')] },
].filter((t) => fs.existsSync(t.cmd[t.cmd.length - 1]));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-hostile-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const good = path.join(dir, 'good.txt');
fs.writeFileSync(good, 'قال المسؤول إن 2500 جندي سيغادرون.');

function run(tool, args, timeoutMs = 120000) {
  const r = spawnSync(tool.cmd[0], [...tool.cmd.slice(1), ...args], { timeout: timeoutMs, maxBuffer: 1 << 30 });
  assert.notEqual(r.signal, 'SIGTERM', `timed out: ${args.join(' ')}`);
  assert.equal(r.signal, null, `killed by ${r.signal}`);
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

// Decodes like Isnad (and like the WHATWG decoder): one U+FFFD per maximal ill-formed subpart.
const codePoints = (buf) => Array.from(new TextDecoder('utf-8', { ignoreBOM: true }).decode(buf));

function checkAnalysis(json, texts) {
  const a = JSON.parse(json);
  assert.equal(a.version, 1);
  for (const art of a.articles) {
    const cps = texts[art.file];
    assert.ok(cps, `unexpected article ${art.file}`);
    for (const x of [...(art.anchors || []), ...(art.claims || [])]) {
      assert.ok(Number.isInteger(x.start) && Number.isInteger(x.end), 'integer offsets');
      assert.ok(0 <= x.start && x.start <= x.end && x.end <= cps.length, `span ${x.start}-${x.end} inside ${cps.length}`);
      if (typeof x.text === 'string') assert.equal(x.text, cps.slice(x.start, x.end).join(''));
    }
  }
  return a;
}

for (const tool of TOOLS) {
  for (const c of FILE_CASES) {
    if (c.big && tool.name === 'wasm' && process.env.ISNAD_QUICK) continue;
    test(`${tool.name}: ${c.name}`, () => {
      const data = typeof c.data === 'function' ? c.data() : c.data;
      const file = path.join(dir, `case-${FILE_CASES.indexOf(c)}.txt`);
      fs.writeFileSync(file, data);
      const r = run(tool, ['analyze', '--json', file]);
      assert.equal(r.code, 0, r.stderr.slice(0, 400));
      const cps = codePoints(data);
      const a = checkAnalysis(r.stdout, { [path.basename(file)]: cps });
      assert.equal(a.articles.length, 1);
      if (c.expect === 'warn') {
        assert.match(r.stderr, c.stderr);
        assert.equal(cps.filter((ch) => ch === '\ufffd').length, c.replaced, 'the test decodes as Isnad does');
      } else {
        assert.doesNotMatch(r.stderr, /warning|error/i);
      }
    });
  }
  for (const c of COMMAND_CASES) {
    test(`${tool.name}: ${c.name}`, () => {
      const r = run(tool, c.args.map((x) => (x === 'FILE' ? good : x)));
      assert.equal(r.code, c.exit, r.stderr.slice(0, 400));
      assert.match(r.stderr, c.stderr);
    });
  }
}
