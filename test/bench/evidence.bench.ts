/**
 * Evidence index benchmark over a generated corpus: 20,000 articles × 10 sentences (uk/ru/en, from
 * templates with a seeded PRNG: entities, numbers, dates, concepts and publication dates vary).
 * Prints: ingest rate with pre-analysed claims (the generator knows each sentence's entities,
 * concepts, numbers and dates, so the index gets Claim objects as detectClaims would give them),
 * ingest rate through detectClaims on a sample of 1,000 articles after 300 warm-up articles (the real
 * path for a page, in a background that has been running), where that time goes,
 * query latency per claim (median, p95; wall time and, since the machine may be shared, CPU time),
 * heap used after ingest and the serialized size.
 * Targets: ≥ 500 articles/s, p95 ≤ 5 ms, ≤ 200 MB heap. `npm run bench -- evidence`.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { detectClaims } from '../../src/core/claims/index';
import { loadGazetteer } from '../../src/core/entities/gazetteer';
import { EvidenceIndex } from '../../src/core/evidence/index';
import type { Article, Claim, ClaimKind, Lang } from '../../src/core/types';

const ARTICLES = Number(process.env.ZB_ARTICLES ?? 20_000);
const SENTENCES = 10;
const QUERIES = 2_000;
/** Articles ingested through detectClaims to measure the real path (it is ~100× slower). */
const DETECT_SAMPLE = Number(process.env.ZB_DETECT_SAMPLE ?? 1_000);
/** Articles (from the corpus's end) run through detectClaims before the sample is timed. */
const DETECT_WARMUP = 300;
const SEED = 20260522;

