/** The toolbar popup: the tab's claims with their state; a click scrolls the page to the claim. */
import { useEffect, useState } from 'preact/hooks';
import type { EvidenceLink } from '../core/types';
import type { ClaimView, TabState } from '../shared/protocol';
import { REPORT_APPLY_DELAY_MS, type ReportActions } from '../ui/report-actions';
import { errorText } from '../ui/text';
import { ClaimSummary } from '../ui/ClaimSummary';
import { EvidenceList } from '../ui/EvidenceList';
import { Legend } from '../ui/Legend';
import { t } from '../ui/i18n';

export interface PopupProps {
  load(): Promise<TabState | null>;
  focusClaim(claimId: string): Promise<boolean>;
  openOptions(): void;
  /** Report actions for a link of a claim of this tab. */
  reportFor(claim: ClaimView, link: EvidenceLink): ReportActions;
  /** Whether Zvirka runs on a host, and switching it. */
  siteEnabled(host: string): Promise<boolean>;
  setSiteEnabled(host: string, on: boolean): Promise<void>;
}

type View = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; state: TabState | null };

export function Popup(props: PopupProps) {
  const { load, openOptions } = props;
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [open, setOpen] = useState<string | null>(null);
  const reload = () =>
    load().then(
      (state) => setView({ kind: 'ready', state }),
      (err: unknown) => setView({ kind: 'error', message: errorText(err) }),
    );
  useEffect(() => void reload(), [load]);
  // After a report the background's answer already has it applied: show that.
  const reportFor = (claim: ClaimView, link: EvidenceLink): ReportActions => {
    const a = props.reportFor(claim, link);
    return {
      report: (reason) => a.report(reason).then((id) => (setTimeout(() => void reload(), REPORT_APPLY_DELAY_MS), id)),
      comment: a.comment,
      undo: (id) => a.undo(id).then(() => void reload()),
    };
  };

  return (
    <>
      <header class="zv-popup-head">
        <h1>{t('popupHeading')}</h1>
        <button type="button" class="zv-link" onClick={openOptions}>
          {t('popupOptions')}
        </button>
      </header>
      {view.kind === 'ready' && view.state && <SiteSwitch url={view.state.url} {...props} />}
      <Body view={view} open={open} setOpen={setOpen} focusClaim={props.focusClaim} reportFor={reportFor} />
    </>
  );
}

/** The per-site switch: takes effect on the open page at once (the content script follows settings). */
function SiteSwitch({ url, siteEnabled, setSiteEnabled }: { url: string } & Pick<PopupProps, 'siteEnabled' | 'setSiteEnabled'>) {
  const host = hostOf(url);
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => void siteEnabled(host).then(setOn), [host]);
  if (!host || on === null) return null;
  return (
    <label class="zv-switch">
      <input type="checkbox" checked={on} onChange={(e) => {
        const next = (e.currentTarget as HTMLInputElement).checked;
        void setSiteEnabled(host, next).then(() => setOn(next));
      }} />{' '}
      {t('popupSiteOn', host)}
    </label>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

interface BodyProps {
  view: View;
  open: string | null;
  setOpen(id: string | null): void;
  focusClaim(id: string): Promise<boolean>;
  reportFor(claim: ClaimView, link: EvidenceLink): ReportActions;
}

function Body({ view, open, setOpen, focusClaim, reportFor }: BodyProps) {
  if (view.kind === 'loading') return <p class="zv-status">{t('popupLoading')}</p>;
  if (view.kind === 'error') return <p class="zv-status zv-error">{t('popupError', view.message)}</p>;
  const state = view.state;
  if (!state) return <p class="zv-status">{t('popupUnsupported')}</p>;
  if (state.status === 'disabled') return <p class="zv-status">{t('popupDisabled')}</p>;
  if (state.status === 'not-article') return <p class="zv-status">{t('popupNotArticle')}</p>;
  if (state.claims.length === 0) return <p class="zv-status">{t('popupEmpty')}</p>;
  return (
    <>
      <p class="zv-count">{t('claimsCount', String(state.claims.length))}</p>
      <Legend />
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
            {open === c.id && <EvidenceList links={c.links} reportFor={(link) => reportFor(c, link)} />}
          </li>
        ))}
      </ol>
    </>
  );
}
