// <relational-intro>: members in the order every element of the project shares (see the header
// of consult-request.ts).
import { html, nothing, unsafeCSS, type PropertyValues, type TemplateResult } from 'lit';
import { define, whenParsed } from '../shared/define.js';
import { emit } from '../shared/emit.js';
import { hostStyles } from '../shared/styles.js';
import { styles } from './relational-intro.styles.js';
import { heading } from './heading.js';
import { clampLevel } from './level.js';
import { hasOwnText } from './write-summary.js';
import { AdoptingElement } from '../shared/adopt.js';
import type { Catalog } from '../i18n/catalog.js';
import type { Strings } from '../i18n/catalog.js';
import { LocaleController } from '../i18n/locale.js';
import { safeHref } from '../shared/safe-href.js';
import { readAccepting, type Accepting } from '../shared/accepting.js';
import { cardLayout } from '../card/card-layout.styles.js';
import { ctaText, factRows, initials, unknownFormats } from '../card/facts.js';

/** What `variant` accepts. */
export type RelationalIntroVariant = 'full' | 'summary' | 'card';

/** `relational-cta`'s detail: where the call to action is about to take the visitor. */
export interface RelationalCtaDetail {
  /** The checked `cta-href`, or null when the CTA is not a link. */
  href: string | null;
  /** The `consult-for` id, or null. */
  consultFor: string | null;
}

const VARIANTS: readonly string[] = ['full', 'summary', 'card'];
/** A console error for the site owner: what on this element cannot work, and how to fix it. */
const complain = (message: string) => console.error(`<relational-intro>: ${message}`);
/** Attribute to number, where an empty or absent attribute is NaN (not Number('') === 0). */
const numeric = {
  fromAttribute: (v: string | null) => (v === null || v.trim() === '' ? Number.NaN : Number(v)),
};

/** What `consult-for` can name: a `<consult-request>` (or anything else that opens or takes focus). */
type ConsultTarget = HTMLElement & {
  open?: () => unknown;
  openFor?: (therapist: string, name: string, opener: HTMLElement, accepting?: string) => unknown;
  mode?: unknown;
};

/**
 * A warm, two-minute introduction to relational psychodynamic therapy that ends in a
 * call to action, a short teaser that expands to it, or a directory practice card.
 *
 * @tagname relational-intro
 * @slot - Your own text, as plain HTML (`<h2>`, `<p>`, `<ul>`…): it replaces the whole built-in
 *   summary (`full` and `summary`; a card ignores it). Headings are shown as you wrote them.
 * @slot more - With your own text, the `summary` variant's hidden part, revealed by its toggle.
 * @slot title - Replaces the built-in title only. Also `lead` (the opening paragraph) and one per
 *   section: `shift`, `different`, `helps`, `matters`, `closing` (heading and text of that section).
 * @slot cta - A call to action of your own, usually a `<consult-request mode="dialog">`.
 *   While an element (once defined) is slotted here, the built-in CTA is not rendered.
 *
 * @fires relational-cta - When the built-in CTA is activated, before anything happens.
 *   Bubbles, composed, cancelable; `detail: { href, consultFor }`. Cancel it to stop the
 *   link from navigating and the consultation form from opening or being focused.
 *
 * @csspart article - The `full` and `summary` variants' outer element.
 * @csspart heading - The title (or, on a card, the therapist's name).
 * @csspart subheading - The section headings, one level below `heading-level` (at most 6).
 * @csspart pillars - The list of the three things relational work attends to.
 * @csspart toggle - The `summary` variant's "Read the full introduction" button.
 * @csspart more - The part of the text the toggle reveals.
 * @csspart cta - The built-in call to action, a `<button>` or, with `cta-href`, an `<a>`.
 * @csspart card - The `card` variant's outer element.
 * @csspart photo - The card's portrait `<img>`.
 * @csspart monogram - The initials shown instead when there is no photo or it fails to load.
 * @csspart credentials - The card's credentials line.
 * @csspart place - The card's practice name and location line.
 * @csspart approach - The card's one-line approach.
 * @csspart badge - With `accepting`: whether the practice takes new clients, in words.
 * @csspart facts - The card's facts (`fees`, `insurance`, …), a definition list.
 *
 * @cssprop [--relational-accent=light-dark(#2d6a5a, #8fd3bf)] - Buttons, links, pillar rules.
 * @cssprop [--relational-on-accent=light-dark(#ffffff, #0f1f1a)] - Text on the accent.
 * @cssprop [--relational-radius=0.5rem] - Corner radius of the CTA, toggle, card and photo.
 * @cssprop [--relational-surface=transparent] - Background of the card.
 * @cssprop [--relational-font=inherit] - Font family; the host page's by default.
 * @cssprop [--relational-measure=65ch] - Longest line of the `full` and `summary` text.
 * @cssprop [--relational-photo-size=4.5rem] - Width and height of the card's photo.
 */
