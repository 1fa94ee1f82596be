// The repository stands alone: no file it tracks points a reader at something they cannot open
// from a clone (planning documents kept elsewhere, research notes, numbered issues or working
// sessions). What a maintainer needs is in README.md and src/MAINTAINING.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
// This file names the patterns it looks for, so it is the one file not read.
const self = relative(root, fileURLToPath(import.meta.url));

/** Each kind of outside pointer, with a pattern that finds it in a line of text. */
const POINTERS = [
  ['a planning document kept outside the repository', /\b(PRODUCT|CONVENTIONS|BROWSERS)\.md\b/],
  ['research notes kept outside the repository', /(^|[^\w.-])research\/[\w-]/],
  ['a numbered issue', /\bissues? #?\d+\b/i],
  ['a numbered issue', /(^|[\s('"`])#\d{1,3}(?=\s+item\b|\s+[a-z(]|[,)])/i],
  ['an item of a numbered issue', /\(items? \d+[^)]*\)/i],
  ['a working session', /\bturn \d+\b|\b(last|this|next|previous) turn\b/i],
];

/** The files git tracks, or every file outside node_modules, dist and .git when this is no checkout. */
function trackedFiles() {
  try {
    return execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
      .split('\0')
      .filter(Boolean);
  } catch {
    const skip = new Set(['node_modules', 'dist', '.git', '.stryker-tmp']);
    const walk = (dir) =>
      readdirSync(join(root, dir)).flatMap((name) => {
        const path = join(dir, name);
        if (skip.has(name)) return [];
        return statSync(join(root, path)).isDirectory() ? walk(path) : [path];
      });
    return walk('');
  }
}

/**
 * Whether a `../shared/…` path written in `file` leads outside the repository: it names no file of
 * the repository, neither from the file's folder nor as src/shared/… (the mutation patches quote
 * lines of src/ files, so their relative paths start from there).
 */
function sharedPathLeavesRepo(file, path) {
  const rest = path.replace(/^(\.\.\/)+shared\/?/, '');
  const candidates = [resolve(root, dirname(file), path), join(root, 'src/shared', rest)];
  return !candidates.some((p) => {
    if (!p.startsWith(root)) return false;
    return existsSync(p) || existsSync(p.replace(/\.js$/, '.ts'));
  });
}

/** Every outside pointer in the tracked text files, as `file:line: kind: the line`. */
function pointers() {
  const found = [];
  for (const file of trackedFiles()) {
    if (file === self || !existsSync(join(root, file))) continue;
    const text = readFileSync(join(root, file));
    if (text.includes(0)) continue; // binary
    text
      .toString('utf8')
      .split('\n')
      .forEach((line, i) => {
        const at = `${file}:${i + 1}`;
        for (const [kind, pattern] of POINTERS)
          if (pattern.test(line)) found.push(`${at}: ${kind}: ${line.trim().slice(0, 140)}`);
        for (const [path] of line.matchAll(/(\.\.\/)+shared\b[\w./-]*/g))
          if (sharedPathLeavesRepo(file, path)) found.push(`${at}: a path outside the repository: ${path}`);
      });
  }
  return found;
}

test('no tracked file points outside the repository (documents, research notes, issues, sessions)', () => {
  const found = pointers();
  assert.ok(
    found.length === 0,
    `${found.length} pointer(s) outside the repository; say the fact itself, or point at README.md or src/MAINTAINING.md:\n${found.join('\n')}`,
  );
});

test('the patterns catch real pointers and pass plain words', () => {
  const hits = (line) => POINTERS.filter(([, pattern]) => pattern.test(line)).map(([kind]) => kind);
  for (const line of [
    '// see PRODUCT.md, "Bytes"',
    'the numbers (BROWSERS.md)',
    '(shared/research/sealed-requests.md)',
    '// Hostile pages (issue 4, item 3)',
    "goal('#15 directory embed: page HTML')",
    '// what a screen reader says (#10 item 6)',
    '# breaks: the honeypot loses inert (item 2)',
    "// with turn 3's features",
    '// this turn it read 282 to 331',
  ])
    assert.notDeepEqual(hits(line), [], line);
  for (const line of [
    'an issue with the endpoint',
    'color: #2d6a5a;',
    'border: 1px solid #000;',
    "form.querySelector('#name')",
    'each takes its turn in the queue',
    'https://example.org/#section-2',
    "['form#12!', 'address']",
  ])
    assert.deepEqual(hits(line), [], line);
  assert.equal(sharedPathLeavesRepo('test/support/x.js', '../shared/research/notes.md'), true);
  assert.equal(sharedPathLeavesRepo('src/card/card.ts', '../shared/define.js'), false);
  assert.equal(
    sharedPathLeavesRepo('test/mutations/10-intro-renders-html.patch', '../shared/styles.js'),
    false,
  );
});
