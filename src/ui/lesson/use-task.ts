/**
 * A step's task checked live (docs/lessons.md, "Questions and tasks"): its condition
 * (src/lessons/condition) evaluated on the store's results whenever they change — only on
 * results that are the current scenario's and complete, since a condition can hold on a prefix
 * of a run and not on the whole of it, or on the runs of the view before. Met once, the task
 * stays done (the slice keeps it).
 */
import { useEffect, useMemo } from 'react';
import { appStore, useApp, useAppAll } from '../../state/store';
import type { AppState } from '../../state/app-state';
import { parseCondition } from '../../lessons/condition/parse';
import { conditionContextOf } from '../../lessons/condition/context';
import { explainCondition, type ConditionExplanation } from '../../lessons/condition/evaluate';

export type TaskStatus =
  /** The condition does not parse (a lesson the validator did not see): never done. */
  | { kind: 'broken' }
  /** The runs shown are not yet the current scenario's, or are still computing. */
  | { kind: 'waiting'; done: boolean }
  | { kind: 'checked'; done: boolean; explanation: ConditionExplanation };

/**
 * The results a condition may be checked on now, or null while they are not the view's, or
 * while the runs are hidden to be predicted (the values would give the answer away).
 */
function currentResults(s: AppState) {
  const current =
    s.resultsScenario === s.scenario && !s.computing && s.progress === null && !s.predicting;
  return { results: current ? s.results : null, accuracy: current ? s.accuracy : null };
}

export function useTask(stepIndex: number, condition: string): TaskStatus {
  const parsed = useMemo(() => parseCondition(condition), [condition]);
  // Every change, the engine's busy flag's too (a quiet field: src/state/quiet-fields.ts).
  const { results, accuracy } = useAppAll(currentResults);
  const done = useApp((s) => s.lessonTasksDone.includes(stepIndex));
  const explanation = useMemo(
    () =>
      'ast' in parsed && results
        ? explainCondition(parsed.ast, conditionContextOf({ results, accuracy }))
        : null,
    [parsed, results, accuracy],
  );
  const holds = explanation?.holds === true;
  useEffect(() => {
    if (holds) appStore.getState().completeTask(stepIndex);
  }, [holds, stepIndex]);
  if (!('ast' in parsed)) return { kind: 'broken' };
  if (!explanation) return { kind: 'waiting', done };
  return { kind: 'checked', done: done || holds, explanation };
}
