/**
 * The NumPy script's Muon (docs/code-export.md, "Optimizers"): the core's rule
 * (src/core/optimizers/muon.ts, newton-schulz.ts) line for line, over θ's blocks (a model's
 * layout): Newton–Schulz on each weight matrix, Adam with betas (0.9, 0.95) and eps 1e-10 on
 * the rest.
 */
import type { Say } from './comments';
import { comment, indent, withComment } from './python';
import { init, step } from './numpy-rules-sgd';

export function muonClass(say: Say): string[] {
  return [
    'class Muon:',
    ...comment(say('ruleMuon'), '    '),
    ...init(
      ['momentum', 'nesterov', 'ns_steps', 'weight_decay', 'adam_lr', 'base_lr', 'blocks'],
      [
        ['t', '0', say('stateT')],
        ['state', 'None', say('stateMuon')],
      ],
    ),
    ...step([
      'self.t += 1',
      'if self.state is None:',
      '    self.state = {k: np.zeros_like(g) for k in ("buf", "m", "v")}',
      'buf, m, v = self.state["buf"], self.state["m"], self.state["v"]',
      'adam_lr = self.adam_lr * (lr / self.base_lr) if self.base_lr > 0 else self.adam_lr',
      'theta = theta.copy()',
      'for at, rows, cols, matrix in self.blocks:',
      ...indent([
        'part = slice(at, at + rows * cols)',
        'if matrix:',
        ...withComment(
          'buf[part] = lerp(buf[part], g[part], 1 - self.momentum)',
          say('muonMomentum'),
          '    ',
        ),
        ...withComment(
          'U = lerp(g[part], buf[part], self.momentum) if self.nesterov else buf[part]',
          say('muonNesterov'),
          '    ',
        ),
        ...withComment(
          'O = newton_schulz(U.reshape(rows, cols), self.ns_steps).ravel() * max(1, rows / cols) ** 0.5',
          say('muonScale'),
          '    ',
        ),
        '    theta[part] = theta[part] * (1 - lr * self.weight_decay)',
        ...withComment('theta[part] = theta[part] + -lr * O', say('muonStep'), '    '),
        'else:',
        ...comment(say('muonAdam'), '    '),
        '    m[part] = lerp(m[part], g[part], 1 - 0.9)',
        '    v[part] = lerp(v[part], g[part] * g[part], 1 - 0.95)',
        '    O = m[part] / (1 - 0.9 ** self.t) / (np.sqrt(v[part] / (1 - 0.95 ** self.t)) + 1e-10)',
        '    theta[part] = theta[part] + -adam_lr * O',
      ]),
      'return theta',
    ]),
    '',
    '',
    'def newton_schulz(G, steps):',
    ...comment(say('muonNsFn'), '    '),
    ...indent([
      'a, b, c = (3.4445, -4.7750, 2.0315)',
      'X = G.T if G.shape[0] > G.shape[1] else G',
      'X = X / (np.sqrt(np.sum(X * X)) + 1e-7)',
      'for _ in range(steps):',
      '    A = X @ X.T',
      '    B = b * A + c * A @ A',
      '    X = a * X + B @ X',
      'return X.T if G.shape[0] > G.shape[1] else X',
    ]),
    '',
    '',
    'def lerp(start, end, weight):',
    ...comment(say('lerpFn'), '    '),
    '    if weight < 0.5:',
    '        return start + weight * (end - start)',
    '    return end - (end - start) * (1 - weight)',
  ];
}
