/**
 * What each symbol of the step means, in a few words: every scalar and every row the card shows
 * (symbols.ts picks the definition by optimizer type). Folded by default so the numbers stay in
 * view; docs/optimizers.md says it at length, through the card's link.
 */
import type { StepInspection } from '../../core/inspect';
import { useT } from '../../i18n';
import '../../i18n/en-inspect'; // its words load with this chunk (docs/i18n.md)
import { inspectorRows, inspectorScalars } from './rows';
import { rowSymbolKey, scalarSymbolKey, type SymbolKey } from './symbols';
import { Tex } from './Tex';

export function InspectorSymbols({ inspection }: { inspection: StepInspection }) {
  const t = useT();
  const type = inspection.optimizer.type;
  const entries: { id: string; tex: string; plain: string; key: SymbolKey }[] = [];
  for (const s of inspectorScalars(inspection)) {
    const key = scalarSymbolKey(s.key, s.tex);
    if (key) entries.push({ id: `scalar-${s.key}`, tex: s.tex, plain: s.plain, key });
  }
  for (const row of inspectorRows(inspection)) {
    const key = rowSymbolKey(row.key, type);
    if (key) entries.push({ id: row.key, tex: row.tex, plain: row.plain, key });
  }
  return (
    <details className="inspector__symbols" data-testid="inspector-symbols">
      <summary>{t('inspect.symbols')}</summary>
      <dl>
        {entries.map((entry) => (
          <div key={entry.id} className="inspector__symbol-entry">
            <dt>
              <Tex tex={entry.tex} plain={entry.plain} />
            </dt>
            <dd data-testid={`inspector-define-${entry.id}`}>{t(`inspect.symbol.${entry.key}`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
