/** The screen: header, landscape, optimizers, loss chart and timeline (PRODUCT.md, "What the screen holds"). */
import './App.css';
import { ChartPanel } from './charts/ChartPanel';
import { EngineStatus } from './EngineStatus';
import { Header } from './problems/Header';
import { Landscape } from './landscape/Landscape';
import { OptimizersPanel } from './optimizers/OptimizersPanel';
import { Timeline } from './timeline/Timeline';
import { DropImport } from './share/DropImport';
import { OpenFullLink } from './share/OpenFullLink';
import { useApp } from '../state/store';
import { InspectorPanel } from './inspector/InspectorPanel';

export function App() {
  const embed = useApp((s) => s.embed);
  // Models are taught from their data and accuracy: their chart panel gets half the column.
  const model = useApp(
    (s) => s.scenario.problem.type === 'logistic-regression' || s.scenario.problem.type === 'mlp',
  );
  if (embed) {
    // Embedded in slides or a page: the picture and its timeline, nothing to edit.
    return (
      <div className="app app--embed">
        <main className="app__landscape">
          <Landscape />
          <EngineStatus />
          <OpenFullLink />
        </main>
        <div className="app__timeline">
          <Timeline />
        </div>
      </div>
    );
  }
  return (
    <div className={model ? 'app app--model' : 'app'}>
      <div className="app__header">
        <Header />
      </div>
      <main className="app__landscape">
        <Landscape />
        <InspectorPanel />
        <EngineStatus />
      </main>
      <div className="app__timeline">
        <Timeline />
      </div>
      <aside className="app__side" aria-label="Optimizers and charts">
        <OptimizersPanel />
        <ChartPanel />
      </aside>
      <DropImport />
    </div>
  );
}
