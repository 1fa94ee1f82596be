import { defineConfig } from 'vite';
import { demoInbox } from './demo/inbox/plugin.js';

// `vite build`: the library, one self-contained, minified ES module with Lit inside.
// `vite build --mode lit-external`: the same module with `lit` left as an import, for apps
// whose bundler already has Lit (so their page does not load it twice).
// `vite` (npm start): the demo pages under demo/, served from the project root.
export default defineConfig(({ mode }) => {
  const litExternal = mode === 'lit-external';
  return {
    build: {
      target: 'es2022',
      emptyOutDir: !litExternal,
      lib: {
        entry: 'src/index.ts',
        formats: ['es'],
        fileName: () => (litExternal ? 'relational-widgets.lit-external.js' : 'relational-widgets.js'),
      },
      rolldownOptions: {
        external: litExternal ? [/^lit(\/|$)/, /^@lit\//] : [],
        output: { minify: !litExternal },
      },
    },
    server: { host: '127.0.0.1', port: 5173, open: false },
    plugins: [
      {
        name: 'demo-home',
        configureServer(server) {
          server.middlewares.use((req, res, next) => {
            if (req.url === '/' || req.url === '/index.html') {
              res.writeHead(302, { Location: '/demo/' });
              res.end();
            } else next();
          });
        },
      },
      demoInbox({ dataDir: process.env.INBOX_DATA_DIR }),
    ],
  };
});
