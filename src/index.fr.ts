// The French build (dist/relational-widgets.fr.js): the whole module, with French registered.
// The elements render in a microtask, so registering after their definition still comes first.
import { registerLanguage } from './i18n/locale.js';
import { fr } from './i18n/fr.js';

export * from './index.js';

registerLanguage('fr', fr);
