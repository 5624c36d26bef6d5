/**
 * File names of exports: `descent-<problem>-<what>.<ext>`, e.g. `descent-rosenbrock-landscape.png`,
 * lower case ASCII words joined by hyphens so they survive every file system and URL.
 */
import type { ProblemSpec } from '../scenario/types';

/** What an export holds, by file extension. */
export type ExportExtension = 'png' | 'svg' | 'webm' | 'csv' | 'json';

/** The MIME type written with each extension. */
export const MIME_TYPES: Record<ExportExtension, string> = {
  png: 'image/png',
  svg: 'image/svg+xml',
  webm: 'video/webm',
  csv: 'text/csv',
  json: 'application/json',
};

/**
 * A word of a file name: Greek letters spelled out (α sweep → alpha-sweep), accents dropped,
 * anything else that is not a letter or digit becomes one hyphen; "" when nothing is left.
 */
export function slug(text: string): string {
  const spelled = text
    .replace(/α/g, 'alpha')
    .replace(/β/g, 'beta')
    .replace(/ε/g, 'eps')
    .replace(/‖∇f‖/g, 'grad-norm')
    .replace(/∇/g, 'grad');
  return spelled
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The problem's part of a file name: the function's name, `formula` for a typed f, else the model. */
export function problemSlug(problem: ProblemSpec): string {
  if (problem.type === 'function') return slug(problem.name) || 'function';
  if (problem.type === 'expression') return 'formula';
  return problem.type;
}

/**
 * `descent-<problem>-<what>.<ext>`; empty parts are left out.
 * @example exportFileName('rosenbrock', 'landscape', 'png') // 'descent-rosenbrock-landscape.png'
 */
export function exportFileName(problem: string, what: string, extension: ExportExtension): string {
  const parts = ['descent', slug(problem), slug(what)].filter((p) => p !== '');
  return `${parts.join('-')}.${extension}`;
}

/** The chart tabs' words in file names, fixed English whatever the interface language. */
export const CHART_FILE_WORDS: Readonly<Record<string, string>> = {
  loss: 'loss',
  gradNorm: 'grad-norm',
  accuracy: 'accuracy',
  data: 'data',
  sweep: 'alpha-sweep',
  maps: 'beta-eps-maps',
};
