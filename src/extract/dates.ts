/**
 * Publication dates as ISO 8601 strings. Machine dates (JSON-LD, `article:published_time`,
 * `time[datetime]`) are normalized to `YYYY-MM-DDTHH:MM:SS±HH:MM`; human dates in Ukrainian, Russian
 * or English ("20 травня 2026, 17:59", "28 февраля 2025 13:05") are read as Kyiv time, the local time of
 * the outlets that print them without an offset.
 */

/** Kyiv switches to summer time (UTC+3) on the last Sunday of March and back on the last Sunday of October (EU rule, 01:00 UTC). */
const KYIV_WINTER_OFFSET_MIN = 120;
const KYIV_SUMMER_OFFSET_MIN = 180;
const DST_SWITCH_UTC_HOUR = 1;
/** Years outside this range are treated as misparses. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

const MONTHS: Record<string, number> = {};
const MONTH_STEMS: [string[], number][] = [
  [['січ', 'січн', 'янв', 'jan'], 1], [['лют', 'фев', 'feb'], 2], [['берез', 'март', 'мар', 'mar'], 3],
  [['квіт', 'апр', 'apr'], 4], [['трав', 'ма', 'may'], 5], [['черв', 'июн', 'jun'], 6], [['лип', 'июл', 'jul'], 7],
  [['серп', 'авг', 'aug'], 8], [['верес', 'сент', 'сен', 'sep'], 9], [['жовт', 'окт', 'oct'], 10],
  [['листоп', 'нояб', 'ноя', 'nov'], 11], [['груд', 'дек', 'dec'], 12],
];
for (const [stems, m] of MONTH_STEMS) for (const s of stems) MONTHS[s] = m;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastSundayUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0)); // last day of `month` (1-based)
  return last.getUTCDate() - last.getUTCDay();
}

/** Kyiv's UTC offset in minutes at the given local wall-clock time. */
export function kyivOffsetMinutes(year: number, month: number, day: number, hour: number): number {
  const utcGuess = Date.UTC(year, month - 1, day, hour) - KYIV_WINTER_OFFSET_MIN * 60_000;
  const start = Date.UTC(year, 2, lastSundayUtc(year, 3), DST_SWITCH_UTC_HOUR);
  const end = Date.UTC(year, 9, lastSundayUtc(year, 10), DST_SWITCH_UTC_HOUR);
  return utcGuess >= start && utcGuess < end ? KYIV_SUMMER_OFFSET_MIN : KYIV_WINTER_OFFSET_MIN;
}

function formatOffset(min: number): string {
  const sign = min < 0 ? '-' : '+';
  const a = Math.abs(min);
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

function validYmd(y: number, m: number, d: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** A machine date normalized to ISO with seconds and a `±HH:MM` offset; `kyiv` supplies a missing offset. */
export function normalizeIsoDate(raw: string, kyiv = false): string | undefined {
  const m = ISO.exec(raw.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!validYmd(y, mo, d)) return undefined;
  if (m[4] === undefined) return `${m[1]}-${m[2]}-${m[3]}`;
  const hh = Number(m[4]);
  const time = `${m[4]}:${m[5]}:${m[6] ?? '00'}`;
  let off = m[7];
  if (off) off = off.toUpperCase() === 'Z' ? '+00:00' : off.includes(':') ? off : `${off.slice(0, 3)}:${off.slice(3)}`;
  else if (kyiv) off = formatOffset(kyivOffsetMinutes(y, mo, d, hh));
  return `${m[1]}-${m[2]}-${m[3]}T${time}${off ?? ''}`;
}

/**
 * A human date ("20 травня 2026, 17:59", "17:59, 20.05.2026", "28 февраля 2025") as Kyiv time ISO.
 * Undefined when no day, month and year can be found.
 */
export function parseHumanDate(text: string): string | undefined {
  const t = text.toLowerCase();
  let y: number | undefined, mo: number | undefined, d: number | undefined;
  const named = /(\d{1,2})\s+([a-zа-яіїєґё]+)\.?,?\s+(\d{4})/u.exec(t);
  if (named) {
    const word = named[2]!;
    for (let len = Math.min(word.length, 6); len >= 2 && mo === undefined; len--) mo = MONTHS[word.slice(0, len)];
    d = Number(named[1]);
    y = Number(named[3]);
  }
  if (mo === undefined) {
    const numeric = /(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(t);
    if (!numeric) return undefined;
    [d, mo, y] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
  }
  if (!validYmd(y!, mo, d!)) return undefined;
  const time = /(\d{1,2}):(\d{2})/.exec(t);
  const date = `${y}-${pad(mo)}-${pad(d!)}`;
  if (!time) return date;
  const hh = Number(time[1]);
  const mm = Number(time[2]);
  if (hh > 23 || mm > 59) return date;
  return `${date}T${pad(hh)}:${pad(mm)}:00${formatOffset(kyivOffsetMinutes(y!, mo, d!, hh))}`;
}
