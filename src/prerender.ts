// The entry `relational-widgets/prerender` (dist/relational-prerender.js): an authoring tool, not
// part of the runtime module a client's browser loads. It renders nothing by itself: load the
// runtime module on the same page first (it defines the elements), then call `prerender(element)`.
export { prerender, type PrerenderOptions, type Prerenderable } from './shared/prerender.js';
