/**
 * The app's top row: the name, the problem (a button that opens the picker, with the formula
 * beside it) and, on the right, the stochastic-gradient controls: noise σ and the seed.
 */
import { Suspense, useRef, useState } from 'react';
import { useApp } from '../../state/store';
import { problemInfo } from '../../state/selectors';
import { useEngine } from '../engine-context';
import { NoiseControl } from './NoiseControl';
import type { ProblemPickerHandle } from './ProblemPicker';
import { SeedControl } from './SeedControl';
import { ShareButton } from '../share/ShareDialog';
import { PresetsButton } from '../presets/PresetsButton';
import { LessonsMenu } from '../lesson/LessonsMenu';
import { isShown } from '../../state/lesson';
import { loadThumbnails } from './thumbnails';
import { ThemeToggle } from '../theme/ThemeToggle';
import { UndoButtons } from '../history/UndoButtons';
import './Header.css';
import { useT } from '../../i18n';
import { problemText } from '../../i18n/problem-text';
import { LanguagePicker } from '../language/LanguagePicker';
import { onDemand, preload } from '../lazy/on-demand';
import { LazyFallback, lazyPart, useLazyDialog } from '../lazy/lazy-part';

// The picker (its cards, the formula editor) loads on the first opening, or as a pointer or the
// focus reaches its button: the first view shows only the button (issue 8, initial JavaScript).
const loadPicker = onDemand(() => import('./ProblemPicker'));
const ProblemPicker = lazyPart(loadPicker, (m) => m.ProblemPicker);

export function Header() {
  const t = useT();
  const { engine } = useEngine();
  const problem = useApp((s) => s.scenario.problem);
  const info = problemInfo(problem);
  const text = problemText(info);
  // A typed formula is the user's own: better cut short than hidden (its whole text is in the
  // tooltip and in the picker). Built-in formulas are shown whole or not at all.
  const typed = problem.type === 'expression';
  const lesson = useApp((s) => s.lesson);
  const [pickerOpen, setPickerOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const {
    mounted: pickerMounted,
    open: openPicker,
    attach: attachPicker,
  } = useLazyDialog<ProblemPickerHandle>();

  return (
    <header className="panel app-header">
      <hgroup className="app-header__brand">
        <h1 className="app-header__name">Descent</h1>
        <p className="app-header__tagline">{t('header.tagline')}</p>
      </hgroup>
      <div className="app-header__problem">
        <span className="app-header__caption" aria-hidden="true">
          {t('header.problemCaption')}
        </span>
        {!isShown(lesson, 'problem') && (
          <span className="app-header__problem-title">{text.title}</span>
        )}
        {isShown(lesson, 'problem') && (
          <button
            ref={button}
            type="button"
            className="box-select app-header__problem-button"
            aria-label={t('header.problemButton', { title: text.title })}
            aria-haspopup="dialog"
            aria-expanded={pickerOpen}
            title={typed ? `f = ${info.formula}` : text.note}
            onClick={openPicker}
            // A pointer on its way to the button asks for the picker's code and the thumbnails
            // a moment early; the focus asks for the code (a keyboard user may open it next).
            onPointerEnter={() => {
              preload(loadPicker);
              void loadThumbnails(engine).catch(() => undefined);
            }}
            onFocus={() => preload(loadPicker)}
          >
            <span className="app-header__problem-title">{text.title}</span>
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path
                d="M4 6l4 4 4-4"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.6"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
          </button>
        )}
        {/* The formula wraps onto a hidden second line when it does not fit whole. */}
        <span
          className={`app-header__formula-slot${typed ? ' app-header__formula-slot--typed' : ''}`}
        >
          <span className="app-header__formula" title={`f = ${info.formula}`}>
            <span className="visually-hidden">f = </span>
            {info.formula}
          </span>
        </span>
      </div>
      {isShown(lesson, 'noise') && (
        <div className="app-header__stochastic" role="group" aria-label={t('header.stochastic')}>
          <NoiseControl />
          <SeedControl />
        </div>
      )}
      <div className="app-header__actions">
        <UndoButtons />
        <LessonsMenu />
        <PresetsButton />
        <ShareButton />
        <LanguagePicker />
        <ThemeToggle />
      </div>
      {pickerMounted && (
        <Suspense fallback={<LazyFallback />}>
          <ProblemPicker handle={attachPicker} onOpenChange={setPickerOpen} returnFocus={button} />
        </Suspense>
      )}
    </header>
  );
}
