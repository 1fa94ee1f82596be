// What a screen reader is given to say, read from Chromium's accessibility tree
// (DevTools protocol, Accessibility domain): after a submit with errors, after a failure, at a dead
// end, after success. Chromium only, as the names say.
import type { ConsultRequest } from '../src/consult-request/consult-request.js';
import { en } from '../src/i18n/en.js';
import {
  $,
  button,
  click,
  deepActive,
  expect,
  fillValid,
  form,
  settled,
  waitFor,
} from './support/consult-request.js';
import { axTree, describeChromium, type AXNode } from './support/cdp.js';

/** The polite live region's node and what it says, and the node that has focus. */
async function heard(el: ConsultRequest) {
  const tree = await axTree();
  const status = (await tree.of($(el, '[part="status"]')))!;
  return { tree, status, says: tree.text(status), focused: tree.focused() as AXNode };
}

describeChromium('<consult-request> announcements in the accessibility tree (Chromium only)', () => {
  it('the status is a polite live region, there from the start and empty (Chromium only)', async () => {
    const { el } = await form('ok200');
    const { tree, status, says } = await heard(el);
    expect(status.role?.value).to.equal('status');
    expect(tree.prop(status, 'live')).to.equal('polite');
    expect(says).to.equal('');
  });

  it('submit with errors: the summary in the live region, focus on the first field with its message as description (Chromium only)', async () => {
    const { el } = await form('ok200');
    await click(button(el));
    await waitFor(() => deepActive() === $(el, '#name'), 'focus on the first field');
    const { tree, says, focused } = await heard(el);
    expect(says).to.equal(en.checkFields);
    expect(focused.role?.value).to.equal('textbox');
    expect(focused.name?.value).to.equal('Your name (required)');
    expect(focused.description?.value).to.equal(en.nameMissing);
    expect(tree.prop(focused, 'invalid')).to.equal('true');
  });

  it('a failure: the live region says what happened and that nothing is lost; the button says Try again (Chromium only)', async () => {
    const { el } = await form('err500');
    await fillValid(el);
    await click(button(el));
    await settled(el);
    const { tree, says } = await heard(el);
    expect(says).to.equal(en.failedHttp({ status: 500 }));
    const submit = (await tree.of(button(el)))!;
    expect(submit.name?.value).to.equal(en.submitRetry);
  });

  it('a dead end: the live region says so, and the offer is two named links (Chromium only)', async () => {
    const { el } = await form('gone410', {
      'contact-email': 'ana@example.org',
      'contact-phone': '+1 503 555 0142',
    });
    await fillValid(el);
    await click(button(el));
    await settled(el);
    const { tree, says } = await heard(el);
    expect(says).to.equal(en.deadEnd);
    const links = el.shadowRoot!.querySelectorAll('[part="dead-end"] a');
    const names: AXNode[] = [];
    for (const a of links) names.push((await tree.of(a))!);
    expect(names.map((n) => [n.role?.value, n.name?.value])).to.deep.equal([
      ['link', en.emailInstead],
      ['link', en.callInstead({ phone: '+1 503 555 0142' })],
    ]);
  });

  it('success: the live region says it was sent, and focus is on the confirmation, named by its title and described by what happens next (Chromium only)', async () => {
    const { el } = await form('ok200');
    await fillValid(el);
    await click(button(el));
    await settled(el);
    await waitFor(() => deepActive() === $(el, '[part="success"]'), 'focus on the confirmation');
    const { says, focused } = await heard(el);
    expect(says).to.equal(en.sent);
    expect(focused.name?.value).to.equal(en.successTitle);
    expect(focused.description?.value).to.equal(en.successNext({ minutes: 20, by: 'email' }));
  });
});
