/**
 * The registry of outlet adapters (SITES.md "Per site"). A page whose host is listed by none of them
 * takes the generic path.
 */
import type { SiteAdapter } from '../adapter';
import { bareHost } from '../outlet';
import { adapter as censor } from './censor';
import { adapter as expres } from './expres';
import { adapter as gordonua } from './gordonua';
import { adapter as ipress } from './ipress';
import { adapter as korrespondent } from './korrespondent';
import { adapter as nv } from './nv';
import { adapter as pravda } from './pravda';
import { adapter as radiosvoboda } from './radiosvoboda';
import { adapter as rbc } from './rbc';
import { adapter as reuters } from './reuters';
import { adapter as suspilne } from './suspilne';
import { adapter as tsn } from './tsn';
import { adapter as unian } from './unian';
import { adapter as unn } from './unn';

/** Every adapter, one per outlet. */
export const ADAPTERS: readonly SiteAdapter[] = [
  korrespondent, gordonua, ipress, expres, pravda, radiosvoboda, unian,
  rbc, nv, tsn, censor, suspilne, unn, reuters,
];

const BY_HOST = new Map<string, SiteAdapter>();
for (const a of ADAPTERS) for (const h of a.hosts) BY_HOST.set(bareHost(h), a);

/** The adapter serving `hostname` (with or without `www.`), or undefined for the generic path. */
export function adapterFor(hostname: string): SiteAdapter | undefined {
  return BY_HOST.get(bareHost(hostname));
}
