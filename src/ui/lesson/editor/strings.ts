/**
 * Adds the editor's strings to the translator, in both languages, when the editor's chunk loads (the
 * first view does not carry them: src/i18n/lesson-editor.ts). Chinese is added beside whatever
 * Chinese is loaded or loads later (load.ts adds its chunk's keys next to these), and does not
 * count as Chinese being loaded: that is load.ts's own flag.
 */
import { i18n } from '../../../i18n';
import { lessonEditorFormEn, lessonEditorFormZh } from '../../../i18n/lesson-editor';

export function addEditorStrings(): void {
  i18n.addResourceBundle('en', 'translation', { lessonEditorForm: lessonEditorFormEn }, true, true);
  i18n.addResourceBundle('zh', 'translation', { lessonEditorForm: lessonEditorFormZh }, true, true);
}
