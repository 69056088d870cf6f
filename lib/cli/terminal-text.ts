/**
 * What the CLI prints comes from pages, and a page can hold terminal escape
 * sequences (set the window title, clear the screen, move the cursor) or
 * characters that reorder a line. Text mode prints none of them; JSON mode
 * prints them escaped. Both are linear: no pattern here can backtrack.
 */

/** ESC sequences: CSI (`ESC [ … final`), OSC/DCS/PM/APC strings up to BEL or ST, or ESC and one character. */
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]?|[\]PX^_][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|[\s\S]?)/g;

/**
 * Control characters left after the sequences: C0 but tab and newline, DEL,
 * C1 (U+009B is a one-character CSI in some terminals), and the
 * bidirectional overrides and isolates, which reorder what a line shows.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` safe to print to a terminal: escape sequences removed, then every other control character. */
export function terminalText(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

/** Characters JSON.stringify leaves raw that a terminal or a JavaScript parser may still act on. */
const JSON_UNSAFE = /[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * `JSON.stringify(value, null, indent)` with every control character
 * escaped (`\u001b`): JSON.stringify escapes C0 itself; DEL, C1, the line
 * and paragraph separators and the bidi controls are escaped here. The
 * text parses to exactly the same value.
 */
export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
