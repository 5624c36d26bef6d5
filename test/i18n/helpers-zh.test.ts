/**
 * The pure helpers that word the lab, the models' views and the exports speak the language shown:
 * in 简体中文 they give the Chinese text (with the same numbers), and back in English exactly the
 * English their own tests check.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../src/i18n';
import { exportSubtitle, TEXT } from '../../src/export/captions';
import { BETA_AXES } from '../../src/core/sensitivity';
import { mapColorScale } from '../../src/ui/lab/sensitivity-scale';
import { cellReadout, mapsCaption, progressText } from '../../src/ui/lab/sensitivity-text';
import { sweepAxis, sweepMetricLabel } from '../../src/ui/lab/sweep-geometry';
import { tunePlan } from '../../src/ui/lab/sweep-model';
import {
  fieldHint,
  parseField,
  SCHEDULE_FIELDS,
  scheduleFormula,
  scheduleTitle,
} from '../../src/ui/schedule/schedule-fields';
import { CSV_FORMATS, previewText } from '../../src/ui/problems/csv-import';
import { batchOptions } from '../../src/ui/problems/data-fit';
import { errorPlace, FORMULA_EXAMPLES } from '../../src/ui/problems/formula-check';
import {
  architectureText,
  generatorTitle,
  modelBatchOptions,
} from '../../src/ui/problems/model-settings';
import { CJK } from './cjk';
import { THREE_POINTS_TWO_CLASSES } from '../ui/csv-points';
import { loadLanguage } from '../../src/i18n/load';

// Chinese is a chunk loaded when shown (docs/i18n.md, "How languages load").
beforeAll(() => loadLanguage('zh'));

describe('in 简体中文', () => {
  beforeEach(() => void i18n.changeLanguage('zh'));
  afterEach(() => void i18n.changeLanguage('en'));

  it('the α sweep names its metrics, axes and the fair comparison in Chinese', () => {
    expect(sweepMetricLabel('final')).toBe('最终损失');
    expect(sweepAxis('final', 0, 100)).toMatchObject({ label: '最终 f − f*', symbol: 'f − f*' });
    const plan = tunePlan(
      [
        { type: 'gd', lr: 1e-3 },
        { type: 'adam', lr: 0.1, label: 'Adam · tuned α' },
      ],
      [[{ lr: 0.01, finalLoss: 1, bestLoss: 1, stepsToTolerance: null, divergedAt: null }], null],
    );
    // The run without a label is named by its type in Chinese; its stored label stays English.
    expect(plan.message).toBe('梯度下降：α = 0.01——各自在此起点上的最佳值');
    expect(plan.steps[0]!.patch!.label).toBe('Gradient descent · tuned α');
  });

  it('the maps read cells out and caption themselves in Chinese', () => {
    const axis = mapColorScale(0, []).axis;
    const fresh = { value: 3.21e-4, divergedAt: 12, state: 'fresh' } as const;
    expect(cellReadout(BETA_AXES, { x: 0.9, y: 0.999 }, fresh, axis)).toBe(
      'β1 0.9, β2 0.999：在第 12 步发散',
    );
    expect(mapsCaption(500, 'Adam（运行 2）', false)).toBe(
      'Adam（运行 2），500 步后的最终损失。单击格子即可采用。',
    );
    expect(progressText('running', 5, 8, 0)).toBe('正在绘制：5 / 8 次运行');
  });

  it('the schedule editor words types, formulas, hints and errors in Chinese', () => {
    expect(scheduleTitle('warmup-cosine')).toBe('预热 + 余弦');
    expect(scheduleFormula('cosine')).toContain('CosineAnnealingLR');
    expect(scheduleFormula('cosine')).toMatch(CJK);
    const base = SCHEDULE_FIELDS['one-cycle'].find((f) => f.name === 'baseMomentum')!;
    expect(fieldHint(base, 'momentum')).toBe('动量 μ：学习率峰值处的取值');
    expect(fieldHint(base, null)).toBe('μ 或 β1：学习率峰值处的取值');
    const bad = parseField('abc');
    expect(!bad.ok && bad.message).toMatch(CJK);
  });

  it('the models’ settings and data views speak Chinese, with the same numbers', () => {
    expect(architectureText([16, 16])).toBe('2-16-16-1 · 337 个参数');
    expect(generatorTitle('moons')).toBe('双月');
    expect(modelBatchOptions(200, undefined)[0]!.label).toBe('全批量（200）');
    expect(batchOptions(100, undefined).map((o) => o.label)).toEqual([
      '全批量（100）',
      '小批量 1（SGD）',
      '小批量 5',
      '小批量 10',
      '小批量 25',
      '小批量 50',
    ]);
    expect(previewText(THREE_POINTS_TWO_CLASSES, 'classification')).toBe(
      '3 个点，2 个类别（类别 0 有 1 个，类别 1 有 2 个）',
    );
    expect(CSV_FORMATS.regression.columns).toBe('每行两个数：x, y');
    // The example is data: the same in every language.
    expect(CSV_FORMATS.regression.example.split('\n')[0]).toBe('x,y');
  });

  it('the formula editor places errors and hints its examples in Chinese', () => {
    expect(errorPlace('x^2 +* y', 5)).toBe('第 6 个字符处');
    expect(errorPlace('x^2 + ', 6)).toBe('在末尾');
    for (const { hint } of FORMULA_EXAMPLES) expect(hint).toMatch(CJK);
  });

  it('exported pictures are captioned in Chinese', () => {
    expect(exportSubtitle(2, 1500, 300)).toBe('2 个运行 · 1,500 步 · 显示第 300 步 · Descent');
    expect(TEXT.landscape).toBe('损失曲面');
    expect(TEXT.scale.log).toBe('f，对数色标');
    expect(TEXT.stepCounter(3, 10)).toBe('第 3 / 10 步');
  });
});

describe('back in English', () => {
  it('the same helpers give the English text again (their own tests check it word for word)', () => {
    void i18n.changeLanguage('zh');
    expect(generatorTitle('xor')).toBe('异或');
    void i18n.changeLanguage('en');
    expect(generatorTitle('xor')).toBe('XOR');
    expect(exportSubtitle(1, 500, null)).toBe('1 run · 500 steps · Descent');
    expect(FORMULA_EXAMPLES[0]!.hint).toBe('A narrow valley: gradient descent zig-zags across it');
  });
});
