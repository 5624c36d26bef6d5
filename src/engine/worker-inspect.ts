/** The engine worker's calls for the step inspector; spread into the worker's API. */
export const inspectWorkerApi = {};
