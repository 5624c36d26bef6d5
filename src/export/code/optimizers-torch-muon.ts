/**
 * The PyTorch script's Muon (docs/code-export.md, "Optimizers"): a transcription of Keller
 * Jordan's reference `SingleDeviceMuonWithAuxAdam` and `zeropower_via_newtonschulz5`
 * (github.com/KellerJordan/Muon, muon.py) in one parameter group, with Newton–Schulz in float64
 * (the reference casts to bfloat16) and the biases' Adam lr scaled as the schedule scales the
 * group's (src/core/optimizers/muon-numerics.ts, `auxLr`).
 */
import type { Say } from './comments';
import { comment, indent, withComment } from './python';

export const MUON = (say: Say) => [
  'def zeropower_via_newtonschulz5(G, steps):',
  ...comment(say('muonNsFn'), '    '),
  ...indent([
    'a, b, c = (3.4445, -4.7750, 2.0315)',
    'X = G.double()',
    'if G.size(-2) > G.size(-1):',
    '    X = X.mT',
    'X = X / (X.norm(dim=(-2, -1), keepdim=True) + 1e-7)',
    'for _ in range(steps):',
    '    A = X @ X.mT',
    '    B = b * A + c * A @ A',
    '    X = a * X + B @ X',
    'if G.size(-2) > G.size(-1):',
    '    X = X.mT',
    'return X',
  ]),
  '',
  '',
  'class Muon(torch.optim.Optimizer):',
  ...comment(say('muonClass'), '    '),
  '    def __init__(self, params, lr=0.02, momentum=0.95, nesterov=True, ns_steps=5,',
  '                 weight_decay=0.0, adam_lr=3e-4, adam_betas=(0.9, 0.95), adam_eps=1e-10):',
  '        super().__init__(params, dict(lr=lr, momentum=momentum, nesterov=nesterov,',
  '                                      ns_steps=ns_steps, weight_decay=weight_decay,',
  '                                      adam_lr=adam_lr, adam_betas=adam_betas, adam_eps=adam_eps))',
  ...withComment('self.base_lr = lr', say('muonBaseLr'), '        '),
  '',
  '    @torch.no_grad()',
  '    def step(self, closure=None):',
  '        group = self.param_groups[0]',
  '        lr = group["lr"]',
  '        for p in group["params"]:',
  ...indent(
    [
      'state = self.state[p]',
      'if p.ndim >= 2:',
      '    if not state:',
      '        state["momentum_buffer"] = torch.zeros_like(p)',
      '    buf = state["momentum_buffer"]',
      ...withComment('buf.lerp_(p.grad, 1 - group["momentum"])', say('muonMomentum'), '    '),
      ...withComment(
        'update = p.grad.lerp(buf, group["momentum"]) if group["nesterov"] else buf',
        say('muonNesterov'),
        '    ',
      ),
      '    update = zeropower_via_newtonschulz5(update, group["ns_steps"])',
      ...withComment('update *= max(1, p.size(-2) / p.size(-1)) ** 0.5', say('muonScale'), '    '),
      '    p.mul_(1 - lr * group["weight_decay"])',
      ...withComment('p.add_(update, alpha=-lr)', say('muonStep'), '    '),
      'else:',
      ...comment(say('muonAdam'), '    '),
      '    adam_lr = group["adam_lr"] * (lr / self.base_lr) if self.base_lr > 0 else group["adam_lr"]',
      '    if not state:',
      '        state["exp_avg"] = torch.zeros_like(p)',
      '        state["exp_avg_sq"] = torch.zeros_like(p)',
      '        state["step"] = 0',
      '    state["step"] += 1',
      '    beta1, beta2 = group["adam_betas"]',
      '    state["exp_avg"].lerp_(p.grad, 1 - beta1)',
      '    state["exp_avg_sq"].lerp_(p.grad.square(), 1 - beta2)',
      '    m_hat = state["exp_avg"] / (1 - beta1 ** state["step"])',
      '    v_hat = state["exp_avg_sq"] / (1 - beta2 ** state["step"])',
      '    p.add_(m_hat / (v_hat.sqrt() + group["adam_eps"]), alpha=-adam_lr)',
    ],
    3,
  ),
];
