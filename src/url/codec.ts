/**
 * A view as a link and back. `encodeLink` walks the parameter table (fields.ts) and writes only
 * what differs from the first view; `decodeLink` reads any string at all into a valid state and
 * a list of what it had to ignore and why. Decoding never yields a scenario that validation would
 * reject, and throws one error only: `KindNotLoaded`, for a link to a model whose numerics are not
 * loaded yet (src/kinds/load.ts: the caller loads them and decodes again).
 */
import { FIRST_VIEW } from '../state/defaults';
import { kindNotLoaded } from '../kinds/numerics-slot';
import {
  DEFAULT_VIEW,
  LINK_PARAMS,
  type Draft,
  type LinkParam,
  type LinkState,
  type LinkView,
} from './fields';
import type { Scenario } from '../scenario/types';
import { clip } from '../scenario/text';
import { clampWindow, referenceView } from './window';
import { writeNumber } from './values';
import { repairScenario } from './repair';
import { MAX_DATA_LINK_LENGTH } from './data-param';
import { MAX_NOTE_LINK_LENGTH } from './note-param';
import { MAX_LESSON_DATA_LENGTH } from './lesson-params';
import { MAX_PARAM_LENGTH, MAX_PARAMS, joinQuery, splitQuery } from './syntax';
import type { NoticeWords } from './notice-words';

/** One thing a link held that was not used, and why; shown to the user as a notice. */
export interface LinkNotice {
  /** The link's parameter (`o`, `n`, …) or the scenario field it concerned. */
  param: string;
  /** Why, in English (the CLI's and the tests' words). */
  message: string;
  /** The same in every language, where the codec says it itself (notice-words.ts). */
  said?: NoticeWords;
}

/** A notice of the codec's own, with its words' key (`status.<key>`, src/i18n/en.ts). */
function said(
  param: string,
  message: string,
  key: NoticeWords['key'],
  values: Record<string, string | number> = {},
): LinkNotice {
  return { param, message, said: { key, values: { param, ...values } } };
}

export interface DecodedLink {
  state: LinkState;
  notices: LinkNotice[];
}

/** The query string of a state, without "?"; the first view gives just `v=1`. */
export function encodeLink(state: LinkState): string {
  const params: { key: string; value: string }[] = [];
  for (const param of LINK_PARAMS)
    for (const value of param.write(state)) params.push({ key: param.key, value });
  return joinQuery(params);
}

/** Whatever `query` holds (with or without "?"), a valid state and notes of what was ignored. */
export function decodeLink(query: string): DecodedLink {
  try {
    return decode(query);
  } catch (error) {
    if (kindNotLoaded(error) !== null) throw error;
    // Unreachable by design (each parameter is read apart, below; the property tests feed
    // arbitrary strings); a last guard all the same, in the user's words, not the engine's.
    return {
      state: { scenario: structuredClone(FIRST_VIEW), view: { ...DEFAULT_VIEW } },
      notices: [said('link', 'could not be used; the first view is shown', 'status.linkUnusable')],
    };
  }
}

/** A scenario path as the link names it: `optimizers[1].beta1` → `o (run 2) beta1`. */
function linkNameOf(path: string): string {
  const run = /^optimizers\[(\d+)\]\.?(.*)$/.exec(path);
  if (run) return `o (run ${Number(run[1]) + 1})${run[2] ? ` ${clip(run[2], MAX_FIELD)}` : ''}`;
  const names: Record<string, string> = { problem: 'p', start: 'x0', steps: 'n', optimizers: 'o' };
  const [head, ...rest] = path.split('.');
  return clip([names[head!] ?? head, ...rest].join(' '), MAX_FIELD);
}

