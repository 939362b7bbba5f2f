/**
 * The reader's mismatch reports: kept in `storage.local` under one key each (never evicted, and a
 * write of one report cannot corrupt another), validated before they are stored, and always bound
 * to the page they were filed on (content scripts cannot name another page).
 */
import { MAX_COMMENT, invalidReport } from '../core/reports';
import type { MismatchReport } from '../core/types';
import type { ReportInput } from '../shared/protocol';
import type { KeyValueArea } from '../shared/storage';

const PREFIX = 'report:';

export class ReportStore {
  constructor(
    private readonly area: KeyValueArea,
    private readonly newId: () => string,
    private readonly now: () => Date,
    /** The reader's report endpoint ('' when reports stay local). */
    private readonly endpoint: () => Promise<string> = async () => '',
  ) {}

  /** Validates and stores a report filed about `pageUrl`; returns its id. Throws with the reason when invalid. */
  async add(pageUrl: string, input: ReportInput): Promise<string> {
    const report: MismatchReport = {
      id: this.newId(),
      pageUrl: pageUrl.split('#')[0]!,
      claimQuote: input.claimQuote,
      evidenceUrl: input.evidenceUrl,
      evidenceSentence: input.evidenceSentence,
      shownStance: input.shownStance,
      reason: input.reason,
      createdAt: this.now().toISOString(),
      delivery: (await this.endpoint()) ? 'queued' : 'local',
      ...(input.comment ? { comment: input.comment } : {}),
    };
    const problem = invalidReport(report);
    if (problem) throw new TypeError(`invalid report: ${problem}`);
    await this.area.set({ [PREFIX + report.id]: report });
    return report.id;
  }

  /** Every report, newest first. */
  async list(): Promise<MismatchReport[]> {
    const all = await this.area.get(null);
    return Object.entries(all)
      .filter(([k]) => k.startsWith(PREFIX))
      .map(([, v]) => v as MismatchReport)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** One report, or null. */
  async get(id: string): Promise<MismatchReport | null> {
    return ((await this.area.get(PREFIX + id))[PREFIX + id] as MismatchReport | undefined) ?? null;
  }

  /** Sets a report's comment. */
  async comment(id: string, comment: string): Promise<void> {
    const r = await this.get(id);
    if (!r) throw new Error(`no report ${id}`);
    if (comment.length > MAX_COMMENT) throw new TypeError(`comment is longer than ${MAX_COMMENT} characters`);
    await this.area.set({ [PREFIX + id]: { ...r, comment } });
  }

  /** Replaces a stored report (delivery bookkeeping). A report withdrawn meanwhile stays withdrawn. */
  async save(report: MismatchReport): Promise<void> {
    if (await this.get(report.id)) await this.area.set({ [PREFIX + report.id]: report });
  }

  /** Deletes a report (undo). */
  async remove(id: string): Promise<void> {
    await this.area.remove(PREFIX + id);
  }
}
