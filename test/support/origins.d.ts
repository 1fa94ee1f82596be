// Types for the virtual module that test/web-test-runner.config.js serves at /test/support/origins.js.
/** The recording endpoint server on another origin (another port), e.g. `http://127.0.0.1:40123`. */
export const ENDPOINT: string;
