/**
 * Month and weekday names in every inflection news text uses (uk/ru/en), and the alternations that
 * find them. Case-insensitive: pages write "29 Квітня 2024" as well as "20 травня".
 */

function forms(stem: string, endings: string): string[] {
  return endings.split('|').map((e) => stem + e);
}

const UK_M = 'ень|ня|ні|нем';
const RU_M = 'ь|я|е|ем|ём';
/** Lowercased month form → month number 1..12. */
export const MONTHS = new Map<string, number>();
const monthForms: string[][] = [
  [...forms('січ', UK_M), ...forms('январ', RU_M), 'january', 'jan'],
  [...forms('лют', 'ий|ого|ому|им'), ...forms('феврал', RU_M), 'february', 'feb'],
  [...forms('берез', UK_M), ...forms('март', '|а|е|ом'), 'march', 'mar'],
  [...forms('квіт', UK_M), ...forms('апрел', RU_M), 'april', 'apr'],
  [...forms('трав', UK_M), ...forms('ма', 'й|я|е|ем'), 'may'],
  [...forms('черв', UK_M), ...forms('июн', RU_M), 'june', 'jun'],
  [...forms('лип', UK_M), ...forms('июл', RU_M), 'july', 'jul'],
  [...forms('серп', UK_M), ...forms('август', '|а|е|ом'), 'august', 'aug'],
  [...forms('верес', UK_M), ...forms('сентябр', RU_M), 'september', 'sept', 'sep'],
  [...forms('жовт', UK_M), ...forms('октябр', RU_M), 'october', 'oct'],
  [...forms('листопад', '|а|і|ом|у'), ...forms('ноябр', RU_M), 'november', 'nov'],
  [...forms('груд', UK_M), ...forms('декабр', RU_M), 'december', 'dec'],
];
monthForms.forEach((list, i) => list.forEach((f) => MONTHS.set(f, i + 1)));

/** Lowercased weekday form → JS weekday (0 = Sunday). Oblique forms only for uk/ru ("у середу"). */
export const WEEKDAYS = new Map<string, number>();
const weekdayForms: string[][] = [
  ['неділю', 'неділі', 'неділя', 'воскресенье', 'воскресенья', 'sunday'],
  ['понеділок', 'понеділка', 'понедельник', 'понедельника', 'monday'],
  ['вівторок', 'вівторка', 'вторник', 'вторника', 'tuesday'],
  ['середу', 'середи', 'середа', 'среду', 'среды', 'wednesday'],
  ['четвер', 'четверга', 'четверг', 'четверга', 'thursday'],
  ["п'ятницю", "п'ятниці", "п'ятниця", 'пятницу', 'пятницы', 'пятница', 'friday'],
  ['суботу', 'суботи', 'субота', 'субботу', 'субботы', 'суббота', 'saturday'],
];
weekdayForms.forEach((list, i) => list.forEach((f) => WEEKDAYS.set(f, i)));

/** English abbreviations, which may carry a dot ("Jan. 5"); a dot after a full name ends the sentence. */
export const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec']);

/** A regex alternation of the keys, longest first, apostrophes accepting any apostrophe variant. */
export function alternation(keys: Iterable<string>): string {
  return [...keys]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/'/g, "['’ʼ]"))
    .join('|');
}

/** The month alternation as one capturing group: full forms, then abbreviations with an optional dot. */
export function monthGroup(): string {
  const full = [...MONTHS.keys()].filter((k) => !MONTH_ABBREVIATIONS.has(k));
  return `(${alternation(full)}|(?:${alternation(MONTH_ABBREVIATIONS)})\\.?)`;
}

/** Lowercased, apostrophes folded: the key form for the maps above. */
export function wordKey(w: string): string {
  return w.toLowerCase().replace(/[’ʼ]/g, "'").replace(/\.$/, '');
}
