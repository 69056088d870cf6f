import { defineConfig } from 'wxt';

/**
 * The shipped build asks for the fewest permissions that work: the content
 * script is injected on demand after a toolbar click (activeTab + scripting),
 * so there are no host permissions and no declared content scripts.
 * The `e2e` mode adds one loopback host permission so browser tests can inject
 * without a real toolbar click; nothing else differs.
 */
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ mode, browser }) => ({
    name: 'Policy Lens',
    description:
      'Turns a privacy policy into a summary card with quoted evidence. Runs entirely on your machine.',
    permissions: ['activeTab', 'scripting', 'storage'],
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
