// `npm run bench` (after the build): size and speed of dist/relational-widgets.js, measured
// against the same pages written as plain static HTML and CSS (the "floor"), in one run.
//
// METHOD
// Size: the bundle's raw bytes, gzip -9 (zlib level 9) and brotli at quality 11 (text mode,
//   size hint), as a server would send it.
// Pages (written by pages.js into test/bench/pages/, served with the bundle by server.js, a
//   plain node:http static server on 127.0.0.1, random port, no transforms, no-store):
//   therapist        <relational-intro> + an inline <consult-request endpoint="/noop">
//   therapist-floor  the same page in plain HTML and CSS: the article, a plain <form>
//   directory        100 <relational-intro variant="card">, each with a dialog-mode form
//   directory-floor  100 static cards: a <button> and a hidden <dialog> with the form each
//   The same host page (header, CSS, a footer below the widgets) around all of them.
// Browser: Debian's /usr/bin/chromium, headless, one browser for the whole run, 1280x900.
//   Every load is COLD: a new incognito browser context and tab per load, HTTP cache disabled
//   (so the bundle is fetched, parsed and compiled every time; no V8 code cache). Each tab
//   first opens an empty page of the same origin, so renderer start-up is not measured, then
//   CPU throttling is set (1x or 4x, CDP Emulation.setCPUThrottlingRate) and the measured
//   navigation starts.
// "Rendered and laid out" (bench-probe.js, the same script on all four pages, loaded first in
//   <head>): the load event has fired, every tag in data-wait is defined, every Lit element's
//   updateComplete has resolved (repeated while any element has another update pending),
//   layout is forced (document.body.offsetHeight), and then the next requestAnimationFrame
//   callback runs: its performance.now() (ms since navigation start, the document's
//   timeOrigin) is the figure. The floors wait for no tags and find no Lit elements, so for
//   them it is load + layout + next frame.
// Order: one warm-up round (discarded) at the start, then per throttle rate N rounds of
//   therapist, therapist-floor, directory, directory-floor, so each element page is measured
//   next to its floor. Ratio = median(element) / median(floor); "paired" = median over rounds
//   of element/floor within the same round.
// Also per load: long tasks (PerformanceObserver 'longtask', buffered), layout shift (sum of
//   'layout-shift' entries without hadRecentInput, from the first paint until 500 ms after the
//   measured frame; Chromium reports no shift before the first paint), script / layout /
//   style time (CDP Performance.getMetrics deltas across the navigation: ScriptDuration,
//   LayoutDuration, RecalcStyleDuration), first contentful paint, and JS heap used after a
//   forced GC (HeapProfiler.collectGarbage, then JSHeapUsedSize).
// Click to dialog: on a freshly loaded directory page (and its floor), for one warm-up card and
//   then CLICKS different cards spread over the page: scroll the card's call to action into
//   view, check a click at its centre hits it, press the mouse there through CDP
//   (page.mouse.click), and in the page, from the pointerdown's event.timeStamp, check every
//   animation frame until the card's dialog is open (dialog[open] in its root) with focus
//   (deepest activeElement) on an input inside it; the figure is that frame's
//   performance.now() minus the pointerdown's timeStamp. Escape closes before the next card.
//   The floor's buttons open their dialog with invoker commands (command="show-modal") and
//   the first input has autofocus. Without dialog mode in the bundle: "n/a (no dialog in bundle)".
// Checks: every page asserts its DOM counts (100 cards, 100 forms, ...) and that every element
//   of a registered tag rendered a visible box; a failed check makes the run exit non-zero.
//
// Usage: node test/bench/run.js [--runs 10] [--clicks 12] [--rates 1,4]
// Prints tables and writes the same figures to test/bench/results.json.
import puppeteer from 'puppeteer';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS } from '../support/browsers.js';
import { writePages, CARDS } from './pages.js';
import { startServer } from './server.js';
import { summarize, median } from './stats.js';

const BUNDLE = fileURLToPath(new URL('../../dist/relational-widgets.js', import.meta.url));
const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));
const VIEWPORT = { width: 1280, height: 900, deviceScaleFactor: 1 };
const PAIRS = [
  ['therapist', 'therapist-floor'],
  ['directory', 'directory-floor'],
];
const ORDER = PAIRS.flat();
const NA_DIALOG = 'n/a (no dialog in bundle)';

const opts = parseArgs(process.argv.slice(2));
const errors = [];
const warnings = new Set();
const missingTags = new Set();
const started = Date.now();

function parseArgs(argv) {
  const get = (name, fallback) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : fallback;
  };
  return {
    runs: Number(get('runs', 10)),
    clicks: Number(get('clicks', 12)),
    rates: String(get('rates', '1,4')).split(',').map(Number),
  };
}

