import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * What waits on the outside world after a failed send: the time a 429's Retry-After named
 * (no retry before it; `onReady` says so when it comes), and the connection coming back after
 * an offline failure (`onOnline` sends again). Both stop while the element is off the page.
 */
export class RetryController implements ReactiveController {
  /** No retry before this time (ms since epoch); 0 when there is no wait. */
  private until = 0;
  private offline = false;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onReady: () => void,
    private readonly onOnline: () => void,
  ) {
    host.addController(this);
  }

  /** Whether a Retry-After still holds the next send back. */
  get blocked(): boolean {
    return this.until > Date.now();
  }

  /** After a send: what to wait for now (nothing, after a success). */
  waitFor({ retryAt = 0, offline = false }: { retryAt?: number; offline?: boolean }): void {
    this.until = retryAt;
    this.offline = offline;
    this.arm();
  }

  hostConnected(): void {
    this.arm();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    removeEventListener('online', this.online);
  }

  private arm(): void {
    this.hostDisconnected();
    const wait = this.until - Date.now();
    if (wait > 0)
      this.timer = setTimeout(() => {
        this.until = 0;
        this.host.requestUpdate();
        this.onReady();
      }, wait);
    if (this.offline) addEventListener('online', this.online);
  }

  private online = (): void => {
    this.offline = false;
    this.arm();
    this.onOnline();
  };
}
