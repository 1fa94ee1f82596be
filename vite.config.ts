import { defineConfig } from 'vite';

// `vite build`: the library, one self-contained ES module with Lit inside.
// `vite` (npm start): the demo pages under demo/, served from the project root.
export default defineConfig({
  build: {
    target: 'es2022',
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'relational-widgets.js' },
    rolldownOptions: { output: { minify: true } },
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
  ],
});
