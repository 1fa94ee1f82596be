// clinicians.ts on its own, in Node: reading the `clinicians` attribute.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readClinicians } from '../../src/consult-request/clinicians.js';

test('readClinicians(): id=Label entries separated by ;, in order, trimmed; a label may hold = and ,', () => {
  assert.deepEqual(readClinicians(' ana-ruiz=Ana Ruiz, PsyD ;kofi-mensah = Kofi Mensah, LCSW; ;'), {
    list: [
      ['ana-ruiz', 'Ana Ruiz, PsyD'],
      ['kofi-mensah', 'Kofi Mensah, LCSW'],
    ],
    refused: [],
  });
  assert.deepEqual(readClinicians('x1=A = B').list, [['x1', 'A = B']]);
  assert.deepEqual(readClinicians(''), { list: [], refused: [] });
});

test('readClinicians(): a bad id, no label, "any" or an id given twice is refused, as written', () => {
  const { list, refused } = readClinicians(
    'Ana=Ana; é=E; ok=; =Nobody; just text; any=Any; ok2=One; ok2=Two',
  );
  assert.deepEqual(list, [['ok2', 'One']]);
  assert.deepEqual(refused, ['Ana=Ana', 'é=E', 'ok=', '=Nobody', 'just text', 'any=Any', 'ok2=Two']);
});
