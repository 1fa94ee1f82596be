// `node --import ./test/unit/typescript.js`: lets Node 20 run the TypeScript unit tests and the
// modules they import. Types are stripped by esbuild, one file at a time (no type-checking here:
// tsc does that in npm test); an import of `./x.js` finds `./x.ts`, as TypeScript's own does.
// Smaller and quicker to start than a general loader, which matters to `npm run mutate`: it
// starts one Node process per test file per mutant.
import { register } from 'node:module';

register('./typescript-hooks.js', import.meta.url);
