// The Spanish build (dist/relational-widgets.es.js): the whole module, with Spanish registered.
// The elements render in a microtask, so registering after their definition still comes first.
import { registerLanguage } from './i18n/locale.js';
import { es } from './i18n/es.js';

export * from './index.js';

registerLanguage('es', es);
