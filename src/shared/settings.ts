/**
 * Reader settings. The defaults object is the settings type (STYLE.md 9); only values that differ
 * from the defaults are stored, so changing a default reaches every reader who never touched it.
 * Migrations run in order on install/update and rewrite what older versions stored.
 */
import type { KeyValueArea } from './storage';

export const DEFAULT_SETTINGS = {
  /** Supported hosts the reader switched off. */
  disabledSites: [] as string[],
  /** Days evidence is kept before it is evicted (reports are never evicted). */
  retentionDays: 30,
  /** Feed URLs the reader added (https only; see shared/feeds.ts validateFeedUrl). */
  addedFeeds: [] as string[],
  /** Default feed URLs the reader removed. */
  removedFeeds: [] as string[],
  /** Google Fact Check Tools API key; empty = not set. Sent only to factchecktools.googleapis.com. */
  factCheckApiKey: '',
  /** Whether claim text may be sent to Google Fact Check Tools (off until the reader turns it on). */
  factCheckEnabled: false,
  /** Other sites (hosts) the reader turned Zvirka on for, each an optional host permission granted. */
  otherSites: [] as string[],
  /** HTTPS endpoint that receives the reader's mismatch reports; empty = reports stay local. */
  reportEndpoint: '',
};

export type Settings = typeof DEFAULT_SETTINGS;

const KEY = 'settings';
const VERSION_KEY = 'settingsVersion';

/** Ordered migrations: index i upgrades stored settings from version i to i + 1. */
export const MIGRATIONS: ((stored: Record<string, unknown>) => Record<string, unknown>)[] = [];

/** Stored settings merged over the defaults; unknown or mistyped stored values are ignored. */
export async function loadSettings(area: KeyValueArea): Promise<Settings> {
  const stored = ((await area.get(KEY))[KEY] ?? {}) as Record<string, unknown>;
  const out: Settings = structuredClone(DEFAULT_SETTINGS);
  for (const key of Object.keys(out) as (keyof Settings)[]) {
    const v = stored[key];
    if (v !== undefined && typeof v === typeof out[key] && Array.isArray(v) === Array.isArray(out[key])) {
      (out as Record<string, unknown>)[key] = v;
    }
  }
  return out;
}

/** Applies a patch and stores only the values that differ from the defaults. */
export async function saveSettings(area: KeyValueArea, patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings(area)), ...patch };
  const diff: Record<string, unknown> = {};
  for (const key of Object.keys(next) as (keyof Settings)[]) {
    if (JSON.stringify(next[key]) !== JSON.stringify(DEFAULT_SETTINGS[key])) diff[key] = next[key];
  }
  await area.set({ [KEY]: diff, [VERSION_KEY]: MIGRATIONS.length });
  return next;
}

/** Runs the migrations a stored settings object has not seen yet. */
export async function migrateSettings(area: KeyValueArea): Promise<void> {
  const items = await area.get([KEY, VERSION_KEY]);
  let version = typeof items[VERSION_KEY] === 'number' ? (items[VERSION_KEY] as number) : 0;
  let stored = (items[KEY] ?? {}) as Record<string, unknown>;
  while (version < MIGRATIONS.length) stored = MIGRATIONS[version++]!(stored);
  await area.set({ [KEY]: stored, [VERSION_KEY]: version });
}

/** Whether Zvirka should analyse pages of `host`. */
export function isSiteEnabled(settings: Settings, host: string): boolean {
  return !settings.disabledSites.includes(host);
}
