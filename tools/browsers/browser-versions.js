// The oldest browser versions the component tests support, and the check that stops a run on an older one.
import { execFileSync } from 'node:child_process';

/**
 * The oldest version of each engine the component tests are known to pass
 * in: the versions installed and run green here (Debian 12's packages).
 * puppeteer-core 24.43 is built against Chrome 148 and Firefox 150, but this
 * suite has not been run on those, and an older engine fails in ways that do
 * not name the cause: on Firefox ESR 140 every Firefox file failed with only
 * `emulation.setScreenOrientationOverride: unknown command` (a WebDriver BiDi
 * command puppeteer-core sends while setting the viewport). Lower a minimum
 * only after a full green run on that version.
 */
export const MINIMUM_VERSIONS = {
  // Chromium 156.0.8078: Debian 12 chromium 156.0.8078.129-1~deb12u1, tested.
  chromium: '156',
  // Firefox ESR 153.8: Debian 12 firefox-esr 153.8.0esr-1~deb12u1, tested; 140 fails (above).
  firefox: '153',
  // WebKitGTK 2.50.6: Debian 12 libwebkit2gtk-4.1-0 and webkit2gtk-driver 2.50.6-1~deb12u2, tested.
  webkit: '2.50',
};

/** What each engine is called in messages, and the Debian packages that update it. */
const ENGINES = {
  chromium: { name: 'Chromium', packages: 'chromium' },
  firefox: { name: 'Firefox ESR', packages: 'firefox-esr' },
  webkit: { name: 'WebKitGTK', packages: 'libwebkit2gtk-4.1-0 webkit2gtk-driver' },
};

/** The first dotted version number in a text ("Mozilla Firefox 153.8.0esr" → [153, 8, 0]), or null. */
export function parseVersion(text) {
  const match = /\d+(?:\.\d+)*/.exec(String(text ?? ''));
  return match ? match[0].split('.').map(Number) : null;
}

/** Negative when version a is older than b, 0 when equal as far as both go, positive when newer. */
export function compareVersions(a, b) {
  const [x, y] = [parseVersion(a) ?? [], parseVersion(b) ?? []];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const difference = (x[i] ?? 0) - (y[i] ?? 0);
    if (difference) return difference;
  }
  return 0;
}

/**
 * One line when `found` (a version, or a `--version` output) is older than the
 * engine's minimum: the version found, the version needed and the Debian
 * command that updates it. null when it is new enough, or when no version
 * could be read (a missing browser is reported elsewhere).
 */
export function versionProblem(engine, found, needed = MINIMUM_VERSIONS[engine]) {
  const version = parseVersion(found);
  if (!version || compareVersions(version.join('.'), needed) >= 0) return null;
  const { name, packages } = ENGINES[engine];
  return `${name} ${version.join('.')} is too old for the browser tests, which need ${name} ${needed} or later: on Debian run "apt-get update && apt-get install --only-upgrade ${packages}".`;
}

function run(command, args) {
  try {
    return execFileSync(command, args, { encoding: 'utf8', timeout: 15_000, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

/**
 * The installed version, read cheaply without starting a browser: `--version`
 * for Chromium and Firefox; for WebKitGTK (whose WebDriver and MiniBrowser
 * print no version) the version of the Debian package that holds MiniBrowser.
 * null when it cannot be read.
 */
export function installedVersion(engine, path) {
  if (engine !== 'webkit') return run(path, ['--version']);
  const owner = run('dpkg-query', ['-S', path])?.split(':')[0];
  // Debian versions may start with an epoch ("1:"), which is not part of WebKitGTK's version.
  return owner ? (run('dpkg-query', ['-W', '-f=${Version}', owner])?.replace(/^\d+:/, '') ?? null) : null;
}

/** Stops the process with one line when the engine at `path` is older than its minimum. */
export function requireVersion(engine, path) {
  const problem = versionProblem(engine, installedVersion(engine, path));
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
