import { defineConfig, type Plugin } from 'vite';
import { demoInbox } from './demo/inbox/plugin.js';
import { setupPage } from './src/setup/vite-plugin.js';
import { cardStyles } from './src/card/card.styles.js';

// `vite build`: the library, one self-contained, minified ES module with Lit inside.
// `vite build --mode lit-external`: the same module with `lit` left as an import, for apps
// whose bundler already has Lit (so their page does not load it twice).
// `vite build --mode setup` (after the module's builds): the setup page, a static page in dist/setup/
// with the module beside it.
// `vite` (npm start): the setup page first (`/`), the demo pages under demo/, from the project root.
// Lit prepares each template in the browser the first time it renders. Preparing them at build
// time instead (@lit-labs/compiler, a TypeScript transformer, run after squeezeTemplates, whose
// html`` tags it replaces) was measured on the therapist page at 4x CPU: template preparation
// from 47-75 ms to 11-13 ms of sampled main thread, for +1,808 B gzip of the module (each
// template's parts as data, and lit-html's SSR support for the part classes), beyond its budget.
/**
 * Squeezes the layout whitespace out of the static parts of Lit's html`` and css``
 * templates before bundling; the minifier leaves template text alone. Only the text
 * between bindings changes, never an expression: in html a run of white space with a line
 * break becomes one space (which renders the same outside <pre>) and a one-word attribute
 * value loses its quotes (`part="input"` parses as `part=input` does; never one followed by
 * `/`, which would join the value, nor one a binding follows), in css comments go and
 * spaces around braces, semicolons and commas, and after a colon (a declaration's or a
 * media feature's: a selector's pseudo-class has none after it), and an attribute
 * selector's quotes around a value that is a plain identifier (`[part='input']` matches as
 * `[part=input]` does).
 */
const squeeze = {
  html: (text: string) => text.replace(/\s*\n\s*/g, ' ').replace(/(\s[\w-]+=)"([\w-]+)"(?=[\s>])/g, '$1$2'),
  css: (text: string) =>
    text
      .replace(/\/\*[^]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,>]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/;}/g, '}')
      .replace(/(\[[\w-]+[~|^$*]?=)'([a-z][\w-]*)'\]/gi, '$1$2]'),
};

function minifyTemplates(): Plugin {
  return {
    name: 'minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.+\.ts$/.test(id)) return null;
      const out = squeezeTemplates(code);
      return out === code ? null : { code: out, map: null };
    },
  };
}

/** The code with every html`` and css`` template squeezed, templates nested in a `${…}` too. */
function squeezeTemplates(code: string): string {
  let out = '';
  let at = 0;
  for (const match of code.matchAll(/\b(html|css)`/g)) {
    if (match.index < at) continue; // inside a template already rewritten
    const kind = match[1] as 'html' | 'css';
    let i = match.index + match[0].length;
    out += code.slice(at, i);
    let text = '';
    while (i < code.length && code[i] !== '`') {
      if (code[i] === '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else if (code.startsWith('${', i)) {
        const end = expressionEnd(code, i + 2);
        out += squeeze[kind](text) + '${' + squeezeTemplates(code.slice(i + 2, end - 1)) + '}';
        text = '';
        i = end;
      } else text += code[i++];
    }
    out += squeeze[kind](text) + '`';
    at = i + 1;
  }
  return out + code.slice(at);
}

/** Where a `${…}` expression that starts at `i` ends (just past its closing brace). */
function expressionEnd(code: string, i: number): number {
  let depth = 1;
  while (depth > 0) {
    const c = code[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '`' || c === '"' || c === "'") {
      i = stringEnd(code, i);
      continue;
    }
    i++;
  }
  return i;
}

/** Just past the string or template literal that starts at `i`, nested templates included. */
function stringEnd(code: string, i: number): number {
  const quote = code[i++];
  while (code[i] !== quote) {
    if (code[i] === '\\') i += 2;
    else if (quote === '`' && code.startsWith('${', i)) i = expressionEnd(code, i + 2);
    else i++;
  }
  return i + 1;
}

/**
 * `vite build --mode es|fr`: the same self-contained module in one other language: its catalog
 * stands in for the English one (src/i18n/only-es.ts, …), so the page carries no English.
 * `vite build --mode all`: English with every language we ship registered (src/index.all.ts),
 * for pages whose widgets speak several languages.
 */
const ONE_LANGUAGE = ['es', 'fr'];

/** Puts src/i18n/only-<language>.ts wherever src/i18n/en.ts is imported. */
function oneLanguage(language: string): Plugin {
  return {
    name: 'one-language',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id.endsWith('/src/i18n/en.ts')
        ? resolved.id.replace(/en\.ts$/, `only-${language}.ts`)
        : null;
    },
  };
}

