// The French build's stand-in for en.ts (vite.config.ts swaps it in for `vite build --mode fr`):
// French is the catalog every element falls back to, and no English is bundled, so a page
// that uses one language pays for no other. Pages that mix languages use relational-widgets.all.js.
export { fr as en } from './fr.js';
export const language = 'fr';
