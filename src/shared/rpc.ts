/**
 * Typed request/response over `runtime.sendMessage` / `tabs.sendMessage`. A client is a Proxy whose
 * methods post `{zvirka: 1, channel, method, args}`; a server is an onMessage listener that answers
 * only its own channel, rejects senders its guard refuses, and replies `{ok, value | error}`.
 * Nothing here touches `browser.*`: the transport and the sender are passed in, so node tests drive it.
 */
import type { Channel } from './protocol';

/** The parts of `runtime.MessageSender` the guards look at. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export interface Envelope {
  zvirka: 1;
  channel: Channel;
  method: string;
  args: unknown[];
}

export type Reply = { ok: true; value: unknown } | { ok: false; error: { name: string; message: string } };

/** An error raised on the other side of a message, re-thrown at the caller. */
export class RemoteError extends Error {
  constructor(
    readonly remoteName: string,
    message: string,
  ) {
    super(message);
    this.name = 'RemoteError';
  }
}

/** An API interface: every member is a method returning a Promise. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Api<T> = { [K in keyof T]: (...args: any[]) => Promise<unknown> };

/** Handlers receive the checked sender first, then the method's arguments. */
export type Handlers<T extends Api<T>> = {
  [K in keyof T]: (sender: Sender, ...args: Parameters<T[K]>) => ReturnType<T[K]> | Awaited<ReturnType<T[K]>>;
};

/** Decides whether a sender may call a channel. */
export type Guard = (sender: Sender) => boolean;

function isEnvelope(msg: unknown): msg is Envelope {
  if (typeof msg !== 'object' || msg === null) return false;
  const m = msg as Partial<Envelope>;
  return m.zvirka === 1 && typeof m.channel === 'string' && typeof m.method === 'string' && Array.isArray(m.args);
}

function serializeError(err: unknown): Reply {
  const e = err instanceof Error ? err : new Error(String(err));
  return { ok: false, error: { name: e.name, message: e.message } };
}

/** A typed client for `channel`; `send` is the transport (runtime.sendMessage or a tab's sendMessage). */
export function createClient<T extends Api<T>>(channel: Channel, send: (msg: Envelope) => Promise<unknown>): T {
  return new Proxy({} as T, {
    get(_target, method) {
      if (typeof method !== 'string') return undefined;
      return async (...args: unknown[]) => {
        const reply = (await send({ zvirka: 1, channel, method, args })) as Reply | undefined;
        if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
          throw new RemoteError('NoReceiver', `no handler answered ${channel}.${method}`);
        }
        if (!reply.ok) throw new RemoteError(reply.error.name, reply.error.message);
        return reply.value;
      };
    },
  });
}

/**
 * An onMessage listener serving `handlers` on `channel`. Messages for other channels get `undefined`
 * (so other listeners may answer); a refused sender gets a `Forbidden` error and the handler never runs.
 */
export function createServer<T extends Api<T>>(
  channel: Channel,
  handlers: Handlers<T>,
  guard: Guard,
  log: (msg: string) => void = () => {},
): (msg: unknown, sender: Sender) => Promise<Reply> | undefined {
  return (msg, sender) => {
    if (!isEnvelope(msg) || msg.channel !== channel) return undefined;
    if (!guard(sender)) {
      log(`refused ${channel}.${msg.method} from ${sender.url ?? sender.id ?? 'unknown sender'}`);
      return Promise.resolve({ ok: false, error: { name: 'Forbidden', message: `sender may not call ${channel}` } });
    }
    if (!Object.prototype.hasOwnProperty.call(handlers, msg.method)) {
      return Promise.resolve({ ok: false, error: { name: 'NoSuchMethod', message: `${channel}.${msg.method}` } });
    }
    const handler = handlers[msg.method as keyof T] as (s: Sender, ...a: unknown[]) => unknown;
    return Promise.resolve()
      .then(() => handler(sender, ...msg.args))
      .then((value): Reply => ({ ok: true, value: value ?? null }), serializeError);
  };
}
