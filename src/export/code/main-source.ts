/**
 * The scripts' `main()`: every run trained, then either the CLI's JSON
 * (`{"runs":[{"trajectory","loss","lr","divergedAt"}]}`, src/cli/format.ts) with `--json`, or one
 * line per run with its last point and loss.
 */
import type { Say } from './comments';
import { comment, pyString, withComment } from './python';

export function mainSource(say: Say, batches: boolean): string[] {
  const train = batches ? 'train(make_optimizer, batch_size)' : 'train(make_optimizer)';
  const unpack = batches ? 'name, make_optimizer, batch_size' : 'name, make_optimizer';
  return [
    'def main():',
    '    results = []',
    `    for ${unpack} in RUNS:`,
    `        trajectory, losses, lrs, diverged_at = ${train}`,
    '        results.append({"trajectory": trajectory, "loss": losses, "lr": lrs, "divergedAt": diverged_at})',
    '    if "--json" in sys.argv[1:]:',
    ...withComment(
      'print(json.dumps({"runs": results}, separators=(",", ":")))',
      say('printJson'),
      '        ',
    ),
    '        return',
    ...comment(say('printSummary'), '    '),
    '    for run, result in zip(RUNS, results):',
    '        name, points, losses = run[0], result["trajectory"], result["loss"]',
    '        if not points:',
    `            print(name + ${pyString(say('outNoPoint'))})`,
    '            continue',
    '        last = points[-1]',
    '        shown = ", ".join(f"{p:.6g}" for p in last[:4])',
    '        if len(last) > 4:',
    `            shown += ", … " + ${pyString(say('outNumbers'))}.format(n=len(last))`,
    `        line = f"{name}: θ = ({shown}), f = {losses[-1]:.6g}"`,
    '        if result["divergedAt"] is not None:',
    `            line += ${pyString(say('outDiverged'))}.format(step=result["divergedAt"])`,
    '        print(line)',
    '',
    '',
    'if __name__ == "__main__":',
    '    main()',
  ];
}
