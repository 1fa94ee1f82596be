// Where a click's time goes, from a card's call to action to focus in the open form: a Chromium
// trace of each click at a CPU throttle (4x by default) on the bench's directory pages, split into
// the phases a maintainer asks about. `npm run bench` measures the click (experiment 6); this explains it.
//
// Run it after `npm run build`, alone on the machine, under the browsers' lock:
//   flock /tmp/rw-browsers.lock node test/bench/click-trace.js [--loads 2] [--clicks 5] [--rate 4]
//         [--pages directory-embed-now,directory-floor] [--first] [--save /tmp/click-traces]
// Each load: a fresh context, CPU throttled, the page loaded and left 3 s to be idle (the one
// form's dialog is built then); then `--clicks` cards, spread over the page, are each scrolled to,
// clicked with the mouse and closed with Escape. Each click is traced (`--first`: the page's first
// click instead, which builds what the page did not build before). The loads alternate between pages.
//
// WHAT IT PRINTS, per page, medians over the clicks:
// - ms: pointerdown to the frame after the one that showed the dialog open with focus in a field
//   (as the bench's figure, measured in the page with requestAnimationFrame; tracing slows it);
// - the main thread from the click event on: script before the first style recalculation
//   (handlers, Lit's update, showModal up to its style), style recalculation (ms, and the elements
//   recalculated: a modal dialog makes the whole page inert, and every element whose style uses
//   var() is then recalculated in full), layout, compositing inputs and pre-paint, paint, and the
//   end of that paint from pointerdown.
import puppeteer from 'puppeteer';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_LAUNCH } from '../support/browsers.js';
import { CARDS, writePages } from './pages.js';
import { startServers } from './server.js';
import { median, table } from './stats.js';

const argv = process.argv.slice(2);
const arg = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const LOADS = Number(arg('loads', 2));
const CLICKS = Number(arg('clicks', 5));
const RATE = Number(arg('rate', 4));
const PAGES = String(arg('pages', 'directory-embed-now,directory-floor')).split(',');
const FIRST = argv.includes('--first');
const SAVE = arg('save', null);
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8.execute'];

/** In the page (its source is sent): resolves, after the next pointerdown, with the ms to the frame after the one that showed the form. */
function armInPage() {
  const deepActive = () => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a;
  };
  const openDialog = () =>
    document.querySelector('dialog[open]') ??
    [...document.querySelectorAll('consult-request')]
      .map((f) => f.shadowRoot?.querySelector('dialog[open]'))
      .find(Boolean);
  return new Promise((resolve) => {
    addEventListener(
      'pointerdown',
      (event) => {
        const poll = () => {
          const shown = openDialog() && /^(INPUT|TEXTAREA|SELECT)$/.test(deepActive()?.tagName ?? '');
          if (shown) requestAnimationFrame((t) => resolve(t - event.timeStamp));
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      },
      { capture: true, once: true },
    );
  });
}

/** The click's phases from one trace (times in ms). */
function phases(file) {
  const events = JSON.parse(readFileSync(file, 'utf8')).traceEvents;
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const main = events
    .filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts);
  const dispatch = (type) => main.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === type);
  const down = dispatch('pointerdown');
  const click = dispatch('click');
  if (!down || !click) throw new Error(`${file}: no pointerdown or click in the trace`);
  const paint = main.find((e) => e.name === 'Paint' && e.ts > click.ts);
  const end = paint ? paint.ts + paint.dur : click.ts + click.dur;
  const within = main.filter((e) => e.ts >= click.ts && e.ts <= end);
  const ms = (name) => within.filter((e) => e.name === name).reduce((sum, e) => sum + e.dur, 0) / 1000;
  const style = within.filter((e) => e.name === 'UpdateLayoutTree');
  const biggest = style.reduce(
    (a, e) => ((e.args?.elementCount ?? 0) > (a?.args?.elementCount ?? 0) ? e : a),
    null,
  );
  return {
    'script before style': ((style[0]?.ts ?? end) - click.ts) / 1000,
    style: ms('UpdateLayoutTree'),
    'elements restyled': biggest?.args?.elementCount ?? 0,
    layout: ms('Layout'),
    'compositing inputs': ms('LocalFrameView::RunCompositingInputsLifecyclePhase'),
    'pre-paint': ms('PrePaint'),
    paint: paint ? paint.dur / 1000 : 0,
    'paint done, from pointerdown': (end - down.ts) / 1000,
  };
}

async function clicksOnce(browser, origin, name, load, dir) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const cdp = await page.createCDPSession();
    await page.goto(`${origin}/test/bench/pages/blank.html`);
    if (RATE !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    await page.goto(`${origin}/test/bench/pages/${name}.html`, { waitUntil: 'load', timeout: 60_000 });
    await new Promise((r) => setTimeout(r, 3000));
    const step = Math.floor((CARDS - 4) / Math.max(1, CLICKS));
    const cards = [1, ...Array.from({ length: CLICKS }, (_, k) => 3 + k * step)];
    const out = [];
    for (const [k, i] of cards.entries()) {
      const traced = FIRST ? k === 0 : k > 0;
      if (FIRST && k > 0) break;
      const at = await page.evaluate((i) => {
        const card = document.querySelectorAll('[data-bench-card]')[i];
        const cta = card.querySelector('button[data-therapist], .rw-cta, [part="cta"]');
        cta.scrollIntoView({ block: 'center' });
        const r = cta.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }, i);
      await new Promise((r) => setTimeout(r, 300));
      const path = join(dir, `${name}-${load}-${k}.json`);
      if (traced) await page.tracing.start({ path, categories: CATEGORIES });
      // armed (the listener in place) before the click; the result read after it
      await page.evaluate(`window.__clickShown = (${armInPage})(); 0`);
      await page.mouse.click(at.x, at.y);
      const ms = await page.evaluate(() => window.__clickShown);
      if (traced) {
        await page.tracing.stop();
        out.push({ ms, ...phases(path) });
      }
      await page.keyboard.press('Escape');
      await new Promise((r) => setTimeout(r, 400));
    }
    return out;
  } finally {
    await context.close();
  }
}

async function main() {
  const dir = SAVE ?? join(tmpdir(), `relational-widgets-click-trace-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const server = await startServers();
  writePages({ moduleOrigin: server.moduleOrigin, prerendered: null, floor: '' });
  const browser = await puppeteer.launch(CHROMIUM_LAUNCH);
  const rows = Object.fromEntries(PAGES.map((name) => [name, []]));
  try {
    for (let load = 0; load < LOADS; load++)
      for (const name of load % 2 ? [...PAGES].reverse() : PAGES)
        rows[name].push(...(await clicksOnce(browser, server.origin, name, load, dir)));
  } finally {
    await browser.close();
    await server.close();
    if (!SAVE) rmSync(dir, { recursive: true, force: true });
  }
  const keys = Object.keys(Object.values(rows).find((r) => r.length)?.[0] ?? {});
  console.log(
    `${FIRST ? "The page's first click" : 'Clicks after the first'} at ${RATE}x CPU, medians over ${LOADS} loads (ms unless said)`,
  );
  const cell = (key, name) => {
    const m = median(rows[name].map((r) => r[key]));
    return m === null ? '-' : key === 'elements restyled' ? String(m) : m.toFixed(1);
  };
  console.log(
    table(
      ['', ...PAGES],
      keys.map((key) => [key, ...PAGES.map((name) => cell(key, name))]),
    ),
  );
  if (SAVE) console.log(`traces in ${SAVE}`);
}

await main();
