// The Spanish build's stand-in for en.ts (vite.config.ts swaps it in for `vite build --mode es`):
// Spanish is the catalog every element falls back to, and no English is bundled, so a page
// that uses one language pays for no other. Pages that mix languages use relational-widgets.all.js.
export { es as en } from './es.js';
export const language = 'es';
