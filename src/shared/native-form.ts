/**
 * A prerendered `<consult-request>` for a page whose module never arrives: what the copy of its
 * rendered shadow content needs so that the plain HTML still does its job.
 *
 * - `encoding="form"` or `multipart`: the form posts itself to the endpoint (method post, the
 *   payload's key names, the browser's own validation, the honeypot and hidden fields inside).
 * - `encoding="json"` (a plain form cannot send JSON): "Send request" opens a popover with the
 *   fallback text the snippet carries (`slot="fallback"`), or a default sentence.
 * - dialog mode: the trigger opens the form in a popover; the close button closes it.
 *
 * Popovers (`popovertarget`) need no script and take no room in the page, so the module's
 * arrival, which replaces all of this with the live form, moves nothing.
 */

/** Visible sentences (they move to the language catalogs with the rest). */
const text = {
  fallback:
    'This form cannot send your request right now. Please try again later, or contact the practice another way.',
};

/** What the native form needs from the element. */
export interface NativeFormSource {
  endpoint: string;
  encoding: string;
  therapist: string;
  mode: string;
  /** `waitlist`: the native post says so too (`waitlist=true`), as the live form's payload does. */
  accepting?: string;
  /** Set: the request must be sealed, which only the module can do, so the plain form never posts. */
  sealTo?: string | null;
  /** The element's light DOM, for the hidden fields the site owner placed there. */
  querySelectorAll(selectors: string): NodeListOf<Element>;
}

/** Makes the copied shadow content of a rendered `<consult-request>` work without the module. */
export function nativeForm(content: ShadowRoot, source: NativeFormSource): void {
  const dialog = content.querySelector('dialog');
  if (dialog) {
    dialog.id = 'rw-dialog';
    dialog.setAttribute('popover', '');
    content.querySelector('[part=trigger]')?.setAttribute('popovertarget', dialog.id);
    const close = content.querySelector('[part=close]');
    close?.setAttribute('popovertarget', dialog.id);
    close?.setAttribute('popovertargetaction', 'hide');
  }
  const form = content.querySelector('form');
  const submit = form?.querySelector('[part=submit]');
  if (!form || !submit) return;
  if (source.sealTo == null && (source.encoding === 'form' || source.encoding === 'multipart')) {
    form.method = 'post';
    form.setAttribute('action', source.endpoint.trim());
    form.setAttribute('accept-charset', 'utf-8');
    if (source.encoding === 'multipart') form.enctype = 'multipart/form-data';
    form.removeAttribute('novalidate');
    form.querySelector('[name=consent]')?.setAttribute('value', 'true');
    const hidden = [...source.querySelectorAll(':scope > input[type=hidden][name]')].map(
      (i) => i.cloneNode() as HTMLInputElement,
    );
    if (source.therapist)
      hidden.unshift(
        Object.assign(document.createElement('input'), {
          type: 'hidden',
          name: 'therapist',
          value: source.therapist,
        }),
      );
    if (source.accepting?.trim().toLowerCase() === 'waitlist')
      hidden.unshift(
        Object.assign(document.createElement('input'), { type: 'hidden', name: 'waitlist', value: 'true' }),
      );
    // value as an attribute: what serialises
    for (const input of hidden) input.setAttribute('value', input.value);
    submit.before(...hidden);
  } else {
    submit.setAttribute('type', 'button');
    submit.setAttribute('popovertarget', 'rw-fallback');
    const popover = document.createElement('div');
    Object.assign(popover, { id: 'rw-fallback', className: 'fallback', popover: 'auto' });
    popover.setAttribute('role', 'alert');
    popover.append(
      Object.assign(document.createElement('slot'), { name: 'fallback', textContent: text.fallback }),
    );
    submit.after(popover);
  }
}
