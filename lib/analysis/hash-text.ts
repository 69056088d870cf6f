/**
 * Hex SHA-256 of a text (UTF-8), the same digest the card schema documents for
 * `source.textHash`. Used to find a stored card before running the engine.
 */
export async function hashText(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