export class RelationalIntro extends AdoptingElement {
  static override styles = [hostStyles, styles, unsafeCSS(cardLayout)];

  static override properties = {
    variant: {},
    headingLevel: { attribute: 'heading-level', converter: numeric },
    consultMinutes: { attribute: 'consult-minutes', type: Number },
    ctaLabel: { attribute: 'cta-label' },
    ctaHref: { attribute: 'cta-href' },
    consultFor: { attribute: 'consult-for' },
    therapistName: { attribute: 'therapist-name' },
    credentials: {},
    practiceName: { attribute: 'practice-name' },
    location: {},
    photo: {},
    photoAlt: { attribute: 'photo-alt' },
    approach: {},
    therapist: {},
    accepting: {},
    fees: {},
    slidingScale: { attribute: 'sliding-scale', type: Boolean },
    insurance: {},
    languages: {},
    formats: {},
    specialties: {},
    strings: { attribute: false },
    // Private state. `attribute: false` is implied by `state: true` in Lit, but the manifest
    // analyzer only reads the literal, so without it these would be listed as attributes.
    expanded: { state: true, attribute: false },
    photoFailed: { state: true, attribute: false },
    slotted: { state: true, attribute: false },
    provided: { state: true, attribute: false },
  };

  /** `full` (default), `summary` (a teaser that expands) or `card`; anything else shows `full`. */
  variant = 'full';

  /** Level of the title heading, 1-6 (clamped); section headings sit one level below. */
  headingLevel = 2;

  /** Length of the free consultation in minutes, used in the CTA and closing text. */
  consultMinutes = 20;

  /** Replaces the CTA's label "Book a free 20-minute consultation". */
  declare ctaLabel?: string;

  /** Makes the CTA a link. http(s), mailto:, tel: and relative URLs only. */
  declare ctaHref?: string;

  /** Id of a `<consult-request>` (or any focusable element): the CTA calls its `open()` in dialog mode, else scrolls to and focuses it. */
  declare consultFor?: string;

  /** Card: the therapist's name, shown as the card's heading. */
  declare therapistName?: string;

  /** Card: credentials, such as "PsyD, LMFT". */
  declare credentials?: string;

  /** Card: the practice's name. */
  declare practiceName?: string;

  /** Card: where the practice is, or "Online". */
  declare location?: string;

  /** Card: the URL of a portrait photo. */
  declare photo?: string;

  /** Card: the photo's text alternative. Without it the photo is decorative (alt=""), since the name is beside it. */
  declare photoAlt?: string;

  /** Card: a one-line description of the approach, replacing the default line. */
  declare approach?: string;

  /** Card: the therapist's id; with `consult-for`, the page's one form is opened for it (the request's `therapist`). */
  declare therapist?: string;

  /** `yes` (default), `waitlist` or `no`: shown as a badge when set; `waitlist` and `no` change the call to action. */
  declare accepting?: string;

  /** Card: fees, as text, such as "$160 per 50-minute session". */
  declare fees?: string;

  /** Card: a sliding scale is offered. */
  slidingScale = false;

