// After a request is sent: the confirmation (what happens next; the waitlist's promises no
// time), the clinician the client asked for, and a copy of what they sent, to print or to save
// as a text file. Nothing is stored and nothing is sent.
import { html, nothing, type TemplateResult } from 'lit';
import type { Catalog } from '../i18n/catalog.js';
import { requestCopy, type Sent } from './copy.js';

/** Saves the copy as a UTF-8 text file (with a byte-order mark, so every text editor reads its accents). Printing needs
 * no code of ours: the element's print styles show the copy and hide the rest of the form. */
function saveCopy(text: string, file: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob(['\ufeff', text], { type: 'text/plain;charset=utf-8' }));
  a.download = file;
  a.click();
  // Later, not at once: Firefox still reads the file after the click returns.
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}

export function renderConfirmation(sent: Sent, next: string, t: Catalog, lang: string): TemplateResult {
  const chosen = sent.values.clinician;
  const name = sent.clinicians.find(([id]) => id === chosen)?.[1];
  const copy = requestCopy(sent, t, lang);
  return html`<div part="success" class="success" tabindex="-1" role="group" aria-labelledby="rw-done" aria-describedby="rw-next">
    <p id="rw-done"><strong>${sent.waitlist ? t.waitlistDone : t.successTitle}</strong></p>
    <p id="rw-next">${next} ${chosen ? (name ? t.sentForClinician({ name }) : t.sentForAny) : nothing}</p>
    <p class="copy-offer">
      <button type="button" @click=${() => print()}>${t.copyPrint}</button>
      <button type="button" @click=${() => saveCopy(copy, t.copyFile)}>${t.copySave}</button>
    </p>
    <pre class="copy">${copy}</pre>
  </div>`;
}