function fail(message) {
  errors.push(message);
  console.error(`  ERROR ${message}`);
}

function warn(message) {
  if (!warnings.has(message)) console.warn(`  warning: ${message}`);
  warnings.add(message);
}

const withTimeout = (promise, ms, what) =>
  Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms).unref()),
  ]);

// ---------------------------------------------------------------------------------- size

function sizes() {
  if (!existsSync(BUNDLE)) {
    throw new Error('dist/relational-widgets.js is missing: run `npm run build` first (npm run bench does).');
  }
  const raw = readFileSync(BUNDLE);
  const brotli = brotliCompressSync(raw, {
    params: {
      [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
      [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
      [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
  return { raw: raw.length, gzip9: gzipSync(raw, { level: 9 }).length, brotli11: brotli.length };
}

// ---------------------------------------------------------------------------------- loads

const metricsOf = async (cdp) =>
  Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));

/** A fresh context and tab, throttled, navigated to one bench page and rendered. */
async function openPage(browser, origin, name, rate) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    await page.setCacheEnabled(false);
    page.on('pageerror', (e) => warn(`${name}: uncaught error in page: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && warn(`${name}: console.error: ${m.text()}`));
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await page.goto(`${origin}/test/bench/pages/blank.html`, { waitUntil: 'load' });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const before = await metricsOf(cdp);
    await page.goto(`${origin}/test/bench/pages/${name}.html`, { waitUntil: 'load', timeout: 60_000 });
    const result = await withTimeout(page.evaluate(() => window.__bench.result), 30_000, `${name} to render`);
    const after = await metricsOf(cdp);
    const delta = (key) => {
      const d = after[key] - before[key];
      return Math.round((d >= 0 ? d : after[key]) * 1000 * 10) / 10; // seconds -> ms (absolute if reset)
    };
    result.scriptMs = delta('ScriptDuration');
    result.layoutMs = delta('LayoutDuration');
    result.styleMs = delta('RecalcStyleDuration');
    return { context, page, cdp, result };
  } catch (e) {
    await context.close();
    throw e;
  }
}

async function measureLoad(browser, origin, name, rate) {
  const { context, cdp, result } = await openPage(browser, origin, name, rate);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    result.heapBytes = (await metricsOf(cdp)).JSHeapUsedSize;
    return result;
  } finally {
    await context.close();
  }
}

/** The in-page assertions: DOM counts, rendered elements, registered tags. */
function check(name, r) {
  for (const [selector, { want, got }] of Object.entries(r.expected)) {
    if (want !== got) fail(`${name}: expected ${want} × "${selector}", found ${got}`);
  }
  for (const tag of r.missing) missingTags.add(tag);
  for (const tag of r.missing) warn(`<${tag}> is not registered by the bundle: "${name}" is measured without it`);
  for (const [tag, s] of Object.entries(r.rendered)) {
    if (r.missing.includes(tag) || s.count === 0) continue;
    if (s.visible === s.count) continue;
    const msg = `${name}: ${s.visible} of ${s.count} <${tag}> rendered a visible box (${s.withShadowContent} with shadow content, ${s.slotted} slotted)`;
    // A card's form shows only once the card slots it (variant="card" with a "cta" slot).
    if (tag === 'consult-request' && name === 'directory' && s.slotted < s.count) warn(msg);
    else fail(msg);
  }
}

// ---------------------------------------------------------------------------------- clicks

async function measureClicks(browser, origin, name, rate, count) {
  const { context, page } = await openPage(browser, origin, name, rate);
  try {
    const info = await page.evaluate(() => window.__bench.dialogInfo());
    if (name === 'directory' && !(info.formDefined && (info.hasOpenMethod || info.hasDialog))) {
      return { na: NA_DIALOG, info };
    }
    // one warm-up card, then `count` different cards spread over the page
    const step = Math.floor(CARDS / (count + 1));
    const cards = [1, ...Array.from({ length: count }, (_, k) => 3 + k * step)];
    const samples = [];
    let label = '';
    for (const [k, i] of cards.entries()) {
      const prep = await page.evaluate((i) => window.__bench.prepareClick(i), i);
      if (prep.error) {
        fail(`${name} @${rate}x: ${prep.error}`);
        continue;
      }
      if (!prep.hits) {
        fail(`${name} @${rate}x card ${i}: a click at the call to action's centre lands on ${prep.hit}`);
        continue;
      }
      label = prep.label;
      await page.evaluate((i) => window.__bench.armClick(i, 5000), i);
      await page.mouse.click(prep.x, prep.y);
      const r = await withTimeout(page.evaluate(() => window.__bench.clickResult()), 15_000, 'click result');
      if (r.timeout) {
        fail(
          `${name} @${rate}x card ${i}: no open dialog with focus in an input 5 s after the click ` +
            `(pointerdown seen: ${r.downSeen}, dialog open: ${r.open}, focus on: ${r.active})`,
        );
      } else if (k > 0) samples.push({ card: i, ...r });
      await page.keyboard.press('Escape');
      const closed = await page.evaluate((i) => window.__bench.waitClosed(i, 3000), i);
      if (!closed) fail(`${name} @${rate}x card ${i}: Escape did not close the dialog`);
    }
    return { label, focused: [...new Set(samples.map((s) => s.active))], samples };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------- report

const fmt = (x, digits = 1) => (x === null || x === undefined || Number.isNaN(x) ? '-' : x.toFixed(digits));
const spread = (s) => (s ? `${fmt(s.p25)}–${fmt(s.p75)}` : '-');
const range = (s) => (s ? `${fmt(s.min)}–${fmt(s.max)}` : '-');

function table(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function summarizeLoads(runs) {
  if (!runs.length) return null;
  const longOver50 = runs.map((r) => r.longTasks.filter((t) => t.duration > 50));
  const sources = {};
  for (const r of runs) {
    for (const s of r.shifts) for (const src of s.sources) sources[src] = (sources[src] ?? 0) + s.value / runs.length;
  }
  return {
    done: summarize(runs.map((r) => r.done)),
    fcp: summarize(runs.map((r) => r.fcp).filter((x) => x !== null)),
    longTasksOver50: {
      runsWithAny: longOver50.filter((l) => l.length).length,
      total: longOver50.flat().length,
      maxMs: Math.max(0, ...runs.flatMap((r) => r.longTasks.map((t) => t.duration))),
    },
    cls: summarize(runs.map((r) => r.cls)),
    clsLate: summarize(runs.map((r) => r.clsLate)),
    shiftSources: Object.fromEntries(Object.entries(sources).sort((a, b) => b[1] - a[1]).slice(0, 8)),
    scriptMs: summarize(runs.map((r) => r.scriptMs)),
    layoutMs: summarize(runs.map((r) => r.layoutMs)),
    styleMs: summarize(runs.map((r) => r.styleMs)),
    heapMB: summarize(runs.map((r) => r.heapBytes / 1048576)),
    responseStart: summarize(runs.map((r) => r.nav?.responseStart ?? 0)),
    parity: runs[0]?.parity,
    done_ms: runs.map((r) => r.done),
  };
}

async function main() {
  const size = sizes();
  console.log(`bundle dist/relational-widgets.js: ${size.raw} B raw, ${size.gzip9} B gzip -9, ${size.brotli11} B brotli 11`);

  writePages();
  const server = await startServer();
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    defaultViewport: VIEWPORT,
  });
  const stop = async () => {
    await browser.close().catch(() => {});
    await server.close();
  };
  process.once('SIGINT', () => stop().then(() => process.exit(130)));

  const machine = {
    chromium: await browser.version(),
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    totalMemGB: Math.round(os.totalmem() / 2 ** 30),
    loadavgAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
    date: new Date().toISOString(),
  };
  console.log(`${machine.chromium}, ${machine.cpus} CPUs (${machine.cpuModel}), load average ${machine.loadavgAtStart.join(' ')}`);
  console.log(`${opts.runs} cold loads per page and rate (+1 warm-up round), rates ${opts.rates.join('x, ')}x\n`);

  const loads = {};
  const clicks = {};
  try {
    for (const rate of opts.rates) {
      loads[rate] = Object.fromEntries(ORDER.map((n) => [n, []]));
      // one warm-up round (discarded) at the start of the run
      for (let round = rate === opts.rates[0] ? 0 : 1; round <= opts.runs; round++) {
        const line = [];
        for (const name of ORDER) {
          let r;
          try {
            r = await measureLoad(browser, origin(server), name, rate);
          } catch (e) {
            fail(`${name} @${rate}x round ${round}: ${e.message}`);
            line.push(`${name} FAILED`);
            continue;
          }
          check(name, r);
          r.round = round;
          if (round > 0) loads[rate][name].push(r);
          line.push(`${name} ${fmt(r.done)}`);
        }
        console.log(`  ${rate}x ${round === 0 ? 'warm-up' : `round ${round}/${opts.runs}`}: ${line.join(' | ')} ms`);
      }
      clicks[rate] = {};
      for (const name of ['directory', 'directory-floor']) {
        try {
          clicks[rate][name] = await measureClicks(browser, origin(server), name, rate, opts.clicks);
        } catch (e) {
          fail(`click to dialog, ${name} @${rate}x: ${e.message}`);
          clicks[rate][name] = { samples: [], failed: e.message };
        }
        const c = clicks[rate][name];
        const got = c.na ?? `${c.samples.length} clicks, median ${fmt(median(c.samples.map((s) => s.ms)))} ms`;
        console.log(`  ${rate}x click to dialog, ${name}: ${got}`);
      }
    }
  } finally {
    await stop();
  }
  for (const path of server.notFound) fail(`the bench server answered 404 for ${path}: a page asked for something that is not there`);
  machine.loadavgAtEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);

  // ------------------------------------------------------------------ figures
  const figures = { render: {}, click: {} };
  for (const rate of opts.rates) {
    figures.render[`${rate}x`] = {};
    for (const name of ORDER) figures.render[`${rate}x`][name] = summarizeLoads(loads[rate][name]);
    figures.click[`${rate}x`] = {};
    for (const [name, c] of Object.entries(clicks[rate])) {
      figures.click[`${rate}x`][name] = c.na
        ? { result: c.na, info: c.info }
        : {
            ms: summarize(c.samples.map((s) => s.ms)),
            fromClickEventMs: summarize(c.samples.map((s) => s.fromClickMs).filter((x) => x !== null)),
            trigger: c.label,
            focused: c.focused,
            samples: c.samples,
          };
    }
  }

  console.log('\nRender: navigation start -> next frame after everything is rendered and laid out (ms, cold loads)');
  const renderRows = [];
  for (const rate of opts.rates) {
    for (const [el, floor] of PAIRS) {
      const a = figures.render[`${rate}x`][el];
      const b = figures.render[`${rate}x`][floor];
      if (!a || !b) {
        renderRows.push([`${el} @${rate}x`, 'no data', '', '', '', '', '', '', '']);
        continue;
      }
      // paired: element / floor within the same round
      const floorByRound = new Map(loads[rate][floor].map((r) => [r.round, r.done]));
      const paired = median(
        loads[rate][el].filter((r) => floorByRound.has(r.round)).map((r) => r.done / floorByRound.get(r.round)),
      );
      a.ratio = a.done.median / b.done.median;
      a.pairedRatio = paired;
      renderRows.push([
        `${el} @${rate}x`, fmt(a.done.median), spread(a.done), range(a.done),
        fmt(b.done.median), spread(b.done), range(b.done), `${fmt(a.ratio, 2)}x`, `${fmt(paired, 2)}x`,
      ]);
    }
  }
  console.log(table(
    ['page', 'median', 'IQR', 'min–max', 'floor med', 'floor IQR', 'floor min–max', 'ratio', 'paired'],
    renderRows,
  ));

  console.log(
    '\nPer load (medians of ms unless said; long>50: loads with a task over 50 ms / loads; longest: longest task ' +
      'seen; CLS late: largest shift sum from the frame after the measured one on; script/layout/style: main-thread ms in the load; ' +
      'heap: JS heap used after GC)',
  );
  const metricRows = [];
  for (const rate of opts.rates) {
    for (const name of ORDER) {
      const f = figures.render[`${rate}x`][name];
      if (!f) continue;
      metricRows.push([
        `${name} @${rate}x`, fmt(f.fcp?.median), `${f.longTasksOver50.runsWithAny}/${f.done.n}`, fmt(f.longTasksOver50.maxMs, 0),
        fmt(f.cls.median, 4), fmt(f.cls.max, 4), fmt(f.clsLate.max, 4), fmt(f.scriptMs.median), fmt(f.layoutMs.median), fmt(f.styleMs.median),
        fmt(f.heapMB.median, 2),
      ]);
    }
  }
  console.log(table(
    ['page', 'FCP', 'long>50', 'longest', 'CLS med', 'CLS max', 'CLS late', 'script', 'layout', 'style', 'heap MB'],
    metricRows,
  ));

  for (const rate of opts.rates) {
    for (const [el] of PAIRS) {
      const src = figures.render[`${rate}x`][el]?.shiftSources ?? {};
      if (Object.keys(src).length) {
        console.log(`layout shift sources, ${el} @${rate}x (mean score per load): ` +
          Object.entries(src).map(([k, v]) => `${k} ${v.toFixed(4)}`).join(', '));
      }
    }
  }

  const p1 = figures.render[`${opts.rates[0]}x`];
  for (const [el, floor] of PAIRS) {
    const a = p1[el]?.parity;
    const b = p1[floor]?.parity;
    if (a && b && (a.controls > 1.5 * b.controls || b.controls > 1.5 * a.controls || a.textChars > 1.5 * b.textChars)) {
      warn(
        `${el} shows ${a.controls} controls and ${a.textChars} characters, its floor ${b.controls} and ${b.textChars}: ` +
          'the two pages are not showing the same thing, so their ratio is not yet a fair comparison',
      );
    }
  }
  console.log('\nWhat the pages show (first measured load): visible text characters, controls, headings, page height px');
  console.log(table(
    ['page', 'text chars', 'controls', 'headings', 'height'],
    ORDER.filter((n) => p1[n]).map((n) => [n, p1[n].parity.textChars, p1[n].parity.controls, p1[n].parity.headings, p1[n].parity.pageHeight]),
  ));

  console.log(`\nClick on a card's call to action -> dialog open with focus in an input (ms from pointerdown, ${opts.clicks} cards)`);
  const clickRows = [];
  for (const rate of opts.rates) {
    const el = figures.click[`${rate}x`].directory;
    const fl = figures.click[`${rate}x`]['directory-floor'];
    el.ratio = el?.ms && fl?.ms ? el.ms.median / fl.ms.median : null;
    clickRows.push([
      `directory @${rate}x`,
      el.result ?? fmt(el.ms?.median), el.result ? '' : spread(el.ms), el.result ? '' : range(el.ms),
      fmt(fl.ms?.median), spread(fl.ms), range(fl.ms), el.ratio === null ? '-' : `${fmt(el.ratio, 2)}x`,
    ]);
  }
  console.log(table(['page', 'median', 'IQR', 'min–max', 'floor med', 'floor IQR', 'floor min–max', 'ratio'], clickRows));

  // ------------------------------------------------------------------ goals (issue 5)
  const r4 = figures.render['4x'];
  const r1 = figures.render['1x'];
  const maxCls = Math.max(...opts.rates.flatMap((r) => PAIRS.map(([el]) => figures.render[`${r}x`][el]?.cls.max ?? NaN)));
  const goals = [
    ['bundle <= 12 KB gzip (12,000 B)', size.gzip9 <= 12_000, `${size.gzip9} B`],
    ['therapist page <= 1.10x plain HTML (4x)', r4?.therapist?.ratio <= 1.1, `${fmt(r4?.therapist?.ratio, 2)}x`],
    ['100-card directory <= 1.0x plain HTML (4x)', r4?.directory?.ratio <= 1.0, `${fmt(r4?.directory?.ratio, 2)}x`],
    ['layout shift 0 (element pages, every load)', maxCls === 0, `max ${fmt(maxCls, 4)}`],
    [
      'no long task > 50 ms at 1x (element pages)',
      r1 && PAIRS.every(([el]) => r1[el]?.longTasksOver50.total === 0),
      r1 ? PAIRS.map(([el]) => `${el} longest ${fmt(r1[el]?.longTasksOver50.maxMs, 0)} ms`).join(', ') : '-',
    ],
  ];
  console.log('\nGoals (issue 5)');
  console.log(table(['goal', 'met', 'measured'], goals.map(([g, ok, v]) => [g, ok ? 'yes' : 'NO', v])));

  const results = {
    machine,
    options: opts,
    method:
      'Cold loads (fresh incognito context + tab, HTTP cache disabled) in headless Debian Chromium, pre-navigated to a ' +
      'same-origin blank page; figure = performance.now() in the first rAF after load, whenDefined, all Lit ' +
      'updateComplete and a forced layout; identical probe on element and floor pages; one warm-up round discarded; ' +
      'order therapist, therapist-floor, directory, directory-floor each round. See the header of test/bench/run.js.',
    bundle: { file: 'dist/relational-widgets.js', ...size },
    registeredTags: Object.fromEntries(['relational-intro', 'consult-request'].map((t) => [t, !missingTags.has(t)])),
    dialogMode: figures.click[`${opts.rates[0]}x`].directory.result !== NA_DIALOG,
    figures,
    goals: goals.map(([goal, met, measured]) => ({ goal, met: !!met, measured })),
    warnings: [...warnings],
    errors,
    elapsedSeconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote test/bench/results.json (${results.elapsedSeconds} s; load average at end ${machine.loadavgAtEnd.join(' ')})`);
  if (warnings.size) console.log(`\n${warnings.size} warning(s):\n  ${[...warnings].join('\n  ')}`);
  if (errors.length) {
    console.error(`\nbench FAILED its checks (${errors.length}):\n  ${[...new Set(errors)].join('\n  ')}`);
    process.exitCode = 1;
  }
}

const origin = (server) => server.origin;

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
