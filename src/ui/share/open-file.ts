/** Opening a scenario file (picked or dropped) in the app, as leniently as a link. */
import { importScenario } from '../../url/import';
import { clip } from '../../scenario/text';
import type { AppStore } from '../../state/store';
import { originsOf } from '../../state/run-origins';
import { applyWithKinds } from '../../state/kinds-gate';
import { t } from '../../i18n';

export async function openScenarioFile(store: AppStore, file: File): Promise<boolean> {
  const text = await file.text();
  // A scenario of a model reads once the models' numerics are in (src/state/kinds-gate.ts).
  const result = await applyWithKinds(store, () => importScenario(text));
  if (result === undefined) return false; // the notice says why
  // A file's name is input too: one line, of a reasonable length.
  const name = clip(file.name);
  if (!result.ok) {
    const reason = t(result.said.key, result.said.values);
    store.getState().setNotice(t('scenarioFile.refused', { name, reason }));
    return false;
  }
  store.setState({
    scenario: result.scenario,
    runOrigins: originsOf(result.scenario),
    window: null,
    selectedRun: 0,
    cursor: Number.MAX_SAFE_INTEGER,
    playing: false,
    linkNotices: result.notices.map((text) => ({ text })),
    notice: t('scenarioFile.opened', { name }),
  });
  return true;
}
