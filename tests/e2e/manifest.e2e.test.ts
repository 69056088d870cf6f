import { describe, expect, test } from 'vitest';
import { launchExtension, readManifest, SHIPPED_BUILD, E2E_BUILD } from './support/extension';

describe('shipped manifest', () => {
  const manifest = readManifest(SHIPPED_BUILD);

  test('asks only for activeTab, scripting and storage', () => {
    const permissions = (manifest.permissions as string[] | undefined) ?? [];
    expect(permissions.every((p) => ['activeTab', 'scripting', 'storage'].includes(p))).toBe(true);
    expect(permissions).toContain('activeTab');
  });

  test('has no host permissions and no declared content scripts', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  });

  test('differs from the e2e build only by the loopback host permission', () => {
    const e2e = readManifest(E2E_BUILD);
    expect(e2e.host_permissions).toEqual(['http://127.0.0.1/*']);
    expect({ ...e2e, host_permissions: [] }).toEqual({ ...manifest, host_permissions: [] });
  });
});

test('the shipped build loads in Chromium and starts its service worker', async () => {
  const session = await launchExtension([], SHIPPED_BUILD);
  try {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
  } finally {
    await session.close();
  }
});
