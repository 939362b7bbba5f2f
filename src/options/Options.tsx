/** The options page: which supported sites Zvirka runs on, and what it does with the reader's data. */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import { SUPPORTED_SITES } from '../shared/sites';
import { t } from '../ui/i18n';
import type { OptionsApi } from './api';
import { Data } from './sections/Data';
import { FactCheck } from './sections/FactCheck';
import { Feeds } from './sections/Feeds';
import { OtherSites } from './sections/OtherSites';
import { Reports } from './sections/Reports';

export function Options({ api }: { api: OptionsApi }) {
  const { loadSettings: load, saveSettings: save } = api;
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    load().then(setSettings, (e: unknown) => setError(String(e)));
  }, [load]);

  const toggle = async (host: string, on: boolean) => {
    if (!settings) return;
    const disabled = new Set(settings.disabledSites);
    if (on) disabled.delete(host);
    else disabled.add(host);
    try {
      setSettings(await save({ disabledSites: [...disabled].sort() }));
    } catch (e) {
      setError(String(e));
    }
  };

  return (
    <>
      <h1>{t('optionsHeading')}</h1>
      {error && <p class="zv-status zv-error" role="alert">{error}</p>}
      <section aria-labelledby="zv-sites-h">
        <h2 id="zv-sites-h">{t('optionsSites')}</h2>
        <p class="zv-status">{t('optionsSitesHelp')}</p>
        {settings && (
          <ul class="zv-sites">
            {SUPPORTED_SITES.map((s) => (
              <li key={s.host}>
                <label>
                  <input
                    type="checkbox"
                    checked={!settings.disabledSites.includes(s.host)}
                    onChange={(e) => void toggle(s.host, (e.currentTarget as HTMLInputElement).checked)}
                  />{' '}
                  {s.name} <span class="zv-status">({s.host})</span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </section>
      <OtherSites api={api} />
      <Feeds api={api} />
      <FactCheck api={api} />
      <Data api={api} />
      <Reports api={api} />
      <section aria-labelledby="zv-privacy-h">
        <h2 id="zv-privacy-h">{t('optionsPrivacy')}</h2>
        <p>{t('optionsPrivacyText')}</p>
      </section>
    </>
  );
}
