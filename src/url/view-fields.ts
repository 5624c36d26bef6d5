/**
 * The one table of the link's view fields: how the view is looked at, beside the scenario. Each
 * field is declared once — its default, the store field it mirrors and how it is read from and
 * written to the store, its link key and how that is written and read — and everything walks
 * the table: the codec's parameters (fields.ts), the store's initial view (view-slice.ts), and
 * the link writer's reading of the store, applying of a link and change test (url-sync.ts).
 * Adding a view field is one entry here (and one in LinkView, link-state.ts, which the compiler
 * then demands): docs/links.md, "Adding a view field".
 */
import type { View } from '../core/problems';
import { isLang, LANGUAGES, type Lang } from '../i18n/languages';
import { CHART_MODES, type ChartMode } from '../state/chart-modes';
import { formatArrows, NO_ARROWS, parseArrows } from '../state/arrow-settings';
import { isLessonControl } from '../state/lesson';
import { DEFAULT_TRAILS, isTrails, TRAILS } from '../state/trails';
import { LANDSCAPE_3D_FIELDS } from './landscape-3d-fields';
import type { AppState, ViewSlice } from '../state/app-state';
import type { LessonPlayerSlice } from '../state/lesson-player-state';
import { quote } from '../scenario/text';
import type { Draft, LinkParam, LinkState, LinkView } from './link-state';
import { readNoteParam, writeNoteParam } from './note-param';
import { encodeText } from './syntax';
import {
  readLessonData,
  readLessonId,
  readLessonStep,
  writeLessonData,
  writeLessonStep,
} from './lesson-params';
import { decodeURIComponentSafe, listed, readNumbers } from './param-text';
import { readNumber, writeNumber } from './values';
import { MAX_WINDOW_COORDINATE, quantizeWindow } from './window';

export type { LinkView } from './link-state';

/** The store's fields a link's view holds: the view slice's, and which lesson and step is open. */
type LinkedSlice = ViewSlice & Pick<LessonPlayerSlice, 'lessonId' | 'lessonData' | 'lessonStep'>;

/** The store's view fields a link field may mirror (its data, not its actions). */
export type ViewStoreField = {
  [S in keyof LinkedSlice]: LinkedSlice[S] extends (...args: never[]) => unknown ? never : S;
}[keyof LinkedSlice];

/** What the store takes when the link leaves a field out and the store has no say of its own. */
export interface StoreFallback {
  /** The language when the link names none: the browser's on opening, else the one shown. */
  lang: Lang;
}

/** A parameter read: the value (absent when nothing usable) and a notice of what was ignored. */
export interface ViewRead<T> {
  value?: T | undefined;
  message?: string | null | undefined;
}

export interface ViewField<K extends keyof LinkView, S extends ViewStoreField> {
  /** The store's field this link field mirrors. */
  store: S;
  /** The link's value when the link leaves the field out: the first view's. */
  default: LinkView[K];
  fromStore(value: LinkedSlice[S], state: AppState): LinkView[K];
  toStore(value: LinkView[K], fallback: StoreFallback): LinkedSlice[S];
  /** The link parameter's key. */
  key: string;
  /** What the parameter holds, for the documentation and for notices. */
  doc: string;
  /** The parameter's text; none when the value is the default, so links stay short. */
  write(value: LinkView[K], state: LinkState): string[];
  read(raw: string): ViewRead<Exclude<LinkView[K], undefined>>;
}

type FieldOf<K extends keyof LinkView> = {
  [S in ViewStoreField]: ViewField<K, S>;
}[ViewStoreField];

/** One entry per view field: leaving one out is a compile error. */
export type ViewFieldTable = { [K in keyof LinkView]-?: FieldOf<K> };

const same = <T>(value: T): T => value;

/** A switch: `1` on, `0` or absent off. */
const switchField = (doc: string) => ({
  default: false,
  fromStore: same,
  toStore: same,
  doc,
  write: (on: boolean) => (on ? ['1'] : []),
  read: (raw: string): ViewRead<boolean> =>
    raw === '1' || raw === '0' ? { value: raw === '1' } : { message: 'must be 1 or 0' },
});

