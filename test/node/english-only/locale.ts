// Stand-in for src/i18n/locale.ts in test/node/languages.test.js: always English, nothing
// resolved or observed, no registry; the site owner's overrides still apply. Building the
// module with it measures what the language machinery costs English pages.
import { merge, type Strings } from '../../../src/i18n/catalog.js';
import { scriptStrings } from '../../../src/i18n/overrides.js';

export const resolveLanguage = (): string => 'en';
export const registerLanguage = (): void => {};

export class LocaleController {
  lang = 'en';
  dir = undefined;
  strings = merge('en');
  private fromScript: () => Strings | undefined;
  private overrides: () => Strings | undefined;
  constructor(host: Element & { addController(c: unknown): void }, overrides: () => Strings | undefined) {
    this.overrides = overrides;
    this.fromScript = scriptStrings(host);
    host.addController(this);
  }
  hostUpdate(): void {
    this.strings = merge('en', this.fromScript(), this.overrides());
  }
}
