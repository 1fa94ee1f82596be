// On the strict-CSP pages only: lets the test try a script from another origin at the end, through
// dynamic import(), which Trusted Types do not cover, so that only script-src can refuse it.
window.importFrom = (url) => import(url);
