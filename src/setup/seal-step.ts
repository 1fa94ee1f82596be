// The setup page's "keep requests private" step (README, "Sealed requests"): it makes a random
// recovery code, derives the key pair from it (RFC 9180 DeriveKeyPair, src/opener/keys.ts),
// shows the code once with a printable page and the key's fingerprint, asks for two groups of
// it typed back, and only then hands the key to the page (`seal-change`), which puts `seal-to`
// in every snippet. The key lives in memory only: never in the page's address.
import { LitElement, css, html, nothing } from 'lit';
import { define } from '../shared/define.js';
import {
  deriveKeyPair,
  fingerprint,
  newRecoveryCode,
  normalizeCode,
  readRecoveryCode,
  sealTo,
} from '../opener/keys.js';
import type { Seal } from './settings.js';
import type { Catalog } from './strings/en.js';

type Strings = Catalog['seal'];

/** A key in the page's address: a `seal-to`-like parameter, or anything shaped like a public key. */
export const keyInLink = (fragment: string): boolean => {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  return (
    ['seal-to', 'seal', 'sealTo', 'key'].some((k) => params.has(k)) ||
    [...params.values()].some((v) => /B[A-P][\w-]{85}/.test(v))
  );
};

/** Plain words for an endpoint: its host and path, as a person reads them. */
const plainly = (endpoint: string): string => {
  try {
    const u = new URL(endpoint, location.href);
    return u.host + u.pathname;
  } catch {
    return endpoint;
  }
};

