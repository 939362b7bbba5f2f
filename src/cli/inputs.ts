/**
 * Files → Articles for the CLI. An `.html` page is extracted as in the extension (the same
 * `extractArticle`, on linkedom's DOM), a `.txt` dump by the text-mode extractor, a `.json` record
 * from its fields; a directory contributes its files of these kinds, sorted, recursively.
 * Every failure names the file and the problem.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { isArticle, type Article, type Lang, type Obtained } from '../core/types';
import { decodeHtml } from '../extract/decode';
import { extractArticle } from '../extract/index';
import { extractText } from '../extract/text-mode';
import { articleFromRecord } from './record';

export const KINDS = new Set(['.html', '.htm', '.txt', '.json']);
/** Larger files are refused rather than read into memory. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** A file that could not be turned into an article. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

/** The files named by `paths`: files as given, directories expanded (sorted, recursive). */
export async function expandPaths(paths: string[]): Promise<{ files: string[]; errors: InputError[] }> {
  const files: string[] = [];
  const errors: InputError[] = [];
  const walk = async (p: string, explicit: boolean): Promise<void> => {
    let st;
    try {
      st = await stat(p);
    } catch {
      errors.push(new InputError(p, 'no such file or directory'));
      return;
    }
    if (st.isDirectory()) {
      for (const name of (await readdir(p)).sort()) await walk(join(p, name), false);
    } else if (KINDS.has(extname(p).toLowerCase())) {
      files.push(p);
    } else if (explicit) {
      errors.push(new InputError(p, `unsupported file type "${extname(p) || '(none)'}" (use .html, .txt or .json)`));
    }
  };
  for (const p of paths) await walk(p, true);
  return { files, errors };
}

function canonicalOf(doc: Document): string | undefined {
  const href =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  try {
    return href ? new URL(href).href : undefined;
  } catch {
    return undefined;
  }
}

/** Reads one file as an Article; throws InputError. */
export async function loadArticle(file: string, obtained: Obtained = 'file', now = new Date()): Promise<Article> {
  const st = await stat(file).catch(() => null);
  if (!st) throw new InputError(file, 'no such file');
  if (st.size > MAX_FILE_BYTES) throw new InputError(file, `file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  const bytes = await readFile(file);
  if (bytes.length === 0) throw new InputError(file, 'file is empty');
  const fileUrl = pathToFileURL(resolve(file)).href;
  const ext = extname(file).toLowerCase();
  let result;
  if (ext === '.json') {
    result = articleFromRecord(new TextDecoder('utf-8').decode(bytes), { obtained, now });
    if (typeof result === 'string') throw new InputError(file, result);
  } else if (ext === '.txt') {
    const text = new TextDecoder('utf-8').decode(bytes);
    result = extractText(text, { url: fileUrl });
  } else {
    const { text } = decodeHtml(bytes);
    const { document } = parseHTML(text);
    if (!document.documentElement) throw new InputError(file, 'not an HTML document');
    result = extractArticle(document as unknown as Document, canonicalOf(document as unknown as Document) ?? fileUrl, { obtained, now });
  }
  if (!isArticle(result)) throw new InputError(file, `not an article: ${result.reason}`);
  return { ...result, obtained };
}

export type { Lang };
