// Acting as a person would, for every test file: the real mouse, waiting for focus, and
// reading focus through shadow roots. Works on the test page or on a page framed in it.
import { sendMouse } from '@web/test-runner-commands';

/** Two animation frames: long enough for a render and the layout after it. */
export const frames = (): Promise<unknown> =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

export const pause = (ms: number): Promise<unknown> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `check` holds, or fails saying what it waited for. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeout = 6000,
): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await pause(25);
  }
}

/** The element that has focus in a document, looking inside shadow roots. */
export function deepActive(doc: Document = document): Element | null {
  let a = doc.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/**
 * Clicks the middle of an element with the real mouse, once it has stopped moving (an engine
 * may still be scrolling a newly focused field into view, or re-rendering after a blur).
 * For an element of a framed page, pass the frame: its offset is added.
 */
export async function click(target: Element, frame?: HTMLIFrameElement): Promise<void> {
  let r: DOMRect | undefined;
  for (let i = 0; i < 40; i++) {
    target.scrollIntoView({ block: 'center' });
    await frames();
    const now = target.getBoundingClientRect();
    if (r && now.top === r.top && now.left === r.left) break;
    r = now;
  }
  r = target.getBoundingClientRect();
  const f = frame?.getBoundingClientRect() ?? { left: 0, top: 0 };
  await sendMouse({
    type: 'click',
    position: [Math.round(f.left + r.left + r.width / 2), Math.round(f.top + r.top + r.height / 2)],
  });
}
