// Where the module's time goes on the therapist page: a Chromium trace of each page at a CPU
// throttle (4x by default), split into the parts a maintainer asks about. For the next maintainer who
// wants to know what to cut; `npm run bench` measures, this explains.
//
// Run it after `npm run build`, under the browsers' lock:
//   flock /tmp/rw-browsers.lock node test/bench/trace.js [--runs 3] [--rate 4]
//         [--pages onetag-now,pre-now,therapist-frozen] [--save /tmp/traces]
// Pages (test/bench/pages.js): onetag-now = the README's one-tag embed, module at once;
// pre-now = the prerendered widgets plus the script tag; therapist-frozen = onetag-now's widgets
// frozen into declarative shadow DOM, no script (what the DOM and CSS alone cost).
// Each load: a fresh context, CPU throttled, tracing from navigation until every widget shows
// (no Lit update pending) plus 1 s (idle-time work included). Figures are medians over the runs,
// in ms of main-thread time at that throttle.
//
// HOW THE SPLIT IS MADE
// - Trace events on the page's main thread: the module's compile (v8.compileModule and v8.compile
//   events for our URL), its evaluation (v8.evaluateModule: defining the elements, which upgrades
//   them), microtasks (Lit's updates run there), style recalculation (UpdateLayoutTree,
//   ParseAuthorStyleSheet), layout (Layout: the shadow trees are laid out there), paint (PrePaint,
//   Paint, Layerize), and the long tasks (RunTask over 50 ms) with what ran in them.
// - The JavaScript inside those, from the V8 sampling profiler (ProfileChunk events), each sample's
//   stack mapped back to the TypeScript (and Lit) source through a source map made by building the
//   same module again with --sourcemap (checked to be byte-for-byte dist's code). A sample goes to
//   the first of these its stack matches, leaf first: template preparation (lit-html's Template and
//   getTemplateHtml: parsing a template the first time it renders), language resolution
//   (src/i18n/), styles (Lit's css tag and adoptStyles); else by the element it renders for:
//   the form (src/consult-request/), the intro (src/relational-intro/), else the module's other
//   JavaScript (Lit's update cycle, defining, placeholders). Samples taken inside a style or layout
//   event (forced by a script) count as style or layout only.
import puppeteer from 'puppeteer';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { CHROMIUM_LAUNCH } from '../support/browsers.js';
import { writePages, readmeSnippet, snippetFor, BUNDLE_PATH } from './pages.js';
import { makePrerendered } from './prerendered.js';
import { startServers } from './server.js';
import { median, table } from './stats.js';

const argv = process.argv.slice(2);
const arg = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const RUNS = Number(arg('runs', 3));
const RATE = Number(arg('rate', 4));
const PAGES = String(arg('pages', 'onetag-now,pre-now,therapist-frozen')).split(',');
const SAVE = arg('save', null);
const DETAIL = argv.includes('--detail'); // also print the top places by inclusive and by self sampled time
const VIEWPORT = { width: 1280, height: 900, deviceScaleFactor: 1 };
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// One folder per checkout: two worktrees tracing at once must not overwrite each other's map.
const MAP_DIR = `/tmp/relational-widgets-trace-map-${basename(ROOT)}`;

