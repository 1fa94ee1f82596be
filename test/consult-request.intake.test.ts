// <consult-request>'s intake fields (README, "Intake fields"): what shows when, how the
// groups are announced, and what the real recording server receives in each encoding.
import { oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ConsultRequest } from '../src/consult-request/consult-request.js';
import {
  $,
  expect,
  form,
  fillValid,
  click,
  typeInto,
  button,
  posts,
  settled,
  waitFor,
  type Recorded,
} from './support/consult-request.js';
import { has } from './support/parts.js';
import { consoleCalls } from './support/console.js';
import { en } from '../src/i18n/en.js';

const ALL =
  'phone contact-method voicemail times client-status session-for format region payment pronouns referral message';
const INTAKE_KEYS = [
  'preferredName',
  'pronouns',
  'voicemailOk',
  'textOk',
  'times',
  'clientStatus',
  'sessionFor',
  'format',
  'region',
  'payment',
  'insurer',
  'referral',
];

const input = (el: Element, name: string, value?: string) =>
  $<HTMLInputElement>(el, value === undefined ? `[name="${name}"]` : `[name="${name}"][value="${value}"]`);

/** Ticks a radio button or a checkbox with the mouse, and waits until it shows as ticked or not. */
async function tick(el: Element, name: string, value?: string) {
  const box = input(el, name, value);
  const was = box.checked;
  await click(box);
  await waitFor(
    () => (box.type === 'radio' ? box.checked : box.checked !== was),
    `${name}=${value} to be ticked`,
    3000,
  );
}

/** Chooses in a list with the keyboard, as a person tabbing through would: focus, then arrow down. */
async function pick(el: Element, name: string, value: string) {
  const select = $<HTMLSelectElement>(el, `select[name="${name}"]`);
  select.focus();
  for (let i = 0; i < 10 && select.value !== value; i++) await sendKeys({ press: 'ArrowDown' });
  await waitFor(() => select.value === value, `${name} to be ${value}`, 3000);
}

// No doubled letters in what the tests type: WebKitGTK's driver drops the second of two equal keys.

/** Answers every intake question: some ticked, one box left empty (textOk), so both booleans are seen. */
async function answerAll(el: ConsultRequest) {
  await fillValid(el);
  await typeInto(el, 'preferredName', 'Ari');
  await typeInto(el, 'pronouns', 'she/her');
  await typeInto(el, 'phone', '503-827 4169');
  await waitFor(() => has(el, '#voicemailOk'), 'the voicemail box once a phone is filled', 3000);
  await tick(el, 'voicemailOk');
  await tick(el, 'times', 'mornings');
  await tick(el, 'times', 'evenings');
  await tick(el, 'clientStatus', 'returning');
  await tick(el, 'sessionFor', 'couple');
  await tick(el, 'format', 'online');
  await pick(el, 'region', 'WA');
  await tick(el, 'payment', 'insurance');
  await waitFor(() => has(el, '#insurer'), 'the insurer field after choosing insurance', 3000);
  await typeInto(el, 'insurer', 'Regence');
  await pick(el, 'referral', 'friend');
}

const EXPECTED = {
  preferredName: 'Ari',
  pronouns: 'she/her',
  clientStatus: 'returning',
  sessionFor: 'couple',
  format: 'online',
  region: 'WA',
  payment: 'insurance',
  insurer: 'Regence',
  referral: 'friend',
};

async function sendAll(encoding: string) {
  const { el, tag } = await form('ok200', { encoding, fields: ALL, regions: 'OR WA' });
  await answerAll(el);
  await click(button(el));
  await settled(el);
  expect(el.status).to.equal('success');
  const [post] = await posts(tag);
  return post as Recorded;
}