/** What the page says about settings that arrived in a link: a key ignored, an endpoint to check. */
export function linkWarnings(t: Strings, { key, endpoint }: { key: boolean; endpoint: string }) {
  if (!key && !endpoint) return nothing;
  return html`<div class="link-warnings" role="note">
    ${key ? html`<p>${t.linkKeyIgnored}</p>` : nothing} ${endpoint ? html`<p><strong>${t.linkEndpoint(plainly(endpoint))}</strong></p>` : nothing}
  </div>`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * @tagname relational-seal-step
 * @fires seal-change - `detail`: the `Seal` to put in the snippets, or undefined to stop sealing.
 */
export class SealStep extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    section {
      border-block-start: 1px solid light-dark(#d5dcd9, #3a4441);
      margin-block-start: 2rem;
    }
    .code {
      font: 600 1.25rem/1.6 ui-monospace, monospace;
      letter-spacing: 0.05em;
      word-spacing: 0.4em;
      padding: 0.75rem;
      border: 2px dashed currentColor;
      border-radius: 0.5rem;
    }
    .loss {
      border-inline-start: 4px solid light-dark(#b3261e, #ffb4ab);
      padding-inline-start: 0.75rem;
    }
    label {
      display: block;
      font-weight: 600;
      margin-block-start: 1rem;
    }
    input {
      font: 1rem ui-monospace, monospace;
      padding: 0.5rem;
      inline-size: min(100%, 24rem);
      box-sizing: border-box;
      border: 1px solid currentColor;
      border-radius: 0.5rem;
      background: transparent;
      color: inherit;
    }
    button {
      font: inherit;
      min-block-size: 2.75rem;
      margin-block: 0.75rem;
      margin-inline-end: 0.75rem;
      padding: 0.5rem 1rem;
      border: 1px solid var(--accent, light-dark(#2d6a5a, #8fd3bf));
      border-radius: 0.5rem;
      background: transparent;
      color: inherit;
      cursor: pointer;
    }
    .error {
      color: light-dark(#b3261e, #ffb4ab);
      font-weight: 600;
    }
    .hint {
      margin-block: 0.25rem;
    }
    :focus-visible {
      outline: 3px solid light-dark(#2d6a5a, #8fd3bf);
      outline-offset: 2px;
    }
  `;

  static override properties = {
    strings: { attribute: false },
    seal: { attribute: false },
    opener: {},
    code: { state: true, attribute: false },
    wrong: { state: true, attribute: false },
    making: { state: true, attribute: false },
  };

  declare strings: Strings;
  /** The key the snippets seal to now, if any. */
  declare seal: Seal | undefined;
  /** The opener's address: beside this page by default. */
  declare opener: string;
  /** The recovery code, while it is shown (once). */
  declare private code: string | undefined;
  declare private wrong: boolean;
  declare private making: boolean;
  /** The key made from `code`, handed over once two groups are typed back. */
  private made?: Seal;
  /** Which groups (1-based) are asked for. */
  private groups: [number, number] = [1, 2];

  constructor() {
    super();
    this.seal = undefined;
    this.opener = '';
    this.code = undefined;
    this.wrong = false;
    this.making = false;
  }

  private async make(): Promise<void> {
    this.making = true;
    const code = await newRecoveryCode();
    const pair = await deriveKeyPair((await readRecoveryCode(code))!);
    this.made = {
      to: sealTo(pair.publicKey),
      opener: this.opener,
      fingerprint: await fingerprint(pair.publicKey),
    };
    const [a, b] = [0, 0].map(() => 1 + (crypto.getRandomValues(new Uint8Array(1))[0]! % 14));
    this.groups = a === b ? [a!, (a! % 14) + 1] : [a!, b!];
    this.groups.sort((x, y) => x - y);
    this.code = code;
    this.making = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.code')?.focus();
  }

  private confirm(e: Event): void {
    e.preventDefault();
    const typed = normalizeCode(this.renderRoot.querySelector<HTMLInputElement>('#seal-confirm')!.value);
    const groups = this.code!.split(' ');
    const expected = normalizeCode(this.groups.map((g) => groups[g - 1]).join(''));
    if (typed !== expected) {
      this.wrong = true;
      this.renderRoot.querySelector<HTMLInputElement>('#seal-confirm')!.focus();
      return;
    }
    this.wrong = false;
    this.code = undefined; // shown once: it leaves the page now
    this.change(this.made);
  }

  private change(seal: Seal | undefined): void {
    this.dispatchEvent(new CustomEvent('seal-change', { detail: seal, bubbles: true, composed: true }));
  }

  /** The printable page: the code, the fingerprint, the date and where to open requests, in a tab of its own. */
  private printable(): void {
    const t = this.strings;
    const body = `<!doctype html><meta charset="utf-8"><title>${escapeHtml(t.printTitle)}</title>
      <style>body{font:1.1rem/1.6 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}.code{font:700 1.5rem/1.8 ui-monospace,monospace;word-spacing:.5em;border:2px dashed;padding:1rem}</style>
      <h1>${escapeHtml(t.printTitle)}</h1><p class="code">${escapeHtml(this.code ?? '')}</p>
      <p>${escapeHtml(t.fingerprint(this.made?.fingerprint ?? ''))}</p><p>${escapeHtml(t.printOpener(this.opener))}</p>
      <p>${escapeHtml(t.printMade(new Date().toLocaleDateString()))}</p><p>${escapeHtml(t.codeShownOnce)}</p><p><strong>${escapeHtml(t.loss)}</strong></p>`;
    open(URL.createObjectURL(new Blob([body], { type: 'text/html' })), '_blank', 'noopener');
  }

  private onOpener(e: Event): void {
    const value = (e.target as HTMLInputElement).value.trim();
    if (this.seal && value) this.change({ ...this.seal, opener: value });
  }

  override render() {
    const t = this.strings;
    let state;
    if (this.seal)
      state = html`<p role="status"><strong>${t.on(this.seal.fingerprint)}</strong></p>
        <label for="seal-opener">${t.openerLabel}</label>
        <p class="hint" id="seal-opener-hint">${t.openerHint}</p>
        <input id="seal-opener" type="url" .value=${this.seal.opener} aria-describedby="seal-opener-hint" @change=${this.onOpener} />
        <p><button type="button" @click=${() => this.change(undefined)}>${t.off}</button></p>`;
    else if (this.code)
      state = html`<h3>${t.codeHeading}</h3>
        <p class="code" tabindex="-1" translate="no" aria-describedby="seal-once">${this.code}</p>
        <p id="seal-once">${t.codeShownOnce}</p>
        <p>${t.fingerprint(this.made!.fingerprint)}</p>
        <p><button type="button" @click=${this.printable}>${t.print}</button></p>
        <form @submit=${this.confirm} novalidate>
          <label for="seal-confirm">${t.confirmLabel(this.groups.join(', '))}</label>
          ${this.wrong ? html`<p class="error" id="seal-wrong">${t.confirmWrong}</p>` : nothing}
          <input id="seal-confirm" autocomplete="off" spellcheck="false" aria-invalid=${this.wrong} aria-describedby=${this.wrong ? 'seal-wrong' : nothing} />
          <p><button>${t.confirm}</button></p>
        </form>`;
    else
      state = html`<p><button type="button" ?disabled=${this.making} @click=${this.make}>${this.making ? t.making : t.make}</button></p>`;
    return html`<section aria-labelledby="seal-h">
      <h2 id="seal-h">${t.heading}</h2>
      <p>${t.intro}</p>
      <p>${t.changes}</p>
      <p>${t.doesNot}</p>
      <p class="loss">${t.loss}</p>
      ${state}
    </section>`;
  }
}

define('relational-seal-step', SealStep);

declare global {
  interface HTMLElementTagNameMap {
    'relational-seal-step': SealStep;
  }
}
