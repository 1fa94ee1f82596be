// The field table (src/consult-request/fields.ts) as the one source of the questions: the
// README's "Intake fields" and "Payload" tables name every token and key it has and no other,
// in the payload's order; the setup page's question list and the keys its Netlify and Apps
// Script copies list come from it. (tsc checks the catalogs: see `FieldSentences`.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  DEFAULT_FIELDS,
  FIELDS,
  TOKENS,
  emptyValues,
  shownFields,
  tokensOf,
  type FieldSpec,
  type Values,
} from '../../src/consult-request/fields.js';
import { buildPayload, cleanValues } from '../../src/consult-request/payload.js';
import { appsScript, payloadKeys, route } from '../../src/setup/services.js';
import { netlifyCopy } from '../../src/setup/snippets.js';
import { DEFAULT_FIELDS as SETUP_DEFAULTS, FIELD_TOKENS, defaults } from '../../src/setup/settings.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The cells of each row of the first table under `### heading` (header and rule left out). */
function table(heading: string): string[][] {
  const start = readme.indexOf(`\n### ${heading}\n`);
  assert.ok(start >= 0, `the README has a "${heading}" section`);
  const lines = readme.slice(start).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const end = lines.findIndex((line, i) => i > first && !line.startsWith('|'));
  // A cell may hold an escaped bar (`new` \| `returning`).
  return lines.slice(first + 2, end).map((line) =>
    line
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim()),
  );
}

/** The words in backticks. */
const ticked = (text: string): string[] => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
/** The payload keys a cell names: each backticked word that starts a `key: values` (or `a`, `b`: values). */
const keysIn = (cell: string): string[] => [...cell.matchAll(/`(\w+)`(?=(?:, `\w+`)*: )/g)].map((m) => m[1]!);
/** The values a cell gives for `key`: the backticked words after `key`: up to a `;`, a `(` or the end. */
const valuesOf = (cell: string, key: string): string[] =>
  ticked(cell.slice(cell.indexOf(`\`${key}\`: `) + key.length + 4).split(/[;(]/)[0]!);

const byToken = (token: string): FieldSpec[] => FIELDS.filter((f) => f.token === token);

/** Every field answered (the phone filled in, insurance chosen, a `regions` code, a clinician's id). */
function everythingAnswered(): Values {
  const v = emptyValues();
  const answers: Record<string, unknown> = v;
  for (const f of FIELDS) {
    if (f.control === 'checkbox') answers[f.key] = true;
    else if (f.control === 'checkboxes') answers[f.key] = [f.options![0]];
    else answers[f.key] = f.options?.[0] ?? TYPED[f.key] ?? 'x';
  }
  answers.payment = 'insurance';
  return v;
}
const TYPED: Record<string, string> = {
  email: 'a@example.org',
  phone: '503 555 0134',
  region: 'OR',
  clinician: 'ana',
};
/** The request's own keys, around the answers. */
const context = {
  id: 'i',
  therapist: 't',
  page: 'p',
  submittedAt: 's',
  locale: 'en',
  waitlist: true,
  extra: [],
};
/** The tokens of the intake questions (the README documents the others with the `fields` attribute). */
const intakeTokens = [...TOKENS].filter((t) => !tokensOf(DEFAULT_FIELDS).includes(t));

test('the README\'s "Intake fields" table has a row for every intake token, and none for a token the form lacks', () => {
  const rows = table('Intake fields');
  const tokens = rows.map(([token]) => ticked(token!)[0]);
  assert.deepEqual([...tokens].sort(), [...intakeTokens].sort());
});

test('each "Intake fields" row names its token\'s payload keys, and each fixed choice\'s options in order', () => {
  for (const [token, , keys] of table('Intake fields')) {
    const fields = byToken(ticked(token!)[0]!);
    assert.deepEqual(
      keysIn(keys!),
      fields.map((f) => f.key),
      `${token}: the keys`,
    );
    for (const f of fields.filter((f) => f.options))
      assert.deepEqual(valuesOf(keys!, f.key), f.options, `${f.key}: the options`);
  }
});

test('the README\'s "Payload" table lists every key a request can carry, in the order the form sends them', () => {
  const documented = table('Payload').flatMap(([keys]) => ticked(keys!));
  // Every field answered, with a waitlist and a therapist: every key there is.
  const sent = buildPayload(everythingAnswered(), context);
  assert.deepEqual(documented, Object.keys(sent));
  assert.deepEqual(
    Object.keys(sent).filter(
      (key) => !['id', 'waitlist', 'therapist', 'page', 'submittedAt', 'locale'].includes(key),
    ),
    FIELDS.map((f) => f.key),
    'every field is sent when answered',
  );
});

test('the setup page offers every token of the form, its defaults first and ticked by default', () => {
  assert.deepEqual([...FIELD_TOKENS].sort(), [...TOKENS].sort());
  assert.deepEqual(SETUP_DEFAULTS, tokensOf(DEFAULT_FIELDS));
  assert.deepEqual(FIELD_TOKENS.slice(0, SETUP_DEFAULTS.length), SETUP_DEFAULTS);
});

test('the Netlify and Apps Script copies list every key a request with those questions can carry, in its order', () => {
  // For each question alone and for all of them: the keys of a request with everything the form shows answered.
  for (const tokens of [...intakeTokens.map((t) => [...tokensOf(DEFAULT_FIELDS), t]), [...TOKENS]]) {
    const v = everythingAnswered();
    const sent = buildPayload(cleanValues(v, shownFields(tokens.join(' '), v, ['OR'], ['ana'])), context);
    const listed = payloadKeys(tokens, { clinicians: true, waitlist: true });
    assert.deepEqual(listed, Object.keys(sent), tokens.join(' '));
    const columns = JSON.parse(
      /COLUMNS = (.+);/.exec(appsScript(tokens, { clinicians: true, waitlist: true }))![1]!,
    );
    assert.deepEqual(
      columns,
      listed.filter((k) => k !== 'consent'),
      `${tokens.join(' ')}: the Apps Script's columns`,
    );
    const netlify = {
      ...defaults(),
      service: 'netlify' as const,
      fields: tokens,
      accepting: 'waitlist' as const,
    };
    const copy = netlifyCopy({ ...netlify, clinicians: 'ana=Ana' }, route(netlify));
    assert.deepEqual(
      [...copy.matchAll(/<input name="([^"]+)">/g)].map((m) => m[1]),
      listed,
      `${tokens.join(' ')}: the Netlify copy`,
    );
  }
});
