// The setup page's service step: where requests go, and the test request with what it found.
import { html, nothing } from 'lit';
import { choice, codeBox, text, type SetupView } from './controls.js';
import type { Diagnosis } from './diagnose.js';
import { explain } from './explain.js';
import { appsScript } from './services.js';
import { SERVICES } from './settings.js';
import { moreKeys } from './snippets.js';

/** The test request's state, and what its buttons call. */
export interface TestView {
  diagnosis?: Diagnosis;
  testing: boolean;
  /** The therapist switched to a form-encoded endpoint after a failed preflight. */
  switched: boolean;
  onTest(): void;
  onSwitchToForm(): void;
}

export function renderService(v: SetupView, test: TestView) {
  const t = v.t;
  const s = v.settings;
  const service = t.services[s.service];
  return html`<section aria-labelledby="service-h">
      <h2 id="service-h">${t.serviceHeading}</h2>
      <p>${t.serviceIntro}</p>
      ${choice({
        name: 'service',
        legend: t.serviceLegend,
        value: s.service,
        options: SERVICES,
        label: (o) => t.services[o].label,
        about: (o) => t.services[o].about,
        onPick: (o) => v.set('service', o),
      })}
      ${s.service === 'apps-script' ? codeBox(v, 'apps-script', t.appsScriptWhere, appsScript(s.fields, moreKeys(s), !!s.seal)) : nothing}
      ${text(v, 'endpoint', service.field, s.service === 'netlify' ? t.netlifyHint : '', s.service === 'netlify' ? 'text' : 'url')}
      ${
        s.service === 'own'
          ? choice({
              name: 'encoding',
              legend: t.encodingLegend,
              value: s.encoding,
              options: ['json', 'form'] as const,
              label: (o) => (o === 'json' ? t.encodingJson : t.encodingForm),
              onPick: (o) => v.set('encoding', o),
            })
          : nothing
      }
      ${s.service === 'formspree' || s.service === 'basin' ? text(v, 'subject', t.subject, t.subjectHint) : nothing}
      ${renderTest(v, test)}
    </section>`;
}

function renderTest(v: SetupView, test: TestView) {
  const t = v.t;
  const d = test.diagnosis;
  const e = d && explain(d, t);
  const spam = d && v.settings.service === 'formspree' && (d.kind === 'delivered' || d.kind === 'forbidden');
  // What the status region announces: that the test runs, then what it found.
  let announced = '';
  if (test.testing) announced = t.testing;
  else if (e) announced = e.title;
  return html`<div class="test">
      <h3>${t.testHeading}</h3>
      <p>${t.testIntro}</p>
      <button type="button" class="primary" aria-disabled=${test.testing || nothing} @click=${() => !test.testing && test.onTest()}>${t.testButton}</button>
      <div role="status" class="sr">${announced}</div>
      ${test.testing ? html`<p class="hint" aria-hidden="true">${t.testing}</p>` : nothing}
      ${
        d && e
          ? html`<div id="diagnosis" class="diagnosis ${d.kind === 'delivered' ? 'ok' : 'problem'}" data-kind=${d.kind} tabindex="-1" aria-labelledby="diagnosis-h">
            <h4 id="diagnosis-h">${e.title}</h4>
            <p>${e.body}</p>
            <p><strong>${t.fix}</strong> ${e.fix}</p>
            ${spam ? html`<p>${t.formspreeSpam}</p>` : nothing}
            ${d.kind === 'preflight' ? html`<button type="button" @click=${test.onSwitchToForm}>${t.switchToForm}</button>` : nothing}
          </div>`
          : nothing
      }
      ${test.switched ? html`<p class="done">${t.switched}</p>` : nothing}
    </div>`;
}
