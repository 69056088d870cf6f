import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { launchExtension, readManifest, SHIPPED_BUILD, E2E_BUILD } from './support/extension';

const FIREFOX_BUILD = resolve('.output/firefox-mv2');

describe.each([
  ['Chrome', SHIPPED_BUILD],
  ['Firefox', FIREFOX_BUILD],
])('shipped %s manifest', (_browser, dir) => {
  const manifest = readManifest(dir);

  test('asks only for activeTab, scripting and storage', () => {
    const permissions = (manifest.permissions as string[] | undefined) ?? [];
    expect(permissions.every((p) => ['activeTab', 'scripting', 'storage'].includes(p))).toBe(true);
    expect(permissions).toContain('activeTab');
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  test('has no host permissions and no declared content scripts', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  });

  test('names no web address at all (no remote script, no host)', () => {
    expect(JSON.stringify(manifest)).not.toMatch(/https?:\/\//);
  });
});

test('the e2e build differs from the shipped Chrome build only by the loopback host permission', () => {
  const manifest = readManifest(SHIPPED_BUILD);
  const e2e = readManifest(E2E_BUILD);
  expect(e2e.host_permissions).toEqual(['http://127.0.0.1/*']);
  expect({ ...e2e, host_permissions: [] }).toEqual({ ...manifest, host_permissions: [] });
});

test('the shipped build loads in Chromium and starts its service worker', async () => {
  const session = await launchExtension([], SHIPPED_BUILD);
  try {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
  } finally {
    await session.close();
  }
});
