import { defineConfig } from 'wxt';

/**
 * The shipped build asks for the fewest permissions that work: the content
 * script is injected on demand after a toolbar click (activeTab + scripting),
 * so there are no host permissions and no declared content scripts.
 * The `e2e` mode adds one loopback host permission so browser tests can inject
 * without a real toolbar click; nothing else differs.
 */
/**
 * Rendered from public/icon.svg by `npm run icons`; a browser test checks every file exists.
 * The toolbar icon (action.default_icon) is named in entrypoints/popup/index.html, where WXT reads it.
 */
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

/**
 * zod probes `new Function("")` to learn whether it may compile schemas. The
 * extension always runs zod jitless (lib/messages/zod-jitless.ts), so the
 * probe never runs, but store reviewers' linters (web-ext lint:
 * DANGEROUS_EVAL) flag it in every bundle. The probe is replaced by its
 * jitless answer, `false`; if zod's code changes shape the build fails
 * instead of silently keeping the probe.
 */
const zodWithoutEvalProbe = {
  name: 'policy-lens:zod-without-eval-probe',
  transform(code: string, id: string) {
    if (!/[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/.test(id)) return null;
    const probe = /const F = Function;\s*new F\(""\);\s*return true;/;
    if (!probe.test(code)) throw new Error(`zod's eval probe not found in ${id}: update wxt.config.ts`);
    return { code: code.replace(probe, 'return false;'), map: null };
  },
};

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
    // Chrome: no default popup, so a toolbar click reaches the worker (action.onClicked), which starts
    // reading the page at once and opens the popup itself (lib/analysis/action-click.ts, docs/popup-speed.md).
    // Firefox keeps it: its popup asks for the analysis when it opens.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox' && manifest.action) delete manifest.action.default_popup;
    },
  },
  // No modulepreload polyfill: both browsers preload natively, and its chunk was one more fetch before the popup's first script.
  vite: () => ({ build: { modulePreload: { polyfill: false } }, plugins: [zodWithoutEvalProbe], worker: { plugins: () => [zodWithoutEvalProbe] } }),
  manifest: ({ mode, browser }) => ({
    // From public/_locales/<lang>/messages.json, like every visible string of the popup.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Cards live in IndexedDB, which needs no permission; `storage` (browser.storage) is not used.
    permissions: ['activeTab', 'scripting'],
    icons: ICONS,
    host_permissions: mode === 'e2e' ? ['http://127.0.0.1/*'] : [],
    // The library doubles as the options page.
    options_ui: { page: 'library.html', open_in_tab: true },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'policy-lens@policy-lens.local',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
});