  /** Card: insurance plans taken, comma-separated. */
  declare insurance?: string;

  /** Card: languages spoken, comma-separated, as a client reads them. */
  declare languages?: string;

  /** Card: `in-person`, `online`, or both, space-separated. */
  declare formats?: string;

  /** Card: specialties, comma-separated. */
  declare specialties?: string;

  /** The site owner's own sentences, replacing the built-in ones key by key (see the README, "Languages"). */
  declare strings?: Strings;

  // Private state starts undefined (read as false): an initial value would be one more property
  // set, and update requested, for each of a directory's hundred cards.
  /** The `summary` variant shows the full text. */
  declare private expanded: boolean;
  /** The card's photo failed to load: the monogram stands in. */
  declare private photoFailed: boolean;
  /** A defined element fills the `cta` slot, so the built-in CTA steps aside. */
  declare private slotted: boolean;
  /** The light DOM holds the text (the therapist's own, or a prerendered copy of the summary). */
  declare private provided: boolean;
  /** The element's language (its `lang`, an ancestor's or the page's) and its sentences. */
  private readonly locale = new LocaleController(this, () => this.strings);
  /** `variant` checked (by willUpdate, before the first render: `variant` always changes then). */
  private shownVariant!: RelationalIntroVariant;
  /** `cta-href` checked, or null. */
  private get href(): string | null {
    const raw = this.ctaHref?.trim();
    return raw ? safeHref(raw) : null;
  }
  /** `accepting` read (shared/accepting.ts); shown only when the attribute is set. */
  private shownAccepting: Accepting = 'yes';

  // Connected by a parser before it has read the card's children (the element was defined while
  // the page was being read: an empty intro above the cards, or a page rewritten by
  // document.open()): whether the card is HTML-first is known once they are there, when the
  // page's HTML is read.
  override connectedCallback(): void {
    if (this.variant === 'card' && !this.firstElementChild)
      whenParsed(() => this.isConnected && super.connectedCallback());
    else super.connectedCallback();
  }

