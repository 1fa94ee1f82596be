// The setup page as a therapist uses it: type who they are, choose their form service, paste its
// address, send a test request to a (fake) service on another origin, and read what went wrong.
import { expect } from '@open-wc/testing';
import {
  $,
  CLOSED,
  choose,
  fake,
  logged,
  newTag,
  openSetup,
  pasteInto,
  sendTest,
  textOf,
  typeInto,
  waitFor,
} from './support/setup-page.js';

/** The page with the Formspree choice (the default) and an address pasted by hand. */
async function withEndpoint(endpoint: string, service = 'formspree', extra = '') {
  const el = await openSetup(extra.replace(/^&/, ''));
  await typeInto(el, 'f-name', 'Ana Ruiz');
  if (service !== 'formspree') await choose(el, `service-${service}`);
  await pasteInto(el, 'f-endpoint', endpoint);
  return el;
}

describe('the setup page: send a test request', function () {
  // Each test types and pastes, sends, and runs axe: WebKit through its driver is slow at all three.
  this.timeout(20000);
  it('is accessible before and after a test', async () => {
    const tag = newTag();
    const el = await withEndpoint(fake(tag, 'formspree/f/good'));
    await expect(el).to.be.accessible();
    await sendTest(el);
    await expect(el).to.be.accessible();
  });

  it('delivered: says so with the status and the time, and the service got a request marked as a test', async () => {
    const tag = newTag();
    const el = await withEndpoint(fake(tag, 'formspree/f/good'));
    const d = await sendTest(el);
    expect(d.dataset.kind).to.equal('delivered');
    expect(textOf(d)).to.match(
      /It works: the test request was delivered\. Your service answered 200 at \d{1,2}:\d\d:\d\d/,
    );
    // Formspree's spam folder, for a request that was "delivered" but never shows up.
    expect(textOf(d)).to.include('Restrict to Domain');
    const posts = (await logged(tag)).filter((r) => r.method === 'POST');
    expect(posts).to.have.length(1);
    const body = JSON.parse(posts[0].body);
    expect(body.name).to.equal('Test from the setup page');
    expect(body).to.include({
      _subject: 'New consultation request',
      _gotcha: '',
      therapist: 'ana-ruiz',
      consent: true,
    });
    expect(document.activeElement === el && el.shadowRoot!.activeElement).to.equal(
      d,
      'focus moves to the diagnosis',
    );
  });

  it('404 from a Formspree-like service: there is no form at this address (a mistyped id)', async () => {
    const el = await withEndpoint(fake(newTag(), 'formspree/f/missing'));
    const d = await sendTest(el);
    expect(d.dataset.kind).to.equal('not-found');
    expect(textOf(d)).to.include('There is no form at this address');
    expect(textOf(d)).to.include('404');
  });

  it('403 BLOCKED: the service refused, with the domain-restriction and spam-folder advice', async () => {
    const el = await withEndpoint(fake(newTag(), 'formspree/f/blocked'));
    const d = await sendTest(el);
    expect(d.dataset.kind).to.equal('forbidden');
    expect(textOf(d)).to.include('The service refused the request. It answered 403 (BLOCKED)');
    expect(textOf(d)).to.include('Referrer-Policy');
    await expect(el).to.be.accessible();
  });

  it("422 with the service's own message: shown in the diagnosis", async () => {
    const el = await withEndpoint(fake(newTag(), 'formspree/f/empty'));
    const d = await sendTest(el);
    expect(d.dataset.kind).to.equal('invalid');
    expect(textOf(d)).to.include('Form submission is empty');
  });

  it('an Apps-Script-like web app: JSON fails at the preflight; one click switches to form encoding, and the test then gets through its redirect', async () => {
    const tag = newTag();
    const el = await withEndpoint(fake(tag, 'apps-script/macros/s/abc/exec'), 'own');
    const d = await sendTest(el);
    expect(d.dataset.kind).to.equal('preflight');
    expect(textOf(d)).to.include('does not answer the browser’s permission check');
    await expect(el).to.be.accessible();
    const requests = await logged(tag);
    expect(requests.map((r) => r.method)).to.deep.equal(
      ['OPTIONS', 'POST'],
      'the preflight, then one form-encoded probe',
    );
    expect(requests[1].contentType).to.match(/^application\/x-www-form-urlencoded/);

    const switchButton = [...d.querySelectorAll('button')].find((b) => /simple form/.test(b.textContent!))!;
    const { click } = await import('./support/person.js');
    await click(switchButton);
    await waitFor(() => $<HTMLInputElement>(el, '#encoding-form').checked, 'the form encoding to be chosen');
    // The fragment follows within 150 ms (writes are spaced: Safari throttles history.replaceState).
    await waitFor(
      () => new URLSearchParams(location.hash.slice(1)).get('encoding') === 'form',
      'the fragment to say encoding=form',
    );
    expect(textOf($(el, '.test'))).to.include('requests are now sent as a simple form');
    const again = await sendTest(el);
    expect(again.dataset.kind).to.equal('delivered');
    expect(textOf(again)).to.include('It passed the request on to http://localhost:');
  });

  it('the Google Apps Script choice sends a form-encoded request and says why', async () => {
    const tag = newTag();
    const el = await withEndpoint(fake(tag, 'apps-script/macros/s/abc/exec'), 'apps-script');
    expect(textOf($(el, '#service-apps-script-about'))).to.include('do not answer the permission check');
    expect(
      $<HTMLTextAreaElement>(el, 'textarea[data-key="apps-script"]').value,
      'the script for the sheet, to copy',
    ).to.include('function doPost(e)');
    const d = await sendTest(el);
    expect(d.dataset.kind).to.equal('delivered');
    expect((await logged(tag)).map((r) => r.method)).to.deep.equal(['POST'], 'no preflight');
  });

  it('a server without CORS headers: it answered, but not to other websites', async () => {
    const el = await withEndpoint(fake(newTag(), 'no-cors'), 'own');
    const d = await sendTest(el);
    expect(d.dataset.kind).to.equal('cors');
    expect(textOf(d)).to.include('Access-Control-Allow-Origin');
  });

  it('a plain 404 page: there is no form at this address', async () => {
    const el = await withEndpoint(fake(newTag(), 'gone'), 'own');
    expect((await sendTest(el)).dataset.kind).to.equal('not-found');
  });

  it('an HTML answer: the service answered with a web page', async () => {
    const el = await withEndpoint(fake(newTag(), 'html-page'), 'own');
    const d = await sendTest(el);
    expect(d.dataset.kind).to.equal('html');
    expect(textOf(d)).to.include('answered with a web page');
  });

  it('a redirect to a page on another origin: says the service sent back a web page', async () => {
    const el = await withEndpoint(fake(newTag(), 'redirect-page'), 'own');
    const d = await sendTest(el);
    expect(d.dataset.kind).to.equal('redirect');
    expect(textOf(d)).to.include('http://localhost:');
  });

  it('a service that hangs: did not answer in time (the wait set in the fragment)', async () => {
    const el = await withEndpoint(fake(newTag(), 'hang'), 'own', '&timeout=1500');
    const d = await sendTest(el);
    expect(d.dataset.kind).to.equal('timeout');
    expect(textOf(d)).to.include('We waited 2 seconds');
  });

  it('nothing listening: nothing answered at this address', async () => {
    const el = await withEndpoint(`${CLOSED}/consult`, 'own');
    expect((await sendTest(el)).dataset.kind).to.equal('unreachable');
  });

  for (const [address, reason, words] of [
    ['http://example.com/consult', 'http', 'not secure'],
    ['javascript:alert(1)', 'scheme', 'not a web address'],
    ['form#12!', 'address', 'does not look like a form address'],
  ]) {
    it(`a refused address (${reason}): refused before anything is sent`, async () => {
      const el = await withEndpoint(address, 'own');
      const d = await sendTest(el);
      expect(d.dataset.kind).to.equal('refused-url');
      expect(textOf(d)).to.include(words);
    });
  }

  it('a Netlify form: cannot be tested from here, and says how to check it on the site', async () => {
    const el = await openSetup('service=netlify');
    const d = await sendTest(el);
    expect(d.dataset.kind).to.equal('local');
    expect(textOf(d)).to.include('Forms in Netlify');
  });
});

