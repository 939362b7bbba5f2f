/**
 * Sites beyond the supported outlets that the reader turned Zvirka on for. Each is an optional host
 * permission the reader granted from the options page; the background registers the content script
 * for exactly those hosts (`scripting.registerContentScripts`), so nothing runs anywhere else.
 */

/** The id of the dynamic content-script registration. */
export const OTHER_SITES_SCRIPT_ID = 'zvirka-other-sites';

/** A reader-typed site ("itvi.cc", "https://www.example.com/news") as a bare host, or the reason it is not one. */
export function parseSite(input: string): { host: string } | { error: string } {
  const raw = input.trim().toLowerCase();
  if (!raw) return { error: 'empty' };
  let host: string;
  try {
    host = new URL(raw.includes('://') ? raw : `https://${raw}`).hostname;
  } catch {
    return { error: `"${input.trim()}" is not a site address` };
  }
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) return { error: `"${host}" is not a public host name` };
  return { host };
}

/** The match patterns for the registration (https only, as for the supported outlets). */
export function matchesFor(hosts: readonly string[]): string[] {
  return [...new Set(hosts)].sort().map((h) => `https://${h}/*`);
}
