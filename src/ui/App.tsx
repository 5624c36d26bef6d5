/** The screen: header, landscape, optimizers, loss chart and timeline (docs/screen.md, "What the screen holds"). */
import './App.css';
// Before the link is read: the translator and <html lang> follow the store's language from the start.
import '../i18n/store-sync';
import { ChartPanel } from './charts/ChartPanel';
import { EngineStatus } from './EngineStatus';
import { Header } from './problems/Header';
import { Landscape } from './landscape/Landscape';
import { OptimizersPanel } from './optimizers/OptimizersPanel';
import { Timeline } from './timeline/Timeline';
import { DropZone } from './drop/DropZone';
import { useApp } from '../state/store';
import { timelineShown } from '../state/lesson';
import { isClassifier, isTable } from '../kinds/registry';
import { InspectorPanel } from './inspector/InspectorPanel';
import { usePresentation } from './present/use-present';
import { RunLegendSlot } from './present/RunLegendSlot';
import { useT } from '../i18n';
import { ErrorBoundary } from './ErrorBoundary';
import { NoteSlot } from './note/NoteSlot';
import { LessonSlot } from './lesson/LessonSlot';
import { CodeDialogHost } from './code/CodeDialogHost';

export function App() {
  const t = useT();
  const embed = useApp((s) => s.embed);
  const presenting = useApp((s) => s.presenting);
  // The chart panel enlarged: it and the landscape swap places (grid areas only, so neither
  // remounts and a running sweep keeps going; docs/app.md, "Layout").
  const chartEnlarged = useApp((s) => s.chartEnlarged);
  usePresentation();
  // Models are taught from their data and accuracy: their chart panel gets half the column.
  const model = useApp((s) => isClassifier(s.scenario.problem) || isTable(s.scenario.problem));
  // A lesson link without the timeline (Timeline.tsx): the plot takes its row (App.css).
  const timeline = useApp((s) => timelineShown(s.lesson));
  if (embed) {
    // Embedded in slides or a page: the picture and its timeline, nothing to edit.
    return (
      <div className="app app--embed">
        <main className="app__landscape">
          <ErrorBoundary panel="landscape">
            <Landscape />
          </ErrorBoundary>
          <EngineStatus />
        </main>
        <div className="app__timeline">
          <NoteSlot />
          <ErrorBoundary panel="timeline">
            <Timeline />
          </ErrorBoundary>
        </div>
      </div>
    );
  }
  return (
    <div
      className={`app${model ? ' app--model' : ''}${presenting ? ' app--present' : ''}${chartEnlarged ? ' app--chart-big' : ''}${timeline ? '' : ' app--no-timeline'}`}
    >
      {/* Each panel has its own error boundary: one failing leaves the others working. */}
      <div className="app__header">
        <ErrorBoundary panel="header">
          <Header />
        </ErrorBoundary>
      </div>
      <main className="app__landscape">
        <ErrorBoundary panel="landscape">
          <Landscape />
        </ErrorBoundary>
        {/* Open by its button, or by a link or a lesson step (inspect=1), presenting too: a
            teacher projects the step taken apart (docs/lab-inspector.md, "Open state"). */}
        <ErrorBoundary panel="inspector">
          <InspectorPanel />
        </ErrorBoundary>
        <EngineStatus />
      </main>
      <div className="app__timeline">
        <ErrorBoundary panel="timeline">
          <Timeline />
        </ErrorBoundary>
      </div>
      <aside className="app__side" aria-label={t('app.side')}>
        {/* The lesson player, while the link names a lesson (its own error boundary inside). */}
        <LessonSlot />
        <NoteSlot />
        {presenting && <RunLegendSlot />}
        <ErrorBoundary panel="optimizers">
          <OptimizersPanel />
        </ErrorBoundary>
      </aside>
      {/* A grid item of its own, so that it can take the landscape's place when enlarged. */}
      <div className="app__chart">
        <ErrorBoundary panel="charts">
          <ChartPanel />
        </ErrorBoundary>
      </div>
      {/* Drop a lesson or scenario file anywhere to open it (docs/lessons.md). */}
      <DropZone />
      <CodeDialogHost />
    </div>
  );
}
