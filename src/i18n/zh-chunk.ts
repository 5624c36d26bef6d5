/**
 * Everything 简体中文 the first view can show, as one chunk that loads only when Chinese is shown
 * (load.ts; docs/i18n.md, "How languages load"): the interface's strings and the problems' titles
 * and notes. The presets' Chinese (presets.zh.ts) stays in the gallery's own on-demand chunk.
 */
export { zh as translation } from './zh';
export { PROBLEMS_ZH as problems } from './problems.zh';
