import { describe, expect, it } from 'vitest';
import { nameAfter } from '../../src/core/not-loaded';
import { DataSetMissing, missingDataSet } from '../../src/core/data/missing';
import { RuleNotLoaded, notLoadedRule } from '../../src/core/optimizers/rule-store';
import { KindNotLoaded, kindNotLoaded } from '../../src/kinds/numerics-slot';

describe('what a thread has not loaded, read back from an error (src/core/not-loaded.ts)', () => {
  it('reads the word after the prefix, from an error or from its text after a worker boundary', () => {
    expect(nameAfter(new Error('rule not loaded: lbfgs'), 'rule not loaded: ')).toBe('lbfgs');
    expect(nameAfter('Error: rule not loaded: lbfgs (in a worker)', 'rule not loaded: ')).toBe(
      'lbfgs',
    );
    expect(nameAfter(new Error('something else'), 'rule not loaded: ')).toBeNull();
  });

  it('each kind of missing thing names itself, and only a name it knows', () => {
    expect(missingDataSet(new DataSetMissing('digits'))).toBe('digits');
    expect(
      missingDataSet(new Error(new DataSetMissing('digits').message.replace('digits', 'x'))),
    ).toBeNull();
    expect(notLoadedRule(String(new RuleNotLoaded('muon')))).toBe('muon');
    expect(
      notLoadedRule(new Error(new RuleNotLoaded('muon').message.replace('muon', 'x'))),
    ).toBeNull();
    expect(kindNotLoaded(new KindNotLoaded('mlp'))).toBe('mlp');
    expect(kindNotLoaded(new RuleNotLoaded('adam'))).toBeNull();
  });
});
