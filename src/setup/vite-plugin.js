// Vite plugin for the setup page (src/setup/index.html).
//   npm start:      the page at /src/setup/, the built modules beside it (served as they are on
//                   disk, so the integrity hashes the page computes are the published files'),
//                   the preview from the source, and a link to the demo pages.
//   npm run build:  `vite build --mode setup` writes dist/setup/: the page, its script, and a copy
//                   of each built module (English and the language builds) beside it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
/** The self-contained modules a therapist may use: English, and each language build. */
const MODULE = /^relational-widgets(\.[a-z]{2,3})?\.js$/;
/** The authoring entries the page itself uses beside them (prerender() writes the prerendered snippets). */
const AUTHORING = /^relational-prerender\.js$/;
/** In development the preview and the prerendering use the source, with every language when there is an entry for that. */
const allLanguages = fileURLToPath(new URL('../index.all.ts', import.meta.url));
const modules = () =>
  existsSync(dist) ? readdirSync(dist).filter((f) => MODULE.test(f) || AUTHORING.test(f)) : [];

/** @param {{ build?: boolean }} [options] build: the setup-mode build; otherwise the dev server only. */
export function setupPage({ build = false } = {}) {
  return {
    name: 'setup-page',
    apply: build ? 'build' : 'serve',
    transformIndexHtml(html) {
      if (!html.includes('%RW_VERSION%')) return html;
      const demo =
        '<p class="page-note"><a href="/demo/">See the demo pages</a> (a therapist’s page, a directory, every state of the form).</p>';
      return html
        .replace('%RW_VERSION%', version)
        .replace('%RW_MODULE%', './relational-widgets.js')
        .replace(
          ' preview-module="%RW_PREVIEW%"',
          build
            ? ''
            : ` preview-module="${existsSync(allLanguages) ? '/src/index.all.ts' : '/src/index.ts'}"`,
        )
        .replace('<!--demo-link-->', build ? '' : demo);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const file = /^\/src\/setup\/([^/?]+)/.exec(req.url ?? '')?.[1];
        if (!file || !(MODULE.test(file) || AUTHORING.test(file))) return next();
        if (!existsSync(join(dist, file))) {
          res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not built yet: run npm run build.');
          return;
        }
        res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end(readFileSync(join(dist, file)));
      });
    },
    generateBundle() {
      const found = modules();
      if (!found.includes('relational-widgets.js'))
        this.error('Build the module first: dist/relational-widgets.js is missing.');
      for (const file of found)
        this.emitFile({ type: 'asset', fileName: file, source: readFileSync(join(dist, file)) });
    },
  };
}
