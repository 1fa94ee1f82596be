// Opens one of the plain pages in test/pages (served untransformed under /raw/pages/) in an
// iframe on the test page, and waits until its custom elements have rendered.

export interface PageWindow extends Window {
  pageErrors: string[];
  policyViolations: string[];
}

/** Loads `/raw/pages/<name>` in a same-origin iframe of the given size. */
export async function openPage(name: string, width = 800, height = 600): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/raw/pages/${name}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The custom elements of a framed page, once every one of them has finished rendering. */
export async function renderedElements(
  frame: HTMLIFrameElement,
  tags = ['relational-intro', 'consult-request'],
) {
  const win = frame.contentWindow!;
  const doc = frame.contentDocument!;
  await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
  const elements = [
    ...doc.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>(tags.join(',')),
  ];
  await Promise.all(elements.map((el) => el.updateComplete));
  return elements;
}

/** The page's own record of errors and policy violations (see test/pages/report-errors.js). */
export function pageReport(frame: HTMLIFrameElement) {
  const win = frame.contentWindow as PageWindow;
  return { errors: win.pageErrors, violations: win.policyViolations };
}

/**
 * A framed page left loading: its document opened by hand and `start` written, so what the test
 * writes next is read as if the rest of the page were still arriving (until `doc.close()`).
 */
export async function loadingPage(start: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = '<!doctype html><title>blank</title>';
  const blank = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await blank;
  frame.contentDocument!.open();
  frame.contentDocument!.write(start);
  return frame;
}

/** Adds the built module to a framed document's head; resolves once it has run (its `load` event). */
export function runModule(doc: Document): Promise<unknown> {
  const script = doc.createElement('script');
  script.type = 'module';
  // Absolute: a srcdoc page's base URL is its parent's, but WebKit resolves a module's import against about:srcdoc.
  script.src = new URL('/raw/dist/relational-widgets.js', location.href).href;
  const ran = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  doc.head.append(script);
  return ran;
}