function readWhole(raw: string, what: string, min: number): ViewRead<number> {
  const value = readNumber(decodeURIComponentSafe(raw));
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min)
    return { message: `${what} must be a whole number of at least ${min}` };
  return { value };
}

/** The window on its grid of 1/10,000 of its size (window.ts): exact to the eye, short to read. */
function writeWindow(window: View): string {
  const { x, y } = quantizeWindow(window);
  return [x[0], x[1], y[0], y[1]].map(writeNumber).join(',');
}

/**
 * Four finite numbers in order within the coordinate limit; a window too small to draw is widened
 * with the scenario, whose problem sets the scale (codec.ts, window.ts).
 */
function readWindow(raw: string): ViewRead<View> {
  const numbers = readNumbers(raw, 4);
  if (typeof numbers === 'string') return { message: `${numbers} (x from, x to, y from, y to)` };
  const [x0, x1, y0, y1] = numbers as [number, number, number, number];
  if (!(x0 < x1 && y0 < y1)) return { message: 'each range must run from low to high' };
  if (numbers.some((n) => Math.abs(n) > MAX_WINDOW_COORDINATE))
    return { message: `coordinates must lie within ±${MAX_WINDOW_COORDINATE}` };
  return { value: { x: [x0, x1], y: [y0, y1] } };
}

/** A chart tab's name in a link: its id, but `grad` for the gradient norm (shorter to type). */
const chartLinkName = (mode: ChartMode): string => (mode === 'gradNorm' ? 'grad' : mode);
const CHART_LINK_NAMES = CHART_MODES.map(chartLinkName);

