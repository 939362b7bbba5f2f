/** The card a click on a highlighted claim opens: the claim, then what other sources said. */
import { useEffect, useRef } from 'preact/hooks';
import type { ClaimView } from '../shared/protocol';
import { ClaimSummary } from './ClaimSummary';
import { EvidenceList } from './EvidenceList';
import { t } from './i18n';

export interface ClaimCardProps {
  claim: ClaimView;
  onClose(): void;
}

export function ClaimCard({ claim, onClose }: ClaimCardProps) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Focus moves into the card when it opens, so Esc and Tab work at once.
    dialog.current?.focus();
  }, [claim.id]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  };
  return (
    <div
      class="zv-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby="zv-card-title"
      tabIndex={-1}
      ref={dialog}
      onKeyDown={onKeyDown}
    >
      <header class="zv-card-head">
        <h2 id="zv-card-title" class="zv-title">
          Звірка
        </h2>
        <button type="button" class="zv-close" onClick={onClose} aria-label={t('cardClose')}>
          ×
        </button>
      </header>
      <ClaimSummary claim={claim} />
      <EvidenceList links={claim.links} />
    </div>
  );
}
