/**
 * Bytes of an HTML page → text, the way browsers decide (https://html.spec.whatwg.org/#determining-the-character-encoding,
 * simplified): a BOM wins, then a `<meta charset>` / `http-equiv` declaration in the first bytes,
 * then the transport's charset; without any, UTF-8 when the bytes are valid UTF-8, else windows-1251,
 * the legacy encoding of Ukrainian and Russian sites. A declaration that names an encoding the bytes
 * cannot be (declared windows-1251 but the bytes are valid UTF-8 with Cyrillic) is overridden.
 */

/** How far into the page a charset declaration is looked for (the spec's prescan uses 1024). */
const PRESCAN_BYTES = 4096;
const FALLBACK = 'windows-1251';

function declared(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function supported(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** The page's text and the encoding used to decode it. */
export function decodeHtml(bytes: Uint8Array, transportCharset?: string): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  const utf8 = isValidUtf8(bytes);
  let label = declared(bytes) ?? transportCharset?.toLowerCase();
  if (label && !supported(label)) label = undefined;
  // A page saved as UTF-8 that still declares a legacy charset is common (re-saved pages): valid
  // UTF-8 with non-ASCII bytes is practically never meaningful windows-1251 text.
  const hasHighBytes = bytes.some((b) => b >= 0x80);
  if (utf8 && hasHighBytes && label && label !== 'utf-8' && label !== 'utf8') label = 'utf-8';
  const encoding = label ?? (utf8 ? 'utf-8' : FALLBACK);
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}
