import { afterEach, describe, expect, it } from 'vitest';
import { engineLoader, registerEngine, type Engine } from '../../../src/content/engine-loader';

const KEY = '__zvirkaEngine';
const engine: Engine = { runPage: async () => {} };

afterEach(() => {
  delete (globalThis as Record<string, unknown>)[KEY];
});

describe('engineLoader', () => {
  it('injects engine.js once, even when asked twice while it loads, then answers from what it registered', async () => {
    let injections = 0;
    const load = engineLoader(async () => {
      injections++;
      await new Promise((r) => setTimeout(r, 0));
      registerEngine(engine);
    });
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toBe(engine);
    expect(b).toBe(engine);
    expect(await load()).toBe(engine);
    expect(injections).toBe(1);
  });

  it('tries again after a failed injection, and says so when the script ran but registered nothing', async () => {
    let attempts = 0;
    const load = engineLoader(async () => {
      if (++attempts === 1) throw new Error('no such tab');
    });
    await expect(load()).rejects.toThrow('no such tab');
    await expect(load()).rejects.toThrow('engine.js ran but registered nothing under __zvirkaEngine');
    expect(attempts).toBe(2);
  });

  it('does not inject when the engine is already in this world', async () => {
    registerEngine(engine);
    const load = engineLoader(async () => {
      throw new Error('should not inject');
    });
    expect(await load()).toBe(engine);
  });
});
