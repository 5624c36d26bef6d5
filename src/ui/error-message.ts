/**
 * What a panel's error boundary says about the value that was thrown: one short line of its
 * message, never a stack (a teacher projects this; the stack goes to the console). JavaScript can
 * throw anything (a string, a number, an object, undefined), and reading it must not throw again.
 */

/** The longest message shown; longer ones end in an ellipsis (the console has the whole). */
export const MAX_MESSAGE_LENGTH = 200;

/**
 * The message to show for `thrown`, or null when it carries none (the boundary then says "an
 * unknown error" in the language shown).
 */
export function errorMessageOf(thrown: unknown, maxLength = MAX_MESSAGE_LENGTH): string | null {
  return tidy(rawMessage(thrown), maxLength);
}

function rawMessage(thrown: unknown): string | null {
  try {
    if (thrown === null || thrown === undefined) return null;
    if (typeof thrown === 'string') return thrown;
    if (typeof thrown === 'number' || typeof thrown === 'boolean' || typeof thrown === 'bigint')
      return String(thrown);
    if (typeof thrown === 'symbol') return thrown.description ?? null;
    if (typeof thrown === 'object') {
      // Errors, DOMExceptions, and plain objects shaped like them ({ message }).
      const message = (thrown as { message?: unknown }).message;
      if (typeof message === 'string' && message.trim()) return message;
      const name = (thrown as { name?: unknown }).name;
      if (typeof name === 'string' && name && name !== 'Error') return name;
    }
    return null;
  } catch {
    // A getter that throws, a revoked Proxy: there is nothing safe to say about it.
    return null;
  }
}

/** The first line, whitespace collapsed, cut to `maxLength` characters with an ellipsis. */
function tidy(message: string | null, maxLength: number): string | null {
  if (message === null) return null;
  const firstLine = message.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const line = firstLine.replace(/\s+/g, ' ').trim();
  if (!line) return null;
  if (line.length <= maxLength) return line;
  return `${line.slice(0, Math.max(1, maxLength - 1)).trimEnd()}…`;
}