/** A source map for dist's module: the same build with --sourcemap, refused unless its code is dist's. */
function sourceMap() {
  execFileSync(
    'npx',
    ['vite', 'build', '--sourcemap', '--outDir', MAP_DIR, '--emptyOutDir', '--logLevel', 'error'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  const code = readFileSync(`${MAP_DIR}/relational-widgets.js`, 'utf8').replace(
    /\n\/\/# sourceMappingURL=.*\n?$/,
    '',
  );
  if (code !== readFileSync(`${ROOT}dist/relational-widgets.js`, 'utf8').replace(/\n$/, ''))
    throw new Error('dist/relational-widgets.js is not what src/ builds now: run `npm run build` first');
  return new TraceMap(readFileSync(`${MAP_DIR}/relational-widgets.js.map`, 'utf8'));
}

/** Per source file, its top-level declarations' first lines, to name where a line is. */
function scopesOf(map) {
  const scopes = new Map();
  map.sources.forEach((source, i) => {
    const lines = (map.sourcesContent?.[i] ?? '').split('\n');
    const starts = [];
    lines.forEach((line, n) => {
      const m =
        /^(?:export )?(?:default )?(?:abstract )?(?:async )?(?:class|function\*?|const|let) ([\w$]+)/.exec(
          line,
        );
      if (m) starts.push([n + 1, m[1]]);
    });
    scopes.set(source, starts);
  });
  return (source, line) => {
    let name = '';
    for (const [start, n] of scopes.get(source) ?? []) if (start <= line) name = n;
    return name;
  };
}

/** Lit ships minified with its own source maps: a place in it is mapped once more, to Lit's TypeScript. */
const libraryMaps = new Map();
function libraryPlace(pos) {
  const file = /node_modules\/(lit-html|lit-element|@lit\/reactive-element)\/.*\.js$/.exec(pos.source)?.[0];
  if (!file) return null;
  if (!libraryMaps.has(file)) {
    try {
      const map = new TraceMap(readFileSync(`${ROOT}${file}.map`, 'utf8'));
      libraryMaps.set(file, { map, scopeAt: scopesOf(map) });
    } catch {
      libraryMaps.set(file, null);
    }
  }
  const lib = libraryMaps.get(file);
  const inner = lib && originalPositionFor(lib.map, { line: pos.line, column: pos.column });
  if (!inner?.source) return null;
  return {
    source: `${file.split('/').slice(1, -1).join('/')}/${inner.source}`,
    scope: lib.scopeAt(inner.source, inner.line),
    line: inner.line,
  };
}

const BUCKETS = [
  'template preparation',
  'language resolution',
  'styles (JS)',
  'form render (JS)',
  'intro render (JS)',
  'other module JS',
];

/** The bucket of one stack frame, or null when it says nothing about the bucket. */
function classify(source, scope) {
  if (/lit-html/.test(source) && /^(Template|getTemplateHtml)$/.test(scope)) return 'template preparation';
  if (/src\/i18n\//.test(source)) return 'language resolution';
  if (/css-tag/.test(source) || /^(adoptStyles|getCompatibleStyle)$/.test(scope)) return 'styles (JS)';
  return null;
}
function owner(source) {
  if (/src\/consult-request\//.test(source)) return 'form render (JS)';
  if (/src\/relational-intro\//.test(source)) return 'intro render (JS)';
  return null;
}

function analyse(events, map, scopeAt) {
  // the page's main thread: the renderer thread that parsed the page's HTML
  const parse = events.find(
    (e) => e.name === 'ParseHTML' && /\/test\/bench\/pages\//.test(e.args?.beginData?.url ?? ''),
  );
  const { pid, tid } = parse;
  const main = events.filter((e) => e.pid === pid && e.tid === tid);
  const start = parse.ts;
  const xs = main.filter((e) => e.ph === 'X' && e.ts >= start && e.dur !== undefined);
  const ms = (us) => us / 1000;
  /** Total of the named events, outermost only (an event inside another of the set is not counted twice). */
  const total = (names, filter = () => true) => {
    const set = xs.filter((e) => names.includes(e.name) && filter(e)).sort((a, b) => a.ts - b.ts);
    let sum = 0;
    let end = -1;
    for (const e of set) {
      if (e.ts >= end) {
        sum += e.dur;
        end = e.ts + e.dur;
      } else if (e.ts + e.dur > end) {
        sum += e.ts + e.dur - end;
        end = e.ts + e.dur;
      }
    }
    return ms(sum);
  };
  const ourUrl = (e) => JSON.stringify(e.args ?? {}).includes(BUNDLE_PATH);
  const styleLayout = xs.filter((e) =>
    ['UpdateLayoutTree', 'Layout', 'ParseAuthorStyleSheet'].includes(e.name),
  );
  // the module's task: evaluation (defining the elements upgrades them) and the microtasks after it
  const block = total(['PendingScript::ExecuteScriptBlock']);
  const evaluate = total(['v8.evaluateModule']);
  const native = {
    'compile (main thread; streamed off it first)': total(['v8.compileModule', 'v8.compile'], ourUrl),
    'module task (ExecuteScriptBlock)': block,
    '  of which evaluate (define, upgrade)': evaluate,
    "  of which after it (microtasks: Lit's first updates)": block - evaluate,
    'other microtask checkpoints': total(
      ['RunMicrotasks'],
      (e) =>
        !xs.some(
          (b) => b.name === 'PendingScript::ExecuteScriptBlock' && e.ts >= b.ts && e.ts < b.ts + b.dur,
        ),
    ),
    'style recalc': total(['UpdateLayoutTree', 'ParseAuthorStyleSheet']),
    layout: total(['Layout']),
    paint: total(['PrePaint', 'Paint', 'Layerize', 'UpdateLayer']),
    'HTML parse': total(['ParseHTML']),
  };
  const tasks = xs.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const long = tasks
    .filter((t) => t.dur > 50_000)
    .map((t) => {
      const inside = (names, f) => total(names, (e) => e.ts >= t.ts && e.ts < t.ts + t.dur && (!f || f(e)));
      return {
        ms: ms(t.dur),
        ours: xs.some(
          (e) =>
            e.ts >= t.ts &&
            e.ts < t.ts + t.dur &&
            (e.name === 'PendingScript::ExecuteScriptBlock' || (e.name === 'FunctionCall' && ourUrl(e))),
        ),
        compile: inside(['v8.compileModule', 'v8.compile'], ourUrl),
        evaluate: inside(['v8.evaluateModule']),
        microtasks: inside(['RunMicrotasks', 'BlinkScheduler_PerformMicrotaskCheckpoint']),
        style: inside(['UpdateLayoutTree', 'ParseAuthorStyleSheet']),
        layout: inside(['Layout']),
        parse: inside(['ParseHTML']),
      };
    });

  // the sampling profiler: samples on the main thread, stacks mapped to the sources
  const js = Object.fromEntries(BUCKETS.map((b) => [b, 0]));
  const detail = new Map();
  const selfTime = new Map();
  const nodes = new Map();
  let sampleTime = null;
  const frameCache = new Map();
  const place = (cf) => {
    const key = `${cf.url}:${cf.lineNumber}:${cf.columnNumber}`;
    if (!frameCache.has(key)) {
      let found = null;
      if (cf.url?.includes(BUNDLE_PATH)) {
        const pos = originalPositionFor(map, { line: cf.lineNumber + 1, column: cf.columnNumber });
        if (pos.source)
          found = libraryPlace(pos) ?? {
            source: pos.source,
            scope: scopeAt(pos.source, pos.line),
            line: pos.line,
          };
      }
      frameCache.set(key, found);
    }
    return frameCache.get(key);
  };
  const inStyleLayout = (ts) => styleLayout.some((e) => ts >= e.ts && ts < e.ts + e.dur);
  // the main thread's profile (its chunks come from the sampler's thread, under the same id)
  const profile = events.find((e) => e.pid === pid && e.tid === tid && e.name === 'Profile');
  const chunks = events.filter(
    (e) => e.pid === pid && e.id === profile?.id && /^Profile(Chunk)?$/.test(e.name),
  );
  for (const e of chunks) {
    const data = e.args?.data ?? {};
    if (e.name === 'Profile') {
      sampleTime = data.startTime;
      continue;
    }
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      sampleTime += deltas[i] ?? 0;
      const next = sampleTime + (deltas[i + 1] ?? 0);
      if (sampleTime < start) continue;
      const stack = [];
      for (let n = nodes.get(samples[i]); n; n = nodes.get(n.parent)) stack.push(n);
      const ours = stack.map((n) => place(n.callFrame)).filter(Boolean);
      if (!ours.length || inStyleLayout(sampleTime)) continue;
      // inclusive time per source file and top-level declaration (--detail)
      for (const key of new Set(ours.map((f) => `${f.source.replace(/^(\.\.\/)+/, '')} ${f.scope}`)))
        detail.set(key, (detail.get(key) ?? 0) + ms(Math.max(0, next - sampleTime)));
      // self time by the frame that was running (--detail): ours by source line, else the engine's name
      const leaf = place(stack[0].callFrame);
      const self = leaf
        ? `${leaf.source.replace(/^(\.\.\/)+/, '')}:${leaf.line} ${leaf.scope}`
        : `(engine) ${stack[0].callFrame.functionName || stack[0].callFrame.url || '(anonymous)'}`;
      selfTime.set(self, (selfTime.get(self) ?? 0) + ms(Math.max(0, next - sampleTime)));
      let bucket = null;
      for (const f of ours) if ((bucket = classify(f.source, f.scope))) break;
      if (!bucket) for (const f of ours) if ((bucket = owner(f.source))) break;
      js[bucket ?? 'other module JS'] += ms(Math.max(0, next - sampleTime));
    }
  }
  return {
    native,
    js,
    long,
    detail,
    selfTime,
    longestOurs: Math.max(0, ...long.filter((t) => t.ours).map((t) => t.ms)),
  };
}

async function traceOnce(browser, origin, name) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    await page.setCacheEnabled(false);
    await page.goto(`${origin}/test/bench/pages/blank.html`, { waitUntil: 'load' });
    const cdp = await page.createCDPSession();
    if (RATE !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    await page.tracing.start({
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8',
        'v8.execute',
        'disabled-by-default-v8.cpu_profiler',
        'toplevel',
        'blink',
      ],
    });
    await page.goto(`${origin}/test/bench/pages/${name}.html`, { waitUntil: 'load' });
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('relational-intro, consult-request:not(.rw-shared-form)')].every(
          (el) =>
            (el.shadowRoot
              ? el.shadowRoot.childElementCount
              : el.matches(':defined') && el.querySelector(':scope > .rw-card')) && !el.isUpdatePending,
        ),
      { polling: 'raf', timeout: 30_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const buffer = await page.tracing.stop();
    return JSON.parse(Buffer.from(buffer).toString('utf8')).traceEvents;
  } finally {
    await context.close();
  }
}

const fmt = (v) => (v === null || v === undefined ? '-' : v.toFixed(1));
async function main() {
  const map = sourceMap();
  const scopeAt = scopesOf(map);
  const server = await startServers();
  writePages({ moduleOrigin: server.moduleOrigin, prerendered: null, floor: '' });
  const browser = await puppeteer.launch({
    ...CHROMIUM_LAUNCH,
    defaultViewport: VIEWPORT,
  });
  try {
    const snippet = snippetFor(readmeSnippet(), BUNDLE_PATH);
    const pre = await makePrerendered(browser, server.origin, snippet.body, VIEWPORT);
    writePages({
      moduleOrigin: server.moduleOrigin,
      prerendered: pre.html,
      floor: pre.floor,
      frozen: pre.frozen,
    });
    const results = Object.fromEntries(PAGES.map((p) => [p, []]));
    await traceOnce(browser, server.origin, PAGES[0]); // warm-up
    for (let run = 0; run < RUNS; run++) {
      for (const name of run % 2 ? [...PAGES].reverse() : PAGES) {
        const events = await traceOnce(browser, server.origin, name);
        if (SAVE) {
          mkdirSync(SAVE, { recursive: true });
          writeFileSync(`${SAVE}/${name}-${run}.json`, JSON.stringify({ traceEvents: events }));
        }
        results[name].push(analyse(events, map, scopeAt));
        process.stdout.write('.');
      }
    }
    console.log(
      `\n\nChromium ${await browser.version()}, CPU ${RATE}x, medians of ${RUNS} loads per page, main-thread ms`,
    );
    const keys = (part) => Object.keys(results[PAGES[0]][0][part]);
    const rows = (part) =>
      keys(part).map((k) => [k, ...PAGES.map((p) => fmt(median(results[p].map((r) => r[part][k]))))]);
    console.log('\nTrace events (outermost only; style and layout include what a script forced)');
    console.log(table(['', ...PAGES], rows('native')));
    console.log('\nOur JavaScript by what it did (sampled; samples inside a style or layout event left out)');
    console.log(table(['', ...PAGES], rows('js')));
    for (const p of DETAIL ? PAGES : []) {
      const sum = new Map();
      for (const r of results[p]) for (const [k, v] of r.detail) sum.set(k, (sum.get(k) ?? 0) + v / RUNS);
      const top = [...sum].sort((a, b) => b[1] - a[1]).slice(0, 25);
      if (top.length) console.log(`\n${p}: inclusive sampled ms (mean per load) by source and declaration`);
      for (const [k, v] of top) console.log(`  ${fmt(v).padStart(7)}  ${k}`);
      const self = new Map();
      for (const r of results[p]) for (const [k, v] of r.selfTime) self.set(k, (self.get(k) ?? 0) + v / RUNS);
      const topSelf = [...self].sort((a, b) => b[1] - a[1]).slice(0, 30);
      if (topSelf.length)
        console.log(
          `\n${p}: self sampled ms (mean per load) by the frame running, in stacks through our module`,
        );
      for (const [k, v] of topSelf) console.log(`  ${fmt(v).padStart(7)}  ${k}`);
    }
    console.log(
      '\nLong tasks (over 50 ms), every load: ms, ours (ran our module), and inside it: compile / evaluate / microtasks / style / layout / HTML parse',
    );
    for (const p of PAGES) {
      const all = results[p].flatMap((r, i) => r.long.map((t) => ({ ...t, load: i + 1 })));
      console.log(`  ${p}: ${all.length ? '' : 'none'}`);
      for (const t of all)
        console.log(
          `    load ${t.load}: ${fmt(t.ms)}${t.ours ? ' ours' : ''}: ${[t.compile, t.evaluate, t.microtasks, t.style, t.layout, t.parse].map(fmt).join(' / ')}`,
        );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
