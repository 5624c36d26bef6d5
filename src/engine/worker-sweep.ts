/** The engine worker's calls for learning-rate sweeps; spread into the worker's API. */
export const sweepWorkerApi = {};
