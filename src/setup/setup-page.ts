// <relational-setup>: members in the order every element of the project shares (see the header
// of consult-request.ts). Fragment sync, previews, diagnoses and the generic controls have their
// own modules (fragment.ts, preview.ts, explain.ts, controls.ts), and so have the sections: the
// settings (settings-form.ts), the service and its test (service-step.ts), the code (code-view.ts).
import { LitElement, html, type PropertyValues } from 'lit';
import { define } from '../shared/define.js';
import { styles } from './setup-page.styles.js';
import { testEndpoint, type Diagnosis } from './diagnose.js';
import { choice, type SetupView } from './controls.js';
import { FragmentSync, readFragment } from './fragment.js';
import { prerenderWidgets, previewDocument, watchPreview, type Scheme } from './preview.js';
import { loadRelease, moduleFor } from './release.js';
import { route } from './services.js';
import { LANGUAGES, defaultSubject, therapistId, type Settings } from './settings.js';
import { widgets, type Release, type Target } from './snippets.js';
import { catalogs } from './strings/index.js';
import type { Catalog } from './strings/en.js';
import { keyInLink, linkWarnings } from './seal-step.js';
import type { Seal } from './settings.js';
import { renderAbout, renderLooks } from './settings-form.js';
import { renderService, type TestView } from './service-step.js';
import { renderCode, type CodeView } from './code-view.js';

type Width = 'phone' | 'desktop';

/**
 * The setup page: a therapist fills in who they are, where requests go and how the form looks,
 * tests the endpoint, watches a live preview and copies the snippet for their site. Everything
 * it knows lives in the page's URL fragment.
 *
 * @tagname relational-setup
 */
export class RelationalSetup extends LitElement {
  static override styles = styles;

  static override properties = {
    version: {},
    module: {},
    previewModule: { attribute: 'preview-module' },
    settings: { state: true, attribute: false },
    release: { state: true, attribute: false },
    diagnosis: { state: true, attribute: false },
    testing: { state: true, attribute: false },
    switched: { state: true, attribute: false },
    target: { state: true, attribute: false },
    width: { state: true, attribute: false },
    scheme: { state: true, attribute: false },
    copied: { state: true, attribute: false },
    previewNote: { state: true, attribute: false },
    prerendered: { state: true, attribute: false },
  };

  /** The version of relational-widgets the snippets pin. */
  version = '0.0.0';
  /** The built English module beside the page: hashed for the snippets, offered for download. */
  module = './relational-widgets.js';
  /** The module the preview loads (the source in development); the built one by default. */
  previewModule = '';

