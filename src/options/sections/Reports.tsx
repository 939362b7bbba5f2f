/** The reader's mismatch reports: what was reported, why, and its state; undo; export as JSON. */
import { useEffect, useState } from 'preact/hooks';
import type { MismatchReport } from '../../core/types';
import { t, uiLanguage } from '../../ui/i18n';
import { safeHref } from '../../ui/links';
import { displayText } from '../../ui/text';
import { errorText, type OptionsApi } from '../api';

const REASON: Record<MismatchReport['reason'], string> = {
  'not-about-claim': 'reasonNotAbout',
  'wrong-stance-corroborates': 'reasonCorroborates',
  'wrong-stance-denies': 'reasonDenies',
  'not-a-claim': 'reasonNotClaim',
  outdated: 'reasonOutdated',
  other: 'reasonOther',
};

export function Reports({ api }: { api: OptionsApi }) {
  const [reports, setReports] = useState<MismatchReport[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () => api.bg.listReports().then(setReports, (e) => setError(errorText(e)));
  useEffect(() => void load(), []);
  return (
    <section aria-labelledby="zv-reports-h">
      <h2 id="zv-reports-h">{t('optionsReports')}</h2>
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
                    {new Date(r.createdAt).toLocaleString(uiLanguage())} · {t(REASON[r.reason])} · {t(`delivery_${r.delivery}`)}
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
