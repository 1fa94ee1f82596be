import { css } from 'lit';

export const styles = css`
  :host {
    --_error: var(--relational-error, light-dark(#b3261e, #ffb4ab));
    background: var(--_surface);
    overflow-wrap: break-word;
  }
  :host(:not([mode='dialog'])) {
    max-inline-size: 40rem;
  }
  form,
  [part='field'],
  .success {
    display: grid;
    gap: 0.375rem;
  }
  form {
    gap: 1.25rem;
  }
  p,
  fieldset,
  legend {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  label,
  legend,
  .error,
  [part='status'] {
    font-weight: 600;
  }
  .req,
  .hint {
    color: var(--_muted);
  }
  .req,
  .hint,
  .choice,
  .check label {
    font-weight: 400;
  }
  input,
  textarea,
  select,
  button {
    font: inherit;
    font-size: max(1em, 16px);
    /* As the shared sheet's floor: \`font\` resets it, and the trigger's parent is the host. */
    line-height: max(1.3em, 1lh);
    color: inherit;
  }
  [part='input'] {
    inline-size: 100%;
    min-block-size: 44px;
    padding: 0.5rem 0.75rem;
    border: 1px solid color-mix(in srgb, currentColor 62%, transparent);
    border-radius: var(--_radius);
    background: var(--relational-field, transparent);
  }
  textarea {
    resize: vertical;
    min-block-size: 8rem;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_error);
  }
  .error {
    color: var(--_error);
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .count {
    justify-self: end;
  }
  /* Short answers side by side where they fit, so a long questionnaire stays short on a phone. */
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5rem;
  }
  /* The voicemail and text boxes read as one pair under the phone number. */
  .flag + .flag {
    margin-block-start: -1rem;
  }
  .choice,
  .check {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 0 10px;
    min-block-size: 44px;
  }
  .check label {
    flex: 1 1 12rem;
  }
  /* A long answer (a clinician's name and credentials) wraps beside its button, not under it. */
  .choice {
    flex-wrap: nowrap;
  }
  .choice input {
    flex: none;
  }
  .check p,
  .check a {
    flex-basis: 100%;
    margin-inline-start: 34px;
  }
  [type='radio'],
  [type='checkbox'] {
    inline-size: 24px;
    block-size: 24px;
    margin: 0;
    accent-color: var(--_accent);
  }
  button {
    justify-self: start;
    font-weight: 600;
    min-block-size: 44px;
    padding: 0.5rem 1.5rem;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
  }
  [aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  a {
    color: inherit;
  }
  .crisis,
  .success,
  .config,
  .closed,
  .estimate {
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
    margin-block-end: 1.25rem;
  }
  [part='status'] {
    margin-block-start: 1rem;
  }
  .dead-end,
  .estimate {
    display: grid;
    gap: 0.375rem;
    margin-block-start: 0.75rem;
  }
  /* The other ways are actions: button-sized, and outlined so they read as such in forced colours. */
  .dead-end a,
  .copy-offer button {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    padding: 0.5rem 1rem;
    border: 2px solid;
    border-radius: var(--_radius);
    font-weight: 600;
  }
  [part='status'].error {
    color: inherit;
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_error);
  }
  .sr {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [part='trigger'] {
    inline-size: var(--relational-cta-width, auto);
    max-inline-size: 100%;
  }
  /* The visual viewport's top and height come from dialog.ts (the whole viewport until then). */
  dialog {
    inset-block: var(--rw-vv-top, 0px) calc(100% - var(--rw-vv-top, 0px) - var(--rw-vv-height, 100%));
    inline-size: min(40rem, 100% - 2rem);
    max-block-size: calc(var(--rw-vv-height, 100%) - 2rem);
    overflow: auto;
    padding: 1.25rem;
    /* An edge that shows on a dark page too, under the darkened backdrop. */
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: Canvas;
    color: CanvasText;
    overscroll-behavior: contain;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .bar {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    margin-block-end: 1rem;
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  [part='close'] {
    flex: none;
    padding-inline: 1rem;
    border-color: currentColor;
    background: none;
    color: inherit;
  }
  @media (max-width: 30rem) {
    dialog {
      inline-size: 100%;
      max-inline-size: none;
      block-size: var(--rw-vv-height, 100%);
      max-block-size: none;
      margin: 0;
      border-radius: 0;
    }
  }
  @media (forced-colors: active) {
    dialog,
    button,
    .crisis,
    .success,
    .config,
    .closed,
    .estimate {
      border: 2px solid;
    }
  }
  /* Printed after a send, the form shows the client's copy of their request instead of itself. */
  .copy {
    display: none;
    white-space: pre-wrap;
    font: inherit;
  }
  @media print {
    .copy {
      display: block;
    }
    .crisis,
    .success > :not(.copy) {
      display: none;
    }
  }
`;
