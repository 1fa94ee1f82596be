// Every language we ship (dist/relational-widgets.all.js): for a page whose widgets speak
// several languages, such as a directory with cards in English, Spanish and French.
// The elements render in a microtask, so registering after their definition still comes first.
import { registerLanguage } from './i18n/locale.js';
import { es } from './i18n/es.js';
import { fr } from './i18n/fr.js';

export * from './index.js';

registerLanguage('es', es);
registerLanguage('fr', fr);
