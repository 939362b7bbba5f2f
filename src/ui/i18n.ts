/**
 * Localized strings from `_locales` through the extension's i18n API. Outside an extension (node
 * tests) the key itself is returned, so tests can assert which message a component chose.
 */
interface I18nApi {
  getMessage(key: string, subs?: string | string[]): string;
  getUILanguage?(): string;
}

function api(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** The message for `key` in the browser's language (Ukrainian by default). */
export function t(key: string, subs?: string | string[]): string {
  return api()?.getMessage(key, subs) || key;
}

/** The UI language, for date formatting. */
export function uiLanguage(): string {
  return api()?.getUILanguage?.() ?? 'uk';
}
