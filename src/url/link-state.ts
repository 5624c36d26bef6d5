/**
 * What a link holds (the scenario and its view) and the contract of a link parameter, which both
 * tables implement: the scenario's (fields.ts) and the view's (view-fields.ts). Types only, a
 * leaf: the tables, the history policy and the link writer import these without importing each
 * other, so no import goes round in a cycle (test/arch/import-graph.test.ts).
 */
import type { View } from '../core/problems';
import type { SliceMethod } from '../core/slice';
import type { Lang } from '../i18n/languages';
import type { Scenario } from '../scenario/types';
import type { ArrowSettings } from '../state/arrow-settings';
import type { ChartMode } from '../state/chart-modes';
import type { Camera3d, Height3d, LandscapeView } from '../state/landscape-3d';
import type { LessonControl } from '../state/lesson';
import type { ViewNote } from '../state/note';
import type { Trails } from '../state/trails';
import type { SharpnessView } from '../plot/curvature-series';

/** What a link holds beyond the scenario: how it is looked at. */
export interface LinkView {
  /** The landscape's window; null for the problem's default. */
  window: View | null;
  /** Index of the selected run (0-based here, 1-based in the link, as on screen). */
  selectedRun: number;
  /** The cursor step; null for the end of the runs. */
  cursor: number | null;
  /** What the views draw after the cursor (src/state/trails.ts). */
  trails: Trails;
  chart: ChartMode;
  /** The λmax tab's sharpness for adaptive runs (`sharp=hessian`); absent for their own. */
  sharp?: SharpnessView;
  /** The chart panel enlarged, the landscape beside it (`big=1`); absent for not. */
  big?: boolean;
  /** The step inspector open, on the selected run at the cursor (`inspect=1`); absent for not. */
  inspect?: boolean;
  /** Embedded in another page: landscape and timeline only. */
  embed: boolean;
  /** The controls a lesson link shows; null for all. */
  lesson: LessonControl[] | null;
  /** How a model's landscape plane is chosen (docs/slices.md). */
  slice: SliceMethod;
  /** Opens in presentation mode. */
  present: boolean;
  /** Opens with the runs hidden until revealed (predict-then-reveal). */
  predict: boolean;
  /** The language to show; absent when the link names none (the browser's is used). */
  lang?: Lang;
  /** The landscape's arrows at the cursor step (docs/arrows.md); absent: none. */
  arrows?: ArrowSettings;
  /** The landscape's views (`view=3d|split`, docs/3d.md); absent for 2D only. */
  view?: LandscapeView;
  /** The 3D camera (`cam=`); absent for the first camera. */
  cam?: Camera3d;
  /** The 3D surface's height (`z=f`: f itself); absent for the colours' scale. */
  z?: Height3d;
  /** The note on the screen (docs/links.md, "The note"); absent or null for none. */
  note?: ViewNote | null;
  /** The lesson open in the player, by its id (`lesson=`); absent for none. */
  lessonId?: string;
  /** The step shown, 0-based here (`step=` is 1-based, as on screen); absent for the first. */
  lessonStep?: number;
  /** A lesson the link carries itself (`lessonData=`, src/lessons/inline.ts); absent for none. */
  lessonData?: string;
}

/** Everything a link holds: the scenario and how it is looked at. */
export interface LinkState {
  scenario: Scenario;
  view: LinkView;
}

/** What a row reads into: the scenario as an unchecked object, and the view. */
export interface Draft {
  scenario: Record<string, unknown>;
  view: Partial<LinkView>;
}

/** One link parameter, a row of either table: its key, how it is written and read back. */
export interface LinkParam {
  key: string;
  /** What the parameter holds, for the documentation and for notices. */
  doc: string;
  /** Appears once per item (the runs), in order. */
  repeated?: boolean;
  /** The parameter's values from the state; none when it is the default. */
  write(state: LinkState): string[];
  /** Reads the raw values into the draft; a message when they cannot be read. */
  read(raws: readonly string[], draft: Draft): string | null;
}
