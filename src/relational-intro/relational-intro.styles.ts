import { css } from 'lit';

/**
 * `<relational-intro>`'s own sheet; it follows the shared `hostStyles`. No comments inside the
 * template: they would ship in the bundle. In order: type, the full/summary text, the CTA and
 * toggle, the accepting badge beside it, bidi isolation of site-owner strings, forced colours. The
 * card's look is its own sheet, shared with the card template: src/card/card.styles.ts.
 */
export const styles = css`
  :host {
    overflow-wrap: anywhere;
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin-block: 0 0.5em;
    font-size: 1.1em;
    line-height: 1.3;
    font-weight: 650;
    text-wrap: balance;
  }
  dt {
    font-weight: 650;
  }
  [part='heading'] {
    font-size: 1.6em;
  }
  p,
  dl,
  ul {
    margin-block: 0 1em;
  }

  .intro {
    max-inline-size: var(--relational-measure, 65ch);
  }
  ::slotted(:is(h1, h2, h3, h4, h5, h6)) {
    margin-block: 1.75em 0.5em;
    font-size: 1.1em;
    line-height: 1.3;
    font-weight: 650;
    text-wrap: balance;
  }
  ::slotted(:is(h1, h2, h3, h4, h5, h6):first-child) {
    margin-block-start: 0;
    font-size: 1.6em;
  }
  ::slotted(:is(p, ul, ol, dl, blockquote)) {
    margin-block: 0 1em;
  }
  ::slotted(:is(ul, ol)) {
    padding-inline-start: 1.25em;
  }
  ::slotted(p:first-of-type) {
    font-size: 1.125em;
  }
  .lead {
    font-size: 1.125em;
  }
  section {
    margin-block-start: 1.75em;
  }
  .pillars {
    display: grid;
    gap: 0.875em;
  }
  .pillars > div {
    padding-inline-start: 1em;
    border-inline-start: 3px solid var(--_accent);
  }
  dd {
    margin: 0.125em 0 0;
  }
  .points {
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-block-start: 0.25em;
  }

  .cta,
  .toggle {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 44px;
    min-inline-size: 44px;
    max-inline-size: 100%;
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
  .cta:hover {
    background: color-mix(in srgb, var(--_accent) 86%, CanvasText);
  }
  .toggle {
    background: transparent;
    color: var(--_accent);
  }
  .toggle:hover {
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 3px;
  }
  [aria-expanded='true'] {
    margin-block-end: 0.5em;
  }
  .cta-area {
    margin-block-start: 1.5em;
  }

  .cta {
    unicode-bidi: isolate;
  }
  .intro .rw-badge {
    margin-block-start: 1.5em;
  }
  .intro .rw-badge + .cta-area {
    margin-block-start: 0.75em;
  }

  @media (forced-colors: active) {
    .cta,
    .toggle {
      border-color: ButtonText;
    }
    a.cta {
      border-color: LinkText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .pillars > div {
      border-inline-start-color: CanvasText;
    }
  }
`;
