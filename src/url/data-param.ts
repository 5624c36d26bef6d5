/**
 * The user's own data in a link (issue 6 §3): the `d` parameter carries the points of a CSV when
 * they are few enough, as "x_y~x_y~…" (regression), "x1_x2_label~…" (classification) or
 * "f1_f2_…_label~…" (a table's rows, issue 22), numbers
 * in their shortest exact form, so that the link reproduces the fit to the bit. Past
 * MAX_DATA_LINK_LENGTH characters the link says so instead, `d=omitted(n=1500)`, and whoever opens
 * it is told plainly that the author's data did not travel (the scenario file does carry them).
 */
import { hasData } from '../kinds/registry';
import type { Scenario } from '../scenario/types';
import { MAX_TABLE_FEATURES } from '../scenario/validate-table';
import { readNumber, writeNumber } from './values';

/** The longest `d` a link carries: about 400 points of short CSV numbers. */
export const MAX_DATA_LINK_LENGTH = 8_000;

/** The longest point: a table's row of MAX_TABLE_FEATURES features and its label (issue 22). */
const MAX_ROW = MAX_TABLE_FEATURES + 1;

const POINT = '~';
const COORDINATE = '_';

/** The points of a scenario's problem, when it has the user's own. */
export function ownPoints(scenario: Scenario): readonly (readonly number[])[] | null {
  const problem = scenario.problem;
  if (hasData(problem)) {
    const points = problem.data?.points;
    return points && points.length > 0 ? points : null;
  }
  return null;
}

/** `d`'s text for a scenario: its points, or the omitted marker; null without own data. */
export function writeDataParam(scenario: Scenario): string | null {
  const points = ownPoints(scenario);
  if (!points) return null;
  const text = points.map((point) => point.map(writeNumber).join(COORDINATE)).join(POINT);
  return text.length <= MAX_DATA_LINK_LENGTH ? text : `omitted(n=${points.length})`;
}

/** Whether a scenario's link carries its own data (true also when it has none to carry). */
export function linkCarriesData(scenario: Scenario): boolean {
  const text = writeDataParam(scenario);
  return text === null || !text.startsWith('omitted(');
}

/**
 * The points of a `d` value, or a message for the user: the omitted marker's explanation, or
 * what is malformed. Values are checked further by validation (labels, ranges, counts).
 */
export function readDataParam(raw: string): number[][] | string {
  const omitted = /^omitted\(n=(\d+)\)$/.exec(raw);
  if (omitted) {
    return `the link’s author used their own data (${Number(omitted[1]).toLocaleString('en')} points), too many for a link, so the generated data are shown; ask for the scenario file (Share → Export), which carries them`;
  }
  const points: number[][] = [];
  for (const [i, part] of raw.split(POINT).entries()) {
    const numbers = part.split(COORDINATE).map(readNumber);
    if (
      numbers.length < 2 ||
      numbers.length > MAX_ROW ||
      numbers.some((n) => typeof n !== 'number')
    )
      return `point ${i + 1} is not 2 to ${MAX_ROW} numbers separated by "${COORDINATE}"`;
    points.push(numbers as number[]);
  }
  return points;
}