/** mulberry32: small, seeded, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ['ukraine', 'russia', 'china', 'usa', 'iran', 'north-korea', 'belarus', 'india', 'turkey', 'poland', 'kazakhstan', 'germany', 'france', 'japan', 'hungary', 'georgia'];
const PEOPLE = ['rutte', 'stoltenberg', 'xi-jinping', 'putin', 'zelensky', 'lavrov', 'peskov', 'lukashenko', 'macron', 'erdogan', 'modi', 'guo-jiakun', 'mao-ning', 'lin-jian', 'budanov', 'sybiha'];
const MEDIA = ['reuters', 'ap', 'afp', 'bloomberg', 'cnn', 'bbc', 'ft', 'wsj', 'nyt', 'politico', 'interfax-ukraine', 'ukrinform'];
const OUTLETS = ['rbc.ua', 'unian.ua', 'pravda.com.ua', 'nv.ua', 'censor.net', 'tsn.ua', 'suspilne.media', 'reuters.com', 'korrespondent.net', 'gordonua.com'];
const LANGS: ('uk' | 'ru' | 'en')[] = ['uk', 'ru', 'en'];

// Topic words per concept and language (inflection ignored: the index sees the claim fields, the text is for word keys).
const TOPIC: Record<string, Record<'uk' | 'ru' | 'en', string>> = {
  train: { uk: 'таємно провів підготовку військових', ru: 'тайно провел подготовку военных', en: 'secretly trained soldiers' },
  supply: { uk: 'постачає двигуни для дронів', ru: 'поставляет двигатели для дронов', en: 'supplies drone engines' },
  weapons: { uk: 'передав артилерійські снаряди', ru: 'передал артиллерийские снаряды', en: 'handed over artillery shells' },
  sanctions: { uk: 'допомагає обходити санкції', ru: 'помогает обходить санкции', en: 'helps evade sanctions' },
  meet: { uk: 'провів переговори', ru: 'провел переговоры', en: 'held talks' },
  energy: { uk: 'збільшив постачання газу', ru: 'увеличил поставки газа', en: 'increased gas supplies' },
};
const CONCEPTS_OF: Record<string, string[]> = { train: ['train', 'troops'], supply: ['supply', 'drones'], weapons: ['supply', 'weapons'], sanctions: ['sanctions'], meet: ['meet', 'negotiations'], energy: ['energy', 'supply'] };
const SAYS = { uk: 'повідомляє', ru: 'сообщает', en: 'reports' };
const DENIED = { uk: 'спростував повідомлення', ru: 'опроверг сообщение', en: 'denied the report by' };

interface Gen {
  articles: Article[];
  claims: Claim[][];
}

/** The deterministic corpus. */
function generate(n: number): Gen {
  const rnd = prng(SEED);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const gaz = loadGazetteer();
  const name = (id: string, lang: Lang): string => gaz.name(id, lang);
  const articles: Article[] = [];
  const claims: Claim[][] = [];
  const t0 = Date.parse('2022-01-01T00:00:00Z');
  for (let i = 0; i < n; i++) {
    const lang = LANGS[i % 3]!;
    const published = new Date(t0 + Math.floor(rnd() * 4 * 365) * 86_400_000).toISOString();
    const topic = pick(Object.keys(TOPIC));
    const [a, b] = [pick(COUNTRIES), pick(COUNTRIES)];
    const media = pick(MEDIA);
    const paragraphs: Article['paragraphs'] = [];
    const cs: Claim[] = [];
    let at = 0;
    for (let s = 0; s < SENTENCES; s++) {
      const num = 10 + Math.floor(rnd() * 990);
      const day = `${published.slice(0, 8)}${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
      const speaker = pick(PEOPLE);
      const denial = rnd() < 0.15;
      const c2 = rnd() < 0.5 ? b : pick(COUNTRIES);
      const kind: ClaimKind = denial ? 'denial' : s % 3 === 0 ? 'report' : 'statement';
      const text = denial
        ? `${name(speaker, lang)} ${DENIED[lang]} ${name(media, lang)}: ${name(a, lang)} ${TOPIC[topic]![lang]} ${name(c2, lang)}, ${num}.`
        : `${name(media, lang)} ${SAYS[lang]}, ${name(a, lang)} ${TOPIC[topic]![lang]} ${name(c2, lang)}: ${num}, ${day}.`;
      paragraphs.push({ id: `p${s}`, text, kind: 'p' });
      const c: Claim = {
        id: `c${s}`,
        text,
        paragraph: `p${s}`,
        start: 0,
        end: text.length,
        quote: { exact: text, prefix: '', suffix: '' },
        position: { start: at, end: at + text.length },
        kind,
        entities: denial ? [speaker, media, a, c2] : [media, a, c2],
        concepts: denial ? [...CONCEPTS_OF[topic]!, 'deny'] : CONCEPTS_OF[topic]!,
        numbers: [num],
        dates: denial ? [] : [day],
        negated: false,
        hedged: false,
        checkworthiness: 0.9,
        lang,
      };
      if (denial) {
        c.speaker = speaker;
        c.target = media;
      } else c.source = media;
      at += text.length + 2;
      cs.push(c);
    }
    articles.push({ url: `https://${OUTLETS[i % OUTLETS.length]}/news/${i}`, outlet: OUTLETS[i % OUTLETS.length]!, lang, title: paragraphs[0]!.text.slice(0, 80), published, paragraphs, links: [], obtained: 'feed', obtainedAt: published, adapter: 'bench' });
    claims.push(cs);
  }
  return { articles, claims };
}

const pct = (xs: number[], p: number): number => [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

function gc(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** Prints the numbers. */
export async function run(): Promise<void> {
  const g0 = performance.now();
  const { articles, claims } = generate(ARTICLES);
  const total = claims.reduce((n, c) => n + c.length, 0);
  console.log(`corpus: ${articles.length} articles, ${total} sentences (generated in ${((performance.now() - g0) / 1000).toFixed(1)} s, seed ${SEED})`);

  // Real path on a sample: detectClaims + add.
  const sample = articles.slice(0, DETECT_SAMPLE);
  const ixD = new EvidenceIndex();
  // Steady state, as in a background that has been running: the detector warmed up (V8 optimises it
  // over the first few hundred sentences) on other articles of the corpus. The cold first detection
  // of a fresh worker is cold.bench.ts's number.
  for (const a of articles.slice(-DETECT_WARMUP)) detectClaims(a, { all: true });
  let tDetect = 0;
  let tAdd = 0;
  for (const a of sample) {
    const t = performance.now();
    const cs = detectClaims(a, { all: true });
    tDetect += performance.now() - t;
    const u = performance.now();
    ixD.add(a, cs);
    tAdd += performance.now() - u;
  }
  const sec = (tDetect + tAdd) / 1000;
  console.log(`ingest through detectClaims (${DETECT_SAMPLE} articles): ${(DETECT_SAMPLE / sec).toFixed(0)} articles/s — detectClaims ${((tDetect / (tDetect + tAdd)) * 100).toFixed(0)}% of the time (${(tDetect / DETECT_SAMPLE).toFixed(2)} ms/article), index add ${(tAdd / DETECT_SAMPLE).toFixed(2)} ms/article`);

  // Pre-analysed claims: the whole corpus.
  gc();
  const mem0 = process.memoryUsage();
  const heap0 = mem0.heapUsed;
  const ix = new EvidenceIndex();
  const t1 = performance.now();
  articles.forEach((a, i) => ix.add(a, claims[i]));
  const ingestMs = performance.now() - t1;
  console.log(`ingest of pre-analysed claims: ${(ARTICLES / (ingestMs / 1000)).toFixed(0)} articles/s (${(ingestMs / 1000).toFixed(1)} s for ${ix.size} articles, ${ix.sentences} sentences indexed)  target ≥ 500`);

  const rnd = prng(SEED + 1);
  const times: number[] = [];
  // CPU time per query as well as wall time: on a shared machine wall time includes waiting for a core.
  const cpuTimes: number[] = [];
  let shown = 0;
  ix.query(claims[0]![0]!, articles[0]!); // builds nothing lazily when added live; warms the JIT
  const cpu0 = process.cpuUsage();
  for (let q = 0; q < QUERIES; q++) {
    const i = Math.floor(rnd() * ARTICLES);
    const c = claims[i]![Math.floor(rnd() * SENTENCES)]!;
    const u = process.cpuUsage();
    const t = performance.now();
    shown += ix.query(c, articles[i]!).length;
    times.push(performance.now() - t);
    const du = process.cpuUsage(u);
    cpuTimes.push((du.user + du.system) / 1000);
  }
  const cpu = process.cpuUsage(cpu0);
  console.log(`query: median ${pct(times, 0.5).toFixed(2)} ms, p95 ${pct(times, 0.95).toFixed(2)} ms, max ${Math.max(...times).toFixed(1)} ms wall over ${QUERIES} claims; mean CPU ${((cpu.user + cpu.system) / 1000 / QUERIES).toFixed(2)} ms, CPU median ${pct(cpuTimes, 0.5).toFixed(2)} / p95 ${pct(cpuTimes, 0.95).toFixed(2)} ms (${(shown / QUERIES).toFixed(1)} links shown per claim)  target p95 ≤ 5 ms`);

  gc();
  const mem = process.memoryUsage();
  const heap = mem.heapUsed - heap0;
  // Typed arrays' contents live outside the JS heap (ArrayBuffer backing stores): counted apart, and in the total.
  const buffers = mem.arrayBuffers - mem0.arrayBuffers;
  console.log(`heap used by the index after ingest: ${(heap / 1024 / 1024).toFixed(0)} MB JS heap + ${(buffers / 1024 / 1024).toFixed(0)} MB typed arrays = ${((heap + buffers) / 1024 / 1024).toFixed(0)} MB  target ≤ 200 MB`);
  const t2 = performance.now();
  const json = JSON.stringify(ix.toJSON());
  const ser = performance.now() - t2;
  const t3 = performance.now();
  const back = EvidenceIndex.fromJSON(JSON.parse(json));
  back.query(claims[1]![1]!, articles[1]!);
  const load = performance.now() - t3;
  console.log(`serialized: ${(Buffer.byteLength(json) / 1024 / 1024).toFixed(1)} MB JSON (toJSON+stringify ${ser.toFixed(0)} ms; parse+fromJSON+first query ${load.toFixed(0)} ms)`);
}
