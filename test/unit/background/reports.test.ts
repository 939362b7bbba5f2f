import { describe, expect, it } from 'vitest';
import { applyReports } from '../../../src/core/reports';
import type { EvidenceLink } from '../../../src/core/types';
import type { ReportInput } from '../../../src/shared/protocol';
import { wireBackground } from '../../fakes/background';

const PAGE = 'https://ua.korrespondent.net/world/4831207-riutte';
const quote = { exact: 'агентство Reuters … писало, що Китай таємно провів підготовку', prefix: 'Нагадаємо, ', suffix: ' близько 200' };
const denial: EvidenceLink = {
  url: 'https://www.pravda.com.ua/news/2026/05/21/7001/',
  outlet: 'pravda.com.ua',
  stance: 'denies',
  score: 0.9,
  sentence: 'МЗС Китаю спростувало публікацію Reuters.',
  origin: 'mfa-china',
};
const related: EvidenceLink = { ...denial, url: 'https://tsn.ua/svit/x-1.html', stance: 'related', sentence: 'Рютте не коментував.' };
const input = (reason: ReportInput['reason'], link = denial): ReportInput => ({
  claimQuote: quote,
  evidenceUrl: link.url,
  evidenceSentence: link.sentence,
  shownStance: link.stance,
  reason,
});

describe('mismatch reports', () => {
  it('a report from a page is stored with that page, listed for options, and hides the link at once', async () => {
    const { content, popup } = wireBackground(`${PAGE}#comments`);
    const id = await content.reportMismatch(input('not-about-claim'));
    const [stored, ...rest] = await popup.listReports();
    expect(rest).toEqual([]);
    expect(stored).toMatchObject({ id, pageUrl: PAGE, reason: 'not-about-claim', shownStance: 'denies', delivery: 'local' });
    expect(applyReports([denial, related], PAGE, quote, [stored!])).toEqual([related]);
  });

  it('a wrong-stance report corrects the stance instead of hiding the link; undo restores it', async () => {
    const { content, popup } = wireBackground(PAGE);
    const id = await content.reportMismatch(input('wrong-stance-corroborates'));
    const reports = await popup.listReports();
    expect(applyReports([denial], PAGE, quote, reports)).toEqual([{ ...denial, stance: 'corroborates', reported: id }]);
    await content.undoReport(id);
    expect(applyReports([denial], PAGE, quote, await popup.listReports())).toEqual([denial]);
  });

  it('reports apply only to the claim and page they were filed for', async () => {
    const { content, popup } = wireBackground(PAGE);
    await content.reportMismatch(input('outdated'));
    const reports = await popup.listReports();
    expect(applyReports([denial], 'https://ua.korrespondent.net/world/other', quote, reports)).toEqual([denial]);
    expect(applyReports([denial], PAGE, { ...quote, exact: 'інше твердження' }, reports)).toEqual([denial]);
  });

  it('another page cannot comment on or withdraw a report; the popup can', async () => {
    const { content, contentAt, popup } = wireBackground(PAGE);
    const id = await content.reportMismatch(input('other'));
    const other = contentAt('https://nv.ua/ukr/world/x-1.html');
    await expect(other.undoReport(id)).rejects.toThrow(/no report/);
    await expect(other.commentReport(id, 'spam')).rejects.toThrow(/no report/);
    await popup.commentReport(id, 'Йдеться про інший візит.');
    expect((await popup.listReports())[0]!.comment).toBe('Йдеться про інший візит.');
    await popup.undoReport(id);
    expect(await popup.listReports()).toEqual([]);
  });

  it('invalid reports are refused with the reason and store nothing', async () => {
    const { content, popup } = wireBackground(PAGE);
    await expect(content.reportMismatch({ ...input('other'), evidenceUrl: 'javascript:alert(1)' })).rejects.toThrow(/evidenceUrl/);
    await expect(content.reportMismatch({ ...input('other'), reason: 'because' as never })).rejects.toThrow(/reason/);
    await expect(content.reportMismatch({ ...input('other'), comment: 'x'.repeat(5000) })).rejects.toThrow(/comment/);
    await expect(popup.reportMismatchInTab(99, input('other'))).rejects.toThrow(/no analysed page/);
    expect(await popup.listReports()).toEqual([]);
  });
});
