/**
 * `--evidence` paths → an EvidenceIndex. Only these files are evidence (pages given as inputs are
 * not); a file that cannot be read or is not an article is skipped with a warning naming the file and
 * the problem, and the rest still count.
 */
import { EvidenceIndex } from '../core/evidence/index';
import { InputError, expandPaths, loadArticle } from './inputs';

/** What loading the evidence produced: the index and one warning per skipped path. */
export interface EvidenceLoad {
  index: EvidenceIndex;
  files: number;
  warnings: string[];
}

/** Indexes every article under `paths` (files and directories, as for pages). */
export async function loadEvidence(paths: string[], now = new Date()): Promise<EvidenceLoad> {
  const index = new EvidenceIndex();
  const warnings: string[] = [];
  const { files, errors } = await expandPaths(paths);
  for (const e of errors) warnings.push(`${e.message} (evidence skipped)`);
  let indexed = 0;
  for (const file of files) {
    try {
      index.add(await loadArticle(file, 'file', now));
      indexed++;
    } catch (e) {
      const msg = e instanceof InputError ? e.message : `${file}: could not be indexed: ${(e as Error).message}`;
      warnings.push(`${msg} (evidence skipped)`);
    }
  }
  if (paths.length > 0 && files.length === 0 && errors.length === 0) warnings.push(`${paths.join(' ')}: no .html, .txt or .json evidence files found`);
  return { index, files: indexed, warnings };
}
