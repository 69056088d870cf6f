import { defineWebExtConfig } from 'wxt';

// Dev mode must not try to launch a browser: there is no display here.
export default defineWebExtConfig({ disabled: true });
