/**
 * The CLI's output formats over run results: JSON (the full runs), CSV (one row per run and
 * step) and a summary, and its messages on stderr. Pure functions returning text in pieces, so
 * that a million-step run is written out without building one giant string. Text we did not
 * write (labels, file names, parts of links) goes through src/export/safe-text.ts.
 */
import { lowestValidationStep } from '../core/early-stopping';
import type { RunResult } from '../core/run';
import type { RunCurvature } from '../core/curvature/run-curvature';
import { csvNumber, csvText, escapeForTerminal, jsonText } from '../export/safe-text';

/** JSON numbers: the shortest text that reads back as the same float64. */
function num(value: number): string {
  return Number.isFinite(value) ? String(value) : 'null';
}

/** The point k of a run's `points` (its trajectory, or its average) as "[x,y]". */
function point(result: RunResult, k: number, points = result.trajectory): string {
  const parts: string[] = [];
  for (let i = 0; i < result.dim; i++) parts.push(num(points[k * result.dim + i]!));
  return `[${parts.join(',')}]`;
}

/**
 * `,"averaged":[[x,y],…]` for a run whose optimizer keeps an average beside θ (ASGD's ax,
 * Schedule-Free's x, the answer its loss is measured at: docs/optimizers.md, "Two points").
 */
function averagedField(result: RunResult): string {
  const averaged = result.averaged;
  if (!averaged) return '';
  const points = new Array<string>(result.loss.length);
  for (let k = 0; k < points.length; k++) points[k] = point(result, k, averaged);
  return `,"averaged":[${points.join(',')}]`;
}

function numbers(values: Float64Array): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) parts[i] = num(values[i]!);
  return `[${parts.join(',')}]`;
}

/**
 * `{"runs":[{"optimizer":{…},"trajectory":[[x,y],…],"loss":[…],"lr":[…],"divergedAt":null}]}`,
 * yielded one run at a time.
 */
export function* formatJson(
  results: readonly RunResult[],
  curvature?: readonly (RunCurvature | null)[],
): Generator<string> {
  yield '{"runs":[';
  for (let r = 0; r < results.length; r++) {
    const result = results[r]!;
    const points = result.loss.length;
    const trajectory = new Array<string>(points);
    for (let k = 0; k < points; k++) trajectory[k] = point(result, k);
    yield (
      `${r > 0 ? ',' : ''}{"optimizer":${jsonText(result.optimizer)},"trajectory":[${trajectory.join(',')}],` +
      `"loss":${numbers(result.loss)},"lr":${numbers(result.lr)},"divergedAt":${result.divergedAt ?? 'null'}` +
      `${averagedField(result)}${scoresField(result)}${curvatureField(curvature?.[r] ?? null)}}`
    );
  }
  yield ']}\n';
}

/**
 * `,"scores":{"accuracy":[…],"validationLoss":[…],"validationAccuracy":[…],"test":{…}}` for a
 * classifier on a table (issue 22), or nothing; a part without rows is null.
 */
function scoresField(result: RunResult): string {
  const scores = result.scores;
  if (!scores) return '';
  const maybe = (values: Float64Array | null) => (values ? numbers(values) : 'null');
  const test = scores.test
    ? `{"loss":${num(scores.test.loss)},"accuracy":${num(scores.test.accuracy)}}`
    : 'null';
  return (
    `,"scores":{"accuracy":${numbers(scores.accuracy)},"validationLoss":${maybe(scores.validationLoss)},` +
    `"validationAccuracy":${maybe(scores.validationAccuracy)},"test":${test}}`
  );
}

/**
 * `,"curvature":{"every":k,"step":[…],"lambdaMax":[…],…}` (issue 20), or nothing: `lambdaMin`
 * for 2-parameter problems, `top` (each sample's largest eigenvalues) for models,
 * `preconditionedLambdaMax` for adaptive optimizers. A value that is not finite is null.
 */
function curvatureField(curvature: RunCurvature | null): string {
  if (!curvature) return '';
  const list = (values: readonly number[]) => `[${values.map(num).join(',')}]`;
  const { every, step, lambdaMax, lambdaMin, top, preconditionedLambdaMax } = curvature;
  return (
    `,"curvature":{"every":${every},"step":${list(step)},"lambdaMax":${list(lambdaMax)}` +
    (lambdaMin ? `,"lambdaMin":${list(lambdaMin)}` : '') +
    (top ? `,"top":[${top.map(list).join(',')}]` : '') +
    (preconditionedLambdaMax ? `,"preconditionedLambdaMax":${list(preconditionedLambdaMax)}` : '') +
    '}'
  );
}

