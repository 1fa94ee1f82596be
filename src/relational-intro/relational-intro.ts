import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { define } from '../shared/define.js';

export class RelationalIntro extends LitElement {
  /** Minutes. */
  @property({ attribute: 'consult-minutes', type: Number }) consultMinutes = 20;

  override render() {
    return html`<p>Free ${this.consultMinutes}-minute consultation</p>`;
  }
}

define('relational-intro', RelationalIntro);

declare global {
  interface HTMLElementTagNameMap {
    'relational-intro': RelationalIntro;
  }
}
