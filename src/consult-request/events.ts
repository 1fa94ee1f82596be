// The events <consult-request> fires, their detail types, and their entries in the DOM's event map.
import type { PayloadAnswers } from './fields.js';

/** What went wrong: a site-owner misconfiguration, the client's input, or the trip to the server. */
export type ConsultErrorKind = 'config' | 'validation' | 'network' | 'timeout' | 'http';

/**
 * The request body, as JSON (`form` and `multipart` carry the same keys flat).
 * Absent optional fields are omitted; hidden light-DOM inputs and captcha tokens follow.
 * The answers (`PayloadAnswers`) come from the field table (fields.ts): each fixed choice is
 * typed as its options, `clinician` is the id asked for or `any`, `region` a `regions` code.
 */
export interface ConsultPayload extends PayloadAnswers {
  /** A UUID, the same across retries of one submission so a server can de-duplicate. */
  id: string;
  name: string;
  consent: true;
  /** `accepting="waitlist"`: the client asks to join the waitlist. */
  waitlist?: true;
  therapist?: string;
  /** `location.origin + location.pathname`: never the query string or fragment. */
  page: string;
  /** ISO 8601. */
  submittedAt: string;
  locale: string;
  [hidden: string]: string | string[] | boolean | undefined;
}

/** `consult-success`: the HTTP status and the parsed body (JSON, text, or null when empty). */
export interface ConsultSuccessDetail {
  status: number;
  body: unknown;
}

/** `consult-error`: never carries what the client typed. */
export interface ConsultErrorDetail {
  kind: ConsultErrorKind;
  /** The HTTP status, for `kind: 'http'`. */
  status?: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'consult-submit': CustomEvent<ConsultPayload>;
    'consult-success': CustomEvent<ConsultSuccessDetail>;
    'consult-error': CustomEvent<ConsultErrorDetail>;
    'consult-open': CustomEvent<null>;
    'consult-close': CustomEvent<null>;
  }
}
