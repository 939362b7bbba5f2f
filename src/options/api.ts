/** What the options page needs from the extension, passed in so its components stay testable. */
import type { UiToBackground } from '../shared/protocol';
import type { Settings } from '../shared/settings';

export interface OptionsApi {
  bg: Pick<
    UiToBackground,
    'feeds' | 'addFeed' | 'removeFeed' | 'pollFeedsNow' | 'evidenceStats' | 'exportPack' | 'importPack' | 'clearEvidence' | 'setFactCheck' | 'listReports' | 'undoReport'
  >;
  loadSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  /** Asks the reader for an optional host permission (must run in a click handler). */
  requestHost(origin: string): Promise<boolean>;
  /** Gives an optional host permission back. */
  removeHost?(origin: string): Promise<boolean>;
  /** Offers `text` as a file download named `name`. */
  download(name: string, text: string, type: string): void;
}

export { errorText } from '../ui/text';
