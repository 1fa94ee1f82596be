// The setup page's settings sections: who the therapist is, and how the form looks and what it asks.
import { html, nothing } from 'lit';
import { choice, select, text, type SetupView } from './controls.js';
import { ACCEPTING, COUNTRIES, FIELD_TOKENS, LANGUAGES, LOOKS } from './settings.js';
import type { Token } from '../consult-request/fields.js';

export function renderAbout(v: SetupView) {
  const t = v.t;
  return html`<section aria-labelledby="about-h">
      <h2 id="about-h">${t.aboutHeading}</h2>
      ${text(v, 'name', t.name, t.nameHint, 'text', { autocomplete: 'name' })}
      ${text(v, 'credentials', t.credentials, t.credentialsHint)} ${text(v, 'practice', t.practice, t.optional, 'text', { autocomplete: 'organization' })}
      ${text(v, 'location', t.location, t.locationHint)} ${text(v, 'photo', t.photo, t.photoHint, 'url')}
      ${text(v, 'minutes', t.minutes, t.minutesHint, 'number', { inputmode: 'numeric' })}
    </section>`;
}

/** Ticks or unticks one question, keeping the table's order. */
function onField(v: SetupView, token: string, on: boolean): void {
  const chosen = new Set(v.settings.fields);
  if (on) chosen.add(token);
  else chosen.delete(token);
  v.set(
    'fields',
    FIELD_TOKENS.filter((t) => chosen.has(t)),
  );
}

export function renderLooks(v: SetupView) {
  const t = v.t;
  const s = v.settings;
  const countries: string[] = [...COUNTRIES];
  if (!countries.includes(s.country)) countries.push(s.country);
  const names = new Intl.DisplayNames([s.ui], { type: 'region' });
  const check = (token: Token) => html`<div class="check">
      <input type="checkbox" id="q-${token}" .checked=${s.fields.includes(token)} @change=${(e: Event) => onField(v, token, (e.target as HTMLInputElement).checked)} />
      <label for="q-${token}">${t.questions[token]}</label>
    </div>`;
  return html`<section aria-labelledby="looks-h">
      <h2 id="looks-h">${t.looksHeading}</h2>
      ${choice({
        name: 'look',
        legend: t.lookLegend,
        value: s.look,
        options: LOOKS,
        label: (l) => t.looks[l].label,
        about: (l) => t.looks[l].about,
        onPick: (l) => v.set('look', l),
      })}
      ${select(v, 'lang', t.lang, t.langHint, LANGUAGES, (l) => t.languages[l])}
      ${select(v, 'country', t.country, t.countryHint, countries, (c) => names.of(c) ?? c)}
      <fieldset class="choices">
        <legend>${t.questionsLegend}</legend>
        <p class="hint">${t.questionsHint}</p>
        ${FIELD_TOKENS.map(check)}
      </fieldset>
      ${s.fields.includes('region') ? text(v, 'regions', t.regions, t.regionsHint) : nothing}
      ${text(v, 'privacy', t.privacy, t.privacyHint, 'url')}
      ${text(v, 'contactEmail', t.contactEmail, t.contactEmailHint, 'email', { autocomplete: 'email' })}
      ${text(v, 'contactPhone', t.contactPhone, t.contactPhoneHint, 'tel', { autocomplete: 'tel' })}
      ${renderPractice(v)}
      <div class="check">
        <input type="checkbox" id="f-accent-own" .checked=${!!s.accent} aria-describedby="f-accent-hint"
          @change=${(e: Event) => v.set('accent', (e.target as HTMLInputElement).checked ? '#2d6a5a' : '')} />
        <label for="f-accent-own">${t.accentOwn}</label>
        <p class="hint" id="f-accent-hint">${t.accentHint}</p>
      </div>
      ${
        s.accent
          ? html`<div class="field inline"><label for="f-accent">${t.accent}</label>
            <input id="f-accent" type="color" .value=${s.accent} @input=${(e: Event) => v.set('accent', (e.target as HTMLInputElement).value)} /></div>`
          : nothing
      }
    </section>`;
}

/** What a client decides on: taking new clients, fees and insurance, a group's clinicians. */
function renderPractice(v: SetupView) {
  const t = v.t;
  const s = v.settings;
  return html`<h3>${t.practiceHeading}</h3>
      ${choice({
        name: 'accepting',
        legend: t.acceptingLegend,
        value: s.accepting,
        options: ACCEPTING,
        label: (a) => t.acceptingOptions[a].label,
        about: (a) => t.acceptingOptions[a].about,
        onPick: (a) => v.set('accepting', a),
      })}
      ${s.accepting === 'no' ? text(v, 'elsewhere', t.elsewhere, t.elsewhereHint, 'url') : nothing}
      ${text(v, 'fees', t.fees, t.feesHint)}
      <div class="check">
        <input type="checkbox" id="f-slidingScale" .checked=${s.slidingScale} aria-describedby="f-slidingScale-hint"
          @change=${(e: Event) => v.set('slidingScale', (e.target as HTMLInputElement).checked)} />
        <label for="f-slidingScale">${t.slidingScale}</label>
        <p class="hint" id="f-slidingScale-hint">${t.slidingScaleHint}</p>
      </div>
      ${text(v, 'insurance', t.insurance, t.insuranceHint)}
      ${text(v, 'clinicians', t.clinicians, t.cliniciansHint)}`;
}
