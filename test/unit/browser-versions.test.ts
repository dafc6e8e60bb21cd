// The browser version check that stops `npm test` on a browser too old for the component tests.
import { describe, expect, it } from 'vitest';
import { compareVersions, MINIMUM_VERSIONS, parseVersion, versionProblem } from '../../tools/browsers/browser-versions.js';

describe('browser version check (tools/browsers/browser-versions.js)', () => {
  it('reads the version from what each engine reports', () => {
    expect(parseVersion('Chromium 156.0.8078.129 built on Debian GNU/Linux 12 (bookworm)')).toEqual([156, 0, 8078, 129]);
    expect(parseVersion('Mozilla Firefox 153.8.0esr')).toEqual([153, 8, 0]);
    expect(parseVersion('2.50.6-1~deb12u2')).toEqual([2, 50, 6]);
    expect(parseVersion('')).toBeNull();
    expect(parseVersion(null)).toBeNull();
  });

  it('compares versions part by part, as numbers', () => {
    expect(compareVersions('140.3.0', '153')).toBeLessThan(0);
    expect(compareVersions('153.0', '153')).toBe(0);
    expect(compareVersions('2.50.6', '2.50')).toBeGreaterThan(0);
    expect(compareVersions('2.9', '2.50')).toBeLessThan(0);
    expect(compareVersions('2.48.3', '2.50')).toBeLessThan(0);
  });

  it('says nothing for the versions tested, newer ones, or a version it cannot read', () => {
    expect(versionProblem('chromium', 'Chromium 156.0.8078.129 built on Debian')).toBeNull();
    expect(versionProblem('firefox', 'Mozilla Firefox 153.8.0esr')).toBeNull();
    expect(versionProblem('firefox', 'Mozilla Firefox 160.0')).toBeNull();
    expect(versionProblem('webkit', '2.50.6-1~deb12u2')).toBeNull();
    expect(versionProblem('webkit', null)).toBeNull();
  });

  it('gives one line with the version found, the version needed and the Debian command', () => {
    expect(versionProblem('firefox', 'Mozilla Firefox 140.3.0esr')).toBe(
      'Firefox ESR 140.3.0 is too old for the browser tests, which need Firefox ESR 153 or later: on Debian run "apt-get update && apt-get install --only-upgrade firefox-esr".',
    );
    expect(versionProblem('chromium', 'Chromium 150.0.7000.1')).toBe(
      'Chromium 150.0.7000.1 is too old for the browser tests, which need Chromium 156 or later: on Debian run "apt-get update && apt-get install --only-upgrade chromium".',
    );
    const webkit = versionProblem('webkit', '2.48.3-1~deb12u1');
    expect(webkit).toBe(
      'WebKitGTK 2.48.3 is too old for the browser tests, which need WebKitGTK 2.50 or later: on Debian run "apt-get update && apt-get install --only-upgrade libwebkit2gtk-4.1-0 webkit2gtk-driver".',
    );
    expect(webkit).not.toContain('\n');
  });

  it('holds a minimum for every engine the tests run in', () => {
    expect(Object.keys(MINIMUM_VERSIONS).sort()).toEqual(['chromium', 'firefox', 'webkit']);
  });
});
