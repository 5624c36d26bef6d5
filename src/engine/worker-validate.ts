/**
 * The worker's one validation of a scenario (every call that takes a scenario goes through this):
 * memoised by content, so the chunks of a sweep or map and the replays of the inspector validate
 * their scenario once, not per call (src/scenario/validate-memo.ts says why the worker cannot key
 * by identity, and why a hit is still the worker's own validation).
 */
import type { Scenario } from '../scenario/types';
import { formatIssue } from '../scenario/validate';
import { contentMemo } from '../scenario/validate-memo';

const validate = contentMemo();

/** The validated (defaults filled) scenario; throws the issues of an invalid one. */
export function workerValidated(scenario: unknown): Scenario {
  const validation = validate(scenario);
  if (!validation.ok) throw new Error(validation.errors.map(formatIssue).join('; '));
  return validation.scenario;
}
