// The card's layout, alone: the runtime module's intro imports it, and card.styles.ts adds what
// only the page's light DOM needs.

/** Tags the sheet as CSS for the build; it is String.raw, the text as written. */
const css = String.raw;

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
  /* In a card only: the intro's own call to action keeps its space and its width. */
  .rw-card .rw-cta-area {
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
