/**
 * A panel's error boundary: an exception while rendering one panel (the header, the landscape,
 * the step inspector, the timeline, the optimizers, the charts) replaces that panel alone with a
 * calm message in the language shown, the error's message (not its stack), and the ways back:
 * "Try again" remounts the panel, and the panel's reset puts its settings back first
 * (src/ui/panel-reset.ts). The rest of the app keeps working; the console gets React's own report
 * of the error (its stack) and one line naming the panel and the message.
 *
 * React can only catch render errors in a class component; the message itself is a function
 * component, so that it follows the language like the rest of the interface.
 */
import { Component, useEffect, useId, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { useT } from '../i18n';
import { appStore } from '../state/store';
import { errorMessageOf } from './error-message';
import { faults, throwIfInjected, type PanelId } from './fault-injection';
import { resetPanel } from './panel-reset';
import './ErrorBoundary.css';

/** Where the message sits: a full panel, a one-line bar (header, timeline), or a floating card. */
type Layout = 'panel' | 'bar' | 'card';

const LAYOUTS: Record<PanelId, Layout> = {
  app: 'panel',
  header: 'bar',
  landscape: 'panel',
  inspector: 'card',
  timeline: 'bar',
  optimizers: 'panel',
  charts: 'panel',
  lesson: 'panel',
};

interface Props {
  panel: PanelId;
  children: ReactNode;
}

interface State {
  failed: boolean;
  error: unknown;
  /** Remounts the panel: its children are keyed by it. */
  attempt: number;
}

/** What can take focus inside a panel, for giving focus back after "Try again". */
const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Focus was lost (it was in the panel that just went away): nothing, or the page, has it. */
function focusLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, error: null, attempt: 0 };
  private readonly contents = { current: null as HTMLDivElement | null };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { failed: true, error };
  }

  override componentDidCatch(error: unknown): void {
    // React 18 has just logged the error itself, with its stack (main.tsx): this line names the
    // panel and its message, without logging the error object a second time.
    console.error(
      `Descent: the ${this.props.panel} panel failed and was replaced: ${errorMessageOf(error) ?? '(no message)'}`,
    );
  }

  override componentDidUpdate(_props: Props, previous: State): void {
    // Back from the message: the Try again button that had focus is gone; focus the panel.
    if (previous.failed && !this.state.failed && focusLost())
      this.contents.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }

  private readonly retry = () =>
    this.setState((state) => ({ failed: false, error: null, attempt: state.attempt + 1 }));

  private readonly reset = () => {
    try {
      resetPanel(this.props.panel, appStore);
    } catch (error) {
      console.error(`Descent: resetting the ${this.props.panel} panel failed:`, error);
    }
    this.retry();
  };

  override render() {
    const { panel, children } = this.props;
    if (this.state.failed)
      return (
        <PanelError
          panel={panel}
          error={this.state.error}
          onRetry={this.retry}
          onReset={this.reset}
        />
      );
    // display: contents — the panel stays the grid item it was; the div only scopes focus.
    return (
      <div
        key={this.state.attempt}
        className="error-boundary__contents"
        ref={(el) => {
          this.contents.current = el;
        }}
      >
        <FaultPoint panel={panel} />
        {children}
      </div>
    );
  }
}

/** Renders nothing; throws while rendering when a test injected a fault into `panel`. */
function FaultPoint({ panel }: { panel: PanelId }) {
  // Subscribed, so that injecting re-renders this point (and only it) and the fault fires now.
  useSyncExternalStore(faults.subscribe, () => faults.has(panel));
  throwIfInjected(panel);
  return null;
}

interface PanelErrorProps {
  panel: PanelId;
  error: unknown;
  onRetry(): void;
  onReset(): void;
}

function PanelError({ panel, error, onRetry, onReset }: PanelErrorProps) {
  const t = useT();
  const titleId = useId();
  const retryRef = useRef<HTMLButtonElement>(null);
  const layout = LAYOUTS[panel];
  const message = errorMessageOf(error) ?? t('errors.unknown');
  const name = t(`errors.panel.${panel}`);

  useEffect(() => {
    // Focus was inside the panel that failed: give it to the way back, not to the page. Focus
    // elsewhere (a slider being dragged in another panel) is left where it is.
    if (focusLost()) retryRef.current?.focus();
  }, []);

  return (
    <section
      className={`panel error-boundary error-boundary--${layout} error-boundary--${panel}`}
      aria-labelledby={titleId}
      data-testid={`panel-error-${panel}`}
    >
      <div className="error-boundary__text" role="alert">
        <div className="error-boundary__heading">
          <span className="error-boundary__icon" aria-hidden="true">
            !
          </span>
          <h2 id={titleId} className="error-boundary__title">
            {t('errors.title', { panel: name })}
          </h2>
        </div>
        {layout !== 'bar' && (
          <p className="error-boundary__body">
            {t(panel === 'app' ? 'errors.bodyApp' : 'errors.body')}
          </p>
        )}
        <p className="error-boundary__detail" title={message}>
          <span className="visually-hidden">{t('errors.detail')}: </span>
          <code>{message}</code>
        </p>
      </div>
      <div className="error-boundary__actions">
        <button ref={retryRef} type="button" className="button button--primary" onClick={onRetry}>
          {t('errors.retry')}
        </button>
        <button type="button" className="button" onClick={onReset}>
          {t(`errors.reset.${panel}`)}
        </button>
      </div>
    </section>
  );
}
