import { describe, expect, it } from 'vitest';
import { landscapeNoticeShown } from '../../src/state/selectors';

const none = { engineError: null, notice: null, linkNotices: [], workNotices: [] };

describe('landscapeNoticeShown', () => {
  it('is false with nothing to show', () => {
    expect(landscapeNoticeShown(none)).toBe(false);
  });

  it('is true for each kind of notice the landscape shows', () => {
    expect(landscapeNoticeShown({ ...none, engineError: 'boom' })).toBe(true);
    expect(landscapeNoticeShown({ ...none, notice: 'Opened lesson.json' })).toBe(true);
    expect(landscapeNoticeShown({ ...none, linkNotices: [{ text: 'zz: ignored' }] })).toBe(true);
    expect(
      landscapeNoticeShown({
        ...none,
        workNotices: [{ what: 'steps', from: 900, to: 400, units: 1, cap: 1 }],
      }),
    ).toBe(true);
  });
});
