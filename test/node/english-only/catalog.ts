// Stand-in for src/i18n/catalog.ts in test/node/languages.test.js: English only, no registry,
// no overrides. Building the module with it measures what the language machinery costs.
import { en } from '../../../src/i18n/en.js';

export const catalogs = new Map();
export const catalogCode = (): string => 'en';
export const merge = () => en;
