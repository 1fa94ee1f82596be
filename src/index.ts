// The bundle entry: importing it registers every element.
export { RelationalIntro } from './relational-intro/relational-intro.js';
