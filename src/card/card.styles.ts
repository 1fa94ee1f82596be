// A practice card's look, in ONE sheet for both ways a card reaches a page:
// - the card template (card.ts) writes the card into the page's own HTML, and the page links
//   this sheet once (dist/relational-card.css, the package's `relational-widgets/card.css`):
//   every card is styled at first paint, before and without the module, never repeated per card;
// - `<relational-intro variant="card">` built from attributes renders the same markup in its
//   shadow root, with the card's layout (`cardLayout`) among its styles. What the shadow root
//   already has (the host's custom properties and resets, and the intro's own `.cta` button, whose
//   look `.rw-cta` copies for the light DOM) is in `pageOnly`, kept out of the module.
// Classes carry the `rw-` prefix because in the page's light DOM they meet the site's own CSS.
// `rw-shared-form` marks a directory's one dialog-mode form, opened by the cards: its own button
// is not shown (the dialog must stay in the layout tree, so the element itself cannot be hidden).
// Plain text, not Lit's css``: the card template is DOM-free and runs in Node. The tag below only
// lets the build squeeze its white space like the elements' sheets (vite.config.ts).

import { cardLayout } from './card-layout.styles.js';

/** Tags the sheet as CSS for the build; it is String.raw, the text as written. */
const css = String.raw;

/** What only the page's light DOM needs: the host's custom properties and resets, the call to action's button look. */
const pageOnly = css`
  relational-intro[variant='card'] {
    display: block;
  }
  consult-request.rw-shared-form::part(trigger) {
    display: none;
  }
  .rw-card {
    --_accent: var(--relational-accent, light-dark(#2d6a5a, #8fd3bf));
    --_on-accent: var(--relational-on-accent, light-dark(#ffffff, #0f1f1a));
    --_radius: var(--relational-radius, 0.5rem);
    box-sizing: border-box;
    font-family: var(--relational-font, inherit);
    overflow-wrap: anywhere;
  }
  .rw-card * {
    box-sizing: border-box;
  }
  .rw-cta {
    display: flex;
    align-items: center;
    justify-content: center;
    min-block-size: 44px;
    padding: 0.5em 1.25em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }
  .rw-cta:hover {
    background: color-mix(in srgb, var(--_accent) 86%, CanvasText);
  }
  @media (forced-colors: active) {
    .rw-cta {
      border-color: LinkText;
    }
  }
`;

/** The whole sheet, as dist/relational-card.css: what the page needs, then the layout. */
export const cardStyles = pageOnly + cardLayout;
export { cardLayout };
