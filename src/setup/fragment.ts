// The setup page keeps everything it knows in its URL fragment: read from it (again when the
// reader goes back or edits the address), written back as settings change.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LANGUAGES, fromFragment, toFragment, type Settings } from './settings.js';

/** The settings in the fragment; the page's language follows the browser's when the fragment does not name one. */
export function readFragment(): Settings {
  const s = fromFragment(location.hash);
  if (!new URLSearchParams(location.hash.slice(1)).has('ui')) {
    const browser = navigator.language.slice(0, 2);
    if ((LANGUAGES as readonly string[]).includes(browser)) s.ui = browser;
  }
  return s;
}

/** Keeps the host's settings and the fragment in step while the host is in the page. */
export class FragmentSync implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private writtenAt = -Infinity;

  constructor(
    host: ReactiveControllerHost,
    /** The host's settings now. */
    private readonly settings: () => Settings,
    /** Replaces the host's settings with the fragment's. */
    private readonly replace: (settings: Settings) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.onHashChange);
    clearTimeout(this.timer);
  }

  private onHashChange = (): void => {
    if (location.hash.slice(1) !== toFragment(this.settings())) this.replace(readFragment());
  };

  /**
   * Writes the settings to the fragment, at most once every 150 ms (the last change always
   * lands), replacing the history entry (typing is not navigation): Safari allows 100
   * history.replaceState() calls per 10 seconds and throws after that, which a therapist typing
   * fast would otherwise hit.
   */
  write(): void {
    clearTimeout(this.timer);
    const wait = this.writtenAt + 150 - performance.now();
    if (wait > 0) {
      this.timer = setTimeout(() => this.write(), wait);
      return;
    }
    this.writtenAt = performance.now();
    const fragment = toFragment(this.settings());
    if (location.hash.slice(1) === fragment) return;
    try {
      history.replaceState(
        history.state,
        '',
        fragment ? `#${fragment}` : location.pathname + location.search,
      );
    } catch {
      this.timer = setTimeout(() => this.write(), 1000); // throttled anyway: try again later
    }
  }
}
