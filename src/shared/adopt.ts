/**
 * Prerendered HTML, the runtime's end of it (the author's end, `prerender()`, is ./prerender.ts,
 * in its own entry). `adoptDeclarativeRoot(host)`: when the module arrives and an element
 * upgrades over a declarative shadow root, it takes what the client did there (what they typed,
 * what they checked, where the focus and the caret are), then empties the root so Lit renders
 * into it once (Lit reuses an existing shadow root and would otherwise draw the content a second
 * time). Adoption, first render and `restore()` happen in one task, with no paint in between, so
 * nothing a person can see changes. No hydration: the markup never has to match a template version.
 *
 * A prerendered element already shows everything and works as HTML, so it is adopted and
 * rendered only when it is about to be used (`AdoptingElement`), not in the task that brings the
 * module.
 */

import { LitElement, adoptStyles } from 'lit';

/** What `adoptDeclarativeRoot()` found in a prerendered shadow root before emptying it. */
export interface Adopted {
  /** Entries by control name: text, checked for a checkbox, the checked value of a radio group, the checked values of a group of checkboxes. */
  values: Record<string, string | boolean | string[]>;
  /** Whether a prerendered popover (the no-module stand-in for a dialog) was open. */
  popoverOpen: boolean;
  /** Puts the entries, and the focus with its caret and selection, back into the freshly rendered root. */
  restore(root: ShadowRoot): void;
}

/**
 * Where an element sits, so its twin can be found in the new rendering: its id, else its part
 * (the intro's CTA is a link before the module and a button after), else its tag; with its
 * index among the root's elements that match.
 */
const locate = (el: Element): [string, number] => {
  const part = el.getAttribute('part');
  let selector = el.localName;
  if (el.id) selector = `#${CSS.escape(el.id)}`;
  else if (part) selector = `[part="${CSS.escape(part)}"]`;
  return [selector, [...(el.getRootNode() as ShadowRoot).querySelectorAll(selector)].indexOf(el)];
};

/**
 * Called before Lit renders into a declarative shadow root with content (prerendered HTML):
 * notes what the client did in it and empties it.
 */
export function adoptDeclarativeRoot(host: HTMLElement): Adopted {
  const old = host.shadowRoot!;
  const values: Adopted['values'] = {};
  const controls = [...old.querySelectorAll<HTMLInputElement>('input[name],textarea[name],select[name]')];
  for (const c of controls) {
    const group = controls.filter((o) => o.name === c.name);
    if (c.type === 'radio') {
      if (c.checked) values[c.name] = c.value;
    } else if (c.type === 'checkbox' && group.length > 1) {
      values[c.name] = group.filter((o) => o.checked).map((o) => o.value);
    } else values[c.name] = c.type === 'checkbox' ? c.checked : c.value;
  }
  const focused = old.activeElement as HTMLInputElement | null;
  const at = focused && locate(focused);
  let selection: [number | null, number | null, string | null] = [null, null, null];
  try {
    if (focused) selection = [focused.selectionStart, focused.selectionEnd, focused.selectionDirection];
  } catch {
    /* a control without a text selection (a checkbox, an email field in some engines) */
  }
  const popoverOpen = !!old.querySelector(':popover-open');
  old.replaceChildren();
  return {
    values,
    popoverOpen,
    restore(root) {
      for (const c of root.querySelectorAll<HTMLInputElement>('input[name],textarea[name],select[name]')) {
        const value = values[c.name];
        if (value === undefined) continue;
        if (c.type === 'radio') c.checked = c.value === value;
        else if (c.type === 'checkbox')
          c.checked = Array.isArray(value) ? value.includes(c.value) : value === true;
        else if (c.value !== value) c.value = String(value);
      }
      if (!at) return;
      const target = root.querySelectorAll<HTMLInputElement>(at[0])[at[1]];
      target?.focus({ preventScroll: true });
      try {
        if (target && selection[0] !== null)
          target.setSelectionRange(selection[0], selection[1], (selection[2] ?? 'none') as 'none');
      } catch {
        /* see above */
      }
    },
  };
}

/**
 * `values` with the entries of `found` whose names it has and whose kind (text, checked, list)
 * matches; a checkbox it has no entry for yet (one shown only with another answer) comes in too.
 */
export function keepKnown<T extends object>(values: T, found: Adopted['values']): T {
  const kept = { ...values } as Record<string, unknown>;
  for (const [name, value] of Object.entries(found))
    if (typeof kept[name] === typeof value || (kept[name] === undefined && typeof value === 'boolean'))
      kept[name] = value;
  return kept as T;
}

/**
 * Calls `then` when the page is idle (each element in its own idle task; where the browser has no
 * requestIdleCallback, WebKit, in a task after those already queued), or after 2 s at the latest.
 */
const whenIdle = (then: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(then, { timeout: 2000 }) : setTimeout(then);

/**
 * The base of both elements. Over a declarative shadow root with content (prerendered HTML), the
 * first update waits until the page is idle (`whenIdle`), then adopts the root and its styles
 * (what the client did there is in `adopted`), renders into it and puts back the focus, the caret
 * and what was typed, in one task. A directory's one form (`class="rw-shared-form"`, whose button
 * the card stylesheet hides) shows nothing until a card opens it: its first update waits for idle
 * too, out of the task that brings the module. Either wait ends at once when the element is about
 * to be used (`wake`).
 */
export class AdoptingElement extends LitElement {
  /** What the client did in the prerendered root before it was adopted. */
  protected adopted?: Adopted;
  /** The element was about to be used before its first update could wait: it will not wait. */
  private used?: boolean;
  /**
   * The element is about to be used: ends the first update's wait for idle, or, called before the
   * wait began (opened in the task that inserted it), keeps it from waiting at all.
   */
  protected wake = (): void => {
    this.used = true;
  };

  // A prerendered root keeps its own <style> until it is adopted: the element's sheets join it
  // then, so an upgrade before the page's first paint parses no CSS and restyles nothing.
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.shadowRoot?.childNodes.length ? this.shadowRoot : super.createRenderRoot();
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    const prerendered = !!this.shadowRoot?.childNodes.length;
    if (this.hasUpdated || !(prerendered || this.matches('.rw-shared-form'))) return super.scheduleUpdate();
    return new Promise<void>((woken) => {
      this.wake = woken;
      if (this.used) woken();
      else whenIdle(woken);
    }).then(() => {
      if (!prerendered) return super.scheduleUpdate();
      const adopted = (this.adopted = adoptDeclarativeRoot(this));
      adoptStyles(this.shadowRoot!, (this.constructor as typeof LitElement).elementStyles);
      super.scheduleUpdate(); // renders, and runs firstUpdated()
      adopted.restore(this.renderRoot as ShadowRoot);
    });
  }
}
