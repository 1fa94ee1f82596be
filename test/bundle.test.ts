import { expect } from '@open-wc/testing';
import { openPage, pageReport, renderedElements } from './support/frame.js';

describe('the built bundle on a plain page', () => {
  let frame: HTMLIFrameElement;

  afterEach(() => frame?.remove());

  it('loads twice, and from a second URL, without an error', async () => {
    frame = await openPage('bundle.html');
    await renderedElements(frame);
    const scripts = [...frame.contentDocument!.querySelectorAll('script[type=module]')].map((s) =>
      s.getAttribute('src'),
    );
    expect(new Set(scripts).size, 'two distinct URLs').to.equal(2);
    expect(pageReport(frame).errors).to.deep.equal([]);
  });

  it('renders every element with visible content', async () => {
    frame = await openPage('bundle.html');
    const elements = await renderedElements(frame);
    expect(elements.map((el) => el.localName)).to.deep.equal([
      'relational-intro',
      'relational-intro',
      'relational-intro',
      'consult-request',
      'consult-request',
    ]);
    for (const el of elements) {
      const label = `${el.localName}#${el.id || el.getAttribute('slot')}`;
      expect(el.shadowRoot, label).to.exist;
      expect(el.shadowRoot!.children.length, `${label} rendered`).to.be.greaterThan(0);
      expect(el.getBoundingClientRect().height, `${label} height`).to.be.greaterThan(0);
      expect(el.shadowRoot!.textContent!.trim(), `${label} text`).to.not.equal('');
    }
  });

  it('registers the element classes the module exports', async () => {
    frame = await openPage('bundle.html');
    await renderedElements(frame);
    const url = new URL('/raw/dist/relational-widgets.js', location.href).href;
    const module = await (
      frame.contentWindow as unknown as { eval: (s: string) => Promise<Record<string, unknown>> }
    ).eval(`import(${JSON.stringify(url)})`);
    const registry = frame.contentWindow!.customElements;
    expect(module.RelationalIntro).to.be.a('function');
    expect(module.ConsultRequest).to.be.a('function');
    expect(module.RelationalIntro).to.equal(registry.get('relational-intro'));
    expect(module.ConsultRequest).to.equal(registry.get('consult-request'));
  });
});
