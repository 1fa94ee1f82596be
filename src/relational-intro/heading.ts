import { html, type TemplateResult } from 'lit';

/**
 * A real `<h1>`-`<h6>` at the given level, so the widget joins the host page's outline.
 * One static template per level: no string-built tags, nothing to sanitise.
 */
export function heading(level: number, part: string, content: unknown): TemplateResult {
  return level === 1
    ? html`<h1 part=${part}>${content}</h1>`
    : level === 2
      ? html`<h2 part=${part}>${content}</h2>`
      : level === 3
        ? html`<h3 part=${part}>${content}</h3>`
        : level === 4
          ? html`<h4 part=${part}>${content}</h4>`
          : level === 5
            ? html`<h5 part=${part}>${content}</h5>`
            : html`<h6 part=${part}>${content}</h6>`;
}

/** `heading-level` as given (number, numeric string, garbage) to 1-6; unusable values give 2. */
export function clampLevel(value: unknown): number {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim()
        ? Number(value)
        : Number.NaN;
  return Number.isFinite(n) ? Math.min(6, Math.max(1, Math.trunc(n))) : 2;
}
