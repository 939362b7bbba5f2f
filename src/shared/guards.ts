/**
 * Sender checks for every channel (STYLE.md 5). `extensionId` and `extensionOrigin` come from the
 * running extension (`runtime.id`, `runtime.getURL('')`), passed in so node tests can use fakes.
 */
import type { Guard, Sender } from './rpc';

export interface Self {
  extensionId: string;
  /** e.g. `chrome-extension://abc/` or `moz-extension://uuid/`, with the trailing slash. */
  extensionOrigin: string;
}

const WEB_PAGE = /^https?:\/\//;

/** A content script in the top frame of a web page tab of this extension. */
export function fromContentScript(self: Self): Guard {
  return (s: Sender) =>
    s.id === self.extensionId &&
    typeof s.tab?.id === 'number' &&
    (s.frameId ?? 0) === 0 &&
    WEB_PAGE.test(s.url ?? s.tab.url ?? '');
}

/** One of this extension's own pages (popup, options), privileged. */
export function fromExtensionPage(self: Self): Guard {
  return (s: Sender) => s.id === self.extensionId && typeof s.url === 'string' && s.url.startsWith(self.extensionOrigin);
}

/** The background (or an extension page) messaging a content script. */
export function fromExtension(self: Self): Guard {
  return (s: Sender) => s.id === self.extensionId && (s.url === undefined || s.url.startsWith(self.extensionOrigin));
}
