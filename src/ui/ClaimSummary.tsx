/** The claim itself: its kind, its state, who says it and who reported it, and the quote. */
import type { ClaimView } from '../shared/protocol';
import { t } from './i18n';
import { KIND_MESSAGE, STATE_MESSAGE } from './kind';
import { displayText } from './text';

export function ClaimSummary({ claim, quote = true }: { claim: ClaimView; quote?: boolean }) {
  return (
    <div class="zv-summary">
      <div class="zv-chips">
        <span class="zv-chip">{t(KIND_MESSAGE[claim.kind])}</span>
        <span class={`zv-chip zv-state-${claim.state}`}>
          {t(claim.state === 'none' && claim.links.length > 0 ? 'stateRelatedOnly' : STATE_MESSAGE[claim.state])}
        </span>
      </div>
      {quote && <blockquote class="zv-quote">{displayText(claim.text, 400)}</blockquote>}
      {(claim.speaker || claim.source) && (
        <dl class="zv-attribution">
          {claim.speaker && (
            <>
              <dt>{t('saidBy')}</dt>
              <dd>{displayText(claim.speaker, 80)}</dd>
            </>
          )}
          {claim.source && (
            <>
              <dt>{t('reportedBy')}</dt>
              <dd>{displayText(claim.source, 80)}</dd>
            </>
          )}
        </dl>
      )}
    </div>
  );
}