function decode(query: string): DecodedLink {
  const notices: LinkNotice[] = [];
  const all = splitQuery(query);
  if (all.length > MAX_PARAMS)
    notices.push(
      said(
        'link',
        `has ${all.length} parameters; the first ${MAX_PARAMS} are read`,
        'status.linkTooManyParams',
        { count: all.length, max: MAX_PARAMS },
      ),
    );

  const byKey = new Map<string, string[]>();
  for (const { key, raw } of all.slice(0, MAX_PARAMS)) {
    // The data parameter may be longer: it carries points (data-param.ts); so may a note in
    // Chinese, 9 characters per code unit once percent-encoded (note-param.ts); and a lesson
    // the link carries (lesson-params.ts).
    const limit =
      key === 'd'
        ? MAX_DATA_LINK_LENGTH * 3
        : key === 'note'
          ? MAX_NOTE_LINK_LENGTH
          : key === 'lessonData'
            ? MAX_LESSON_DATA_LENGTH
            : MAX_PARAM_LENGTH;
    if (raw.length > limit) {
      const length = raw.length.toLocaleString('en');
      const most = limit.toLocaleString('en');
      notices.push(
        said(
          shorten(key),
          `is ${length} characters long (at most ${most}); ignored`,
          'status.linkTooLong',
          { length, max: most },
        ),
      );
      continue;
    }
    byKey.set(key, [...(byKey.get(key) ?? []), raw]);
  }

  const draft: Draft = { scenario: {}, view: {} };
  const known = new Set(LINK_PARAMS.map((param) => param.key));
  for (const key of byKey.keys())
    if (!known.has(key))
      notices.push(
        said(shorten(key), 'is not a parameter Descent knows; ignored', 'status.linkUnknownParam'),
      );

  for (const param of LINK_PARAMS) {
    const raws = byKey.get(param.key);
    if (!raws) continue;
    if (!param.repeated && raws.length > 1)
      notices.push(
        said(param.key, `appears ${raws.length} times; the first is used`, 'status.linkRepeated', {
          count: raws.length,
        }),
      );
    const problem = readParam(param, param.repeated ? raws : raws.slice(0, 1), draft);
    if (problem) notices.push({ param: param.key, message: `${problem}; ignored` });
  }

  // What a link leaves out is the first view's.
  const fromLink = draft.scenario;
  fromLink.problem ??= FIRST_VIEW.problem;
  fromLink.steps ??= FIRST_VIEW.steps;
  fromLink.optimizers ??= structuredClone(FIRST_VIEW.optimizers);
  const { scenario, notes } = repairScenario(fromLink, FIRST_VIEW.steps);
  for (const note of notes) notices.push({ param: linkNameOf(note.path), message: note.message });
  return { state: { scenario, view: checkView(draft.view, scenario, notices) }, notices };
}

/**
 * One parameter read into the draft; a parameter whose reading fails in a way nobody foresaw is
 * ignored alone, with the others kept (issue 23, point 1), rather than losing the whole link.
 */
function readParam(param: LinkParam, raws: readonly string[], draft: Draft): string | null {
  const before = structuredClone(draft);
  try {
    return param.read(raws, draft);
  } catch (error) {
    if (kindNotLoaded(error) !== null) throw error;
    draft.scenario = before.scenario;
    draft.view = before.view;
    return 'could not be read';
  }
}

/** The view's fields against the scenario they look at. */
function checkView(view: Partial<LinkView>, scenario: Scenario, notices: LinkNotice[]): LinkView {
  const steps = scenario.steps;
  const runs = scenario.optimizers.length;
  const checked: LinkView = { ...DEFAULT_VIEW, ...view };
  if (checked.window) {
    const { window, widened } = clampWindow(checked.window, referenceView(scenario.problem));
    if (widened) {
      const shown = [...window.x, ...window.y].map(writeNumber).join(',');
      notices.push(
        said(
          'win',
          `is too small to draw; widened about its centre to ${shown}`,
          'status.linkWindowWidened',
          { window: shown },
        ),
      );
    }
    checked.window = window;
  }
  if (checked.selectedRun >= runs) {
    notices.push(
      said(
        'sel',
        `there is no run ${checked.selectedRun + 1}; run 1 is selected`,
        'status.linkNoRun',
        {
          run: checked.selectedRun + 1,
        },
      ),
    );
    checked.selectedRun = 0;
  }
  if (checked.cursor !== null && checked.cursor >= steps) checked.cursor = null;
  return checked;
}

/** A parameter's name (any key of the query) is quoted at most this long in a notice. */
const MAX_NAME = 24;
/** A scenario field's path (a run's field may be any key of the link) is quoted at most so long. */
const MAX_FIELD = 40;

function shorten(text: string): string {
  return clip(text, MAX_NAME);
}
