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

/** The card's layout, in the page and in the element's shadow root alike. */
export const cardLayout = css`
  .rw-card {
    --_photo: var(--relational-photo-size, 4.5rem);
    display: flex;
    flex-direction: column;
    gap: 0.875rem;
    block-size: 100%;
    padding: 1.25rem;
    border: 1px solid color-mix(in srgb, currentColor 28%, transparent);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--relational-surface, transparent);
  }
  .rw-card * {
    margin: 0;
  }
  .rw-identity {
    display: flex;
    align-items: flex-start;
    gap: 1rem;
  }
  .rw-who {
    flex: 1;
    min-inline-size: 0;
  }
  .rw-who > * + * {
    margin-block-start: 0.125rem;
  }
  .rw-card :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1.2em;
    line-height: 1.3;
    font-weight: 650;
    text-wrap: balance;
  }
  .rw-credentials,
  .rw-place {
    color: color-mix(in srgb, currentColor 72%, transparent);
    font-size: 0.9375em;
  }
  .rw-photo {
    flex: none;
    inline-size: var(--_photo);
    block-size: var(--_photo);
    border-radius: 50%;
    object-fit: cover;
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
  }
  .rw-monogram {
    display: grid;
    place-items: center;
    color: var(--_accent);
    font-size: calc(var(--_photo) * 0.36);
    font-weight: 650;
    overflow: hidden;
  }
  .rw-badge {
    align-self: flex-start;
    padding: 0.125em 0.625em;
    border: 1px solid;
    border-radius: 1em;
    font-size: 0.875em;
    font-weight: 600;
  }
  .rw-badge[data-accepting='yes'] {
    color: var(--_accent);
  }
  .rw-facts {
    display: grid;
    gap: 0.25rem;
    font-size: 0.9375em;
  }
  .rw-facts > div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
  }
  .rw-facts dt {
    font-weight: 650;
  }
  .rw-cta-area {
    margin-block-start: auto;
    --relational-cta-width: 100%;
  }
  .rw-who > *,
  .rw-approach,
  .rw-facts dd,
  .rw-closed {
    unicode-bidi: isolate;
  }
  .rw-card .cta {
    inline-size: 100%;
  }
  @media (forced-colors: active) {
    .rw-photo {
      border: 1px solid CanvasText;
    }
  }
`;

/** The whole sheet, as dist/relational-card.css: what the page needs, then the layout. */
export const cardStyles = pageOnly + cardLayout;
