/**
 * Every English string in one tree: the initial ones (en.ts) merged with the sections that load
 * on demand with their panels (docs/i18n.md, "How languages load"). For the tests that compare
 * languages or read texts of any panel, and for code that may import everything (the CLI): the
 * app itself never imports this module, or every section would be initial again.
 */
import { en, type English } from './en';
import { enInspect } from './en-inspect';
import { enCurvatureView } from './en-curvature-view';
import { enCurvature } from './en-curvature';
import { enLab } from './en-lab';
import { enModels } from './en-models';
import { enLesson } from './en-lesson';
import { enInsight } from './en-insight';
import { enShare } from './en-share';
import { enNotices } from './en-notices';
import { enLegend } from './en-legend';
import { enCode } from './en-code';
import { enTables } from './en-tables';
import { enExport } from './en-export';
import { enPicker } from './en-picker';
import { enPresets } from './en-presets';
import { enLandscape3d } from './en-landscape3d';
import type { Bundle } from './translator';

/** `a` and `b` merged: nested objects merge (a section split between two files joins up). */
function merge(a: Bundle, b: Bundle): Bundle {
  const out: Record<string, string | Bundle> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const old = out[key];
    out[key] = typeof old === 'object' && typeof value === 'object' ? merge(old, value) : value;
  }
  return out;
}

/** The on-demand sections (en.ts's `English` lists the same). */
export const ON_DEMAND_ENGLISH: readonly Bundle[] = [
  enInspect,
  enCurvatureView,
  enCurvature,
  enLab,
  enModels,
  enLesson,
  enInsight,
  enShare,
  enNotices,
  enLegend,
  enCode,
  enTables,
  enExport,
  enPicker,
  enPresets,
  enLandscape3d,
];

export const enAll = ON_DEMAND_ENGLISH.reduce(merge, en) as English;
