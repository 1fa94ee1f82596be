// `consult-error { kind: 'config' }` for a missing or refused endpoint reaches a listener added
// right after the element is inserted, however it was inserted; later, `status` says the same.
import { fixture, html, aTimeout } from '@open-wc/testing';
import type { ConsultRequest } from '../src/consult-request/consult-request.js';
import { expect } from './support/consult-request.js';

const quiet = () => {
  const original = console.error;
  console.error = () => undefined;
  return () => (console.error = original);
};

/** Counts `consult-error` events with kind `config` on a target until the next task has run twice. */
async function heard(target: EventTarget, start: () => void | Promise<void>): Promise<number> {
  let count = 0;
  const listen = () =>
    target.addEventListener('consult-error', (e) => {
      if ((e as CustomEvent).detail.kind === 'config') count++;
    });
  await start.call(null);
  listen();
  await aTimeout(50);
  return count;
}

describe('<consult-request> consult-error { kind: "config" }', () => {
  let restore: () => void;
  beforeEach(() => (restore = quiet()));
  afterEach(() => restore());

  it('reaches a listener added right after append()', async () => {
    const el = document.createElement('consult-request');
    const count = await heard(el, () => void document.body.append(el));
    expect(count).to.equal(1);
    el.remove();
  });

  it('reaches a listener added after `await fixture(...)` (the element has rendered)', async () => {
    let el!: ConsultRequest;
    const count = await heard(
      { addEventListener: (type: string, fn: EventListener) => el.addEventListener(type, fn) } as EventTarget,
      async () =>
        void (el = await fixture<ConsultRequest>(
          html`<consult-request endpoint="javascript:alert(1)"></consult-request>`,
        )),
    );
    expect(count).to.equal(1);
    expect(el.status).to.equal('config');
  });

  it('reaches a listener added after markup is parsed and `await el.updateComplete`', async () => {
    const box = document.createElement('div');
    document.body.append(box);
    let el!: ConsultRequest;
    const count = await heard(
      { addEventListener: (type: string, fn: EventListener) => el.addEventListener(type, fn) } as EventTarget,
      async () => {
        box.innerHTML = '<consult-request endpoint="ftp://example.org/x"></consult-request>';
        el = box.querySelector('consult-request')!;
        await el.updateComplete;
      },
    );
    expect(count).to.equal(1);
    box.remove();
  });

  it('fires once, and not at all when the endpoint is fixed before then', async () => {
    let count = 0;
    const onError = (e: Event) => (e as CustomEvent).detail.kind === 'config' && count++;
    document.addEventListener('consult-error', onError);
    try {
      const el = document.createElement('consult-request');
      document.body.append(el);
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      await aTimeout(50);
      expect(count).to.equal(1);
      const fixed = document.createElement('consult-request');
      document.body.append(fixed);
      await fixed.updateComplete;
      fixed.setAttribute('endpoint', 'https://example.org/consult');
      await fixed.updateComplete;
      await aTimeout(50);
      expect(count).to.equal(1);
      el.remove();
      fixed.remove();
    } finally {
      document.removeEventListener('consult-error', onError);
    }
  });

  it('a listener added any time later reads `status === "config"` instead', async () => {
    const el = await fixture<ConsultRequest>(html`<consult-request></consult-request>`);
    await aTimeout(100);
    expect(el.status).to.equal('config');
  });
});
