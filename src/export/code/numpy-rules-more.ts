/**
 * The NumPy script's rules for the types of issue 21 (docs/code-export.md,
 * "Optimizers"): Rprop, ASGD, Adafactor and Newton, each the core's rule line for line in its
 * order of operations (src/core/optimizers/rprop.ts, asgd.ts, adafactor.ts, newton.ts), so that
 * its float64 steps are the app's; and Newton's Hessian (newton-hessian.ts writes `hessian`).
 */
import type { Say } from './comments';
import { comment, indent, withComment } from './python';
import { init, l2, step } from './numpy-rules-sgd';

export function rpropClass(say: Say): string[] {
  return [
    'class Rprop:',
    ...comment(say('ruleRprop'), '    '),
    ...init(
      ['eta_minus', 'eta_plus', 'step_size_min', 'step_size_max'],
      [
        ['prev', '0.0', say('statePrev')],
        ['step_size', 'None', say('stateStepSize')],
      ],
    ),
    ...step([
      'if self.step_size is None:',
      ...withComment('self.step_size = np.full_like(g, lr)', say('rpropFirst'), '    '),
      ...withComment('s = np.sign(g * self.prev)', say('rpropSign')),
      ...withComment(
        'factor = np.where(s > 0, self.eta_plus, np.where(s < 0, self.eta_minus, np.where(s == 0, 1.0, s)))',
        say('rpropFactor'),
      ),
      ...withComment(
        'self.step_size = np.minimum(np.maximum(self.step_size * factor, self.step_size_min), self.step_size_max)',
        say('rpropClip'),
      ),
      ...withComment('g = np.where(factor == self.eta_minus, 0.0, g)', say('rpropZero')),
      'self.prev = g',
      ...withComment('return theta - np.sign(g) * self.step_size', say('rpropStep')),
    ]),
  ];
}

export function asgdClass(say: Say): string[] {
  return [
    'class ASGD:',
    ...comment(say('ruleAsgd'), '    '),
    ...init(
      ['lambd', 'alpha', 't0', 'weight_decay'],
      [
        ['t', '0', say('stateT')],
        ['eta', 'None', say('stateEta')],
        ['mu', '1.0', say('stateMu')],
        ['ax', 'None', say('stateAx')],
      ],
    ),
    ...step([
      'self.t += 1',
      'if self.eta is None:',
      ...withComment('self.eta = lr', say('asgdFirst'), '    '),
      ...l2(say),
      ...withComment(
        'theta = theta * (1 - self.lambd * self.eta) + -self.eta * g',
        say('asgdStep'),
      ),
      ...withComment(
        'self.ax = theta if self.mu == 1 else self.ax + (theta - self.ax) * self.mu',
        say('asgdAverage'),
      ),
      ...withComment(
        'self.eta = lr / (1 + self.lambd * lr * self.t) ** self.alpha',
        say('asgdEta'),
      ),
      ...withComment('self.mu = 1 / max(1, self.t - self.t0)', say('asgdMu')),
      'return theta',
    ]),
  ];
}

export function adafactorClass(say: Say): string[] {
  return [
    'class Adafactor:',
    ...comment(say('ruleAdafactor'), '    '),
    ...init(
      ['beta2_decay', 'eps1', 'eps2', 'd', 'weight_decay', 'blocks'],
      [
        ['t', '0', say('stateT')],
        ['state', '[{} for _ in blocks]', say('stateAdafactor')],
      ],
    ),
    ...step([
      'self.t += 1',
      ...withComment('w = self.t ** self.beta2_decay', say('adafactorWeight')),
      ...withComment('rho = min(lr, 1 / self.t ** 0.5)', say('adafactorRho')),
      'theta = theta.copy()',
      'for (at, rows, cols, factored), state in zip(self.blocks, self.state):',
      ...indent([
        'p, grad = theta[at:at + rows * cols], g[at:at + rows * cols]',
        ...withComment(
          'a = max(self.eps2, np.sqrt(np.sum(p * p)) / p.size ** 0.5) * rho',
          say('adafactorScale'),
        ),
        'if self.weight_decay != 0:',
        ...withComment('p *= 1 - lr * self.weight_decay', say('decoupledLine'), '    '),
        'if factored:',
        ...comment(say('adafactorFactored'), '    '),
        '    G = grad.reshape(rows, cols)',
        '    state.setdefault("R", np.zeros(rows))',
        '    state.setdefault("C", np.zeros(cols))',
        '    state["R"] = lerp(state["R"], np.sqrt(np.sum(G * G, axis=1)) ** 2 / cols, w)',
        '    state["C"] = lerp(state["C"], np.sqrt(np.sum(G * G, axis=0)) ** 2 / rows, w)',
        '    mean = max(np.sum(state["R"]) / rows, self.eps1)',
        '    v = (np.outer(state["R"], state["C"]) / mean).ravel()',
        'else:',
        '    state.setdefault("v", np.zeros(rows * cols))',
        ...withComment(
          'state["v"] = lerp(state["v"], grad * grad, w)',
          say('adafactorVariance'),
          '    ',
        ),
        '    v = state["v"]',
        ...withComment(
          'u = 1 / np.sqrt(np.maximum(v, self.eps1 * self.eps1)) * grad',
          say('adafactorU'),
        ),
        ...withComment(
          'clip = max(1.0, np.sqrt(np.sum(u * u)) / (u.size ** 0.5 * self.d))',
          say('adafactorClip'),
        ),
        ...withComment('p += -a / clip * u', say('adafactorStep')),
      ]),
      'return theta',
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

export function newtonClass(say: Say): string[] {
  return [
    'class Newton:',
    ...comment(say('ruleNewton'), '    '),
    ...init(['damping', 'saddle_free', 'hessian'], []),
    ...step([
      ...withComment('H = self.hessian(theta)', say('newtonHessianNumpy')),
      'if self.saddle_free:',
      ...withComment('lam, Q = np.linalg.eigh(H)', say('newtonEigh'), '    '),
      ...withComment('mu = np.abs(lam) + self.damping', say('newtonAbs'), '    '),
      '    projection = Q.T @ g',
      ...withComment(
        'coefficients = np.where((mu == 0) & (projection == 0), 0.0, projection / mu)',
        say('newtonNull'),
        '    ',
      ),
      '    s = Q @ coefficients',
      'elif not g.any():',
      ...withComment('s = g', say('newtonStill'), '    '),
      'else:',
      '    try:',
      ...withComment(
        's = np.linalg.solve(H + self.damping * np.eye(len(g)), g)',
        say('newtonSolve'),
        '        ',
      ),
      '    except np.linalg.LinAlgError:',
      ...withComment('s = g * np.nan', say('newtonSingular'), '        '),
      'if not np.all(np.isfinite(s)):',
      '    s = g * np.nan',
      ...withComment('return theta - lr * s', say('newtonStep')),
    ]),
  ];
}
