// The bundle entry: importing it registers every element and mounts the placeholders
// (`<div data-relational="…">`) on the page once its HTML has been read, and as they are added.
import { mountPlaceholders } from './shared/placeholders.js';

export { RelationalIntro } from './relational-intro/relational-intro.js';
export { ConsultRequest, type ConsultStatus } from './consult-request/consult-request.js';
export type {
  ConsultPayload,
  ConsultSuccessDetail,
  ConsultErrorDetail,
  ConsultErrorKind,
} from './consult-request/events.js';

mountPlaceholders(['relational-intro', 'consult-request']);
export type { Catalog, Strings } from './i18n/catalog.js';
export { registerLanguage, resolveLanguage } from './i18n/locale.js';
