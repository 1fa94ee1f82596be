// `npm start` as a person meets it: the demo pages are served, and a request posted to the
// local inbox is stored and listed. The inbox writes to a temporary folder here.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url);
const dataDir = mkdtempSync(join(tmpdir(), 'demo-inbox-'));

const port = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});
const origin = `http://127.0.0.1:${port}`;
const demo = spawn('npm', ['start', '--', '--port', String(port), '--strictPort'], {
  cwd: root,
  env: { ...process.env, INBOX_DATA_DIR: dataDir },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
let output = '';
demo.stdout.on('data', (chunk) => (output += chunk));
demo.stderr.on('data', (chunk) => (output += chunk));

after(() => {
  process.kill(-demo.pid, 'SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

async function ready() {
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${origin}/demo/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.fail(`npm start did not serve ${origin}/demo/ within 30 s:\n${output}`);
}

test('npm start serves the demo pages and the module', async () => {
  await ready();
  for (const page of [
    '/demo/',
    '/demo/directory.html',
    '/demo/form.html',
    '/demo/inbox.html',
    '/demo/directory-100.html',
    '/demo/es.html',
    '/demo/fr.html',
  ]) {
    const response = await fetch(origin + page);
    assert.equal(response.status, 200, page);
    assert.match(await response.text(), /<(relational-intro|consult-request)|inbox/, page);
  }
  const module = await fetch(`${origin}/src/index.ts`);
  assert.equal(module.status, 200);
});

test('a request posted to the local inbox is stored and listed', async () => {
  await ready();
  const id = crypto.randomUUID();
  const payload = {
    id,
    name: 'Noor Haddad',
    email: 'noor@example.org',
    contactMethod: 'email',
    message: 'Tuesday evenings suit me.',
    consent: true,
    therapist: 'ana-ruiz',
    page: `${origin}/demo/form.html`,
    submittedAt: new Date().toISOString(),
    locale: 'en-US',
  };
  const sent = await fetch(`${origin}/api/consult`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(payload),
  });
  assert.equal(sent.status, 201);
  const inbox = await (await fetch(`${origin}/api/inbox`)).json();
  assert.ok(
    inbox.entries.some((entry) => entry.payload?.id === id),
    'the request is listed in the inbox',
  );
  assert.ok(!output.includes('Noor Haddad'), 'the dev server never logs what a client typed');
});
