/**
 * Which holder a role noun ("генсек НАТО", "президент США") refers to on a given date. Years in the
 * data are inclusive; ISO dates are exact hand-over days (`to` exclusive), which is how Rutte
 * (from 2024-10-01) and Stoltenberg (to 2024-10-01) share 2024.
 */
import type { RoleHolder } from './entity-types';

/** A bare year stands for its middle, so a year-only article date falls on one side of a hand-over. */
const MID_YEAR = '-07-01';

function startOf(v: number | string | undefined): string {
  if (v === undefined) return '0000';
  return typeof v === 'number' ? `${v}-01-01` : v;
}

function endOf(v: number | string | undefined): string | undefined {
  if (v === undefined) return undefined;
  return typeof v === 'number' ? `${v}-12-31~` : v;
}

function dateKey(date: string | number): string {
  const s = String(date);
  return /^\d{4}$/.test(s) ? s + MID_YEAR : s.slice(0, 10);
}

/**
 * The holder in office on `date` (the latest appointed when periods touch), or, without a date,
 * the one still in office; falls back to the most recent one.
 */
export function pickHolder(holders: readonly RoleHolder[], date?: string | number): RoleHolder | undefined {
  if (!holders.length) return undefined;
  const byStart = [...holders].sort((a, b) => (startOf(b.from) < startOf(a.from) ? -1 : 1));
  if (date !== undefined && String(date).trim() !== '') {
    const d = dateKey(date);
    const inOffice = byStart.find((h) => startOf(h.from) <= d && (endOf(h.to) === undefined || d < endOf(h.to)!));
    if (inOffice) return inOffice;
  }
  return byStart.find((h) => h.to === undefined) ?? byStart[0];
}
