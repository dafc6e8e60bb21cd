// Loaded before the widget on csp.html, as an external classic script: the
// page's Content-Security-Policy blocks inline scripts. Collects every
// `securitypolicyviolation` (they are composed, so ones raised inside the
// widget's shadow root reach the document too) for the test to read.
window.cspViolations = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    window.cspViolations.push({
      directive: event.effectiveDirective,
      blockedURI: event.blockedURI,
      sample: event.sample,
      sourceFile: event.sourceFile,
      line: event.lineNumber,
    });
  },
  true,
);
