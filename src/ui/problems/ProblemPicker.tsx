/**
 * The problem picker: a modal <dialog> with the user's own formula on top and one card per
 * built-in problem below. Native showModal gives the focus trap, Escape and the inert page for
 * free; focus starts on the current problem's card (or in the formula field when the problem is
 * a formula) and returns to the header button on close. Thumbnails are asked of the worker on the first
 * opening only (see thumbnails.ts).
 */
import {
  useCallback,
  useLayoutEffect,
  useImperativeHandle,
  useRef,
  useState,
  type KeyboardEvent,
  type Ref,
  type RefObject,
} from 'react';
import type { ProblemSpec } from '../../scenario/types';
import { useApp } from '../../state/store';
import { useEngine } from '../engine-context';
import { entryKey, problemEntries, specToSet, type ProblemEntry } from './catalog';
import { FormulaEditor, type FormulaEditorHandle } from './FormulaEditor';
import { formulaSpecToSet } from './formula-check';
import { gridMove } from './grid-keys';
import { ProblemCard } from './ProblemCard';
import { useThumbnails } from './thumbnails';
import { showModalOnce, TitledModal } from '../dialog/TitledModal';
import './ProblemPicker.css';
import { useT } from '../../i18n';
import '../../i18n/en-picker'; // its words load with this chunk (docs/i18n.md)

/** What the header can do with the picker. */
export interface ProblemPickerHandle {
  /** Opens the picker as a modal, focused on the current problem's card. */
  open(): void;
}

interface ProblemPickerProps {
  /** Where the component puts its handle (a prop of its own: React 18 keeps `ref` from props). */
  handle: Ref<ProblemPickerHandle>;
  /** Told when the dialog opens or closes by any means (for the button's aria-expanded). */
  onOpenChange(open: boolean): void;
  /** The button that opened the picker: focus returns there. */
  returnFocus: RefObject<HTMLButtonElement | null>;
}

export function ProblemPicker({ handle, onOpenChange, returnFocus }: ProblemPickerProps) {
  const t = useT();
  const { engine } = useEngine();
  const problem = useApp((s) => s.scenario.problem);
  const setProblem = useApp((s) => s.setProblem);
  const dialog = useRef<HTMLDialogElement>(null);
  const grid = useRef<HTMLDivElement>(null);
  const editor = useRef<FormulaEditorHandle>(null);
  /** Sticky: thumbnails are wanted from the first opening on. */
  const [opened, setOpened] = useState(false);
  const thumbnails = useThumbnails(engine, opened);
  const currentKey = entryKey(problem);
  const entries = problemEntries();
  const currentFormula = problem.type === 'expression' ? problem.expr : null;

  // Opening is imperative (showModal) rather than driven by a prop: the dialog also closes
  // itself (Escape), and a prop could still read "open" from before that close was rendered.
  useImperativeHandle(
    handle,
    () => ({
      open() {
        if (!showModalOnce(dialog.current)) return;
        setOpened(true);
        onOpenChange(true);
        if (currentFormula !== null) {
          // The current problem is a formula: the field opens with it, ready to edit.
          editor.current?.fill(currentFormula);
          editor.current?.focus();
        } else {
          grid.current?.querySelector<HTMLElement>('[aria-current="true"]')?.focus();
        }
      },
    }),
    [onOpenChange, currentFormula],
  );

  /** Sets the chosen problem (null: it is the current one already) and closes the picker. */
  const setAndClose = useCallback(
    (spec: ProblemSpec | null) => {
      if (spec) setProblem(spec);
      dialog.current?.close();
    },
    [setProblem],
  );
  const choose = useCallback(
    (entry: ProblemEntry) => setAndClose(specToSet(entry, problem)),
    [problem, setAndClose],
  );
  const applyFormula = useCallback(
    (expr: string) => setAndClose(formulaSpecToSet(expr, problem)),
    [problem, setAndClose],
  );

  // The grid is one stop in the Tab order (arrows move inside it), so Tab leaves the cards
  // for the formula field instead of walking through all 17. The stop is the current card, or
  // the first when the problem is a formula; it follows focus as the arrows move. Cards take no
  // tabIndex prop, so it is set here on their elements (React never writes it, so never resets it).
  const rovingStop = (target: Element | null) => {
    for (const card of grid.current?.querySelectorAll<HTMLElement>('.problem-card') ?? []) {
      card.tabIndex = card === target ? 0 : -1;
    }
  };
  useLayoutEffect(() => {
    const cards = grid.current;
    rovingStop(
      cards?.querySelector('[aria-current="true"]') ??
        cards?.querySelector('.problem-card') ??
        null,
    );
  }, [currentKey]);

  const onGridKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const cards = [...(grid.current?.querySelectorAll<HTMLElement>('.problem-card') ?? [])];
    const index = cards.indexOf(document.activeElement as HTMLElement);
    if (index < 0 || !grid.current) return;
    const columns = getComputedStyle(grid.current).gridTemplateColumns.split(' ').length;
    const next = gridMove(event.key, index, cards.length, columns);
    if (next === null) return;
    event.preventDefault();
    cards[next]?.focus();
  };

  return (
    <TitledModal
      dialog={dialog}
      block="problem-picker"
      title={t('picker.title')}
      subtitle={t('picker.subtitle', { count: entries.length - 1 })}
      closeLabel={t('picker.close')}
      closeTitle={t('picker.closeTitle')}
      onOpenChange={onOpenChange}
      returnFocus={returnFocus}
    >
      <FormulaEditor handle={editor} current={currentFormula} onApply={applyFormula} />
      <div
        ref={grid}
        className="problem-picker__grid"
        role="group"
        aria-label={t('picker.problems')}
        onKeyDown={onGridKeyDown}
        onFocus={(event) => {
          if (event.target.classList.contains('problem-card')) rovingStop(event.target);
        }}
      >
        {entries.map((entry) => (
          <ProblemCard
            key={entry.key}
            entry={entry}
            current={entry.key === currentKey}
            bitmap={thumbnails?.get(entry.key)}
            onChoose={choose}
          />
        ))}
      </div>
    </TitledModal>
  );
}