describe('<consult-request> intake fields', () => {
  describe('accessibility', () => {
    it('is accessible with every field shown, and with the fields that appear on answers', async () => {
      const { el } = await form('ok200', { fields: ALL, regions: 'OR WA' });
      await expect(el).to.be.accessible();
      await typeInto(el, 'phone', '503-827 4169');
      await tick(el, 'payment', 'insurance');
      await waitFor(
        () => has(el, '#insurer') && has(el, '#voicemailOk'),
        'insurer and voicemail fields',
        3000,
      );
      await expect(el).to.be.accessible();
    });

    it('is accessible with the validation messages shown', async () => {
      const { el } = await form('ok200', { fields: ALL, regions: 'OR WA' });
      await click(button(el));
      await waitFor(() => el.status === 'error', 'the validation messages', 3000);
      await expect(el).to.be.accessible();
    });
  });

  describe('grouping', () => {
    it('puts each choice group in a fieldset whose legend asks the question', async () => {
      const { el } = await form('ok200', { fields: ALL, regions: 'OR WA' });
      const groups = [...el.shadowRoot!.querySelectorAll('fieldset')].map((f) => ({
        legend: f.querySelector('legend')!.textContent!.trim(),
        names: [...new Set([...f.querySelectorAll('input')].map((i) => `${i.type}:${i.name}`))],
        labels: [...f.querySelectorAll('label')].map((l) => l.textContent!.trim()),
      }));
      expect(groups).to.deep.equal([
        {
          legend: 'How would you like to be contacted?',
          names: ['radio:contactMethod'],
          labels: ['Email', 'Phone call', 'Text message'],
        },
        {
          legend: 'Good times to reach you',
          names: ['checkbox:times'],
          labels: ['Mornings', 'Afternoons', 'Evenings', 'Weekends'],
        },
        {
          legend: 'Are you a new or returning client?',
          names: ['radio:clientStatus'],
          labels: ['New', 'Returning'],
        },
        {
          legend: 'Who is the therapy for?',
          names: ['radio:sessionFor'],
          labels: ['Me', 'Us as a couple', 'Our family', 'My child'],
        },
        {
          legend: 'How would you like to meet?',
          names: ['radio:format'],
          labels: ['In person', 'Online', 'Either'],
        },
        {
          legend: 'How would you like to pay?',
          names: ['radio:payment'],
          labels: ['Insurance', 'Self-pay', 'Sliding scale', 'Not sure yet'],
        },
      ]);
    });

    it('preselects nothing but the contact method (email), as before', async () => {
      const { el } = await form('ok200', { fields: ALL, regions: 'OR WA' });
      const checked = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')].map(
        (i) => `${i.name}=${i.value}`,
      );
      expect(checked).to.deep.equal(['contactMethod=email']);
      for (const name of ['region', 'referral'])
        expect($<HTMLSelectElement>(el, `select[name="${name}"]`).value, name).to.equal('');
      for (const id of ['preferredName', 'pronouns'])
        expect($<HTMLInputElement>(el, `#${id}`).value, id).to.equal('');
    });

    it('labels each list and text box, and ties the hints to them', async () => {
      const { el } = await form('ok200', { fields: ALL, regions: 'OR WA' });
      const label = (id: string) => el.shadowRoot!.querySelector(`label[for="${id}"]`)?.textContent?.trim();
      expect(label('region')).to.equal('Where will you be during sessions?');
      expect(label('referral')).to.equal('How did you hear about this practice?');
      expect(label('preferredName')).to.equal('Name you go by, if different');
      expect(label('pronouns')).to.equal('Pronouns');
      expect($(el, '#region').getAttribute('aria-describedby')).to.equal('region-hint');
    });
  });

  describe('what shows when', () => {
    it('`fields=""` shows only the required fields', async () => {
      const { el } = await form('ok200', { fields: '' });
      const names = [
        ...new Set([...el.shadowRoot!.querySelectorAll<HTMLInputElement>('form [name]')].map((i) => i.name)),
      ];
      expect(names).to.deep.equal(['name', 'email', 'consent', 'rw-hp']);
    });

    it('shows each intake field only when `fields` names it', async () => {
      const { el } = await form('ok200', { fields: 'format', regions: 'OR' });
      expect(input(el, 'format')).to.not.equal(null);
      for (const name of [
        'clientStatus',
        'sessionFor',
        'region',
        'payment',
        'times',
        'preferredName',
        'pronouns',
        'referral',
      ])
        expect(has(el, `[name="${name}"]`), name).to.equal(false);
    });

    it('asks for the insurer only while insurance is the chosen way to pay, and sends it only then', async () => {
      const { el, tag } = await form('ok200', { fields: 'payment' });
      expect(has(el, '#insurer')).to.equal(false);
      await tick(el, 'payment', 'insurance');
      await waitFor(() => has(el, '#insurer'), 'the insurer field', 3000);
      await typeInto(el, 'insurer', 'Aetna');
      await tick(el, 'payment', 'self-pay');
      await waitFor(() => !has(el, '#insurer'), 'the insurer field to go', 3000);
      await fillValid(el);
      await click(button(el));
      await settled(el);
      const body = JSON.parse((await posts(tag))[0].body);
      expect(body.payment).to.equal('self-pay');
      expect(body).to.not.have.property('insurer');
    });

    it('asks about voicemail and texts only with a phone number shown and filled in', async () => {
      const { el } = await form('ok200', { fields: 'phone voicemail' });
      expect(has(el, '#voicemailOk')).to.equal(false);
      await typeInto(el, 'phone', '503');
      await waitFor(() => has(el, '#voicemailOk') && has(el, '#textOk'), 'the two boxes', 3000);
      expect(el.shadowRoot!.querySelector('label[for="voicemailOk"]')!.textContent!.trim()).to.equal(
        'OK to leave me a voicemail',
      );
      $<HTMLInputElement>(el, '#phone').select();
      await sendKeys({ press: 'Backspace' });
      await waitFor(() => !has(el, '#voicemailOk'), 'the boxes to go with the number', 3000);
      const { el: noPhone } = await form('ok200', { fields: 'voicemail' });
      expect(has(noPhone, '#voicemailOk')).to.equal(false);
    });

    it("a field that appears in the same moment as a click never ticks another field's box", async () => {
      // AutoFill filling the phone and a click landing before the next render: the rows below
      // shift, and each control must still show its own field's answer.
      const { el } = await form('ok200', { fields: ALL, regions: 'OR WA' });
      const phone = $<HTMLInputElement>(el, '#phone');
      phone.value = '503-827 4169';
      phone.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input(el, 'payment', 'insurance').click();
      await el.updateComplete;
      await el.updateComplete;
      const checked = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')].map(
        (i) => `${i.name}=${i.value}`,
      );
      expect(checked).to.deep.equal(['contactMethod=email', 'payment=insurance']);
    });

    it('offers the `regions` codes only, named from the country, nothing chosen', async () => {
      const { el } = await form('ok200', { fields: 'region', regions: 'or, WA ca-bc' });
      const options = () =>
        [...$<HTMLSelectElement>(el, '#region').options].map((o) => [o.value, o.textContent!.trim()]);
      expect(options()).to.deep.equal([
        ['', 'Choose…'],
        ['OR', 'Oregon'],
        ['WA', 'Washington'],
        ['CA-BC', 'British Columbia'],
      ]);
      el.setAttribute('country', 'CA');
      el.setAttribute('regions', 'ON QC NT');
      await el.updateComplete;
      expect(options().slice(1)).to.deep.equal([
        ['ON', 'Ontario'],
        ['QC', 'Quebec'],
        ['NT', 'Northwest Territories'],
      ]);
      el.setAttribute('country', 'AU');
      el.setAttribute('regions', 'NSW VIC ZZ');
      await el.updateComplete;
      expect(options().slice(1)).to.deep.equal([
        ['NSW', 'New South Wales'],
        ['VIC', 'Victoria'],
        ['ZZ', 'ZZ'],
      ]);
    });

    it('tells the site owner, once, about `region` without `regions` and about unknown tokens', async () => {
      const errors = await consoleCalls('error', async () => {
        const { el } = await form('ok200', { fields: 'region formats' });
        expect(has(el, '#region')).to.equal(false);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(errors).to.have.length(2);
      expect(errors[0]).to.contain('"formats"');
      expect(errors[1]).to.contain('regions="OR WA"');
    });
  });

  describe('the "email instead" draft (a dead end)', () => {
    it('writes every answer in words, never as a code: a group of boxes, a list and radio buttons alike', async () => {
      const { el } = await form('notfound404', {
        fields: ALL,
        regions: 'OR WA',
        'contact-email': 'ana@example.org',
      });
      await answerAll(el);
      await click(button(el));
      await settled(el);
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="dead-end"] a[href^="mailto:"]')!;
      const lines = new URL(link.href).searchParams.get('body')!.split('\r\n');
      const said = (label: string, answer: string) =>
        expect(lines).to.include(en.mailAnswer({ label, answer }));
      said(en.timesLabel, `${en.timesOptions.mornings}, ${en.timesOptions.evenings}`);
      said(en.referralLabel, en.referralOptions.friend);
      said(en.sessionForLabel, en.sessionForOptions.couple);
      said(en.clientStatusLabel, en.clientStatusOptions.returning);
      said(en.formatLabel, en.formatOptions.online);
      said(en.paymentLabel, en.paymentOptions.insurance);
      said(en.regionLabel, 'Washington');
      await expect(el).to.be.accessible();
    });
  });

  describe('what the server receives', () => {
    it('json: every answer under its contract key, `times` as an array, the booleans as booleans', async () => {
      const body = JSON.parse((await sendAll('json')).body);
      expect(body).to.include(EXPECTED);
      expect(body.times).to.deep.equal(['mornings', 'evenings']);
      expect(body.voicemailOk).to.equal(true);
      expect(body.textOk).to.equal(false);
      expect(Object.keys(body).filter((k) => INTAKE_KEYS.includes(k))).to.have.members(INTAKE_KEYS);
    });

    it('form: every answer under its contract key, `times` repeated', async () => {
      const sent = new URLSearchParams((await sendAll('form')).body);
      for (const [key, value] of Object.entries(EXPECTED))
        expect(sent.getAll(key), key).to.deep.equal([value]);
      expect(sent.getAll('times')).to.deep.equal(['mornings', 'evenings']);
      expect(sent.getAll('voicemailOk')).to.deep.equal(['true']);
      expect(sent.getAll('textOk')).to.deep.equal(['false']);
    });

    it('multipart: every answer under its contract key, `times` repeated', async () => {
      const post = await sendAll('multipart');
      const data = await new Response(post.body, {
        headers: { 'Content-Type': post.headers['content-type']! },
      }).formData();
      for (const [key, value] of Object.entries(EXPECTED))
        expect(data.getAll(key), key).to.deep.equal([value]);
      expect(data.getAll('times')).to.deep.equal(['mornings', 'evenings']);
      expect(data.getAll('voicemailOk')).to.deep.equal(['true']);
      expect(data.getAll('textOk')).to.deep.equal(['false']);
    });

    for (const encoding of ['json', 'form', 'multipart']) {
      it(`${encoding}: questions shown but left unanswered are not sent`, async () => {
        const { el, tag } = await form('ok200', { encoding, fields: ALL, regions: 'OR WA' });
        await fillValid(el);
        await click(button(el));
        await settled(el);
        const [post] = await posts(tag);
        const keys =
          encoding === 'json'
            ? Object.keys(JSON.parse(post.body))
            : encoding === 'form'
              ? [...new URLSearchParams(post.body).keys()]
              : [
                  ...(
                    await new Response(post.body, {
                      headers: { 'Content-Type': post.headers['content-type']! },
                    }).formData()
                  ).keys(),
                ];
        expect(keys.filter((k) => INTAKE_KEYS.includes(k))).to.deep.equal([]);
      });
    }
  });

  describe('nothing lost', () => {
    it('a failed send keeps every intake answer, and the retry sends them all again', async () => {
      const { el, tag } = await form('err500-once', { fields: ALL, regions: 'OR WA' });
      await answerAll(el);
      const error = oneEvent(el, 'consult-error');
      await click(button(el));
      await error;
      await settled(el);
      const checked = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')].map(
        (i) => `${i.name}=${i.value}`,
      );
      expect(checked).to.have.members([
        'contactMethod=email',
        'voicemailOk=on',
        'times=mornings',
        'times=evenings',
        'clientStatus=returning',
        'sessionFor=couple',
        'format=online',
        'payment=insurance',
        'consent=on',
      ]);
      expect($<HTMLSelectElement>(el, '#region').value).to.equal('WA');
      expect($<HTMLSelectElement>(el, '#referral').value).to.equal('friend');
      for (const [id, value] of [
        ['preferredName', 'Ari'],
        ['pronouns', 'she/her'],
        ['insurer', 'Regence'],
        ['phone', '503-827 4169'],
      ])
        expect($<HTMLInputElement>(el, `#${id}`).value, id).to.equal(value);
      await click(button(el));
      await settled(el);
      expect(el.status).to.equal('success');
      const [first, second] = await posts(tag);
      const { submittedAt: _a, ...again } = JSON.parse(second!.body);
      const { submittedAt: _b, ...once } = JSON.parse(first!.body);
      expect(again).to.deep.equal(once);
      expect(once).to.include(EXPECTED);
    });
  });
});
