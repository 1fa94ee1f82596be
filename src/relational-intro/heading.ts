import { html, type TemplateResult } from 'lit';

/**
 * A real `<h1>`-`<h6>` at the given level, so the widget joins the host page's outline.
 * One static template per level: no string-built tags, nothing to sanitise.
 */
export function heading(level: number, part: string, content: unknown): TemplateResult {
  if (level === 1) return html`<h1 part=${part}>${content}</h1>`;
  if (level === 2) return html`<h2 part=${part}>${content}</h2>`;
  if (level === 3) return html`<h3 part=${part}>${content}</h3>`;
  if (level === 4) return html`<h4 part=${part}>${content}</h4>`;
  if (level === 5) return html`<h5 part=${part}>${content}</h5>`;
  return html`<h6 part=${part}>${content}</h6>`;
}
