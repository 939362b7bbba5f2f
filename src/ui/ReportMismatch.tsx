/**
 * "Report mismatch" on an evidence link, in two clicks: the button, then a reason. The report takes
 * effect at once (the link is hidden, or its stance corrected) and can be undone; an optional
 * comment can be added after. Shared by the claim card and the popup.
 */
import { useState } from 'preact/hooks';
import type { ReportReason } from '../core/types';
import { MAX_COMMENT, REPORT_REASONS } from '../core/reports';
import { t } from './i18n';
import { errorText } from './text';
import type { ReportActions } from './report-actions';

/** Message keys of the report reasons, shared with the options page's list of reports. */
export const REASON_MESSAGE: Record<ReportReason, string> = {
  'not-about-claim': 'reasonNotAbout',
  'wrong-stance-corroborates': 'reasonCorroborates',
  'wrong-stance-denies': 'reasonDenies',
  'not-a-claim': 'reasonNotClaim',
  outdated: 'reasonOutdated',
  other: 'reasonOther',
};

type Step = { at: 'closed' } | { at: 'reasons' } | { at: 'done'; id: string; commented: boolean } | { at: 'error'; message: string };

export function ReportMismatch({ actions }: { actions: ReportActions }) {
  const [step, setStep] = useState<Step>({ at: 'closed' });
  const [comment, setComment] = useState('');
  const fail = (e: unknown) => setStep({ at: 'error', message: errorText(e) });

  if (step.at === 'closed') {
    return (
      <button type="button" class="zv-report-open" onClick={() => setStep({ at: 'reasons' })}>
        {t('reportOpen')}
      </button>
    );
  }
  if (step.at === 'reasons') {
    return (
      <fieldset class="zv-report">
        <legend>{t('reportQuestion')}</legend>
        {REPORT_REASONS.map((reason) => (
          <button key={reason} type="button" class="zv-reason" data-reason={reason} onClick={() => actions.report(reason).then((id) => setStep({ at: 'done', id, commented: false }), fail)}>
            {t(REASON_MESSAGE[reason])}
          </button>
        ))}
        <button type="button" class="zv-link" onClick={() => setStep({ at: 'closed' })}>
          {t('reportCancel')}
        </button>
      </fieldset>
    );
  }
  if (step.at === 'error') return <p class="zv-status zv-error" role="alert">{t('reportFailed', step.message)}</p>;
  return (
    <div class="zv-report zv-report-done" role="status">
      <span>{t('reportDone')}</span>{' '}
      <button type="button" class="zv-link" onClick={() => actions.undo(step.id).then(() => setStep({ at: 'closed' }), fail)}>
        {t('reportUndo')}
      </button>
      {!step.commented && (
        <form
          class="zv-report-comment"
          onSubmit={(e) => {
            e.preventDefault();
            actions.comment(step.id, comment.trim()).then(() => setStep({ ...step, commented: true }), fail);
          }}
        >
          <label>
            {t('reportComment')}
            <textarea maxLength={MAX_COMMENT} rows={2} value={comment} onInput={(e) => setComment((e.currentTarget as HTMLTextAreaElement).value)} />
          </label>
          <button type="submit" class="zv-step" disabled={!comment.trim()}>
            {t('reportSend')}
          </button>
        </form>
      )}
    </div>
  );
}