/** The view fields, in the order the link writes them. */
export const VIEW_FIELDS = {
  window: {
    store: 'window',
    default: null,
    fromStore: same,
    toStore: same,
    key: 'win',
    doc: 'landscape window "x from,x to,y from,y to" (default: the problem’s view)',
    write: (window) => (window ? [writeWindow(window)] : []),
    read: readWindow,
  },
  selectedRun: {
    store: 'selectedRun',
    default: 0,
    fromStore: same,
    toStore: same,
    key: 'sel',
    doc: 'selected run, counted from 1 as on screen (default 1)',
    write: (run) => (run === 0 ? [] : [String(run + 1)]),
    read: (raw) => {
      const { value, message } = readWhole(raw, 'the run', 1);
      return value === undefined ? { message } : { value: value - 1 };
    },
  },
  cursor: {
    store: 'cursor',
    default: null,
    // The store's cursor past the end (Number.MAX_SAFE_INTEGER at first) is the end of the runs.
    fromStore: (cursor, state) => (cursor >= state.scenario.steps ? null : cursor),
    toStore: (cursor) => cursor ?? Number.MAX_SAFE_INTEGER,
    key: 't',
    doc: 'cursor step (default: the end of the runs)',
    write: (cursor, { scenario }) =>
      cursor === null || cursor >= scenario.steps ? [] : [String(cursor)],
    read: (raw) => readWhole(raw, 'the step', 0),
  },
  trails: {
    store: 'trails',
    default: DEFAULT_TRAILS,
    fromStore: same,
    toStore: same,
    key: 'trails',
    doc: 'what the views draw after the cursor: whole, faded or hidden (default faded)',
    write: (trails) => (trails === DEFAULT_TRAILS ? [] : [trails]),
    read: (raw) =>
      isTrails(raw) ? { value: raw } : { message: `must be one of ${TRAILS.join(', ')}` },
  },
  present: {
    ...switchField('1: opens in presentation mode (large type, secondary panels hidden)'),
    store: 'presenting',
    key: 'present',
  },
  arrows: {
    store: 'arrows',
    default: undefined,
    fromStore: same,
    toStore: (arrows) => arrows ?? NO_ARROWS,
    key: 'arrows',
    doc: 'arrows at the cursor step: grad, step, state, and all for every run; model: the local quadratic model (default: none)',
    write: (arrows) => (arrows && formatArrows(arrows) ? [formatArrows(arrows)] : []),
    read: (raw) => {
      const { settings, unknown } = parseArrows(raw);
      return {
        value: settings,
        message: unknown.length
          ? `${listed(unknown.map((name) => quote(name, 24)))}: must be grad, step, state, model or all`
          : null,
      };
    },
  },
  // The landscape's views and the 3D camera (issue 19): landscape-3d-fields.ts.
  ...LANDSCAPE_3D_FIELDS,
  predict: {
    ...switchField('1: the runs stay hidden until revealed (predict-then-reveal)'),
    store: 'predicting',
    key: 'predict',
  },
  slice: {
    store: 'sliceMethod',
    default: 'pca',
    fromStore: same,
    toStore: same,
    key: 'slice',
    doc: 'a model’s landscape plane: pca (the paths’ principal directions) or random (default pca)',
    write: (slice) => (slice === 'pca' ? [] : [slice]),
    read: (raw) =>
      raw === 'pca' || raw === 'random' ? { value: raw } : { message: 'must be pca or random' },
  },
  chart: {
    store: 'chartMode',
    default: 'loss',
    fromStore: same,
    toStore: same,
    key: 'chart',
    doc: 'chart panel tab: loss, grad (‖∇f‖), accuracy, data, curvature, inside, table, sweep or maps (default loss)',
    write: (chart) => (chart === 'loss' ? [] : [chartLinkName(chart)]),
    read: (raw) => {
      const index = CHART_LINK_NAMES.indexOf(raw);
      return index >= 0
        ? { value: CHART_MODES[index]! }
        : { message: `must be one of ${CHART_LINK_NAMES.join(', ')}` };
    },
  },
  sharp: {
    store: 'sharpness',
    default: undefined,
    fromStore: (sharpness) => (sharpness === 'own' ? undefined : sharpness),
    toStore: (sharp) => sharp ?? 'own',
    key: 'sharp',
    doc: 'the λmax tab’s sharpness of adaptive runs: own (preconditioned) or hessian (default own)',
    write: (sharp) => (sharp === 'hessian' ? ['hessian'] : []),
    read: (raw) =>
      raw === 'own' || raw === 'hessian' ? { value: raw } : { message: 'must be own or hessian' },
  },
  big: {
    store: 'chartEnlarged',
    default: undefined,
    fromStore: same,
    toStore: (big) => big ?? false,
    key: 'big',
    doc: '1: the chart panel enlarged in the main area, the landscape at the side (default 0)',
    write: (big) => (big ? ['1'] : []),
    read: (raw) =>
      raw === '1' || raw === '0' ? { value: raw === '1' } : { message: 'must be 1 or 0' },
  },
  inspect: {
    store: 'inspectorOpen',
    default: undefined,
    fromStore: same,
    toStore: (inspect) => inspect ?? false,
    key: 'inspect',
    doc: '1: the step inspector open, taking apart the selected run’s step at the cursor (default 0)',
    write: (inspect) => (inspect ? ['1'] : []),
    read: (raw) =>
      raw === '1' || raw === '0' ? { value: raw === '1' } : { message: 'must be 1 or 0' },
  },
  lesson: {
    store: 'lesson',
    default: null,
    fromStore: same,
    toStore: same,
    key: 'show',
    doc: 'a lesson: only these controls are shown, e.g. lr,play (default: all)',
    write: (lesson) => (lesson ? [lesson.join(',')] : []),
    read: (raw) => {
      const names = decodeURIComponentSafe(raw).split(',').filter(Boolean);
      const known = names.filter(isLessonControl);
      const unknown = names.filter((name) => !isLessonControl(name));
      return {
        // A lesson naming no control Descent knows shows every control, not none.
        value: known.length ? [...new Set(known)] : undefined,
        message: unknown.length
          ? `${listed(unknown.map((name) => quote(name, 24)))} ${unknown.length === 1 ? 'is not a control' : 'are not controls'}`
          : null,
      };
    },
  },
  lessonId: {
    store: 'lessonId',
    default: undefined,
    fromStore: (id) => id ?? undefined,
    toStore: (id) => id ?? null,
    key: 'lesson',
    doc: 'the lesson open in the player, by its name, e.g. training-a-model (docs/lessons.md)',
    write: (id) => (id ? [encodeText(id)] : []),
    read: readLessonId,
  },
  lessonStep: {
    store: 'lessonStep',
    default: undefined,
    fromStore: (step) => (step > 0 ? step : undefined),
    toStore: (step) => step ?? 0,
    key: 'step',
    doc: 'the lesson’s step shown, counted from 1 as on screen (default 1)',
    write: writeLessonStep,
    read: readLessonStep,
  },
  embed: {
    ...switchField('1: embedded in another page, the landscape and timeline only (default 0)'),
    store: 'embed',
    key: 'embed',
  },
  lang: {
    store: 'lang',
    default: undefined,
    fromStore: same,
    toStore: (lang, fallback) => lang ?? fallback.lang,
    key: 'lang',
    doc: 'the language shown: en or zh (简体中文); written only when not en (default: the browser’s)',
    write: (lang) => (lang && lang !== 'en' ? [lang] : []),
    read: (raw) => (isLang(raw) ? { value: raw } : { message: 'must be en or zh' }),
  },
  note: {
    store: 'note',
    default: undefined,
    fromStore: same,
    toStore: (note) => note ?? null,
    key: 'note',
    doc: 'the note shown: a preset’s id (its explanation, in the language shown) or the user’s own text, percent-encoded, at most 280 characters (note-param.ts)',
    write: (note) => (note ? [writeNoteParam(note)] : []),
    read: (raw) => {
      const { note, message } = readNoteParam(raw);
      return { value: note ?? undefined, message };
    },
  },
  // Last: the longest parameter, so that the link's readable part comes first.
  lessonData: {
    store: 'lessonData',
    default: undefined,
    fromStore: (data) => data ?? undefined,
    toStore: (data) => data ?? null,
    key: 'lessonData',
    doc: 'a short lesson carried by the link itself (src/lessons/inline.ts; docs/lessons.md)',
    write: writeLessonData,
    read: readLessonData,
  },
} satisfies ViewFieldTable;

