// The in-page half of `npm run bench` (see test/bench/run.js for the method).
// Loaded as the FIRST thing in <head>, as a plain classic script, by every bench page: the
// element pages and their plain-HTML floors run exactly this code. Its attributes say what
// to wait for and what the page must contain:
//   data-wait="relational-intro consult-request"   tags to wait for (empty on the floors)
//   data-expect='{"selector": count, ...}'          DOM counts asserted after the run
//   data-settle="500"                               ms to keep observing after the frame
// It publishes window.__bench; run.js awaits window.__bench.result (no polling in the page).
(() => {
  'use strict';
  const script = document.currentScript;
  const waitTags = (script.dataset.wait || '').split(/\s+/).filter(Boolean);
  const expect = JSON.parse(script.dataset.expect || '{}');
  const settleMs = Number(script.dataset.settle || 500);

  // Observers first, so nothing during the load is missed (buffered as a second guard).
  const longTasks = [];
  const shifts = [];
  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
    } catch {
      /* entry type not supported: the field stays empty and run.js says so */
    }
  };
  observe('longtask', (e) => longTasks.push({ start: round(e.startTime), duration: round(e.duration) }));
  observe('layout-shift', (e) => {
    if (e.hadRecentInput) return;
    shifts.push({ start: round(e.startTime), value: e.value, sources: (e.sources || []).map((s) => describe(s.node)) });
  });

  function round(ms) {
    return Math.round(ms * 100) / 100;
  }

  /** A short name for a node: its shadow host (if any) > tag#id.class */
  function describe(node) {
    if (!node) return '(removed node)';
    const el = node.nodeType === 1 ? node : node.parentElement;
    if (!el) return node.nodeName.toLowerCase();
    const root = el.getRootNode();
    const host = root && root.host ? `${root.host.localName}>` : '';
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/)[0]}` : '';
    return `${host}${el.localName}${el.id ? `#${el.id}` : ''}${cls}`;
  }

  /** Every element that looks like a Lit element, in the document and in open shadow roots. */
  function litElements(root = document, found = []) {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.includes('-') && 'updateComplete' in el) found.push(el);
      if (el.shadowRoot) litElements(el.shadowRoot, found);
    }
    return found;
  }

  const loaded = new Promise((resolve) => {
    if (document.readyState === 'complete') resolve();
    else addEventListener('load', () => resolve(), { once: true });
  });

  // "Rendered and laid out": the load event (module scripts have run by then), every waited
  // tag defined, every Lit element's update finished (repeated while any asks for another),
  // a forced style+layout, and then the next animation frame.
  async function renderedAndLaidOut() {
    await loaded;
    // One bundle defines its tags while it evaluates, before `load`; a tag still undefined
    // now is not in the bundle, so waiting for it would hang: record it instead.
    const missing = waitTags.filter((tag) => !customElements.get(tag));
    await Promise.all(waitTags.filter((t) => !missing.includes(t)).map((t) => customElements.whenDefined(t)));
    for (let pass = 0; pass < 20; pass++) {
      const els = litElements();
      await Promise.all(els.map((el) => el.updateComplete));
      if (!litElements().some((el) => el.isUpdatePending)) break;
    }
    void document.body.offsetHeight; // force style and layout now
    const frame = await new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    return { frame, missing };
  }

  function visible(el) {
    return el.checkVisibility ? el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) : true;
  }

  /** Walks the flat tree (shadow roots, slotted nodes), the way the page is rendered. */
  function walkFlat(node, visit) {
    if (node.nodeType === Node.TEXT_NODE) return visit(node);
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    if (node.localName === 'slot') {
      const assigned = node.assignedNodes();
      if (assigned.length) return assigned.forEach((n) => walkFlat(n, visit));
    }
    if (node.nodeType === Node.ELEMENT_NODE) visit(node);
    const children = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    children.forEach((n) => walkFlat(n, visit));
  }

  /** What a person sees, to check that an element page and its floor are comparable. */
  function parity() {
    let textChars = 0;
    let controls = 0;
    let headings = 0;
    walkFlat(document.body, (node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentElement;
        const text = node.data.replace(/\s+/g, ' ').trim();
        if (text && parent && visible(parent)) textChars += text.length;
      } else if (visible(node)) {
        if (/^(input|select|textarea|button)$/.test(node.localName) && node.type !== 'hidden') controls++;
        if (/^h[1-6]$/.test(node.localName)) headings++;
      }
    });
    return { textChars, controls, headings, pageHeight: document.documentElement.scrollHeight };
  }

  /** DOM counts the page promised, and, per waited tag, how many instances actually rendered. */
  function counts() {
    const expected = {};
    for (const [selector, want] of Object.entries(expect)) {
      expected[selector] = { want, got: document.querySelectorAll(selector).length };
    }
    const rendered = {};
    for (const tag of waitTags) {
      const els = [...document.querySelectorAll(tag)];
      rendered[tag] = {
        count: els.length,
        defined: els.filter((el) => el.matches(':defined') && customElements.get(tag)).length,
        withShadowContent: els.filter((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0).length,
        visible: els.filter((el) => visible(el) && el.getBoundingClientRect().height > 0).length,
        slotted: els.filter((el) => el.assignedSlot).length,
      };
    }
    return { expected, rendered };
  }

  async function run() {
    const { frame, missing } = await renderedAndLaidOut();
    window.__benchDone = frame;
    // The measured frame paints after its rAF callback, and its shifts are stamped then:
    // only shifts after the NEXT frame starts are "late" (work done after the first render).
    const nextFrameStart = await new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      done: round(frame),
      missing,
      fcp: fcp ? round(fcp.startTime) : null,
      nav: nav && {
        responseStart: round(nav.responseStart),
        domInteractive: round(nav.domInteractive),
        domContentLoaded: round(nav.domContentLoadedEventEnd),
        load: round(nav.loadEventEnd),
      },
      longTasks,
      shifts,
      cls: shifts.reduce((sum, s) => sum + s.value, 0),
      clsLate: shifts.filter((s) => s.start >= nextFrameStart).reduce((sum, s) => sum + s.value, 0),
      ...counts(),
      parity: parity(),
    };
  }

  // ---- click on a card's call to action -> dialog open with focus in its first field ----

  /** Card i, the root its form lives in (the consult-request's shadow root, or the card), its trigger. */
  function locate(i) {
    const card = document.querySelectorAll('[data-bench-card]')[i];
    if (!card) return {};
    const form = card.querySelector('consult-request');
    const root = form && form.shadowRoot ? form.shadowRoot : card;
    const trigger =
      root.querySelector('[part~="trigger"]') || [...root.querySelectorAll('button')].find((b) => !b.closest('dialog'));
    return { card, form, root, trigger };
  }

  function deepActive() {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    return el;
  }

  function deepHit(x, y) {
    let el = document.elementFromPoint(x, y);
    while (el && el.shadowRoot) {
      const inner = el.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === el) break;
      el = inner;
    }
    return el;
  }

  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

  /** What dialog support the page's first card shows (run.js reports "n/a" without it). */
  function dialogInfo() {
    const { form, root, trigger } = locate(0);
    return {
      formDefined: !!(form && customElements.get('consult-request')),
      hasOpenMethod: !!(form && typeof form.open === 'function'),
      hasDialog: !!(root && root.querySelector('dialog')),
      hasTrigger: !!trigger,
    };
  }

  /** Scrolls card i's trigger into view; returns its centre and whether a click there hits it. */
  async function prepareClick(i) {
    const { trigger } = locate(i);
    if (!trigger) return { error: `card ${i}: no call-to-action button found` };
    trigger.scrollIntoView({ block: 'center', inline: 'center' });
    await nextFrame();
    await nextFrame();
    const r = trigger.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const hit = deepHit(x, y);
    const hits = !!hit && (hit === trigger || trigger.contains(hit));
    return { x, y, hits, hit: hit && describe(hit), label: trigger.textContent.replace(/\s+/g, ' ').trim() };
  }

  let pendingClick = null;

  /** Listens for the next pointerdown/click, then checks every frame for dialog[open] + focus in an input. */
  function armClick(i, timeoutMs) {
    const { root } = locate(i);
    let downAt = null;
    let clickAt = null;
    pendingClick = new Promise((resolve) => {
      const onDown = (e) => {
        downAt = e.timeStamp;
        poll();
      };
      const onClick = (e) => {
        clickAt = e.timeStamp;
      };
      addEventListener('pointerdown', onDown, { capture: true, once: true });
      addEventListener('click', onClick, { capture: true, once: true });
      const giveUp = setTimeout(() => {
        removeEventListener('pointerdown', onDown, { capture: true });
        const dialog = root.querySelector('dialog[open]');
        const active = deepActive();
        resolve({ timeout: true, downSeen: downAt !== null, open: !!dialog, active: active && describe(active) });
      }, timeoutMs);
      function poll() {
        requestAnimationFrame(() => {
          const now = performance.now();
          const dialog = root.querySelector('dialog[open]');
          const active = deepActive();
          const focused =
            dialog && active && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName) && dialog.contains(active);
          if (focused) {
            clearTimeout(giveUp);
            resolve({
              ms: round(now - downAt),
              fromClickMs: clickAt === null ? null : round(now - clickAt),
              active: describe(active),
              activeName: active.name || active.id || '',
            });
          } else poll();
        });
      }
    });
  }

  function clickResult() {
    return pendingClick;
  }

  async function waitClosed(i, timeoutMs) {
    const { root } = locate(i);
    const until = performance.now() + timeoutMs;
    while (root.querySelector('dialog[open]')) {
      if (performance.now() > until) return false;
      await nextFrame();
    }
    await nextFrame();
    return true;
  }

  window.__bench = { result: run(), dialogInfo, prepareClick, armClick, clickResult, waitClosed };
})();
