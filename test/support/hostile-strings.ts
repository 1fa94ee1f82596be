// Hostile strings, and a watch that notices the moment any of them runs, so a test fails fast and
// says what ran instead of hanging on a modal alert() or passing because nothing looked.
import { waitFor } from './person.js';

/**
 * Markup and URLs that run code if they ever reach the DOM as HTML or as a link. Each one
 * reports itself through `__rwRan` (or `alert`, which the watch replaces), so a run is seen.
 */
export const EXECUTING = [
  `<img src=x onerror="__rwRan('img onerror')">`,
  `"><svg onload="__rwRan('svg onload')"></svg>`,
  `'><img src=x onerror=alert('img alert')>`,
  `<script>__rwRan('script')</script>`,
  `<iframe srcdoc="<script>parent.__rwRan('srcdoc')</script>"></iframe>`,
  `<details open ontoggle="__rwRan('details ontoggle')">`,
  `javascript:__rwRan('javascript: URL')`,
];

/** Strings that run nothing but break naive rendering: bidi overrides, and a word too long for any box. */
export const AWKWARD = ['\u202Eevil\u202C name', 'W'.repeat(5000)];

export const HOSTILE = [...EXECUTING, ...AWKWARD];

type Watched = Window & typeof globalThis & { __rwRan?: (what: string) => void; __rwControl?: () => void };

export interface ExecutionWatch {
  /** Everything that ran (or that a Content Security Policy refused to run), in order. */
  ran: string[];
  /**
   * Waits until an `onerror` payload inserted now, the slowest kind above, has had its chance to
   * run: a control payload that does run is inserted and awaited (so the watch itself is proven
   * to work in this engine), then the recorded runs are returned.
   */
  settle(): Promise<string[]>;
  /** Puts `alert`, `confirm` and `prompt` back and removes the listeners. */
  stop(): void;
}

/** Starts watching a window (the test page, or a framed page) for any hostile string that runs. */
export function watchForExecution(win: Window = window): ExecutionWatch {
  const w = win as Watched;
  const ran: string[] = [];
  const saved = { alert: w.alert, confirm: w.confirm, prompt: w.prompt };
  w.__rwRan = (what) => void ran.push(what);
  w.alert = (message?: unknown) => void ran.push(`alert(${String(message)})`);
  w.confirm = (message?: string) => (ran.push(`confirm(${message})`), false);
  w.prompt = (message?: string) => (ran.push(`prompt(${message})`), null);
  const onViolation = (e: SecurityPolicyViolationEvent) =>
    void ran.push(`refused by CSP: ${e.violatedDirective} ${e.blockedURI}`);
  w.addEventListener('securitypolicyviolation', onViolation);
  return {
    ran,
    async settle() {
      let control = false;
      w.__rwControl = () => (control = true);
      const probe = w.document.createElement('div');
      probe.hidden = true;
      probe.innerHTML = `<img src="x-control" onerror="__rwControl()">`;
      w.document.body.append(probe);
      try {
        await waitFor(() => control, 'the control payload to run (the watch works in this engine)', 5000);
      } finally {
        probe.remove();
      }
      return ran;
    },
    stop() {
      Object.assign(w, saved);
      delete w.__rwRan;
      delete w.__rwControl;
      w.removeEventListener('securitypolicyviolation', onViolation);
    },
  };
}
