import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { emit } from '../shared/emit.js';
import { lockScroll, unlockScroll } from '../shared/scroll-lock.js';

/** What the dialog controller needs of its element. */
type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** The words the dialog shows, from the element's catalog. */
export interface DialogText {
  title: string;
  close: string;
  trigger: string;
}

/**
 * Dialog mode of `<consult-request>`: a trigger button and a modal `<dialog>` around the form.
 * It is built on first open (a directory card costs one button until then), locks the page's
 * scroll while open, returns focus to the trigger on close, and fires `consult-open` and
 * `consult-close` on the element. While open it is sized to the visual viewport (what a phone's
 * on-screen keyboard leaves of the screen), scrolls inside itself, and keeps the focused field in view.
 */
export class DialogController implements ReactiveController {
  /** Whether the dialog's content is rendered: once opened, and from the start for a directory's one form. */
  built: boolean;
  /** Where focus goes back on the next close instead of the trigger: the directory card that opened the page's one form. */
  returnTo?: HTMLElement;

  constructor(
    private readonly host: Host,
    /** Called once the dialog shows, to move focus into it. */
    private readonly focusInside: () => void,
  ) {
    host.addController(this);
    // A directory's one form has its first update when the page is idle (AdoptingElement): its
    // dialog is built then, so that the first card used opens it as fast as the next one. (Made by
    // the parser with the module already defined, it has no class yet: it builds on first open.)
    this.built = host.matches('.rw-shared-form');
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  /** Builds the dialog if needed and shows it modally, focus inside. */
  async open(): Promise<void> {
    if (!this.built) {
      this.built = true;
      this.host.requestUpdate();
    }
    await this.host.updateComplete;
    const dialog = this.dialog;
    if (!dialog || dialog.open) return;
    lockScroll(this.host);
    dialog.showModal();
    this.focusInside();
    this.fit();
    for (const type of ['resize', 'scroll']) visualViewport?.addEventListener(type, this.fit);
    emit(this.host, 'consult-open', null);
  }

  /**
   * The keyboard shrinks only the visual viewport; `position: fixed` still spans the whole screen.
   * So the visual viewport's top and height go to the dialog (as custom properties, through the
   * CSSOM, which a strict CSP allows), and the focused field is scrolled back into view in it.
   */
  private fit = (): void => {
    const dialog = this.dialog;
    if (!dialog?.open || !visualViewport) return;
    // Only while something (the keyboard) leaves less than the layout viewport: in a frame,
    // WebKitGTK reports the top window's viewport, which must not size a dialog in the frame.
    const { height, offsetTop } = visualViewport;
    if (height >= innerHeight) {
      dialog.style.removeProperty('--rw-vv-top');
      dialog.style.removeProperty('--rw-vv-height');
      return;
    }
    dialog.style.setProperty('--rw-vv-top', `${offsetTop}px`);
    dialog.style.setProperty('--rw-vv-height', `${height}px`);
    (this.host.shadowRoot?.activeElement as HTMLElement | null)?.scrollIntoView({ block: 'nearest' });
  };

  /** Closes the dialog; what was typed stays for the next open. */
  close = (): void => {
    this.dialog?.close();
    unlockScroll(this.host);
  };

  hostDisconnected(): void {
    this.close();
  }

  /** The dialog's `close` event, whichever way it closed (Escape, the Close button, `close()`). */
  private onClosed = (): void => {
    for (const type of ['resize', 'scroll']) visualViewport?.removeEventListener(type, this.fit);
    unlockScroll(this.host);
    const trigger = this.host.renderRoot.querySelector<HTMLElement>('[part=trigger]');
    (this.returnTo?.isConnected ? this.returnTo : trigger)?.focus();
    this.returnTo = undefined; // once: the trigger's own next open returns to the trigger
    emit(this.host, 'consult-close', null);
  };

  /** The trigger, and once built the dialog holding `body`. */
  render(text: DialogText, body: unknown): TemplateResult {
    const dialog = this.built
      ? html`<dialog part="dialog" aria-labelledby="rw-title" @close=${this.onClosed}>
          <div class="bar"><h2 id="rw-title" part="title">${text.title}</h2>
            <button part="close" type="button" @click=${this.close}>${text.close}</button></div>
          ${body}
        </dialog>`
      : nothing;
    return html`<button part="trigger" type="button" aria-haspopup="dialog" @click=${() => this.open()}>${text.trigger}</button>${dialog}`;
  }
}
