/** Feeds: each with its status (last success, last error, items, next poll); add, remove, fetch now. */
import { useEffect, useState } from 'preact/hooks';
import type { FeedStatus } from '../../shared/protocol';
import { t, uiLanguage } from '../../ui/i18n';
import { displayText } from '../../ui/text';
import { errorText, type OptionsApi } from '../api';

const when = (iso?: string) => (iso ? new Date(iso).toLocaleString(uiLanguage()) : '—');

export function Feeds({ api }: { api: OptionsApi }) {
  const [feeds, setFeeds] = useState<FeedStatus[] | null>(null);
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const load = () => api.bg.feeds().then(setFeeds, (e) => setMessage({ error: true, text: errorText(e) }));
  useEffect(() => void load(), []);

  const add = async (e: Event) => {
    e.preventDefault();
    setMessage(null);
    try {
      const check = await api.bg.addFeed(url.trim());
      if (!check.ok) return setMessage({ error: true, text: t('feedInvalid', check.reason) });
      if (check.needsPermission && !(await api.requestHost(new URL(check.url).origin + '/*'))) {
        return setMessage({ error: true, text: t('feedNoPermission') });
      }
      setUrl('');
      setMessage({ error: false, text: t('feedAdded') });
      await load();
    } catch (err) {
      setMessage({ error: true, text: errorText(err) });
    }
  };
  const fetchNow = async () => {
    setBusy(true);
    try {
      setFeeds(await api.bg.pollFeedsNow());
    } catch (err) {
      setMessage({ error: true, text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="zv-feeds-h">
      <h2 id="zv-feeds-h">{t('optionsFeeds')}</h2>
      <p class="zv-status">{t('optionsFeedsHelp')}</p>
      {feeds === null ? (
        <p class="zv-status">{t('popupLoading')}</p>
      ) : (
        <table class="zv-table">
          <thead>
            <tr>
              <th scope="col">{t('feedName')}</th>
              <th scope="col">{t('feedLastSuccess')}</th>
              <th scope="col">{t('feedItems')}</th>
              <th scope="col">{t('feedState')}</th>
              <th scope="col"><span class="zv-sr">{t('feedActions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {feeds.map((f) => (
              <tr key={f.url}>
                <td>
                  {displayText(f.name, 80)}
                  <div class="zv-url">{displayText(f.url, 200)}</div>
                </td>
                <td>{when(f.lastSuccess)}</td>
                <td>{f.items}</td>
                <td class={f.lastError || f.stopped ? 'zv-error' : ''}>
                  {f.stopped ? t('feedStopped', displayText(f.stopped, 200)) : f.lastError ? displayText(f.lastError, 200) : t('feedNext', when(f.nextPoll))}
                </td>
                <td>
                  <button type="button" class="zv-link" onClick={() => api.bg.removeFeed(f.url).then(load, (e) => setMessage({ error: true, text: errorText(e) }))}>
                    {t('feedRemove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form class="zv-row" onSubmit={add}>
        <label>
          {t('feedAddLabel')}{' '}
          <input type="url" required placeholder="https://…/rss" value={url} onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="zv-step">{t('feedAdd')}</button>
        <button type="button" class="zv-step" disabled={busy} onClick={fetchNow}>
          {busy ? t('popupLoading') : t('feedFetchNow')}
        </button>
      </form>
      {message && <p class={message.error ? 'zv-status zv-error' : 'zv-status'} role={message.error ? 'alert' : 'status'}>{message.text}</p>}
    </section>
  );
}
