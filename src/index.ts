export { RelationalIntro } from './relational-intro/relational-intro.js';
