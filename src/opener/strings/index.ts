// The opener's catalogs, by language code.
import { en, type Catalog } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';

export const catalogs: Record<string, Catalog> = { en, es, fr };
