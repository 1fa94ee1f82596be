// Loaded first by every plain test page: records what went wrong on the page, so the
// test that framed it can read it (window.pageErrors, window.policyViolations).
window.pageErrors = [];
window.policyViolations = [];
window.addEventListener('error', (event) => window.pageErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));
document.addEventListener('securitypolicyviolation', (event) =>
  window.policyViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
);
