/** The reader's mismatch reports: what was reported, why, and its state; undo; export as JSON. */
import { useEffect, useState } from 'preact/hooks';
import type { MismatchReport } from '../../core/types';
import { t, uiLanguage } from '../../ui/i18n';
import { safeHref } from '../../ui/links';
import { REASON_MESSAGE } from '../../ui/ReportMismatch';
import { displayText } from '../../ui/text';
import { validEndpoint } from '../../background/report-delivery';
import { errorText, type OptionsApi } from '../api';


/** Where reports are sent, if anywhere: an https endpoint the reader names (off by default). */
function Endpoint({ api }: { api: OptionsApi }) {
  const [value, setValue] = useState('');
  const [note, setNote] = useState<{ error: boolean; text: string } | null>(null);
  useEffect(() => void api.loadSettings().then((s) => setValue(s.reportEndpoint)), []);
  const save = async (e: Event) => {
    e.preventDefault();
    const url = value.trim();
    if (url) {
      const problem = validEndpoint(url);
      if (problem) return setNote({ error: true, text: problem });
      if (!(await api.requestHost(`${new URL(url).origin}/*`))) return setNote({ error: true, text: t('feedNoPermission') });
    }
    await api.saveSettings({ reportEndpoint: url });
    setNote({ error: false, text: t('saved') });
  };
  return (
    <form class="zv-col" onSubmit={save}>
      <p class="zv-status">{t('reportsEndpointHelp')}</p>
      <label>
        {t('reportsEndpoint')}{' '}
        <input type="url" placeholder="https://…" value={value} onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <div>
        <button type="submit" class="zv-step">{t('save')}</button>{' '}
        {note && <span class={note.error ? 'zv-error' : ''} role={note.error ? 'alert' : 'status'}>{note.text}</span>}
      </div>
    </form>
  );
}

export function Reports({ api }: { api: OptionsApi }) {
  const [reports, setReports] = useState<MismatchReport[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () => api.bg.listReports().then(setReports, (e) => setError(errorText(e)));
  useEffect(() => void load(), []);
  return (
    <section aria-labelledby="zv-reports-h">
      <h2 id="zv-reports-h">{t('optionsReports')}</h2>
      <Endpoint api={api} />
      {error && <p class="zv-status zv-error" role="alert">{error}</p>}
      {reports && reports.length === 0 && <p class="zv-status">{t('reportsEmpty')}</p>}
      {reports && reports.length > 0 && (
        <>
          <ul class="zv-reports">
            {reports.map((r) => {
              const href = safeHref(r.evidenceUrl);
              return (
                <li key={r.id} class="zv-evidence">
                  <div class="zv-meta">
                    {new Date(r.createdAt).toLocaleString(uiLanguage())} · {t(REASON_MESSAGE[r.reason])} · {t(`delivery_${r.delivery}`)}
                    {r.lastError && r.delivery !== 'sent' ? ` (${displayText(r.lastError, 120)})` : ''}
                  </div>
                  <q class="zv-sentence">{displayText(r.claimQuote.exact, 300)}</q>
                  <div class="zv-meta">
                    {href ? <a href={href} target="_blank" rel="noopener noreferrer">{displayText(r.evidenceSentence, 200)}</a> : displayText(r.evidenceSentence, 200)}
                  </div>
                  {r.comment && <p class="zv-status">{displayText(r.comment, 1000)}</p>}
                  <button type="button" class="zv-link" onClick={() => api.bg.undoReport(r.id).then(load, (e) => setError(errorText(e)))}>
                    {t('reportUndo')}
                  </button>
                </li>
              );
            })}
          </ul>
          <button type="button" class="zv-step" onClick={() => api.download(`zvirka-reports-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify({ version: 1, reports }, null, 2), 'application/json')}>
            {t('reportsExport')}
          </button>
        </>
      )}
    </section>
  );
}