  // A card whose light DOM holds the card as HTML (the card template's `<article class="rw-card">`,
  // styled by the page's one sheet) already is the card: it renders into itself, that is never
  // (shouldUpdate), so the module's arrival costs it no shadow root, render, style or layout, and
  // it has no language to follow. Its call to action is a link in that HTML: the module takes its clicks.
  // Prerendered HTML: adopted when the page is idle (AdoptingElement).
  protected override createRenderRoot() {
    if (this.variant !== 'card' || !this.querySelector(':scope > .rw-card') || this.shadowRoot)
      return super.createRenderRoot();
    this.removeController(this.locale);
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest?.('.rw-cta');
      if (link && this.contains(link)) this.onCta(event, link as HTMLElement);
    });
    return this;
  }

  /** An HTML-first card (rendering into itself: see createRenderRoot) renders nothing, ever. */
  protected override shouldUpdate(): boolean {
    return this.renderRoot !== this;
  }

  // Attributes are checked when they change, so a bad value is reported once, not on every render.
  override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) {
      this.checkSlot();
      this.checkText();
    }
    if (changed.has('variant')) {
      const v = String(this.variant ?? 'full');
      this.shownVariant = VARIANTS.includes(v) ? (v as RelationalIntroVariant) : 'full';
      if (this.shownVariant !== v)
        console.warn(`<relational-intro>: unknown variant="${v.slice(0, 60)}"; use full, summary or card.`);
    }
    if (changed.has('ctaHref') && this.ctaHref?.trim() && !this.href)
      complain('cta-href refused; use an http(s), mailto:, tel: or relative URL.');
    if (changed.has('photo')) this.photoFailed = false;
    if (changed.has('accepting')) this.shownAccepting = readAccepting(this.accepting, 'relational-intro');
    if (changed.has('formats') && unknownFormats(this.formats).length)
      complain(`formats="${this.formats!.slice(0, 60)}"; use in-person, online or both.`);
  }

  /**
   * The call to action was used (`opener`: the built-in button or link, or an HTML-first card's
   * `.rw-cta` link). With `consult-for` naming a dialog-mode form, it opens that form (for this
   * card's therapist, when it has one: the page's one form), even when `cta-href` is set too: the
   * link is then what reaches the therapist without the module.
   */
  private onCta(event: Event, opener = event.currentTarget as HTMLElement): void {
    // an HTML-first card (rendering into itself) never updates: it reads `accepting` when used
    if (this.renderRoot === this) this.shownAccepting = readAccepting(this.accepting, 'relational-intro');
    const consultFor = this.consultFor?.trim() || null;
    const detail: RelationalCtaDetail = { href: this.href, consultFor };
    if (!emit(this, 'relational-cta', detail, true)) return event.preventDefault();
    const root = this.getRootNode() as Partial<Document>;
    const target = consultFor
      ? ((root.getElementById?.(consultFor) ?? document.getElementById(consultFor)) as ConsultTarget | null)
      : null;
    // a dialog-mode <consult-request> (or anything else that opens); an inline form is scrolled to instead
    const opens =
      typeof target?.open === 'function' && (target.mode ?? target.getAttribute('mode')) !== 'inline';
    if (this.href && !opens) return; // the link navigates by itself
    event.preventDefault();
    if (!consultFor) return complain('the CTA has nowhere to go; set cta-href or consult-for.');
    const therapist = this.therapist?.trim();
    if (!target) {
      complain('consult-for names no element id on this page.');
    } else if (opens && therapist && target.openFor) {
      target.openFor(therapist, this.therapistName ?? '', opener, this.shownAccepting);
    } else if (opens) {
      target.open!();
    } else {
      const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
      target.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
      target.focus({ preventScroll: true });
    }
  }

  /** The built-in CTA steps aside while a slotted CTA can show itself (a custom element once defined). */
  private checkSlot(): void {
    const slotted = [...this.querySelectorAll(':scope > [slot="cta"]')];
    for (const el of slotted) {
      if (!el.matches(':defined')) customElements.whenDefined(el.localName).then(() => this.checkSlot());
    }
    this.slotted = slotted.some((el) => el.matches(':defined'));
  }

  private checkText(): void {
    this.provided = hasOwnText(this);
  }

  /** The sentences in the element's language, with the site owner's own. */
  private get text(): Catalog {
    return this.locale.strings;
  }

  private minutes(): number {
    const m = Math.round(this.consultMinutes);
    return Number.isFinite(m) && m >= 1 && m <= 240 ? m : 20;
  }

  /** With `accepting` set: whether the practice takes new clients, in words (a screen reader reads it with the rest). */
  private renderBadge() {
    const a = this.shownAccepting;
    return this.accepting == null
      ? nothing
      : html`<p part="badge" class="rw-badge" data-accepting=${a}>${this.text.introAccepting[a]}</p>`;
  }

  /**
   * The call to action: the built-in one in waitlist wording with `waitlist`; with `no`, a plain
   * sentence instead, and a link to `cta-href` when set.
   */
  private renderCta(): TemplateResult {
    const t = this.text;
    const label = ctaText(this.shownAccepting, this.ctaLabel, this.minutes(), t);
    // The element's own: the sentence with `no`, none while a slotted one stands in, a link or a button.
    let own;
    if (label === null)
      own = html`<p class="rw-closed">${t.closed}${this.href ? html` <a href=${this.href}>${t.introClosedLink}</a>` : nothing}</p>`;
    else if (this.slotted) own = nothing;
    else if (this.href)
      own = html`<a part="cta" class="cta" href=${this.href} @click=${this.onCta}>${label}</a>`;
    else own = html`<button part="cta" class="cta" type="button" @click=${this.onCta}>${label}</button>`;
    const slot = label === null ? nothing : html`<slot name="cta" @slotchange=${this.checkSlot}></slot>`;
    return html`<div class="cta-area rw-cta-area">${slot}${own}</div>`;
  }

  private renderSections(level: number): TemplateResult[] {
    const sub = Math.min(6, level + 1);
    const minutes = String(this.minutes());
    const paragraph = (text: string) => html`<p>${text.replace('{minutes}', minutes)}</p>`;
    return this.text.summary.sections.map(
      ({ slot, heading: title, paragraphs: [first, ...more], pillars, points }) => {
        const list = pillars
          ? html`<dl part="pillars" class="pillars">${pillars.map((p) => html`<div><dt>${p.name}</dt><dd>${p.text}</dd></div>`)}</dl>`
          : points && html`<ul class="points">${points.map((p) => html`<li>${p}</li>`)}</ul>`;
        return html`<slot name=${slot}><section>
        ${heading(sub, 'subheading', title)} ${paragraph(first!)} ${list} ${more.map(paragraph)}
      </section></slot>`;
      },
    );
  }

  /** The card from its attributes, in the same markup and classes as the card template (src/card/card.ts). */
  private renderCard(level: number): TemplateResult {
    const name = this.therapistName?.trim() ?? '';
    const place = [this.practiceName, this.location].filter((s) => s?.trim()).join(' · ');
    const photo =
      this.photo?.trim() && !this.photoFailed
        ? html`<img part="photo" class="rw-photo" src=${this.photo} alt=${this.photoAlt ?? ''} width="72" height="72"
            loading="lazy" decoding="async" @error=${() => (this.photoFailed = true)} />`
        : html`<span part="monogram" class="rw-photo rw-monogram" aria-hidden="true">${initials(name)}</span>`;
    const credentials =
      this.credentials?.trim() && html`<p part="credentials" class="rw-credentials">${this.credentials}</p>`;
    const facts = factRows(this, this.text);
    return html`<article part="card" class="rw-card" lang=${this.locale.lang} dir=${this.locale.dir ?? nothing}>
      <div class="rw-identity">
        ${photo}
        <div class="rw-who">
          ${heading(level, 'heading', name || this.practiceName?.trim() || this.text.summary.title)} ${credentials}
          ${place && html`<p part="place" class="rw-place">${place}</p>`}
        </div>
      </div>
      ${this.renderBadge()}
      <p part="approach" class="rw-approach">${this.approach?.trim() || this.text.approach}</p>
      ${facts.length ? html`<dl part="facts" class="rw-facts">${facts.map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}</dl>` : nothing}
      ${this.renderCta()}
    </article>`;
  }

  override render(): TemplateResult {
    const level = clampLevel(this.headingLevel);
    if (this.shownVariant === 'card') return this.renderCard(level);
    const more = this.provided
      ? html`<slot name="more" @slotchange=${this.checkText}></slot>`
      : this.renderSections(level);
    const toggle =
      this.shownVariant === 'summary' &&
      html`<button part="toggle" class="toggle" type="button" aria-expanded=${!!this.expanded} aria-controls="more"
          @click=${() => (this.expanded = !this.expanded)}>${this.text.readMore}</button>
        <div part="more" id="more" ?hidden=${!this.expanded}>${this.expanded || this.provided ? more : nothing}</div>`;
    // The default slot is always there, so that text added later is seen (slotchange); holding
    // only white space it shows nothing, and the built-in text follows it.
    const builtIn = html`<slot name="title">${heading(level, 'heading', this.text.summary.title)}</slot>
      <slot name="lead"><p class="lead">${this.text.summary.lead}</p></slot>`;
    return html`<article part="article" class=${this.provided ? 'intro own' : 'intro'} lang=${this.locale.lang} dir=${this.locale.dir ?? nothing}>
      <slot @slotchange=${this.checkText}></slot>${this.provided ? nothing : builtIn}
      ${toggle || more} ${this.renderBadge()} ${this.renderCta()}
    </article>`;
  }
}

define('relational-intro', RelationalIntro);

declare global {
  interface HTMLElementTagNameMap {
    'relational-intro': RelationalIntro;
  }
  interface GlobalEventHandlersEventMap {
    'relational-cta': CustomEvent<RelationalCtaDetail>;
  }
}
