/** Other sites: the reader turns Zvirka on for a site that is not a supported outlet (generic extraction). */
import { useEffect, useState } from 'preact/hooks';
import { matchesFor, parseSite } from '../../shared/other-sites';
import { t } from '../../ui/i18n';
import { errorText, type OptionsApi } from '../api';

export function OtherSites({ api }: { api: OptionsApi }) {
  const [sites, setSites] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [note, setNote] = useState<{ error: boolean; text: string } | null>(null);
  useEffect(() => void api.loadSettings().then((s) => setSites(s.otherSites)), []);

  const add = async (e: Event) => {
    e.preventDefault();
    const parsed = parseSite(input);
    if ('error' in parsed) return setNote({ error: true, text: t('siteInvalid', parsed.error) });
    try {
      // The permission prompt must come straight from the click (user activation).
      if (!(await api.requestHost(matchesFor([parsed.host])[0]!))) return setNote({ error: true, text: t('feedNoPermission') });
      const next = [...new Set([...sites, parsed.host])].sort();
      setSites((await api.saveSettings({ otherSites: next })).otherSites);
      setInput('');
      setNote({ error: false, text: t('siteAdded', parsed.host) });
    } catch (err) {
      setNote({ error: true, text: errorText(err) });
    }
  };
  const remove = async (host: string) => {
    setSites((await api.saveSettings({ otherSites: sites.filter((h) => h !== host) })).otherSites);
    await api.removeHost?.(matchesFor([host])[0]!);
  };

  return (
    <section aria-labelledby="zv-other-h">
      <h2 id="zv-other-h">{t('optionsOtherSites')}</h2>
      <p class="zv-status">{t('optionsOtherSitesHelp')}</p>
      {sites.length > 0 && (
        <ul class="zv-sites">
          {sites.map((h) => (
            <li key={h}>
              {h}{' '}
              <button type="button" class="zv-link" onClick={() => void remove(h)}>
                {t('feedRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="zv-row" onSubmit={add}>
        <label>
          {t('siteAddLabel')} <input type="text" placeholder="example.com" value={input} onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="zv-step">{t('feedAdd')}</button>
      </form>
      {note && <p class={note.error ? 'zv-status zv-error' : 'zv-status'} role={note.error ? 'alert' : 'status'}>{note.text}</p>}
    </section>
  );
}
