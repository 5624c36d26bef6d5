/**
 * Schedule-Free SGD and AdamW in the exported scripts (docs/code-export.md, "Optimizers"). The
 * `schedulefree` package is not part of torch (nor of Debian), so the PyTorch script carries a
 * transcription of the authors' reference classes, facebookresearch/schedule_free
 * `sgd_schedulefree_reference.py` and `adamw_schedulefree_reference.py` (@70785b53): the same
 * `step`, `eval()` (x into the parameter) and `train()` (y back), one class for both rules. The
 * NumPy script has the core's rule (src/core/optimizers/schedule-free.ts) line for line. Both
 * loops record θ = y and the loss at x, the run's answer: the PyTorch loop as a user of the
 * package would, between `optimizer.eval()` and `optimizer.train()`.
 */
import type { Say } from './comments';
import { comment, indent, withComment } from './python';
import { init, step } from './numpy-rules-sgd';

/** The PyTorch class, both rules (`adamw`), as the reference's `step`, `eval` and `train`. */
export const SCHEDULE_FREE_TORCH = (say: Say) => [
  'class ScheduleFree(torch.optim.Optimizer):',
  ...comment(say('scheduleFreeClass'), '    '),
  '    def __init__(self, params, adamw, lr, momentum=0.9, betas=(0.9, 0.999), eps=1e-8,',
  '                 weight_decay=0.0, warmup_steps=0, r=0.0, weight_lr_power=2.0):',
  '        super().__init__(params, dict(lr=lr, momentum=momentum, betas=betas, eps=eps,',
  '                                      weight_decay=weight_decay, warmup_steps=warmup_steps,',
  '                                      r=r, weight_lr_power=weight_lr_power, k=0,',
  '                                      lr_max=-1.0, weight_sum=0.0, train_mode=True))',
  '        self.adamw = adamw',
  '',
  '    @torch.no_grad()',
  '    def eval(self):',
  '        for group in self.param_groups:',
  '            if group["train_mode"]:',
  '                for p in group["params"]:',
  '                    if "x" in self.state[p]:',
  '                        p.copy_(self.state[p]["x"])',
  '                group["train_mode"] = False',
  '',
  '    @torch.no_grad()',
  '    def train(self):',
  '        for group in self.param_groups:',
  '            if not group["train_mode"]:',
  '                for p in group["params"]:',
  '                    if "y" in self.state[p]:',
  '                        p.copy_(self.state[p]["y"])',
  '                group["train_mode"] = True',
  '',
  '    @torch.no_grad()',
  '    def step(self, closure=None):',
  '        for group in self.param_groups:',
  ...indent(
    [
      'k = group["k"]',
      'sched = (k + 1) / group["warmup_steps"] if k < group["warmup_steps"] else 1.0',
      ...withComment('lr = group["lr"] * sched', say('sfWarmup')),
      'lr_max = group["lr_max"] = max(lr, group["lr_max"])',
      'weight = ((k + 1) ** group["r"]) * (lr_max ** group["weight_lr_power"])',
      'weight_sum = group["weight_sum"] = group["weight_sum"] + weight',
      ...withComment('ckp1 = weight / weight_sum if weight_sum != 0 else 0', say('sfWeight')),
      'beta1, beta2 = group["betas"]',
      'beta = beta1 if self.adamw else group["momentum"]',
      'decay = group["weight_decay"]',
      'for p in group["params"]:',
      '    state = self.state[p]',
      '    if "z" not in state:',
      '        state["z"] = torch.clone(p)',
      '        state["x"] = torch.clone(p)',
      '        state["y"] = torch.clone(p)',
      '        state["exp_avg_sq"] = torch.zeros_like(p)',
      '    z, x, y, grad = state["z"], state["x"], state["y"], p.grad',
      '    if self.adamw:',
      '        if decay != 0:',
      '            z.sub_(y, alpha=lr * decay)',
      '        v = state["exp_avg_sq"]',
      '        v.mul_(beta2).addcmul_(grad, grad, value=1 - beta2)',
      '        denom = (v / (1 - beta2 ** (k + 1))).sqrt_().add_(group["eps"])',
      '        z.addcdiv_(grad, denom, value=-lr)',
      '    else:',
      '        if decay != 0:',
      '            grad = grad.add(y, alpha=decay)',
      '        z.sub_(grad, alpha=lr)',
      ...withComment('x.mul_(1 - ckp1).add_(z, alpha=ckp1)', say('sfAverage'), '    '),
      ...withComment('y.copy_(x.mul(beta).add_(z, alpha=1 - beta))', say('sfInterpolate'), '    '),
      '    p.copy_(y)',
      'group["k"] = k + 1',
    ],
    3,
  ),
];

/** The NumPy class of both rules, the core's line for line. */
export function scheduleFreeNumpy(say: Say): string[] {
  return [
    'class ScheduleFree:',
    ...comment(say('scheduleFreeClass'), '    '),
    ...init(
      ['adamw', 'beta', 'beta2', 'eps', 'weight_decay', 'warmup_steps', 'r', 'weight_lr_power'],
      [
        ['k', '0', say('stateT')],
        ['lr_max', '-1.0', say('sfWarmup')],
        ['weight_sum', '0.0', say('sfWeight')],
        ['z', 'None', say('sfAverage')],
        ['x', 'None', say('sfAverage')],
        ['v', '0.0', say('sfAverage')],
      ],
    ),
    ...step([
      'if self.z is None:',
      '    self.z = theta.copy()',
      '    self.x = theta.copy()',
      'k = self.k',
      'sched = (k + 1) / self.warmup_steps if k < self.warmup_steps else 1.0',
      ...withComment('lr_k = lr * sched', say('sfWarmup')),
      'self.lr_max = max(lr_k, self.lr_max)',
      'weight = (k + 1) ** self.r * self.lr_max ** self.weight_lr_power',
      'self.weight_sum = self.weight_sum + weight',
      ...withComment(
        'c = 0.0 if self.weight_sum == 0 else weight / self.weight_sum',
        say('sfWeight'),
      ),
      'y = theta',
      'if self.adamw:',
      '    z = self.z',
      '    if self.weight_decay != 0:',
      '        z = z - lr_k * self.weight_decay * y',
      '    self.v = self.v * self.beta2 + (1 - self.beta2) * g * g',
      '    z = z - (lr_k * g) / (np.sqrt(self.v / (1 - self.beta2 ** (k + 1))) + self.eps)',
      'else:',
      '    if self.weight_decay != 0:',
      '        g = g + self.weight_decay * y',
      '    z = self.z - lr_k * g',
      'self.z = z',
      ...withComment('self.x = self.x * (1 - c) + c * z', say('sfAverage')),
      'self.k = k + 1',
      ...withComment('return self.x * self.beta + (1 - self.beta) * z', say('sfInterpolate')),
    ]),
    '',
    '    def answer(self, theta):',
    ...withComment('return theta if self.x is None else self.x', say('sfEvalLoss'), '        '),
  ];
}
