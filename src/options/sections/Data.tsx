/** Stored evidence: how much, retention, export / import of evidence packs, and clearing. */
import { useEffect, useState } from 'preact/hooks';
import type { EvidenceStats } from '../../shared/protocol';
import { t } from '../../ui/i18n';
import { errorText, type OptionsApi } from '../api';

/** Bounds of the retention setting, in days. */
const MIN_DAYS = 1;
const MAX_DAYS = 365;

export function Data({ api }: { api: OptionsApi }) {
  const [stats, setStats] = useState<EvidenceStats | null>(null);
  const [days, setDays] = useState<number | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const fail = (e: unknown) => setMessage({ error: true, text: errorText(e) });
  const load = () => api.bg.evidenceStats().then(setStats, fail);
  useEffect(() => {
    void load();
    void api.loadSettings().then((s) => setDays(s.retentionDays));
  }, []);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const result = await api.bg.importPack(await file.text());
      setMessage(result.ok ? { error: false, text: t('packImported', [String(result.added), String(result.skipped)]) } : { error: true, text: t('packRejected', result.reason) });
      await load();
    } catch (e) {
      fail(e);
    }
  };
  const exportPack = async () => {
    try {
      api.download(`zvirka-evidence-${new Date().toISOString().slice(0, 10)}.json`, await api.bg.exportPack(), 'application/json');
    } catch (e) {
      fail(e);
    }
  };
  const clear = async () => {
    if (!globalThis.confirm?.(t('clearConfirm'))) return;
    await api.bg.clearEvidence().then(load, fail);
  };
  const saveDays = async (value: number) => {
    if (!Number.isInteger(value) || value < MIN_DAYS || value > MAX_DAYS) return setMessage({ error: true, text: t('retentionRange', [String(MIN_DAYS), String(MAX_DAYS)]) });
    setDays((await api.saveSettings({ retentionDays: value })).retentionDays);
    setMessage({ error: false, text: t('saved') });
  };

  return (
    <section aria-labelledby="zv-data-h">
      <h2 id="zv-data-h">{t('optionsData')}</h2>
      {stats && <p class="zv-status">{t('dataStats', [String(stats.articles), String(Math.round(stats.bytes / 1024)), String(stats.queued)])}</p>}
      {days !== null && (
        <label class="zv-row">
          {t('retention')}{' '}
          <input type="number" min={MIN_DAYS} max={MAX_DAYS} value={days} onChange={(e) => void saveDays(Number((e.currentTarget as HTMLInputElement).value))} />
        </label>
      )}
      <div class="zv-row">
        <button type="button" class="zv-step" onClick={exportPack}>{t('packExport')}</button>
        <label class="zv-step zv-file">
          {t('packImport')}
          <input type="file" accept="application/json,.json" class="zv-sr" onChange={(e) => void importFile(e.currentTarget as HTMLInputElement)} />
        </label>
        <button type="button" class="zv-step" onClick={clear}>{t('clearEvidence')}</button>
      </div>
      {message && <p class={message.error ? 'zv-status zv-error' : 'zv-status'} role={message.error ? 'alert' : 'status'}>{message.text}</p>}
    </section>
  );
}
