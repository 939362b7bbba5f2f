import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSiteEnabled, loadSettings, migrateSettings, saveSettings } from '../../../src/shared/settings';
import { FakeStorageArea } from '../../fakes/browser';

describe('settings', () => {
  it('are the defaults when nothing is stored', async () => {
    expect(await loadSettings(new FakeStorageArea())).toEqual(DEFAULT_SETTINGS);
  });

  it('store only what differs from the defaults', async () => {
    const area = new FakeStorageArea();
    await saveSettings(area, { disabledSites: ['nv.ua'] });
    expect(area.data.get('settings')).toEqual({ disabledSites: ['nv.ua'] });
    const s = await loadSettings(area);
    expect(isSiteEnabled(s, 'nv.ua')).toBe(false);
    expect(isSiteEnabled(s, 'tsn.ua')).toBe(true);
    await saveSettings(area, { disabledSites: [] });
    expect(area.data.get('settings')).toEqual({});
  });

  it('ignore stored values of the wrong type instead of breaking', async () => {
    const area = new FakeStorageArea();
    await area.set({ settings: { disabledSites: 'nv.ua', retentionDays: '7', unknown: 1 } });
    expect(await loadSettings(area)).toEqual(DEFAULT_SETTINGS);
  });

  it('migrations keep what was stored', async () => {
    const area = new FakeStorageArea();
    await area.set({ settings: { disabledSites: ['tsn.ua'] } });
    await migrateSettings(area);
    expect((await loadSettings(area)).disabledSites).toEqual(['tsn.ua']);
  });
});
