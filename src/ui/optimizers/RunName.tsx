/**
 * A run's name, edited in place: it reads as a title and becomes a field on focus. Enter or
 * blur keeps the edit, Escape drops it; an empty name, or the type's title, removes the label so
 * the name follows the type again. A preset's role shows alone ("Too small", in the language
 * shown: runShortName), since the type menu is right under it; what the user types is kept as
 * written.
 */
import { memo, useRef, useState } from 'react';
import { OPTIMIZER_TITLES } from '../../core/optimizers';
import { useT } from '../../i18n';
import { optimizerTitle, runShortName } from '../../i18n/text';
import type { OptimizerType } from '../../scenario/types';
import { useApp } from '../../state/store';
import { unsetField } from './patches';
import { toWellFormed } from '../../scenario/text';
import './RunName.css';

/** The scenario's limit on labels (src/scenario/validate.ts). */
const MAX_LABEL_LENGTH = 60;

interface RunNameProps {
  index: number;
  label: string | undefined;
  type: OptimizerType;
}

/** Memoised: its card re-renders on every slider input, it does not (issue 17). */
export const RunName = memo(function RunName({ index, label, type }: RunNameProps) {
  const t = useT();
  const updateOptimizer = useApp((s) => s.updateOptimizer);
  const title = optimizerTitle(type);
  const name = runShortName(label === undefined ? { type } : { type, label });
  const [draft, setDraft] = useState<string | null>(null);
  /** Set by Escape so that the blur it causes drops the draft instead of keeping it. */
  const discard = useRef(false);

  const commit = () => {
    const text = draft?.trim();
    setDraft(null);
    if (discard.current || text === undefined || text === name) {
      discard.current = false;
      return;
    }
    // The type's name in any language is no label: the name follows the type (and the language).
    const typeName = text === '' || text === title || text === OPTIMIZER_TITLES[type];
    // A lone surrogate (a pasted half emoji cut by maxLength) would break the link: U+FFFD.
    updateOptimizer(index, typeName ? unsetField('label') : { label: toWellFormed(text) });
  };

  return (
    <input
      className="run-name"
      type="text"
      aria-label={t('optimizers.nameOf', { n: index + 1 })}
      title={t('optimizers.rename')}
      maxLength={MAX_LABEL_LENGTH}
      spellCheck={false}
      autoComplete="off"
      value={draft ?? name}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
        else if (event.key === 'Escape') {
          event.stopPropagation();
          discard.current = true;
          event.currentTarget.blur();
        }
      }}
    />
  );
});
