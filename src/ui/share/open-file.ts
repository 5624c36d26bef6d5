/** Opening a scenario file (picked or dropped) in the app, as leniently as a link. */
import { importScenario } from '../../url/import';
import type { AppStore } from '../../state/store';

export async function openScenarioFile(store: AppStore, file: File): Promise<boolean> {
  const result = importScenario(await file.text(), file.name);
  if (!result.ok) {
    // The reason starts with the file's name ("x.json is not valid JSON …"); said once. A name
    // holding " is " itself ("this is mine.json") must not be cut there.
    const rest = result.error.startsWith(`${file.name} `)
      ? result.error.slice(file.name.length + 1)
      : result.error;
    const reason = rest.startsWith('is ') ? rest.slice(3) : `it ${rest}`;
    store.getState().setNotice(`Could not open ${file.name}: ${reason}`);
    return false;
  }
  store.setState({
    scenario: result.scenario,
    window: null,
    selectedRun: 0,
    cursor: Number.MAX_SAFE_INTEGER,
    playing: false,
    linkNotices: result.notices,
    notice: `Opened ${file.name}.`,
  });
  return true;
}
