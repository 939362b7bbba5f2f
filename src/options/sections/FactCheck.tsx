/** Google Fact Check Tools: off by default; says plainly what is sent where. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../ui/i18n';
import { errorText, type OptionsApi } from '../api';

export function FactCheck({ api }: { api: OptionsApi }) {
  const [enabled, setEnabled] = useState(false);
  const [key, setKey] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    void api.loadSettings().then((s) => {
      setEnabled(s.factCheckEnabled);
      setKey(s.factCheckApiKey);
    });
  }, []);
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      await api.bg.setFactCheck(enabled && key.trim() !== '', key.trim());
      setSaved(t('saved'));
    } catch (err) {
      setSaved(errorText(err));
    }
  };
  return (
    <section aria-labelledby="zv-fc-h">
      <h2 id="zv-fc-h">{t('optionsFactCheck')}</h2>
      <p class="zv-warning">{t('optionsFactCheckPrivacy')}</p>
      <form class="zv-col" onSubmit={save}>
        <label>
          <input type="checkbox" checked={enabled} onChange={(e) => setEnabled((e.currentTarget as HTMLInputElement).checked)} /> {t('optionsFactCheckOn')}
        </label>
        <label>
          {t('optionsFactCheckKey')}{' '}
          <input type="password" autocomplete="off" spellcheck={false} value={key} onInput={(e) => setKey((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <div>
          <button type="submit" class="zv-step">{t('save')}</button> <span role="status">{saved}</span>
        </div>
      </form>
    </section>
  );
}
