/** What the highlight colours mean: shown in the popup, and in the card under the claim's chips. */
import { t } from './i18n';

export function Legend() {
  return (
    <ul class="zv-legend" aria-label={t('legend')}>
      <li><span class="zv-swatch zv-swatch-denied" aria-hidden="true" />{t('stateDenied')}</li>
      <li><span class="zv-swatch zv-swatch-corroborated" aria-hidden="true" />{t('stateCorroborated')}</li>
      <li><span class="zv-swatch zv-swatch-none" aria-hidden="true" />{t('stateNone')}</li>
    </ul>
  );
}
