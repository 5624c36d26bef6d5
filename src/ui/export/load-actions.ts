/**
 * The export actions (the landscape and the charts as PNG or SVG, the trajectories as CSV or
 * JSON) load on first use: the first view shows only the Export buttons (issue 8, initial
 * JavaScript). One chunk for both menus.
 */
import { onDemand } from '../lazy/on-demand';

export const loadExportActions = onDemand(() => import('../../export/actions'));
