// What a test request's diagnosis (diagnose.ts) means, in the setup page's words: what
// happened, why, and the fix.
import type { Diagnosis } from './diagnose.js';
import type { Catalog, Explained } from './strings/en.js';

export function explain(d: Diagnosis, t: Catalog): Explained {
  const say = t.diagnosis;
  switch (d.kind) {
    case 'delivered': {
      const time = new Intl.DateTimeFormat(t.locale, { timeStyle: 'medium' }).format(d.at);
      const seconds = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 1 }).format(d.ms / 1000);
      return say.delivered(d.status, time, seconds, d.via);
    }
    case 'redirect':
      return say.redirect(d.to);
    case 'html':
    case 'preflight':
    case 'not-found':
    case 'rate':
    case 'server':
    case 'http':
      return say[d.kind](d.status);
    case 'forbidden':
      return say.forbidden(d.status, d.code);
    case 'invalid':
      return say.invalid(d.status, d.messages);
    case 'timeout':
      return say.timeout(d.seconds);
    case 'refused-url':
      return say['refused-url'](d.reason);
    default:
      return say[d.kind]();
  }
}
