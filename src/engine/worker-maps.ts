/** The engine worker's calls for sensitivity maps; spread into the worker's API. */
export const mapsWorkerApi = {};
