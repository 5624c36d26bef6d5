/**
 * English of a mini-batch run's epochs on the timeline and of the loss chart's hover over a
 * validation curve (issue 22): initial, as the timeline and the chart's hover are in the first
 * view's code; the rest of `tables.*` loads with the table panels (en-tables.ts). Part of en.ts.
 */
export const enEpochs = {
  tables: {
    fullBatch: 'full batch ({{n}})',
    hoverValidation: 'val. {{value}}',
    hoverEarlyStop: 'early stop at step {{step}}',
    epochBatch: 'epoch {{epoch}}, batch {{batch}} of {{batches}}',
    epochSample: 'epoch {{epoch}}, sample {{batch}} of {{batches}}',
    fullBatchStep: 'full batch: every step is an epoch',
    modeMiniBatch: 'mini-batches of {{size}}, {{batches}} to an epoch',
    modeSample: 'one sample per step, {{batches}} to an epoch',
  },
};