/**
 * `vite build --mode prerender|card`: the authoring tools a page's author runs, never the runtime
 * module a client's browser loads, each its own module (no Lit, no elements inside). The card's
 * build also writes its one stylesheet, dist/relational-card.css, from src/card/card.styles.ts.
 */
const AUTHORING: Record<string, { entry: string; fileName: string; css?: string }> = {
  prerender: { entry: 'src/prerender.ts', fileName: 'relational-prerender.js' },
  card: { entry: 'src/card/card.ts', fileName: 'relational-card.js', css: 'relational-card.css' },
};

/** Writes the card's stylesheet beside its module, squeezed like the elements' sheets. */
function cardStylesheet(fileName: string): Plugin {
  return {
    name: 'card-stylesheet',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: `${squeeze.css(cardStyles).trim()}\n` });
    },
  };
}

export default defineConfig(({ mode }) => {
  const litExternal = mode === 'lit-external';
  const authoring = AUTHORING[mode];
  if (authoring)
    return {
      build: {
        target: 'es2022',
        emptyOutDir: false,
        lib: { entry: authoring.entry, formats: ['es'], fileName: () => authoring.fileName },
        rolldownOptions: { output: { minify: true } },
      },
      plugins: [minifyTemplates(), ...(authoring.css ? [cardStylesheet(authoring.css)] : [])],
    };
  if (mode === 'setup')
    return {
      root: 'src/setup',
      base: './',
      build: {
        target: 'es2022',
        outDir: '../../dist/setup',
        emptyOutDir: true,
        modulePreload: false,
        rolldownOptions: { output: { entryFileNames: 'setup.js', minify: true } },
      },
      plugins: [minifyTemplates(), setupPage({ build: true })],
    };
  // `vite build --mode opener`: the opener for sealed requests, a static page in dist/opener/.
  if (mode === 'opener')
    return {
      root: 'src/opener',
      base: './',
      build: {
        target: 'es2022',
        outDir: '../../dist/opener',
        emptyOutDir: true,
        modulePreload: false,
        rolldownOptions: {
          output: { entryFileNames: 'opener.js', assetFileNames: '[name][extname]', minify: true },
        },
      },
    };
  const language = ONE_LANGUAGE.includes(mode) || mode === 'all' ? mode : '';
  return {
    build: {
      target: 'es2022',
      emptyOutDir: !litExternal && !language,
      lib: {
        entry: language === 'all' ? 'src/index.all.ts' : 'src/index.ts',
        formats: ['es'],
        fileName: () =>
          litExternal
            ? 'relational-widgets.lit-external.js'
            : language
              ? `relational-widgets.${language}.js`
              : 'relational-widgets.js',
      },
      rolldownOptions: {
        external: litExternal ? [/^lit(\/|$)/, /^@lit\//] : [],
        // No comments, annotations (/* @__PURE__ */) included: no bundler tree-shakes this module again.
        output: { minify: !litExternal, comments: false },
      },
      // Then Terser over Rolldown's minified output: 27,796 -> 27,479 B gzip when added (three passes).
      // A fourth pass and `unsafe_arrows` (28,639 -> 28,621): function expressions that use neither
      // `this` nor `arguments` become arrows. Unsafe only for a function called with `new` or read
      // for its `prototype`; ours are classes, arrows and declarations, and Lit's are the same.
      minify: litExternal ? false : 'terser',
      terserOptions: { module: true, ecma: 2020, compress: { passes: 4, unsafe_arrows: true } },
    },
    server: { host: '127.0.0.1', port: 5173, open: false },
    plugins: [
      ...(ONE_LANGUAGE.includes(mode) ? [oneLanguage(mode)] : []),
      minifyTemplates(),
      {
        name: 'demo-home',
        configureServer(server) {
          server.middlewares.use((req, res, next) => {
            if (req.url === '/' || req.url === '/index.html') {
              res.writeHead(302, { Location: '/src/setup/' });
              res.end();
            } else next();
          });
        },
      },
      setupPage(),
      demoInbox({ dataDir: process.env.INBOX_DATA_DIR }),
    ],
  };
});
