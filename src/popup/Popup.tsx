/** The toolbar popup: the tab's claims with their state; a click scrolls the page to the claim. */
import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '../shared/protocol';
import { ClaimSummary } from '../ui/ClaimSummary';
import { EvidenceList } from '../ui/EvidenceList';
import { t } from '../ui/i18n';

export interface PopupProps {
  load(): Promise<TabState | null>;
  focusClaim(claimId: string): Promise<boolean>;
  openOptions(): void;
}

type View = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; state: TabState | null };

export function Popup({ load, focusClaim, openOptions }: PopupProps) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [open, setOpen] = useState<string | null>(null);
  useEffect(() => {
    load().then(
      (state) => setView({ kind: 'ready', state }),
      (err: unknown) => setView({ kind: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
  }, [load]);

  return (
    <>
      <header class="zv-popup-head">
        <h1>{t('popupHeading')}</h1>
        <button type="button" class="zv-link" onClick={openOptions}>
          {t('popupOptions')}
        </button>
      </header>
      <Body view={view} open={open} setOpen={setOpen} focusClaim={focusClaim} />
    </>
  );
}

function Body({ view, open, setOpen, focusClaim }: { view: View; open: string | null; setOpen(id: string | null): void; focusClaim(id: string): Promise<boolean> }) {
  if (view.kind === 'loading') return <p class="zv-status">{t('popupLoading')}</p>;
  if (view.kind === 'error') return <p class="zv-status zv-error">{t('popupError', view.message)}</p>;
  const state = view.state;
  if (!state) return <p class="zv-status">{t('popupUnsupported')}</p>;
  if (state.status === 'disabled') return <p class="zv-status">{t('popupUnsupported')}</p>;
  if (state.status === 'not-article') return <p class="zv-status">{t('popupNotArticle')}</p>;
  if (state.claims.length === 0) return <p class="zv-status">{t('popupEmpty')}</p>;
  return (
    <>
      <p class="zv-count">{t('claimsCount', String(state.claims.length))}</p>
      <ol class="zv-claims">
        {state.claims.map((c) => (
          <li key={c.id} class={`zv-claim zv-claim-${c.state}`}>
            <button type="button" class="zv-claim-text" onClick={() => void focusClaim(c.id)}>
              {c.text}
            </button>
            <ClaimSummary claim={c} quote={false} />
            {c.links.length > 0 && (
              <button type="button" class="zv-link" aria-expanded={open === c.id} onClick={() => setOpen(open === c.id ? null : c.id)}>
                {c.links.length}
              </button>
            )}
            {open === c.id && <EvidenceList links={c.links} />}
          </li>
        ))}
      </ol>
    </>
  );
}
