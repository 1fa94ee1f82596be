// Stand-in for src/i18n/locale.ts in test/node/languages.test.js: always English, nothing observed.
import { en } from '../../../src/i18n/en.js';

export const resolveLanguage = (): string => 'en';
export const registerLanguage = (): void => {};

export class LocaleController {
  lang = 'en';
  dir = undefined;
  strings = en;
  constructor(host: { addController(c: unknown): void }) {
    host.addController(this);
  }
}
