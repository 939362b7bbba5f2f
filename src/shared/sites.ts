/**
 * The outlets Zvirka runs on without asking (their hosts are the manifest's host permissions and
 * content-script matches; a unit test keeps the two in step). Other sites run only after the reader
 * grants them as optional host permissions.
 */
export interface SupportedSite {
  host: string;
  name: string;
}

export const SUPPORTED_SITES: readonly SupportedSite[] = [
  { host: 'ua.korrespondent.net', name: 'Кореспондент.net' },
  { host: 'korrespondent.net', name: 'Корреспондент.net' },
  { host: 'gordonua.com', name: 'ГОРДОН' },
  { host: 'ipress.ua', name: 'iPress' },
  { host: 'expres.online', name: 'Експрес' },
  { host: 'www.pravda.com.ua', name: 'Українська правда' },
  { host: 'www.radiosvoboda.org', name: 'Радіо Свобода' },
  { host: 'www.unian.ua', name: 'УНІАН' },
  { host: 'www.unian.net', name: 'УНИАН' },
  { host: 'www.rbc.ua', name: 'РБК-Україна' },
  { host: 'nv.ua', name: 'НВ' },
  { host: 'tsn.ua', name: 'ТСН' },
  { host: 'censor.net', name: 'Цензор.НЕТ' },
  { host: 'suspilne.media', name: 'Суспільне' },
  { host: 'unn.ua', name: 'УНН' },
  { host: 'www.reuters.com', name: 'Reuters' },
];

/** Whether `host` is one of the supported outlets. */
export function isSupportedHost(host: string): boolean {
  return SUPPORTED_SITES.some((s) => s.host === host);
}
