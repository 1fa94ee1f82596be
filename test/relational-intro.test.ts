import { fixture, html, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/relational-intro/relational-intro.js';

describe('<relational-intro>', () => {
  it('renders', async () => {
    const el = await fixture(html`<relational-intro></relational-intro>`);
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.textContent).to.contain('20-minute');
  });
  it('types', async () => {
    const input = await fixture<HTMLInputElement>(html`<input aria-label="x">`);
    input.focus();
    await sendKeys({ type: 'ana@example.org' });
    expect(input.value).to.equal('ana@example.org');
  });
});
