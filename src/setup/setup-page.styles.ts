import { css } from 'lit';

/**
 * One calm column that follows the reader's light or dark preference, with the system font
 * (nothing fetched), 44px controls, visible focus and room at 320px.
 */
export const styles = css`
  :host {
    --accent: light-dark(#2d6a5a, #8fd3bf);
    --on-accent: light-dark(#ffffff, #0f1f1a);
    --line: light-dark(#b9c2bd, #4b5550);
    --muted: light-dark(#4a524e, #b8c0bb);
    --surface: light-dark(#ffffff, #1f2522);
    --ok: light-dark(#1e6b3a, #8fd9a8);
    --problem: light-dark(#8a3b12, #ffb68a);
    display: block;
    box-sizing: border-box;
    max-inline-size: 46rem;
    margin-inline: auto;
    padding: 1.5rem 1rem 4rem;
    overflow-wrap: anywhere;
  }
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  h1 {
    font-size: 1.9rem;
    line-height: 1.2;
    margin: 0 0 0.75rem;
  }
  h2 {
    font-size: 1.4rem;
    margin: 2.5rem 0 0.5rem;
    padding-block-start: 1.5rem;
    border-block-start: 1px solid var(--line);
  }
  h3 {
    font-size: 1.15rem;
    margin: 2rem 0 0.25rem;
  }
  h4 {
    font-size: 1.05rem;
    margin: 0 0 0.5rem;
  }
  p {
    margin: 0.5rem 0;
  }
  .hint,
  .where {
    color: var(--muted);
    font-size: 0.95rem;
    margin: 0.15rem 0 0.4rem;
  }
  .where {
    color: inherit;
    font-weight: 600;
  }
  .field {
    margin: 1.25rem 0;
  }
  .field.inline {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  label,
  legend {
    font-weight: 600;
  }
  input[type='text'],
  input[type='url'],
  input[type='email'],
  input[type='tel'],
  input[type='number'],
  select,
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 44px;
    padding: 0.5rem 0.65rem;
    font: inherit;
    font-size: max(1rem, 16px);
    color: inherit;
    background: var(--surface);
    border: 1px solid var(--line);
    border-radius: 0.4rem;
  }
  .field.inline select {
    inline-size: auto;
  }
  input[type='number'] {
    inline-size: 8rem;
  }
  input[type='color'] {
    inline-size: 4rem;
    block-size: 44px;
    padding: 2px;
    border: 1px solid var(--line);
    border-radius: 0.4rem;
    background: var(--surface);
  }
  textarea {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.85rem;
    line-height: 1.45;
    white-space: pre;
    overflow: auto;
    resize: vertical;
  }
  fieldset {
    border: 0;
    margin: 1.25rem 0;
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.4rem;
  }
  .choice,
  .check {
    display: grid;
    grid-template-columns: 24px 1fr;
    column-gap: 0.6rem;
    align-items: start;
    margin: 0.55rem 0;
  }
  .choice > input,
  .check > input {
    inline-size: 24px;
    block-size: 24px;
    margin: 0;
    accent-color: var(--accent);
  }
  .choice > label,
  .check > label {
    font-weight: 400;
    min-block-size: 24px;
  }
  .choice > .hint,
  .check > .hint {
    grid-column: 2;
    margin-block-start: 0;
  }
  .toggles {
    display: flex;
    flex-wrap: wrap;
    gap: 0 2.5rem;
  }
  .toggles .choice {
    display: inline-grid;
    margin-inline-end: 1.25rem;
  }
  button {
    min-block-size: 44px;
    padding: 0.55rem 1.1rem;
    font: inherit;
    font-weight: 600;
    color: var(--accent);
    background: transparent;
    border: 2px solid var(--accent);
    border-radius: 0.4rem;
    cursor: pointer;
  }
  button.primary {
    color: var(--on-accent);
    background: var(--accent);
  }
  button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  :focus-visible {
    outline: 3px solid var(--accent);
    outline-offset: 2px;
  }
  a {
    color: var(--accent);
  }
  .test {
    margin-block-start: 1.5rem;
  }
  .diagnosis {
    margin-block-start: 1rem;
    padding: 1rem 1.1rem;
    border: 1px solid var(--line);
    border-inline-start: 6px solid var(--problem);
    border-radius: 0.4rem;
    background: var(--surface);
  }
  .diagnosis.ok {
    border-inline-start-color: var(--ok);
  }
  .done {
    color: var(--ok);
    font-weight: 600;
  }
  .note {
    padding: 0.6rem 0.8rem;
    border-inline-start: 4px solid var(--line);
  }
  .frame {
    margin-block: 1rem;
    inline-size: 100%;
  }
  .frame.phone {
    max-inline-size: 360px;
  }
  iframe {
    display: block;
    inline-size: 100%;
    min-block-size: 320px;
    border: 1px solid var(--line);
    border-radius: 0.6rem;
    background: transparent;
  }
  .part {
    margin: 1.5rem 0;
  }
  .copy-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-block-start: 0.5rem;
  }
  .sr {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* A wide screen: the preview beside the settings, in view while they scroll; a phone keeps one column. */
  @media (min-width: 62.5rem) {
    :host {
      max-inline-size: 88rem;
    }
    main {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      column-gap: 2.5rem;
      align-items: start;
    }
    main > section {
      grid-column: 1;
    }
    main > .preview {
      grid-column: 2;
      grid-row: 1 / span 5;
      position: sticky;
      inset-block-start: 0;
      max-block-size: 100vh;
      overflow: auto;
    }
  }
  @media (forced-colors: active) {
    button.primary {
      border-color: ButtonText;
    }
    .diagnosis {
      border-inline-start-color: CanvasText;
    }
  }
`;