describe('the setup page: the static build, languages, preview', () => {
  it('the built static page renders from its own folder, and loads nothing from anywhere else', async function () {
    this.timeout(20000);
    const frame = document.createElement('iframe');
    Object.assign(frame.style, { width: '760px', height: '560px', border: '0' });
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/raw/dist/setup/index.html#name=Ana%20Ruiz&look=card';
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow!;
    await waitFor(
      () => !!frame.contentDocument!.querySelector('relational-setup')?.shadowRoot?.querySelector('h1'),
      'the page to render',
    );
    const page = frame.contentDocument!.querySelector('relational-setup')!;
    const preview = page.shadowRoot!.querySelector('iframe')!;
    await waitFor(
      () =>
        !!preview.contentDocument
          ?.querySelector('relational-intro')
          ?.shadowRoot?.textContent?.includes('Ana Ruiz'),
      'the preview card',
    );
    await waitFor(
      () => !!page.shadowRoot!.querySelector('textarea')?.value.includes('integrity="sha384-'),
      'the hash from the module beside the page',
    );
    const fetched = [
      ...win.performance.getEntriesByType('resource'),
      ...preview.contentWindow!.performance.getEntriesByType('resource'),
    ].map((e) => e.name);
    expect(fetched.length).to.be.greaterThan(0);
    expect(
      fetched.filter(
        (u) => new URL(u).origin !== location.origin || !new URL(u).pathname.startsWith('/raw/dist/setup/'),
      ),
      'nothing from elsewhere',
    ).to.deep.equal([]);
    frame.remove();
  });

  for (const [ui, title, button] of [
    ['es', 'Configure su formulario de consulta', 'Enviar una solicitud de prueba'],
    ['fr', 'Configurer votre formulaire de consultation', 'Envoyer une demande d’essai'],
  ]) {
    it(`speaks ${ui}, accessible, and its test request says it is a test in ${ui}`, async () => {
      const tag = newTag();
      const el = await openSetup(`ui=${ui}`);
      expect(textOf($(el, 'h1'))).to.equal(title);
      expect(document.documentElement.lang).to.equal(ui);
      await pasteInto(el, 'f-endpoint', fake(tag, 'formspree/f/good'));
      expect(textOf($(el, '.test button.primary'))).to.equal(button);
      await expect(el).to.be.accessible();
      const d = await sendTest(el);
      expect(d.dataset.kind).to.equal('delivered');
      await expect(el).to.be.accessible();
      const post = (await logged(tag)).find((r) => r.method === 'POST')!;
      expect(JSON.parse(post.body).name).to.match(ui === 'es' ? /^Prueba desde/ : /^Essai depuis/);
    });
  }

  it("the preview sends nothing, and says so, when a visitor's form is submitted in it", async function () {
    this.timeout(20000);
    const tag = newTag();
    const el = await openSetup(`look=button&endpoint=${encodeURIComponent(fake(tag, 'formspree/f/good'))}`);
    const preview = $<HTMLIFrameElement>(el, 'iframe');
    await waitFor(
      () =>
        !!preview.contentDocument
          ?.querySelector('consult-request')
          ?.shadowRoot?.querySelector('[part="trigger"]'),
      'the preview form',
    );
    const form = preview.contentDocument!.querySelector('consult-request')! as HTMLElement & {
      submit(): Promise<void>;
    };
    form.setAttribute('min-fill-ms', '0');
    await choose(el, 'width-phone');
    expect(preview.getBoundingClientRect().width).to.be.at.most(360);
    (form as unknown as { open(): Promise<void> }).open();
    await waitFor(() => !!form.shadowRoot!.querySelector('#name'), 'the preview dialog');
    const root = form.shadowRoot!;
    for (const [id, value] of [
      ['name', 'Lina Ortiz'],
      ['email', 'lina@example.org'],
    ]) {
      const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    root.querySelector<HTMLInputElement>('#consent')!.click();
    await form.submit();
    await waitFor(
      () =>
        textOf(
          el.shadowRoot!.querySelector('section[aria-labelledby="preview-h"] [role="status"]')!,
        ).includes('nothing was sent'),
      'the preview note',
    );
    expect(await logged(tag)).to.deep.equal([]);
  });
});
