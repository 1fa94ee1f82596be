// Rewrites the prerendered widgets of the demo pages from their one-tag source, with the built
// built prerender entry (dist/relational-prerender.js) in headless Chromium, on a page that has
// the built module: `npm run build && node demo/prerender-pages.js`.
// In a page, each block reads
//   <!-- prerender: <relational-intro …></relational-intro> -->
//   …what prerender() wrote…
//   <!-- /prerender -->
// and only what lies between the two comments is replaced.
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import puppeteer from 'puppeteer';

const root = new URL('..', import.meta.url).pathname;
const PAGES = ['demo/index.html', 'demo/directory.html'];
const BLOCK = /(<!-- prerender: ([^]*?) -->)[^]*?(<!-- \/prerender -->)/g;
const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.svg': 'image/svg+xml' };

const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/__prerender') {
    res.writeHead(200, { 'content-type': 'text/html' });
    return res.end(
      '<!doctype html><html lang="en"><body><script type="module">await import("/dist/relational-widgets.js"); window.rw = await import("/dist/relational-prerender.js")</script></body></html>',
    );
  }
  try {
    const body = await readFile(join(root, path));
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/__prerender`);
  await page.waitForFunction(() => window.rw);
  for (const file of PAGES) {
    const html = await readFile(join(root, file), 'utf8');
    const sources = [...html.matchAll(BLOCK)].map((m) => m[2]);
    const outputs = await page.evaluate(async (sources) => {
      const out = [];
      for (const source of sources) {
        document.body.innerHTML = source;
        const parts = [];
        for (const el of document.body.children) parts.push(await window.rw.prerender(el));
        out.push(parts.join('\n'));
      }
      return out;
    }, sources);
    let i = 0;
    await writeFile(
      join(root, file),
      html.replace(BLOCK, (_, open, _source, close) => `${open}\n${outputs[i++]}\n${close}`),
    );
    console.log(`${file}: ${sources.length} block(s) prerendered`);
  }
} finally {
  await browser.close();
  server.close();
}
