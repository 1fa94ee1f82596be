// The setup page as files: `npm run build` writes it as a static page any static host can serve,
// the module beside it and nothing fetched from elsewhere; and the npm package leaves it out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

test('dist/setup holds the page, its script, the module and the prerender entry, byte for byte the published ones', () => {
  const files = readdirSync(new URL('dist/setup/', root)).sort();
  assert.deepEqual(
    files.filter((f) => !/^relational-widgets\.[a-z]{2,3}\.js$/.test(f)),
    ['index.html', 'relational-prerender.js', 'relational-widgets.js', 'setup.js'],
  );
  assert.equal(read('dist/setup/relational-widgets.js'), read('dist/relational-widgets.js'));
  assert.equal(read('dist/setup/relational-prerender.js'), read('dist/relational-prerender.js'));
  for (const f of files)
    console.log(`dist/setup/${f}: ${readFileSync(new URL(`dist/setup/${f}`, root)).length} bytes`);
});

test('the static page loads only what is beside it', () => {
  const page = read('dist/setup/index.html');
  const urls = [...page.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
  assert.deepEqual(urls, ['./setup.js']);
  assert.match(page, /<relational-setup version="\d+\.\d+\.\d+[^"]*" module="\.\/relational-widgets\.js">/);
  assert.doesNotMatch(page, /\/demo\/|%RW_/);
  // The script names outside addresses only as text for the snippets and hints, never as a request:
  // its only fetches are the test request and the modules beside the page.
  const script = read('dist/setup/setup.js');
  assert.doesNotMatch(script, /fonts\.googleapis|google-analytics|googletagmanager|sendBeacon/);
  assert.equal(
    (script.match(/\bfetch\(/g) ?? []).length,
    3,
    'three fetches: the test POST, the opaque reachability probe, the modules beside the page',
  );
});
