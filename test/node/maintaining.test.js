// src/MAINTAINING.md lists the public contract's names; the README documents each one for the
// sites that use them. A name renamed in one and not the other fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

test("every name in src/MAINTAINING.md's contract is documented in the README", () => {
  const maintaining = read('src/MAINTAINING.md');
  const start = maintaining.indexOf('## The public contract');
  const end = maintaining.indexOf('\n## ', start + 1);
  assert.ok(start >= 0 && end > start, 'src/MAINTAINING.md has a "The public contract" section');
  const contract = maintaining.slice(start, end);
  // Names: attributes, values, events, keys, tokens, custom properties (not paths, markup or commands).
  const names = [...new Set([...contract.matchAll(/`([-\w.@:]+)`/g)].map(([, name]) => name))].filter(
    (name) => !name.includes('/') && !/\.(ts|js|md)$/.test(name),
  );
  assert.ok(names.length > 100, `the contract names its attributes, events and keys (${names.length} found)`);
  const readme = read('README.md');
  const missing = names.filter((name) => !readme.includes(`\`${name}\``) && !readme.includes(name));
  assert.deepEqual(missing, [], 'names in the contract that the README never mentions');
});