  private settings: Settings = readFragment();
  private release: Release = { version: this.version, files: { en: { file: 'relational-widgets.js' } } };
  declare private diagnosis?: Diagnosis;
  private testing = false;
  private switched = false;
  private target: Target = 'squarespace-block';
  private width: Width = 'desktop';
  private scheme: Scheme = 'light';
  /** `target:place` of the snippet just copied, or `!target:place` when copying failed. */
  private copied = '';
  private previewNote = '';
  /** `widgets()`'s markup and the module's `prerender()` of it, once ready (snippets use it while the markup matches). */
  declare private prerendered?: { markup: string; html: string; release: Release };
  private prerenderTimer?: ReturnType<typeof setTimeout>;
  private readonly fragment = new FragmentSync(
    this,
    () => this.settings,
    (settings) => (this.settings = settings),
  );
  /** Settings that came in the link that opened the page: a key (ignored), an endpoint (named until a test request is sent). */
  private fromLink = {
    key: keyInLink(location.hash),
    endpoint: new URLSearchParams(location.hash.slice(1)).has('endpoint'),
  };
  /** The modules beside the page have been looked for: which one to prerender with is known (the first one imported defines the elements for good). */
  private releaseRead = false;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('version') || changed.has('module')) {
      // Until the modules beside the page are read, the snippets pin this version without a hash.
      this.releaseRead = false;
      this.release = { version: this.version, files: { en: { file: 'relational-widgets.js' } } };
      loadRelease(this.version, this.module, location.href).then((release) => {
        this.releaseRead = true;
        this.release = release;
      });
    }
    if (changed.has('settings')) {
      document.documentElement.lang = this.settings.ui;
      document.title = this.t.title;
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('settings') || changed.has('release') || changed.has('scheme')) this.refreshPreview();
    if (changed.has('settings') || changed.has('release')) this.schedulePrerender();
  }

  private async onTest(): Promise<void> {
    const s = this.settings;
    const r = route(s);
    this.testing = true;
    this.diagnosis = undefined;
    this.switched = false;
    this.diagnosis = r.testable
      ? await testEndpoint({
          endpoint: r.endpoint,
          encoding: r.encoding,
          hidden: r.hidden,
          name: this.t.testName,
          message: this.t.testMessage,
          therapist: therapistId(s.name),
          locale: navigator.language,
          timeout: s.timeout || 15000,
        })
      : { kind: 'local' };
    this.testing = false;
    this.fromLink.endpoint = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#diagnosis')?.focus();
  }

  private onSwitchToForm(): void {
    this.set('service', 'own');
    this.set('endpoint', route(this.settings).endpoint || this.settings.endpoint);
    this.set('encoding', 'form');
    this.switched = true;
  }

  private async onCopy(key: string, code: string): Promise<void> {
    try {
      // A browser that neither copies nor refuses (one waiting on a permission nobody is asked for) counts as refusing.
      const noAnswer = new Promise((_, reject) =>
        setTimeout(() => reject(new Error('no answer from the clipboard')), 2000),
      );
      await Promise.race([navigator.clipboard.writeText(code), noAnswer]);
      this.copied = key;
    } catch {
      this.copied = `!${key}`;
      this.renderRoot.querySelector<HTMLTextAreaElement>(`textarea[data-key="${key}"]`)?.select();
    }
  }

  private onPreviewLoad(e: Event): void {
    watchPreview(e.target as HTMLIFrameElement, () => (this.previewNote = this.t.previewNotSent));
  }

  /** The page's own sentences, in the language it is shown in. */
  private get t(): Catalog {
    return catalogs[this.settings.ui] ?? catalogs.en;
  }

  /** What the section renderers read and call. */
  private get view(): SetupView {
    return {
      t: this.t,
      settings: this.settings,
      set: (key, value) => this.set(key, value),
      copied: this.copied,
      copy: (key, code) => this.onCopy(key, code),
    };
  }

  /** The test request's state, for the service step. */
  private get testView(): TestView {
    return {
      diagnosis: this.diagnosis,
      testing: this.testing,
      switched: this.switched,
      onTest: () => this.onTest(),
      onSwitchToForm: () => this.onSwitchToForm(),
    };
  }

  /** The release and the site chosen, for the code section. */
  private get codeView(): CodeView {
    return {
      version: this.version,
      module: this.module,
      release: this.release,
      releaseRead: this.releaseRead,
      prerendered: this.prerendered,
      target: this.target,
      onTarget: (target) => (this.target = target),
    };
  }

  /** Changes one setting and writes them all to the fragment (replacing the history entry: typing is not navigation). */
  private set<K extends keyof Settings>(key: K, value: Settings[K]): void {
    const before = this.settings;
    this.settings = { ...before, [key]: value };
    // A subject the therapist has not changed follows the form's language.
    if (key === 'lang' && before.subject === defaultSubject(before.lang))
      this.settings.subject = defaultSubject(value as string);
    this.fragment.write();
    if (key === 'service' || key === 'endpoint' || key === 'encoding') {
      this.diagnosis = undefined;
      this.switched = false;
    }
  }

  /** Prerenders the widgets a moment after the last change (typing a name should not prerender on every key). */
  private schedulePrerender(): void {
    const markup = widgets(this.settings);
    if (
      !this.releaseRead ||
      (this.prerendered?.markup === markup && this.prerendered.release === this.release)
    )
      return;
    clearTimeout(this.prerenderTimer);
    this.prerenderTimer = setTimeout(() => this.prerender(markup, this.settings.lang), 300);
  }

  /** The widgets prerendered (preview.ts), for the snippets while the settings still give this markup. */
  private async prerender(markup: string, lang: string): Promise<void> {
    try {
      // The all-languages build, when there is one, so the widgets prerender in their own language.
      const href = this.previewModule
        ? new URL(this.previewModule, location.href).href
        : moduleFor(this.release, 'all', this.module, location.href);
      const html = await prerenderWidgets(href, !!this.previewModule, markup, lang);
      if (html !== undefined && widgets(this.settings) === markup)
        this.prerendered = { markup, html, release: this.release };
    } catch (e) {
      console.error('relational-setup: could not prerender the widgets; the snippets stay one tag.', e);
    }
  }

  /** The preview: a page of its own with the real elements and the current settings; it can send nothing (CSP and a cancelled `consult-submit`). */
  private refreshPreview(): void {
    const frame = this.renderRoot.querySelector<HTMLIFrameElement>('iframe');
    if (!frame) return;
    const s = this.settings;
    // The build the snippet itself would load for this language (the source, in development).
    const module = this.previewModule
      ? new URL(this.previewModule, location.href).href
      : moduleFor(this.release, s.lang, this.module, location.href);
    const doc = previewDocument(s, this.scheme, widgets(s), module);
    if (frame.srcdoc === doc) return;
    frame.srcdoc = doc;
  }

  private renderPreview() {
    const t = this.t;
    return html`<section class="preview" aria-labelledby="preview-h">
      <h2 id="preview-h">${t.previewHeading}</h2>
      <p>${t.previewIntro}</p>
      <div class="toggles">
        ${choice({
          name: 'width',
          legend: t.screenLegend,
          value: this.width,
          options: ['phone', 'desktop'] as const,
          label: (v) => t[v],
          onPick: (v) => (this.width = v),
        })}
        ${choice({
          name: 'scheme',
          legend: t.pageLegend,
          value: this.scheme,
          options: ['light', 'dark'] as const,
          label: (v) => t[v],
          onPick: (v) => (this.scheme = v),
        })}
      </div>
      <div class="frame ${this.width}">
        <iframe title=${t.previewTitle} @load=${this.onPreviewLoad}></iframe>
      </div>
      <p role="status" class="hint">${this.previewNote}</p>
    </section>`;
  }

  override render() {
    const t = this.t;
    const view = this.view;
    return html`<header>
        <h1>${t.title}</h1>
        <p>${t.intro}</p>
        <div class="field inline">
          <label for="f-ui">${t.pageLanguage}</label>
          <select id="f-ui" @change=${(e: Event) => this.set('ui', (e.target as HTMLSelectElement).value)}>
            ${LANGUAGES.map((l) => html`<option value=${l} lang=${l} ?selected=${this.settings.ui === l}>${catalogs[l].languages[l].split(' (')[0]}</option>`)}
          </select>
        </div>
        <p class="hint">${t.saved}</p>
      </header>
      <main>${linkWarnings(t.seal, { key: this.fromLink.key, endpoint: this.fromLink.endpoint ? route(this.settings).endpoint : '' })}
        ${renderAbout(view)} ${renderService(view, this.testView)}
        <relational-seal-step .strings=${t.seal} .seal=${this.settings.seal} opener=${new URL('../opener/', location.href).href}
          @seal-change=${(e: CustomEvent<Seal | undefined>) => (this.settings = { ...this.settings, seal: e.detail })}></relational-seal-step>
        ${renderLooks(view)} ${this.renderPreview()} ${renderCode(view, this.codeView)}</main>`;
  }
}

define('relational-setup', RelationalSetup);

declare global {
  interface HTMLElementTagNameMap {
    'relational-setup': RelationalSetup;
  }
}
