/**
 * Per-tab analysis results. Kept in `storage.session` (memory-backed, cleared when the browser
 * closes) rather than in worker globals, because the MV3 worker may be killed between the content
 * script's report and the popup's question (STYLE.md 10).
 */
import type { TabState } from '../shared/protocol';
import type { KeyValueArea } from '../shared/storage';

const PREFIX = 'tab:';

export class TabStore {
  constructor(private readonly area: KeyValueArea) {}

  /** The state of a tab, or null when nothing was recorded. */
  async get(tabId: number): Promise<TabState | null> {
    const key = PREFIX + tabId;
    const items = await this.area.get(key);
    return (items[key] as TabState | undefined) ?? null;
  }

  /** Records a tab's state, replacing what was there. */
  async put(state: TabState): Promise<void> {
    await this.area.set({ [PREFIX + state.tabId]: state });
  }

  /** Forgets a tab (closed, or navigating away). */
  async clear(tabId: number): Promise<void> {
    await this.area.remove(PREFIX + tabId);
  }
}
