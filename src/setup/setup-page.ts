// <relational-setup>: members in the order every element of the project shares (see the header
// of consult-request.ts). Fragment sync, previews, diagnoses and the radio group have their own
// modules (fragment.ts, preview.ts, explain.ts, controls.ts).
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { define } from '../shared/define.js';
import { styles } from './setup-page.styles.js';
import { testEndpoint, type Diagnosis } from './diagnose.js';
import { explain } from './explain.js';
import { choice } from './controls.js';
import { FragmentSync, readFragment } from './fragment.js';
import { prerenderWidgets, previewDocument, watchPreview, type Scheme } from './preview.js';
import { loadRelease, moduleFor } from './release.js';
import { appsScript, route } from './services.js';
import {
  ACCEPTING,
  COUNTRIES,
  FIELD_TOKENS,
  LANGUAGES,
  LOOKS,
  SERVICES,
  defaultSubject,
  therapistId,
  type Settings,
} from './settings.js';
import { TARGETS, moreKeys, snippets, widgets, type Part, type Release, type Target } from './snippets.js';
import { catalogs } from './strings/index.js';
import type { Catalog } from './strings/en.js';
import { keyInLink, linkWarnings } from './seal-step.js';
import type { Seal } from './settings.js';
import type { Token } from '../consult-request/fields.js';

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

  private onText(key: keyof Settings) {
    return (e: Event) => {
      const input = e.target as HTMLInputElement;
      if (key === 'minutes') {
        const n = Number(input.value);
        if (Number.isInteger(n) && n >= 1 && n <= 240) this.set('minutes', n);
      } else this.set(key, input.value as never);
    };
  }

  private onField(token: string, on: boolean): void {
    const chosen = new Set(this.settings.fields);
    if (on) chosen.add(token);
    else chosen.delete(token);
    this.set(
      'fields',
      FIELD_TOKENS.filter((t) => chosen.has(t)),
    );
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

  /** A labelled text input with its explanation. */
  private text(
    key: keyof Settings,
    label: string,
    hint: string,
    type = 'text',
    extra: Record<string, string> = {},
  ): TemplateResult {
    const id = `f-${key}`;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      <input id=${id} type=${type} .value=${String(this.settings[key])} aria-describedby=${hint ? `${id}-hint` : nothing}
        autocomplete=${extra.autocomplete ?? 'off'} inputmode=${extra.inputmode ?? nothing} spellcheck="false"
        @input=${this.onText(key)} />
    </div>`;
  }

  private renderAbout() {
    const t = this.t;
    return html`<section aria-labelledby="about-h">
      <h2 id="about-h">${t.aboutHeading}</h2>
      ${this.text('name', t.name, t.nameHint, 'text', { autocomplete: 'name' })}
      ${this.text('credentials', t.credentials, t.credentialsHint)} ${this.text('practice', t.practice, t.optional, 'text', { autocomplete: 'organization' })}
      ${this.text('location', t.location, t.locationHint)} ${this.text('photo', t.photo, t.photoHint, 'url')}
      ${this.text('minutes', t.minutes, t.minutesHint, 'number', { inputmode: 'numeric' })}
    </section>`;
  }

  private renderService() {
    const t = this.t;
    const s = this.settings;
    const service = t.services[s.service];
    return html`<section aria-labelledby="service-h">
      <h2 id="service-h">${t.serviceHeading}</h2>
      <p>${t.serviceIntro}</p>
      ${choice({
        name: 'service',
        legend: t.serviceLegend,
        value: s.service,
        options: SERVICES,
        label: (v) => t.services[v].label,
        about: (v) => t.services[v].about,
        onPick: (v) => this.set('service', v),
      })}
      ${s.service === 'apps-script' ? this.renderCodeBox('apps-script', t.appsScriptWhere, appsScript(s.fields, moreKeys(s), !!s.seal)) : nothing}
      ${this.text('endpoint', service.field, s.service === 'netlify' ? t.netlifyHint : '', s.service === 'netlify' ? 'text' : 'url')}
      ${
        s.service === 'own'
          ? choice({
              name: 'encoding',
              legend: t.encodingLegend,
              value: s.encoding,
              options: ['json', 'form'] as const,
              label: (v) => (v === 'json' ? t.encodingJson : t.encodingForm),
              onPick: (v) => this.set('encoding', v),
            })
          : nothing
      }
      ${s.service === 'formspree' || s.service === 'basin' ? this.text('subject', t.subject, t.subjectHint) : nothing}
      ${this.renderTest()}
    </section>`;
  }

  private renderTest() {
    const t = this.t;
    const d = this.diagnosis;
    const e = d && explain(d, this.t);
    const spam =
      d && this.settings.service === 'formspree' && (d.kind === 'delivered' || d.kind === 'forbidden');
    // What the status region announces: that the test runs, then what it found.
    let announced = '';
    if (this.testing) announced = t.testing;
    else if (e) announced = e.title;
    return html`<div class="test">
      <h3>${t.testHeading}</h3>
      <p>${t.testIntro}</p>
      <button type="button" class="primary" aria-disabled=${this.testing || nothing} @click=${() => !this.testing && this.onTest()}>${t.testButton}</button>
      <div role="status" class="sr">${announced}</div>
      ${this.testing ? html`<p class="hint" aria-hidden="true">${t.testing}</p>` : nothing}
      ${
        d && e
          ? html`<div id="diagnosis" class="diagnosis ${d.kind === 'delivered' ? 'ok' : 'problem'}" data-kind=${d.kind} tabindex="-1" aria-labelledby="diagnosis-h">
            <h4 id="diagnosis-h">${e.title}</h4>
            <p>${e.body}</p>
            <p><strong>${t.fix}</strong> ${e.fix}</p>
            ${spam ? html`<p>${t.formspreeSpam}</p>` : nothing}
            ${d.kind === 'preflight' ? html`<button type="button" @click=${this.onSwitchToForm}>${t.switchToForm}</button>` : nothing}
          </div>`
          : nothing
      }
      ${this.switched ? html`<p class="done">${t.switched}</p>` : nothing}
    </div>`;
  }

  private renderLooks() {
    const t = this.t;
    const s = this.settings;
    const countries: string[] = [...COUNTRIES];
    if (!countries.includes(s.country)) countries.push(s.country);
    const names = new Intl.DisplayNames([s.ui], { type: 'region' });
    const check = (token: Token) => html`<div class="check">
      <input type="checkbox" id="q-${token}" .checked=${s.fields.includes(token)} @change=${(e: Event) => this.onField(token, (e.target as HTMLInputElement).checked)} />
      <label for="q-${token}">${t.questions[token]}</label>
    </div>`;
    return html`<section aria-labelledby="looks-h">
      <h2 id="looks-h">${t.looksHeading}</h2>
      ${choice({
        name: 'look',
        legend: t.lookLegend,
        value: s.look,
        options: LOOKS,
        label: (v) => t.looks[v].label,
        about: (v) => t.looks[v].about,
        onPick: (v) => this.set('look', v),
      })}
      <div class="field">
        <label for="f-lang">${t.lang}</label>
        <p class="hint" id="f-lang-hint">${t.langHint}</p>
        <select id="f-lang" aria-describedby="f-lang-hint" @change=${(e: Event) => this.set('lang', (e.target as HTMLSelectElement).value)}>
          ${LANGUAGES.map((l) => html`<option value=${l} ?selected=${s.lang === l}>${t.languages[l]}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="f-country">${t.country}</label>
        <p class="hint" id="f-country-hint">${t.countryHint}</p>
        <select id="f-country" aria-describedby="f-country-hint" @change=${(e: Event) => this.set('country', (e.target as HTMLSelectElement).value)}>
          ${countries.map((c) => html`<option value=${c} ?selected=${s.country === c}>${names.of(c) ?? c}</option>`)}
        </select>
      </div>
      <fieldset class="choices">
        <legend>${t.questionsLegend}</legend>
        <p class="hint">${t.questionsHint}</p>
        ${FIELD_TOKENS.map(check)}
      </fieldset>
      ${s.fields.includes('region') ? this.text('regions', t.regions, t.regionsHint) : nothing}
      ${this.text('privacy', t.privacy, t.privacyHint, 'url')}
      ${this.text('contactEmail', t.contactEmail, t.contactEmailHint, 'email', { autocomplete: 'email' })}
      ${this.text('contactPhone', t.contactPhone, t.contactPhoneHint, 'tel', { autocomplete: 'tel' })}
      ${this.renderPractice()}
      <div class="check">
        <input type="checkbox" id="f-accent-own" .checked=${!!s.accent} aria-describedby="f-accent-hint"
          @change=${(e: Event) => this.set('accent', (e.target as HTMLInputElement).checked ? '#2d6a5a' : '')} />
        <label for="f-accent-own">${t.accentOwn}</label>
        <p class="hint" id="f-accent-hint">${t.accentHint}</p>
      </div>
      ${
        s.accent
          ? html`<div class="field inline"><label for="f-accent">${t.accent}</label>
            <input id="f-accent" type="color" .value=${s.accent} @input=${(e: Event) => this.set('accent', (e.target as HTMLInputElement).value)} /></div>`
          : nothing
      }
    </section>`;
  }

  /** What a client decides on (issue 17): taking new clients, fees and insurance, a group's clinicians. */
  private renderPractice() {
    const t = this.t;
    const s = this.settings;
    return html`<h3>${t.practiceHeading}</h3>
      ${choice({
        name: 'accepting',
        legend: t.acceptingLegend,
        value: s.accepting,
        options: ACCEPTING,
        label: (v) => t.acceptingOptions[v].label,
        about: (v) => t.acceptingOptions[v].about,
        onPick: (v) => this.set('accepting', v),
      })}
      ${s.accepting === 'no' ? this.text('elsewhere', t.elsewhere, t.elsewhereHint, 'url') : nothing}
      ${this.text('fees', t.fees, t.feesHint)}
      <div class="check">
        <input type="checkbox" id="f-slidingScale" .checked=${s.slidingScale} aria-describedby="f-slidingScale-hint"
          @change=${(e: Event) => this.set('slidingScale', (e.target as HTMLInputElement).checked)} />
        <label for="f-slidingScale">${t.slidingScale}</label>
        <p class="hint" id="f-slidingScale-hint">${t.slidingScaleHint}</p>
      </div>
      ${this.text('insurance', t.insurance, t.insuranceHint)}
      ${this.text('clinicians', t.clinicians, t.cliniciansHint)}`;
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

  private renderPart(target: Target, part: Part) {
    const key = `${target}:${part.place}`;
    return this.renderCodeBox(key, this.t.where[key], part.code);
  }

  /** Code to copy: where it goes (its label), the code, and a copy button that says what happened. */
  private renderCodeBox(key: string, where: string, code: string) {
    const t = this.t;
    const id = `where-${key.replace(/[^a-z-]/g, '-')}`;
    const lines = code.split('\n').length;
    // What the copy button's status says: copied, or that copying failed (the code is selected instead).
    let note = '';
    if (this.copied === key) note = t.copied;
    else if (this.copied === `!${key}`) note = t.copyFailed;
    return html`<div class="part">
      <p id=${id} class="where">${where}</p>
      <textarea readonly data-key=${key} aria-labelledby=${id} rows=${Math.min(lines + 1, 14)} spellcheck="false" wrap="off" .value=${code}></textarea>
      <div class="copy-row">
        <button type="button" @click=${() => this.onCopy(key, code)} aria-describedby=${id}>${t.copy}</button>
        <span role="status" class="done">${note}</span>
      </div>
    </div>`;
  }

  private renderCode() {
    const t = this.t;
    const s = this.settings;
    const markup = widgets(s);
    const texts = {
      // What visitors read until the module runs: in the form's language, not this page's.
      fallback: (catalogs[s.lang] ?? catalogs.en).fallbackText(s.contactEmail.trim(), s.contactPhone.trim()),
      head: t.commentHead,
      body: t.commentBody,
      once: t.commentOnce,
      card: t.commentCard,
    };
    const all = snippets(
      s,
      this.release,
      texts,
      this.prerendered?.markup === markup ? this.prerendered.html : undefined,
    );
    const english = this.release.files.en;
    const download = new URL(this.module, location.href).href;
    return html`<section aria-labelledby="code-h">
      <h2 id="code-h">${t.codeHeading}</h2>
      ${choice({
        name: 'host',
        legend: t.hostLegend,
        value: s.host,
        options: ['cdn', 'self'] as const,
        label: (v) => (v === 'cdn' ? t.hostCdn : t.hostSelf),
        about: (v) => (v === 'cdn' ? t.hostCdnAbout(this.version) : t.hostSelfAbout),
        onPick: (v) => this.set('host', v),
      })}
      ${
        s.host === 'self'
          ? html`<p><a href=${download} download>${t.download(english.file)}</a></p>${this.text('selfUrl', t.selfUrl, '', 'text')}`
          : nothing
      }
      ${english.integrity || !this.releaseRead ? nothing : html`<p class="note">${t.noIntegrity}</p>`}
      ${choice({
        name: 'target',
        legend: t.targetLegend,
        value: this.target,
        options: TARGETS,
        label: (v) => t.targets[v],
        onPick: (v) => (this.target = v),
      })}
      ${all[this.target].map((part) => this.renderPart(this.target, part))}
      ${s.service === 'netlify' ? html`<p class="note">${t.netlifyNote}</p>` : nothing}
      ${this.target === 'wordpress-author' && route(s).hidden.length ? html`<p class="note">${t.authorNote}</p>` : nothing}
    </section>`;
  }

  override render() {
    const t = this.t;
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
        ${this.renderAbout()} ${this.renderService()}
        <relational-seal-step .strings=${t.seal} .seal=${this.settings.seal} opener=${new URL('../opener/', location.href).href}
          @seal-change=${(e: CustomEvent<Seal | undefined>) => (this.settings = { ...this.settings, seal: e.detail })}></relational-seal-step>
        ${this.renderLooks()} ${this.renderPreview()} ${this.renderCode()}</main>`;
  }
}

define('relational-setup', RelationalSetup);

declare global {
  interface HTMLElementTagNameMap {
    'relational-setup': RelationalSetup;
  }
}
