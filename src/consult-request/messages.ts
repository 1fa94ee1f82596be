// What the status region says after a failed send, in plain words. No DOM here.
import type { Outcome } from './send.js';

const KEPT = 'Everything you typed is still here';

/** The sentence for a failed send. `general` holds a server's own messages that no field can show. */
export function failureText(o: Outcome, general: string[], locale: string, now = Date.now()): string {
  if (o.type === 'offline') return `You seem to be offline. ${KEPT}, and it will be sent when your connection is back.`;
  if (o.type === 'timeout') return `The server took too long to answer. ${KEPT}; please try again.`;
  if (o.type !== 'http') return `We could not reach the server. ${KEPT}; please check your connection and try again.`;
  if (o.status === 429) {
    const wait = Math.ceil(((o.retryAt ?? now) - now) / 1000);
    const when =
      wait < 1 ? 'now' : wait < 90 ? `in ${wait} seconds` : `at ${new Date(o.retryAt!).toLocaleTimeString(locale, { timeStyle: 'short' })}`;
    return `The server is receiving too many requests. ${KEPT}; you can try again ${when}.`;
  }
  if (general.length) return general.join(' ');
  return `The server could not take your request (error ${o.status}). ${KEPT}; please try again.`;
}
