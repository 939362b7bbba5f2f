/**
 * An in-memory fake of the parts of the WebExtension API Zvirka uses: message passing between
 * contexts with real sender objects, storage areas, and the action badge. Unit tests run the real
 * modules against it instead of stubbing individual calls (STYLE.md 11).
 */
import type { Sender } from '../../src/shared/rpc';
import type { KeyValueArea } from '../../src/shared/storage';

type Listener = (msg: unknown, sender: Sender) => Promise<unknown> | undefined;

/** A storage area kept in a Map, with structured-clone semantics like the real one. */
export class FakeStorageArea implements KeyValueArea {
  readonly data = new Map<string, unknown>();
  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const list = keys == null ? [...this.data.keys()] : Array.isArray(keys) ? keys : [keys];
    const out: Record<string, unknown> = {};
    for (const k of list) if (this.data.has(k)) out[k] = structuredClone(this.data.get(k));
    return out;
  }
  async set(items: Record<string, unknown>): Promise<void> {
    for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v));
  }
  async remove(keys: string | string[]): Promise<void> {
    for (const k of Array.isArray(keys) ? keys : [keys]) this.data.delete(k);
  }
}

/** One extension: its id, its origin, the runtime listeners of its background, and its tabs. */
export class FakeExtension {
  readonly origin: string;
  readonly backgroundListeners: Listener[] = [];
  readonly tabListeners = new Map<number, Listener[]>();
  readonly local = new FakeStorageArea();
  readonly session = new FakeStorageArea();
  readonly badges = new Map<number, { text: string; color: string }>();

  constructor(readonly id = 'fake-extension-id') {
    this.origin = `chrome-extension://${id}/`;
  }

  /** `runtime.sendMessage` as seen from a context with this sender. */
  sendFrom(sender: Sender): (msg: unknown) => Promise<unknown> {
    return async (msg) => {
      // Like the real API: the message is cloned, and the first listener that returns a promise answers.
      const copy = structuredClone(msg);
      for (const l of this.backgroundListeners) {
        const r = l(copy, structuredClone(sender));
        if (r !== undefined) return structuredClone(await r);
      }
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
  }

  /** `tabs.sendMessage(tabId, …)` from the background. */
  sendToTab(tabId: number): (msg: unknown) => Promise<unknown> {
    return async (msg) => {
      const sender: Sender = { id: this.id, url: `${this.origin}background.js` };
      for (const l of this.tabListeners.get(tabId) ?? []) {
        const r = l(structuredClone(msg), sender);
        if (r !== undefined) return structuredClone(await r);
      }
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
  }

  /** A content script's sender in a tab showing `url`. */
  contentSender(tabId: number, url: string): Sender {
    return { id: this.id, url, tab: { id: tabId, url }, frameId: 0 };
  }

  /** An extension page's sender (popup or options). */
  pageSender(page: string, tabId?: number): Sender {
    return { id: this.id, url: `${this.origin}${page}`, ...(tabId === undefined ? {} : { tab: { id: tabId } }) };
  }
}
