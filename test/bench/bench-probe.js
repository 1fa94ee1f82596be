// The in-page half of `npm run bench` (the method is in test/bench/run.js).
//
// run.js injects this with page.evaluateOnNewDocument, after window.__benchConfig and the
// web-vitals IIFE, so it runs before the page's first byte is parsed, on every page alike
// (with widgets, without them, the hand-written floors), and the pages themselves carry no
// measuring code: what is measured is exactly the HTML a therapist would publish.
// Plain script, no modules: it also runs in Firefox (WebDriver BiDi preload script).
//
// window.__benchConfig:
//   wait           tags whose every instance must be painted (empty on pages without widgets)
//   expect         { selector: count } asserted at the end
//   moduleUrl      the widget module's URL (its resource-timing entry = "the module arrived")
//   afterArrivalMs keep observing this long after the module arrived (layout shift window)
//   settleMs       keep observing this long after the widgets are painted / the load event
//   giveUpMs       a module not arrived this long after navigation start is "not arriving"
//                  (the hanging host): the page is measured as it is then
//   sample         sample element positions every animation frame (the Firefox shift measure)
// It publishes window.__bench = { result, ... }; run.js awaits window.__bench.result.
(() => {
  'use strict';
  const cfg = window.__benchConfig || {};
  const waitTags = cfg.wait || [];
  const round = (ms) => (ms === null || ms === undefined ? null : Math.round(ms * 100) / 100);
  const sleepUntil = (t) => new Promise((resolve) => setTimeout(resolve, Math.max(0, t - performance.now())));
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));

  // ---- observers first, so nothing during the load is missed (buffered as a second guard)
  const longTasks = [];
  const shifts = [];
  const lcps = [];
  let moduleEntry = null;
  let onModule = null;
  const moduleArrived = new Promise((resolve) => (onModule = resolve));
  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
    } catch {
      /* entry type not supported here (Firefox: layout-shift, longtask): the field stays empty */
    }
  };
  observe('longtask', (e) => longTasks.push({ start: round(e.startTime), duration: round(e.duration) }));
  // Long animation frames (Chromium): their script entries name the script that ran (sourceURL),
  // which is how run.js tells our module's tasks from the page's. Entries of 5 ms or more only.
  const longFrames = [];
  observe('long-animation-frame', (e) =>
    longFrames.push({
      start: round(e.startTime),
      duration: round(e.duration),
      blocking: round(e.blockingDuration),
      scripts: (e.scripts || []).map((s) => ({
        url: s.sourceURL,
        invoker: s.invoker,
        type: s.invokerType,
        start: round(s.startTime),
        duration: round(s.duration),
        compileMs: round(s.executionStart ? s.executionStart - s.startTime : null),
        forcedStyleAndLayoutMs: round(s.forcedStyleAndLayoutDuration),
      })),
    }),
  );
  observe('layout-shift', (e) => {
    if (e.hadRecentInput) return;
    shifts.push({
      start: round(e.startTime),
      value: e.value,
      sources: (e.sources || []).map((s) => describe(s.node)),
    });
  });
  observe('largest-contentful-paint', (e) =>
    lcps.push({ start: round(e.startTime), size: e.size, element: describe(e.element) }),
  );
  let onFcp = null;
  const fcpSeen = new Promise((resolve) => (onFcp = resolve));
  observe('paint', (e) => e.name === 'first-contentful-paint' && onFcp());
  observe('resource', (e) => {
    if (cfg.moduleUrl && e.name === cfg.moduleUrl && !moduleEntry) {
      moduleEntry = e;
      onModule(e);
    }
  });

  // ---- web-vitals (the field's definitions of FCP, LCP and CLS), when it was injected
  const vitals = { fcp: null, lcp: null, lcpTarget: null, cls: null, clsTarget: null };
  const wv = window.webVitals;
  if (wv) {
    wv.onFCP((m) => (vitals.fcp = m.value), { reportAllChanges: true });
    wv.onLCP(
      (m) => {
        vitals.lcp = m.value;
        vitals.lcpTarget = m.attribution ? m.attribution.target || null : null;
      },
      { reportAllChanges: true },
    );
    wv.onCLS(
      (m) => {
        vitals.cls = m.value;
        vitals.clsTarget = m.attribution ? m.attribution.largestShiftTarget || null : null;
      },
      { reportAllChanges: true },
    );
  }

  /** A short name for a node: its shadow host (if any) > tag#id.class */
  function describe(node) {
    if (!node) return '(removed node)';
    const el = node.nodeType === 1 ? node : node.parentElement;
    if (!el) return node.nodeName.toLowerCase();
    const root = el.getRootNode();
    const host = root && root.host ? `${root.host.localName}>` : '';
    const cls =
      typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/)[0]}` : '';
    return `${host}${el.localName}${el.id ? `#${el.id}` : ''}${cls}`;
  }

  const domReady = new Promise((resolve) => {
    if (document.readyState !== 'loading') resolve();
    else document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
  });
  let loadedAt = null;
  const loaded = new Promise((resolve) =>
    addEventListener(
      'load',
      () => {
        loadedAt = performance.now();
        resolve();
      },
      { once: true },
    ),
  );

  // ---- "every widget painted": checked in every animation frame from the start. A widget
  // shows when it has a box and rendered shadow content (a declarative shadow root counts: it
  // paints before any module runs) and no Lit update is pending. The frame whose callback
  // first sees that paints it; the figure is the start of the NEXT frame (that frame has been
  // produced by then), and never earlier than the first contentful paint.
  /** The instances of a tag that show a box: a directory's one form (`rw-shared-form`) shows none until a card opens it. */
  const widgetsOf = (tag) =>
    [...document.querySelectorAll(tag)].filter((el) => !el.classList.contains('rw-shared-form'));
  /**
   * A widget's content is there: rendered into its shadow root (a declarative one counts), or,
   * for an HTML-first card (the card template's `.rw-card` in its light DOM, which the element
   * shows as it is, with no shadow root), its own light DOM once the element has upgraded.
   */
  const hasContent = (el) =>
    el.shadowRoot
      ? el.shadowRoot.childElementCount > 0
      : el.matches(':defined') && !!el.querySelector(':scope > .rw-card');
  let showingAt = null;
  let paintedAt = null;
  function widgetsShowing() {
    if (document.readyState === 'loading') return false;
    for (const tag of waitTags) {
      for (const el of widgetsOf(tag)) {
        if (!hasContent(el) || el.isUpdatePending) return false;
        if (el.getBoundingClientRect().height === 0) return false;
      }
    }
    return true;
  }
  const painted = new Promise((resolve) => {
    const check = (now) => {
      if (showingAt === null) {
        if (widgetsShowing()) showingAt = now;
        requestAnimationFrame(check);
      } else {
        paintedAt = performance.now();
        resolve();
      }
    };
    requestAnimationFrame(check);
  });

  // ---- positions every frame (what Firefox, with no layout-shift API, can tell): the
  // document-relative top of each [data-bench-mark] element and of the first instance of each
  // waited tag, recorded when it changes.
  const tracks = {};
  let sampling = !!cfg.sample;
  function sample(now) {
    const marks = [...document.querySelectorAll('[data-bench-mark]')].map((el) => [el.dataset.benchMark, el]);
    for (const tag of waitTags) {
      const el = document.querySelector(tag);
      if (el) marks.push([tag, el]);
    }
    for (const [name, el] of marks) {
      const r = el.getBoundingClientRect();
      const top = Math.round((r.top + scrollY) * 10) / 10;
      const track = (tracks[name] = tracks[name] || []);
      const last = track[track.length - 1];
      if (!last || last.top !== top || last.height !== Math.round(r.height)) {
        track.push({ t: round(now), top, height: Math.round(r.height) });
      }
    }
    // a flash: a widget that showed goes blank again (its shadow root emptied, or no box)
    if (showingAt !== null) {
      for (const tag of waitTags) {
        for (const el of widgetsOf(tag)) {
          if (!hasContent(el) || el.getBoundingClientRect().height === 0) {
            blankFrames.push({ t: round(now), widget: describe(el) });
          }
        }
      }
    }
    if (sampling) requestAnimationFrame(sample);
  }
  const blankFrames = [];
  if (sampling) requestAnimationFrame(sample);

  /** After the first paint: how far each tracked element moved from where it was first painted. */
  function movesAfter(fcp) {
    const out = {};
    for (const [name, track] of Object.entries(tracks)) {
      // the frame that painted the first content was sampled just before its paint (rAF first)
      let base = track[0];
      for (const s of track) if (fcp !== null && s.t <= fcp) base = s;
      const later = track.filter((s) => s.t > base.t);
      out[name] = {
        firstTop: base.top,
        maxMovePx: later.reduce((m, s) => Math.max(m, Math.abs(s.top - base.top)), 0),
        moves: later.length,
        lastTop: track[track.length - 1].top,
      };
    }
    return out;
  }

  /** Every element that looks like a Lit element, in the document and in open shadow roots. */
  function litElements(root = document, found = []) {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.includes('-') && 'updateComplete' in el) found.push(el);
      if (el.shadowRoot) litElements(el.shadowRoot, found);
    }
    return found;
  }

  async function updatesSettled() {
    for (let pass = 0; pass < 20; pass++) {
      await Promise.all(litElements().map((el) => el.updateComplete));
      if (!litElements().some((el) => el.isUpdatePending)) break;
    }
  }

  function visible(el) {
    return el.checkVisibility
      ? el.checkVisibility({ visibilityProperty: true, opacityProperty: true })
      : true;
  }

  /** Walks the flat tree (shadow roots, slotted nodes), the way the page is rendered. */
  function walkFlat(node, visit) {
    if (node.nodeType === Node.TEXT_NODE) return visit(node);
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    if (node.nodeType === Node.ELEMENT_NODE && /^(style|script|template|noscript)$/.test(node.localName))
      return;
    if (node.localName === 'slot') {
      const assigned = node.assignedNodes();
      if (assigned.length) return assigned.forEach((n) => walkFlat(n, visit));
    }
    if (node.nodeType === Node.ELEMENT_NODE) visit(node);
    const children = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    children.forEach((n) => walkFlat(n, visit));
  }

  /** What a person sees under `root`: visible text characters, controls, headings. */
  function content(root) {
    let textChars = 0;
    let controls = 0;
    let headings = 0;
    walkFlat(root, (node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentElement;
        const text = node.data.replace(/\s+/g, ' ').trim();
        if (text && parent && visible(parent)) textChars += text.length;
      } else if (visible(node)) {
        if (/^(input|select|textarea|button)$/.test(node.localName) && node.type !== 'hidden') controls++;
        if (/^h[1-6]$/.test(node.localName)) headings++;
      }
    });
    return { textChars, controls, headings };
  }

  function parity() {
    const widgets = {};
    for (const tag of waitTags) {
      const el = document.querySelector(tag);
      if (el) widgets[tag] = content(el);
    }
    return { ...content(document.body), pageHeight: document.documentElement.scrollHeight, widgets };
  }

  /** DOM counts the page promised, and, per waited tag, how many instances actually rendered. */
  function counts() {
    const expected = {};
    for (const [selector, want] of Object.entries(cfg.expect || {})) {
      expected[selector] = { want, got: document.querySelectorAll(selector).length };
    }
    const rendered = {};
    for (const tag of waitTags) {
      const els = widgetsOf(tag);
      rendered[tag] = {
        count: els.length,
        defined: els.filter((el) => el.matches(':defined') && customElements.get(tag)).length,
        withShadowContent: els.filter((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0).length,
        visible: els.filter((el) => visible(el) && el.getBoundingClientRect().height > 0).length,
      };
    }
    return { expected, rendered };
  }

  // A frame, or nothing after `ms` (a render-blocked page runs no animation frames).
  const frameOr = (ms) => Promise.race([frame(), new Promise((resolve) => setTimeout(resolve, ms))]);

  async function run() {
    const giveUpAt = cfg.giveUpMs || 20000;
    if (cfg.fcpOnly) {
      // first paint only: done 100 ms after it, whatever the module is doing
      await Promise.race([fcpSeen, sleepUntil(giveUpAt)]);
      await sleepUntil(performance.now() + 100);
      return collect(moduleEntry, null, []);
    }
    await Promise.race([domReady, sleepUntil(giveUpAt)]);
    let arrived = null;
    if (cfg.moduleUrl) {
      arrived = await Promise.race([moduleArrived, sleepUntil(giveUpAt).then(() => null)]);
    }
    let definedAt = null;
    const missing = [];
    if (arrived || !cfg.moduleUrl) await Promise.race([loaded, sleepUntil(giveUpAt)]);
    if (arrived) {
      // One bundle defines its tags while it evaluates, before `load`; a tag still undefined
      // now is not in the bundle (or the module failed): record it instead of waiting forever.
      for (const tag of waitTags) if (!customElements.get(tag)) missing.push(tag);
      if (waitTags.length && !missing.length) {
        definedAt = performance.now();
        await updatesSettled();
      }
    }
    // widgets painted: by the module, or, prerendered, by the HTML alone (no module)
    if (waitTags.length && !missing.length) await Promise.race([painted, sleepUntil(giveUpAt)]);
    await Promise.race([fcpSeen, sleepUntil(giveUpAt)]);
    const ends = [(loadedAt || 0) + (cfg.settleMs || 0)];
    if (arrived) ends.push(arrived.responseEnd + (cfg.afterArrivalMs || 0));
    if (paintedAt !== null) ends.push(paintedAt + (cfg.settleMs || 0));
    if (cfg.moduleUrl && !arrived) ends.push(giveUpAt);
    await sleepUntil(Math.max(...ends));
    await frameOr(1000);
    await frameOr(1000); // entries of the last painted frame are delivered
    return collect(arrived, definedAt, missing);
  }

  function collect(arrived, definedAt, missing) {
    sampling = false;
    const fcpEntry = performance.getEntriesByName('first-contentful-paint')[0];
    const fcp = fcpEntry ? fcpEntry.startTime : null;
    const nav = performance.getEntriesByType('navigation')[0];
    const lcpLast = lcps[lcps.length - 1];
    const windowEnd = performance.now();
    return {
      url: location.pathname,
      fcp: round(fcp),
      lcp: lcpLast ? lcpLast.start : null,
      lcpElement: lcpLast ? lcpLast.element : null,
      vitals,
      widgetsPainted: paintedAt === null ? null : round(Math.max(paintedAt, fcp || 0)),
      widgetsShowingFrame: round(showingAt),
      module: cfg.moduleUrl
        ? {
            arrived: !!arrived,
            responseEnd: arrived ? round(arrived.responseEnd) : null,
            renderBlockingStatus: arrived ? arrived.renderBlockingStatus || null : null,
            definedAt: round(definedAt),
          }
        : null,
      // the module's bytes had all come before the first contentful paint (else it cannot
      // have run before it: a late module's first paint is the page's own)
      moduleBeforeFcp: moduleEntry && fcp !== null ? moduleEntry.responseEnd < fcp : false,
      missing,
      loadedAt: round(loadedAt),
      windowEnd: round(windowEnd),
      nav: nav && {
        responseStart: round(nav.responseStart),
        domContentLoaded: round(nav.domContentLoadedEventEnd),
      },
      longTasks,
      longFrames,
      shifts,
      shiftSum: shifts.reduce((sum, s) => sum + s.value, 0),
      // the paint step of the frame that drew the first content (paintTime, where the browser
      // has it); startTime may be the later presentation, after the next frame's callbacks
      moves: cfg.sample ? movesAfter(fcpEntry ? fcpEntry.paintTime || fcpEntry.startTime : null) : null,
      blankFrames: cfg.sample ? blankFrames.slice(0, 20) : null,
      lcpEntries: lcps.slice(-4),
      ...counts(),
      parity: parity(),
    };
  }

  // ---- the keyboard: can a person Tab to a form field? (run.js presses Tab, this reports)

  function deepActive() {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    return el;
  }

  function focusInfo() {
    const el = deepActive();
    if (!el || el === document.body) return { field: false, on: el ? describe(el) : null };
    const root = el.getRootNode();
    const inForm = !!el.closest('form') || !!(root.host && root.host.closest('consult-request'));
    const field = /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) && el.type !== 'hidden' && inForm;
    const r = el.getBoundingClientRect();
    return {
      field,
      on: describe(el),
      name: el.name || el.id || '',
      visible: visible(el) && r.width > 0 && r.height > 0,
    };
  }

  // ---- click on a card's call to action -> dialog open with focus in its first field ----

  /** Card i, the root its dialog lives in, its trigger. */
  function locate(i) {
    const card = document.querySelectorAll('[data-bench-card]')[i];
    if (!card) return {};
    // an HTML-first card (the README's directory embed) opens the page's one form, named by consult-for
    const shared = card.querySelector('.rw-cta') && document.getElementById(card.getAttribute('consult-for'));
    const form = shared || card.querySelector('consult-request');
    const trigger = shared
      ? card.querySelector('.rw-cta')
      : form && form.shadowRoot
        ? form.shadowRoot.querySelector('[part~="trigger"]') || form.shadowRoot.querySelector('button')
        : card.querySelector('button');
    // the floor's one shared dialog is in the document; the widget's is in its shadow root
    const root = form && form.shadowRoot ? form.shadowRoot : document;
    return { card, form, root, trigger, shared: !!shared };
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

  function dialogInfo() {
    const { form, trigger } = locate(0);
    return {
      formDefined: !!(form && customElements.get('consult-request')),
      hasOpenMethod: !!(form && typeof form.open === 'function'),
      hasTrigger: !!trigger,
    };
  }

  /** Scrolls card i's trigger into view; returns its centre and whether a click there hits it. */
  async function prepareClick(i) {
    const { trigger } = locate(i);
    if (!trigger) return { error: `card ${i}: no call-to-action button found` };
    trigger.scrollIntoView({ block: 'center', inline: 'center' });
    await frame();
    await frame();
    const r = trigger.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const hit = deepHit(x, y);
    const hits = !!hit && (hit === trigger || trigger.contains(hit));
    return { x, y, hits, hit: hit && describe(hit), label: trigger.textContent.replace(/\s+/g, ' ').trim() };
  }

  let pendingClick = null;

  /** Listens for the next pointerdown, then checks every frame for an open dialog with focus
   * in one of its fields, for card i's therapist (the floor's one shared dialog must have been
   * filled with that card's id; a widget's dialog is the card's own); the figure is the start of the frame
   * after the one that first showed it (that frame has been painted by then). */
  function armClick(i, timeoutMs) {
    const { root, card, form, shared } = locate(i);
    const who = card.dataset.benchTherapist;
    let downAt = null;
    pendingClick = new Promise((resolve) => {
      const onDown = (e) => {
        downAt = e.timeStamp;
        requestAnimationFrame(poll);
      };
      addEventListener('pointerdown', onDown, { capture: true, once: true });
      const giveUp = setTimeout(() => {
        removeEventListener('pointerdown', onDown, { capture: true });
        const dialog = root.querySelector('dialog[open]');
        const active = deepActive();
        resolve({
          timeout: true,
          downSeen: downAt !== null,
          open: !!dialog,
          active: active && describe(active),
        });
      }, timeoutMs);
      function poll() {
        const dialog = root.querySelector('dialog[open]');
        const active = deepActive();
        const ready =
          dialog &&
          active &&
          /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName) &&
          dialog.contains(active) &&
          (root !== document || (dialog.querySelector('[name=therapist]') || {}).value === who) &&
          (!shared || form.therapist === who); // the page's one form, opened for this card's therapist
        if (!ready) return requestAnimationFrame(poll);
        requestAnimationFrame((next) => {
          clearTimeout(giveUp);
          resolve({
            ms: round(next - downAt),
            active: describe(active),
            activeName: active.name || active.id || '',
          });
        });
      }
    });
  }

  async function waitClosed(i, timeoutMs) {
    const { root } = locate(i);
    const until = performance.now() + timeoutMs;
    while (root.querySelector('dialog[open]')) {
      if (performance.now() > until) return false;
      await frame();
    }
    await frame();
    return true;
  }

  // ---- a keystroke in the form's name field -> the frame that shows the typed character ----

  /** The form's name field: in the widget's shadow root, or the floor's plain form. */
  function keyField() {
    const form = document.querySelector('consult-request');
    const root = form && form.shadowRoot ? form.shadowRoot : document;
    return root.querySelector('input[name="name"]');
  }

  /** Puts the focus in the name field (scrolled into view); says whether it holds the focus. */
  async function focusKeyField() {
    const field = keyField();
    if (!field) return { error: 'no input[name="name"] in the form' };
    field.scrollIntoView({ block: 'center' });
    field.focus();
    await frame();
    await frame();
    return { focused: deepActive() === field };
  }

  let pendingKey = null;

  /** Listens for the next keydown; the figure is the start of the frame after the one in whose
   * callbacks the field first holds one more character (that frame has been painted by then),
   * from the keydown's timestamp. */
  function armKey(timeoutMs) {
    const field = keyField();
    const before = field.value.length;
    let downAt = null;
    pendingKey = new Promise((resolve) => {
      const giveUp = setTimeout(
        () => resolve({ timeout: true, downSeen: downAt !== null, length: field.value.length }),
        timeoutMs,
      );
      const onDown = (e) => {
        downAt = e.timeStamp;
        requestAnimationFrame(poll);
      };
      addEventListener('keydown', onDown, { capture: true, once: true });
      function poll() {
        if (keyField().value.length <= before) return requestAnimationFrame(poll);
        requestAnimationFrame((next) => {
          clearTimeout(giveUp);
          resolve({ ms: round(next - downAt), focused: deepActive() === keyField() });
        });
      }
    });
  }

  window.__bench = {
    result: run(),
    focusKeyField,
    armKey,
    keyResult: () => pendingKey,
    focusInfo,
    dialogInfo,
    prepareClick,
    armClick,
    clickResult: () => pendingClick,
    waitClosed,
  };
})();
