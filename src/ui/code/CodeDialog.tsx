/**
 * The Code dialog (issue 18): the view as a runnable Python script, PyTorch or NumPy
 * (src/export/code, docs/code-export.md), highlighted, with Copy and Download. Loaded on the
 * first opening with the exporter and the highlighter (CodeDialogHost.tsx).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { exportCode } from '../../export/code';
import { useApp } from '../../state/store';
import { useT } from '../../i18n';
import '../../i18n/en-code'; // its words load with this chunk (docs/i18n.md)
import { problemText } from '../../i18n/problem-text';
import { describeProblem } from '../../core/problems';
import { TitledModal, showModalOnce } from '../dialog/TitledModal';
import { copyText, downloadText } from '../share/clipboard';
import { highlightPython } from './highlight';
import { CODE_TARGETS, chooseCodeTarget, closeCode, type CodeTarget } from './open-code';
import './CodeDialog.css';

/** The file the script is saved as: the name its own usage comment runs. */
export const SCRIPT_FILE = 'descent.py';

type Script =
  { status: 'ready'; text: string; html: string } | { status: 'failed'; message: string };

export function CodeDialog({ target }: { target: CodeTarget }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const scenario = useApp((s) => s.scenario);
  const language = useApp((s) => s.lang);
  const script = useMemo((): Script => {
    try {
      // The header names the problem as the app shows it (in Chinese, its Chinese title).
      const problemTitle = problemText(describeProblem(scenario.problem).info).title;
      const text = exportCode(scenario, target, { language, problemTitle });
      return { status: 'ready', text, html: highlightPython(text) };
    } catch (error) {
      return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }, [scenario, target, language]);

  useEffect(() => {
    showModalOnce(dialog.current);
  }, []);

  return (
    <TitledModal
      dialog={dialog}
      block="code-dialog"
      title={t('code.title')}
      subtitle={t('code.subtitle')}
      closeLabel={t('code.close')}
      closeTitle={t('code.closeTitle')}
      onOpenChange={(open) => !open && closeCode()}
      // closeCode returns the focus to whatever opened the dialog.
      returnFocus={{ current: null }}
    >
      <div className="code-dialog__bar">
        <fieldset className="code-dialog__targets">
          <legend className="code-dialog__legend">{t('code.target')}</legend>
          {CODE_TARGETS.map((id) => (
            <label key={id} className="code-dialog__target" title={t(`code.${id}Hint`)}>
              <input
                type="radio"
                name="code-target"
                value={id}
                checked={id === target}
                onChange={() => chooseCodeTarget(id)}
              />
              {t(`code.${id}`)}
            </label>
          ))}
        </fieldset>
        {script.status === 'ready' && <ScriptActions text={script.text} />}
      </div>
      {script.status === 'ready' ? (
        <div className="code-dialog__body">
          <pre
            className="code-dialog__code"
            data-testid="code-script"
            data-target={target}
            tabIndex={0}
            aria-label={t('code.label', { target: t(`code.${target}`) })}
          >
            {/* highlight.ts: the script's text escaped, inside spans of classes only. */}
            <code
              className="hljs language-python"
              dangerouslySetInnerHTML={{ __html: script.html }}
            />
          </pre>
          <p className="code-dialog__foot">
            {t('code.lines', { count: script.text.split('\n').length - 1 })} ·{' '}
            {t('code.run', { command: `python3 ${SCRIPT_FILE}` })}
          </p>
        </div>
      ) : (
        <p className="code-dialog__error" role="alert">
          {t('code.failed', { message: script.message })}
        </p>
      )}
    </TitledModal>
  );
}

function ScriptActions({ text }: { text: string }) {
  const t = useT();
  const [copied, setCopied] = useState<{ text: string; ok: boolean } | null>(null);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(null), 2500);
    return () => clearTimeout(timer);
  }, [copied]);
  const status = copied?.text === text ? (copied.ok ? 'copied' : 'failed') : 'idle';
  return (
    <div className="code-dialog__actions">
      <span className="code-dialog__status" role="status">
        {status === 'copied' && t('code.copied')}
        {status === 'failed' && t('code.copyFailed')}
      </span>
      <button
        type="button"
        className="button button--primary"
        onClick={async () => setCopied({ text, ok: await copyText(text) })}
      >
        {t('code.copy')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => downloadText(text, SCRIPT_FILE, 'text/x-python')}
      >
        {t('code.download', { file: SCRIPT_FILE })}
      </button>
    </div>
  );
}
