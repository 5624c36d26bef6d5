/**
 * Whether a file's text is at most a number of characters (UTF-16 code units, as the readers
 * count: src/lessons/file.ts, src/url/import.ts), read no further than needed: a file too large
 * is refused before all of it is read (docs/hostile-input.md; issue 16).
 */

/**
 * True when `file`, decoded as UTF-8, holds at most `maxChars` characters. A UTF-8 byte decodes
 * to at most one character and every three bytes to at least one, so most files are decided by
 * their size alone; a file in between is counted as it is decoded and left once past the limit.
 */
export async function fitsIn(file: Blob, maxChars: number): Promise<boolean> {
  if (file.size <= maxChars) return true;
  if (file.size > 3 * maxChars) return false;
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return true;
      length += value.length;
      if (length > maxChars) return false;
    }
  } finally {
    // Stops the reading (and frees the file) when left early; harmless when it has ended.
    reader.cancel().catch(() => undefined);
  }
}