/** The store fields the link mirrors. */
export type MirroredField = (typeof VIEW_FIELDS)[keyof LinkView]['store'];

/** A field with its types erased, for the walkers below (the table above is checked). */
interface AnyViewField {
  store: MirroredField;
  default: unknown;
  fromStore(value: unknown, state: AppState): unknown;
  toStore(value: unknown, fallback: StoreFallback): unknown;
  key: string;
  doc: string;
  write(value: unknown, state: LinkState): string[];
  read(raw: string): ViewRead<unknown>;
}

const FIELDS = Object.entries(VIEW_FIELDS) as unknown as [keyof LinkView, AnyViewField][];

/** The first view's view: each field's default (an absent one stays absent). */
export const DEFAULT_VIEW: LinkView = Object.fromEntries(
  FIELDS.filter(([, field]) => field.default !== undefined).map(([name, field]) => [
    name,
    field.default,
  ]),
) as unknown as LinkView;

/** The link's view of the store. */
export function viewOfStore(state: AppState): LinkView {
  return Object.fromEntries(
    FIELDS.map(([name, field]) => [name, field.fromStore(state[field.store], state)]),
  ) as unknown as LinkView;
}

/** The store's fields for a link's view. */
export function storeOfView(
  view: LinkView,
  fallback: StoreFallback,
): Pick<LinkedSlice, MirroredField> {
  return Object.fromEntries(
    FIELDS.map(([name, field]) => [field.store, field.toStore(view[name], fallback)]),
  ) as unknown as Pick<LinkedSlice, MirroredField>;
}

/** The store's view before any link: the first view, in English. */
export function initialStoreView(): Pick<LinkedSlice, MirroredField> {
  return storeOfView(DEFAULT_VIEW, { lang: LANGUAGES[0] });
}

/** Whether two store states hold the same link view (the link writer's quick test). */
export function sameStoreView(a: AppState, b: AppState): boolean {
  return FIELDS.every(([, field]) => a[field.store] === b[field.store]);
}

/** The view fields as the codec's parameters (fields.ts), in the table's order. */
export function viewParams(): LinkParam[] {
  return FIELDS.map(([name, field]) => ({
    key: field.key,
    doc: field.doc,
    write: (state: LinkState) => field.write(state.view[name], state),
    read: (raws: readonly string[], draft: Draft) => {
      const { value, message } = field.read(raws[0]!);
      if (value !== undefined) (draft.view as Record<string, unknown>)[name] = value;
      return message ?? null;
    },
  }));
}
