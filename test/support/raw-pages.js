// Serves the built bundle and plain test pages exactly as they are on disk, ahead of the
// dev server's plugins, so nothing is transformed: what loads is what a site owner ships.
//   /raw/dist/<file>        a file of dist/
//   /raw/copy/<file>        the same file of dist/ under a second URL (a second copy)
//   /raw/pages/<file>       a page or script of test/pages/
// A page may be given response headers (a Content-Security-Policy, say) through `headers`.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.css': 'text/css; charset=utf-8',
};

/**
 * @param {string} root the project folder
 * @param {(file: string) => Record<string, string>} [headers] extra headers for a page
 */
export function rawPages(root, headers = () => ({})) {
  const folders = { dist: join(root, 'dist'), copy: join(root, 'dist'), pages: join(root, 'test', 'pages') };
  return async (ctx, next) => {
    const match = /^\/raw\/(dist|copy|pages)\/(.+)$/.exec(ctx.path);
    if (!match) return next();
    const folder = folders[match[1]];
    const file = normalize(join(folder, decodeURIComponent(match[2])));
    if (!file.startsWith(folder + sep)) {
      ctx.status = 403;
      return undefined;
    }
    try {
      ctx.body = await readFile(file);
    } catch {
      ctx.status = 404;
      return undefined;
    }
    ctx.type = TYPES[extname(file)] ?? 'application/octet-stream';
    ctx.set('Cache-Control', 'no-store');
    for (const [name, value] of Object.entries(headers(match[2]))) ctx.set(name, value);
    return undefined;
  };
}
