import { css } from 'lit';

/**
 * The sheet every element starts from: inherit the host page's type and colour,
 * one accent, a calm surface, and the resets a hostile theme stylesheet cannot reach
 * (shadow DOM keeps page rules out, but inherited properties still come through).
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--relational-font, inherit);
    color: inherit;
    line-height: inherit;
    /* light-dark() follows the page's own color-scheme, so a light page seen on a dark OS
       keeps a dark-on-light accent; a page that declares \`color-scheme: light dark\` gets both. */
    --_accent: var(--relational-accent, light-dark(#2d6a5a, #8fd3bf));
    --_on-accent: var(--relational-on-accent, light-dark(#ffffff, #0f1f1a));
    --_radius: var(--relational-radius, 0.5rem);
    --_surface: var(--relational-surface, transparent);
    --_muted: color-mix(in srgb, currentColor 72%, transparent);
    --_line: color-mix(in srgb, currentColor 28%, transparent);
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  /* Set, not inherited: a theme's \`* { box-sizing: content-box }\` reaches the host. The line
     height is the page's, but never tighter than 1.3 (a theme's \`* { line-height: .8 !important }\`
     reaches the host too); lh in line-height is the parent's line height. No ::before or ::after:
     nothing in the shadow trees has generated content. */
  * {
    box-sizing: border-box;
    line-height: max(1.3em, 1lh);
  }
`;
