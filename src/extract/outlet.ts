/**
 * The outlet of a page: its registrable domain (`ua.korrespondent.net` → `korrespondent.net`,
 * `www.pravda.com.ua` → `pravda.com.ua`). No public-suffix list ships with the extension, so the
 * second-level suffixes met on Ukrainian, Russian and English news sites are listed here.
 */

const TWO_LABEL_SUFFIXES = new Set([
  'com.ua', 'org.ua', 'net.ua', 'gov.ua', 'in.ua', 'kiev.ua', 'kyiv.ua', 'lviv.ua', 'odessa.ua', 'edu.ua',
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'com.au', 'net.au', 'co.jp', 'com.br', 'com.pl', 'com.tr', 'co.il',
  'msk.ru', 'spb.ru', 'com.ru', 'org.ru', 'net.ru', 'co.nz', 'com.cn',
]);

/** A hostname without a leading `www.`, lower-cased. */
export function bareHost(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h.startsWith('www.') ? h.slice(4) : h;
}

/** The registrable domain of `host` (IP addresses and single labels are returned unchanged). */
export function registrableDomain(host: string): string {
  const h = bareHost(host);
  if (/^[\d.]+$/.test(h) || h.includes(':') || !h.includes('.')) return h;
  const labels = h.split('.');
  const lastTwo = labels.slice(-2).join('.');
  const keep = TWO_LABEL_SUFFIXES.has(lastTwo) ? 3 : 2;
  return labels.slice(-keep).join('.');
}
