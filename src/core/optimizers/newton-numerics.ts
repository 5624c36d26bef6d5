/**
 * Newton's numerics: its update rule and the inspector's derivation, loaded when a run of Newton
 * is first computed (rule-loaders.ts). Its facts, sources and formula: newton.ts.
 */
import { defineNumerics } from './module';
import { startDerived } from './derived';
import { newtonStep2, newtonStepDense, newtonWorkspace } from './newton-solve';

export const newtonNumerics = defineNumerics({
  /**
   *   H = ∇²f(θ) (exact, symmetric: the mixed partials averaged)
   *   s = (H + δI)⁻¹g,  or  s = Q(|Λ| + δI)⁻¹Qᵀg  (saddle-free, H = QΛQᵀ)
   *   θ ← θ − α·s
   */
  rule(hp, dim, context) {
    const product = context.createHessianVectorProduct?.();
    if (!product) throw new Error('newton needs the problem’s exact Hessian-vector product');
    const { damping, saddleFree } = hp;
    const hessian = new Float64Array(dim * dim);
    const basis = new Float64Array(dim);
    const column = new Float64Array(dim);
    const out = { eigenvalues: new Float64Array(dim), direction: new Float64Array(dim) };
    const work = dim !== 2 ? newtonWorkspace(dim) : null;
    let started = false;
    return {
      update(params, grad, lr) {
        started = true;
        product.at(params);
        for (let j = 0; j < dim; j++) {
          basis.fill(0);
          basis[j] = 1;
          product.times(basis, column);
          for (let i = 0; i < dim; i++) hessian[i * dim + j] = column[i]!;
        }
        for (let i = 0; i < dim; i++)
          for (let j = i + 1; j < dim; j++) {
            const mean = (hessian[i * dim + j]! + hessian[j * dim + i]!) / 2;
            hessian[i * dim + j] = mean;
            hessian[j * dim + i] = mean;
          }
        if (work) newtonStepDense(hessian, grad, dim, damping, saddleFree, work, out);
        else newtonStep2(hessian, grad, damping, saddleFree, out);
        for (let i = 0; i < dim; i++) params[i] = params[i]! + -lr * out.direction[i]!;
      },
      // A model's n × n H is not kept in the state (its eigenvalues and the step are).
      state: () =>
        !started
          ? {}
          : dim === 2
            ? { hessian, eigenvalues: out.eigenvalues, direction: out.direction }
            : { eigenvalues: out.eigenvalues, direction: out.direction },
    };
  },
  derive(input) {
    const derived = startDerived(input);
    const { buffers } = input.after;
    const eigenvalues = buffers.eigenvalues ?? [];
    const h = buffers.hessian;
    if (h) {
      derived.vectors.hessianRow1 = [h[0]!, h[1]!];
      derived.vectors.hessianRow2 = [h[2]!, h[3]!];
    }
    derived.vectors.newtonStep = buffers.direction ?? input.theta.map(() => 0);
    if (eigenvalues.length > 0) {
      derived.scalars.lambdaMin = eigenvalues[0]!;
      derived.scalars.lambdaMax = eigenvalues[eigenvalues.length - 1]!;
    }
    return derived;
  },
});
