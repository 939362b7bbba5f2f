/**
 * Attribution of one sentence: the cue, who says it (speaker), who reported it (source), and for a
 * denial whose report is denied (target). Patterns covered (uk/ru/en): "X заявив, що …", "за словами X",
 * "«…», – сказав X", "Про це повідомляє X" (carried back to the previous sentences), "X писало, що …",
 * "із посиланням на X", "за даними X", "X спростував публікацію Y", "X утримався від коментарів",
 * "X підтвердив", "according to X", "X said/denied/declined to comment".
 */
import type { CueFamily } from './cues';
import { FAMILY_RANK, findCues, findPhrases, type CueHit, type PhraseHit } from './attribution-cue';
import { holderOf, resolveRole, type Holder } from './attribution-speaker';
import type { Salience } from './coref';
import { gazetteer } from './deps';
import type { Unit } from './units';

/** A denial may point back at a report this many sentences earlier ("Китай отрицает, что …"). */
const REPORT_WINDOW = 3;
/** How far after an attribution phrase its entity may start ("за даними американського ISW"). */
const PHRASE_WINDOW = 4;
/** "із посиланням на X": X must follow at once, or it is the source's source, not the outlet. */
const CITING = /посиланням|ссылкой|citing/;
/** Nouns for a publication, before the outlet that published it ("публікацію Reuters", "статью WSJ"). */
const PUBLICATION = /^(публікаці\p{L}*|публикаци\p{L}*|стат(тю|ті|тя|ью|ьи|ья)|повідомленн\p{L}*|сообщени\p{L}*|матеріал\p{L}*|материал\p{L}*|розслідуванн\p{L}*|расследовани\p{L}*|інформаці\p{L}*|информаци\p{L}*|дані|данные)$/u;
/** "Як повідомили …", "Как отметили …": the phrase is a verb of saying with its holder after it. */
const AS_VERB = /^(як|как)\s/i;

/** The attribution of a sentence. */
export interface Attribution {
  family?: CueFamily;
  cue?: string;
  speaker?: string;
  source?: string;
  target?: string;
  /** An unnamed holder ("за словами джерела"). */
  anonymous: boolean;
  /** "Про це повідомляє X": the sentence attributes the previous ones and says nothing itself. */
  carry: boolean;
  /** The cue is negated ("не підтвердив"). */
  cueNegated: boolean;
  /** Attributed only through a phrase ("за даними X", "according to X"), not a verb. */
  viaPhrase: boolean;
}

function phraseHolder(u: Unit, p: PhraseHit, sal: Salience): Holder | undefined {
  const limit = CITING.test(p.text) ? 1 : PHRASE_WINDOW;
  const m = u.mentions.find((x) => x.word >= p.to && x.word < p.to + limit && !x.quoted);
  // "за його словами" (the pronoun is part of the phrase), "за даними видання", "за словами джерела".
  for (let r = p.from; r <= Math.min(u.words.length - 1, p.to); r++) {
    if (m && r >= m.word) break;
    const h = resolveRole(u, r, sal, new Set());
    if (h) return h;
  }
  return m ? { id: m.id, kind: m.kind } : undefined;
}

/** Outlets, analysts, and think tanks reporting are sources; people and official bodies speak. */
function isSource(h: Holder, family: CueFamily): boolean {
  return h.kind === 'media' || h.group === true || (family === 'report' && h.kind === 'org');
}

function targetOf(u: Unit, cue: CueHit, sal: Salience): string | undefined {
  const media = u.mentions.find((m) => m.kind === 'media' && m.word >= cue.to && !m.quoted);
  if (media) return media.id;
  // "Публікацію Reuters у Пекіні назвали вигадкою": the publication named before the cue, as its object.
  const fronted = u.mentions.find((m) => m.kind === 'media' && m.word < cue.from && !m.quoted && m.word > 0 && PUBLICATION.test(u.words[m.word - 1]!.norm));
  if (fronted) return fronted.id;
  // Only an outlet's or a think tank's report is a publication to deny, not a ministry's figures.
  const recent = sal.recentReport(u.index, REPORT_WINDOW);
  const kind = recent ? gazetteer().kind(recent) : undefined;
  return kind === 'media' || kind === 'org' ? recent : undefined;
}

/** Attributes sentence `u`; `sal` carries the article's salient entities so far. */
export function attribute(u: Unit, sal: Salience): Attribution {
  const out: Attribution = { anonymous: false, carry: false, cueNegated: false, viaPhrase: false };
  const phrases = findPhrases(u);
  // "Як зазначило відомство, Путін назвав …": the phrase's verb is not the sentence's cue.
  const cues = findCues(u).filter((c) => !phrases.some((p) => c.from < p.to && p.from < c.to));
  const top = cues.reduce<CueHit | undefined>((a, c) => (!a || FAMILY_RANK[c.family] > FAMILY_RANK[a.family] ? c : a), undefined);
  const first = u.words[0]?.norm;
  out.carry = (first === 'про' && u.words[1]?.norm === 'це') || (first === 'об' && u.words[1]?.norm === 'этом');
  if (top) {
    out.family = top.family;
    out.cue = top.text;
    const prev = top.from > 0 ? u.words[top.from - 1]!.norm : '';
    out.cueNegated = prev === 'не' || prev === 'not' || prev === 'ни';
    if (top.family === 'deny') out.target = targetOf(u, top, sal);
    // A denial inside a quotation belongs to whoever says the quotation.
    const holderCue = top.inQuote ? (cues.find((c) => !c.inQuote) ?? top) : top;
    const exclude = new Set(out.target ? [out.target] : []);
    const h = holderOf(u, holderCue, sal, exclude);
    if (h?.anonymous) out.anonymous = true;
    else if (h?.id && isSource(h, holderCue.family)) out.source = h.id;
    else if (h?.id) out.speaker = h.id;
  }
  for (const p of phrases) {
    const h = phraseHolder(u, p, sal);
    out.cue ??= p.text;
    if (!out.family) out.viaPhrase = true;
    // "За даними розвідки, …" with no institution to resolve to is still attributed, to someone unnamed.
    if (!h) {
      out.family ??= p.role === 'source' ? 'report' : 'say';
      continue;
    }
    if (h.anonymous) out.anonymous = true;
    else if (h.group || h.kind === 'media') out.source ??= h.id;
    else if (p.role === 'speaker' || (p.role === 'either' && h.kind === 'person')) out.speaker ??= h.id;
    else if (h.kind === 'person') out.speaker ??= h.id;
    // "Як повідомили в Генштабі, …" is the body speaking ("за даними Генштабу" stays a source).
    else if (h.kind === 'gov' && AS_VERB.test(p.text) && !out.speaker && !out.source) out.speaker = h.id;
    else out.source ??= h.id;
    out.family ??= p.role === 'source' ? 'report' : 'say';
  }
  if (out.family) {
    // A named outlet in an attributed sentence is its source ("в коментарі The Times зазначив").
    const media = u.mentions.find((m) => m.kind === 'media' && !m.quoted && m.id !== out.target && m.id !== out.speaker);
    if (media) out.source ??= media.id;
  }
  return out;
}
