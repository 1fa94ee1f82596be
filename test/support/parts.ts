// A widget's parts, read from its shadow root. Imports no element, so it serves widgets of framed
// pages (the hostile and prerendered pages load the built module) as well as the test page's own.

/** Whether anything in the widget's shadow root matches `selector`. */
export const has = (el: Element, selector: string): boolean =>
  el.shadowRoot!.querySelector(selector) !== null;

/** A dialog-mode form's `<dialog>`: null until the form first opens (it renders it then). */
export const dialogOf = (el: Element): HTMLDialogElement | null => el.shadowRoot!.querySelector('dialog');

/** A dialog-mode form's button that opens its dialog (`part="trigger"`). */
export const trigger = (el: Element): HTMLButtonElement =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="trigger"]')!;
