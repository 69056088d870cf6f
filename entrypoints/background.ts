import { defineBackground } from '#imports';

// Placeholder: the background helper wires inject → extract → engine → save here.
export default defineBackground(() => {});
