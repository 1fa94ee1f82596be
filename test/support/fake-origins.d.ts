// Types for the virtual module that test/web-test-runner.config.js serves at /test/support/fake-origins.js.
/** The fake form services (test/support/fake-services.js), e.g. `http://127.0.0.1:40124`. */
export const SERVICES: string;
/** An address where nothing listens. */
export const CLOSED: string;