/** Column names of the parameters: x, y for 2D problems, p0, p1, … otherwise. */
function paramColumns(dim: number): string[] {
  return dim === 2 ? ['x', 'y'] : Array.from({ length: dim }, (_, i) => `p${i}`);
}

/**
 * One row per run and step: `run,optimizer,step,x,y,loss,grad_norm,lr`. `lr` is the learning
 * rate of the step that leaves that point (empty on the last point). A diverged run's rows stop
 * at its last valid point.
 */
export function* formatCsv(results: readonly RunResult[]): Generator<string> {
  const dim = results[0]?.dim ?? 2;
  // A classifier on a table adds its accuracy and validation scores (issue 22).
  const scored = results.some((result) => result.scores);
  const scoreColumns = scored ? ',accuracy,validation_loss,validation_accuracy' : '';
  // A run that averages (ASGD, Schedule-Free) adds its averaged point's columns.
  const averaging = results.some((result) => result.averaged);
  const averageColumns = averaging
    ? paramColumns(dim)
        .map((c) => `,averaged_${c}`)
        .join('')
    : '';
  yield `run,optimizer,step,${paramColumns(dim).join(',')},loss,grad_norm,lr${scoreColumns}${averageColumns}\n`;
  for (let r = 0; r < results.length; r++) {
    const result = results[r]!;
    const name = csvText(result.optimizer.label ?? result.optimizer.type);
    const rows: string[] = [];
    for (let k = 0; k < result.loss.length; k++) {
      const coords: string[] = [];
      for (let i = 0; i < result.dim; i++)
        coords.push(csvNumber(result.trajectory[k * result.dim + i]));
      const lr = k < result.lr.length ? csvNumber(result.lr[k]) : '';
      const s = result.scores;
      const scores = scored
        ? `,${csvNumber(s?.accuracy[k])},${csvNumber(s?.validationLoss?.[k])},${csvNumber(s?.validationAccuracy?.[k])}`
        : '';
      let averaged = '';
      if (averaging)
        for (let i = 0; i < result.dim; i++)
          averaged += `,${csvNumber(result.averaged?.[k * result.dim + i])}`;
      rows.push(
        `${r},${name},${k},${coords.join(',')},${csvNumber(result.loss[k])},${csvNumber(result.gradNorm[k])},${lr}${scores}${averaged}\n`,
      );
    }
    yield rows.join('');
  }
}

/** Per run: the final point and loss, `divergedAt`, and the core's own steps per second. */
export function formatSummary(results: readonly RunResult[]): string {
  const runs = results.map((result) => {
    const last = result.loss.length - 1;
    const stepsTaken = result.lr.length;
    const seconds = result.elapsedMs / 1000;
    return {
      optimizer: result.optimizer,
      final:
        last >= 0
          ? Array.from(result.trajectory.subarray(last * result.dim, (last + 1) * result.dim))
          : null,
      finalLoss: last >= 0 ? result.loss[last] : null,
      divergedAt: result.divergedAt,
      stepsPerSecond: seconds > 0 ? Math.round(stepsTaken / seconds) : null,
      ...(result.averaged && last >= 0
        ? {
            finalAveraged: Array.from(
              result.averaged.subarray(last * result.dim, (last + 1) * result.dim),
            ),
          }
        : {}),
      ...(result.scores ? { scores: finalScores(result.scores, last) } : {}),
    };
  });
  return `${jsonText({ runs })}\n`;
}

/**
 * A table classifier's scores at its last point: accuracy, validation and the test score; and
 * where early stopping would stop, the step of the lowest validation loss with its validation
 * scores there (src/core/early-stopping.ts; null without a validation part).
 */
function finalScores(scores: NonNullable<RunResult['scores']>, last: number) {
  const at = (values: Float64Array | null, k = last) => (values && k >= 0 ? values[k]! : null);
  const stop = scores.validationLoss ? lowestValidationStep(scores.validationLoss, last + 1) : null;
  return {
    accuracy: at(scores.accuracy),
    validationLoss: at(scores.validationLoss),
    validationAccuracy: at(scores.validationAccuracy),
    test: scores.test,
    earlyStop:
      stop === null
        ? null
        : {
            step: stop,
            validationLoss: at(scores.validationLoss, stop),
            validationAccuracy: at(scores.validationAccuracy, stop),
          },
  };
}

/**
 * One line for stderr: `descent: ` and the message with every control character, line break,
 * lone surrogate and bidi control escaped (`\x1b`, `\n`, `\u202e`), whatever layer wrote it and
 * whatever it quotes, so it can neither act on the terminal nor pass for a line of its own.
 */
export function stderrLine(message: string): string {
  return `descent: ${escapeForTerminal(message)}\n`;
}
