/** XML as a conforming parser (saxes) reads it: Node has no DOMParser. */
import { SaxesParser } from 'saxes';

export interface Parsed {
  error: string | null;
  /** The text of each element with one of these classes (or the <title>), in document order. */
  texts: Record<string, string[]>;
}

/** Parses `svg` with saxes and collects the text under <title> and under marked groups. */
export function parseSvg(svg: string, classes: readonly string[]): Parsed {
  const parser = new SaxesParser({ xmlns: true });
  const texts: Record<string, string[]> = { title: [] };
  for (const name of classes) texts[name] = [];
  const open: (string | null)[] = [];
  let error: string | null = null;
  parser.on('error', (e) => (error ??= e.message));
  parser.on('opentag', (node) => {
    const className = String(node.attributes['class']?.value ?? '');
    const mark = node.local === 'title' ? 'title' : classes.find((c) => c === className);
    if (mark) texts[mark]!.push('');
    open.push(mark ?? null);
  });
  parser.on('closetag', () => void open.pop());
  parser.on('text', (text) => {
    const mark = open.findLast((m) => m !== null);
    if (mark) {
      const list = texts[mark]!;
      list[list.length - 1] += text;
    }
  });
  try {
    parser.write(svg).close();
  } catch (e) {
    error ??= (e as Error).message;
  }
  return { error, texts };
}
