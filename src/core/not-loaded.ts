/**
 * What a thread has not loaded yet, read back from an error (issue 17: data sets, optimizers'
 * rules and the models' numerics load on demand). Such an error's message is a fixed prefix and
 * the name of what is missing, because only the message survives a worker boundary; the page
 * and the workers read the name back with this, from the error itself or from its text.
 */

/** The word after `prefix` in `error`'s message (or in `error` as text), else null. */
export function nameAfter(error: unknown, prefix: string): string | null {
  const message = error instanceof Error ? error.message : String(error);
  const at = message.indexOf(prefix);
  return at < 0 ? null : message.slice(at + prefix.length).split(/\s/)[0]!;
}
