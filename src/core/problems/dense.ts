/**
 * The three products of a dense layer's passes over a batch of m points, stored point-major
 * (point p's values contiguous: a[p·width + c]), with θ's weight W (out × in, row-major, as
 * PyTorch's nn.Linear stores it) and bias b read in place:
 *
 *   forward   z[p, r] = b[r] + Σ_c W[r, c]·a[p, c]
 *   gradient  ∂W[r, c] = Σ_p δ[p, r]·a[p, c],   ∂b[r] = Σ_p δ[p, r]
 *   backward  e[p, c] = Σ_r δ[p, r]·W[r, c]
 *
 * Speed (issue 22 §5: a 64-32-10 network on 1,437 digits at ≥ 100 full-batch steps per second
 * in the worker): each product is register-blocked, 2 points × 4 units (8 running sums held in
 * locals, 6 loads per 8 multiply-adds, no store in the inner loop). V8 does not vectorise, so
 * the loads are what a loop pays for; the plain loop of mlp.ts (two loads and a store per
 * multiply-add) runs at about a quarter of this speed on the same shapes (bench/digits.ts).
 * Remainders (an odd m, widths not a multiple of 4) take the plain loop. Each sum runs over c
 * (or p, or r) in increasing order, so a result does not depend on the blocking.
 */

/** z[p, r] = b[r] + Σ_c W[r, c]·a[p, c] for p < m, r < fanOut. */
export function denseForward(
  a: Float64Array,
  m: number,
  fanIn: number,
  fanOut: number,
  params: Float64Array,
  weightAt: number,
  biasAt: number,
  z: Float64Array,
): void {
  const rBlocked = fanOut - (fanOut % 4);
  let p = 0;
  for (; p + 1 < m; p += 2) {
    const a0 = p * fanIn;
    const a1 = a0 + fanIn;
    const z0 = p * fanOut;
    const z1 = z0 + fanOut;
    let r = 0;
    for (; r < rBlocked; r += 4) {
      const w0 = weightAt + r * fanIn;
      const w1 = w0 + fanIn;
      const w2 = w1 + fanIn;
      const w3 = w2 + fanIn;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let t0 = 0;
      let t1 = 0;
      let t2 = 0;
      let t3 = 0;
      for (let c = 0; c < fanIn; c++) {
        const x = a[a0 + c]!;
        const y = a[a1 + c]!;
        const v0 = params[w0 + c]!;
        const v1 = params[w1 + c]!;
        const v2 = params[w2 + c]!;
        const v3 = params[w3 + c]!;
        s0 += v0 * x;
        s1 += v1 * x;
        s2 += v2 * x;
        s3 += v3 * x;
        t0 += v0 * y;
        t1 += v1 * y;
        t2 += v2 * y;
        t3 += v3 * y;
      }
      const b = biasAt + r;
      z[z0 + r] = params[b]! + s0;
      z[z0 + r + 1] = params[b + 1]! + s1;
      z[z0 + r + 2] = params[b + 2]! + s2;
      z[z0 + r + 3] = params[b + 3]! + s3;
      z[z1 + r] = params[b]! + t0;
      z[z1 + r + 1] = params[b + 1]! + t1;
      z[z1 + r + 2] = params[b + 2]! + t2;
      z[z1 + r + 3] = params[b + 3]! + t3;
    }
    for (; r < fanOut; r++) {
      const w = weightAt + r * fanIn;
      let s = 0;
      let t = 0;
      for (let c = 0; c < fanIn; c++) {
        s += params[w + c]! * a[a0 + c]!;
        t += params[w + c]! * a[a1 + c]!;
      }
      z[z0 + r] = params[biasAt + r]! + s;
      z[z1 + r] = params[biasAt + r]! + t;
    }
  }
  for (; p < m; p++) {
    const a0 = p * fanIn;
    for (let r = 0; r < fanOut; r++) {
      const w = weightAt + r * fanIn;
      let s = 0;
      for (let c = 0; c < fanIn; c++) s += params[w + c]! * a[a0 + c]!;
      z[p * fanOut + r] = params[biasAt + r]! + s;
    }
  }
}

/** ∂W[r, c] = Σ_p δ[p, r]·a[p, c] and ∂b[r] = Σ_p δ[p, r], written into `grad`. */
export function denseGradient(
  delta: Float64Array,
  a: Float64Array,
  m: number,
  fanIn: number,
  fanOut: number,
  grad: Float64Array,
  weightAt: number,
  biasAt: number,
): void {
  for (let r = 0; r < fanOut; r++) {
    let s = 0;
    for (let p = 0; p < m; p++) s += delta[p * fanOut + r]!;
    grad[biasAt + r] = s;
  }
  const rBlocked = fanOut - (fanOut % 2);
  const cBlocked = fanIn - (fanIn % 4);
  let r = 0;
  for (; r < rBlocked; r += 2) {
    const g0 = weightAt + r * fanIn;
    const g1 = g0 + fanIn;
    let c = 0;
    for (; c < cBlocked; c += 4) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let t0 = 0;
      let t1 = 0;
      let t2 = 0;
      let t3 = 0;
      for (let p = 0, d = r, i = c; p < m; p++, d += fanOut, i += fanIn) {
        const u = delta[d]!;
        const v = delta[d + 1]!;
        const x0 = a[i]!;
        const x1 = a[i + 1]!;
        const x2 = a[i + 2]!;
        const x3 = a[i + 3]!;
        s0 += u * x0;
        s1 += u * x1;
        s2 += u * x2;
        s3 += u * x3;
        t0 += v * x0;
        t1 += v * x1;
        t2 += v * x2;
        t3 += v * x3;
      }
      grad[g0 + c] = s0;
      grad[g0 + c + 1] = s1;
      grad[g0 + c + 2] = s2;
      grad[g0 + c + 3] = s3;
      grad[g1 + c] = t0;
      grad[g1 + c + 1] = t1;
      grad[g1 + c + 2] = t2;
      grad[g1 + c + 3] = t3;
    }
    for (; c < fanIn; c++) {
      let s = 0;
      let t = 0;
      for (let p = 0; p < m; p++) {
        const x = a[p * fanIn + c]!;
        s += delta[p * fanOut + r]! * x;
        t += delta[p * fanOut + r + 1]! * x;
      }
      grad[g0 + c] = s;
      grad[g1 + c] = t;
    }
  }
  for (; r < fanOut; r++) {
    for (let c = 0; c < fanIn; c++) {
      let s = 0;
      for (let p = 0; p < m; p++) s += delta[p * fanOut + r]! * a[p * fanIn + c]!;
      grad[weightAt + r * fanIn + c] = s;
    }
  }
}

/** e[p, c] = Σ_r δ[p, r]·W[r, c]: the error a layer sends back to its inputs. */
export function denseBackward(
  delta: Float64Array,
  m: number,
  fanIn: number,
  fanOut: number,
  params: Float64Array,
  weightAt: number,
  e: Float64Array,
): void {
  const cBlocked = fanIn - (fanIn % 4);
  let p = 0;
  for (; p + 1 < m; p += 2) {
    const d0 = p * fanOut;
    const d1 = d0 + fanOut;
    const e0 = p * fanIn;
    const e1 = e0 + fanIn;
    let c = 0;
    for (; c < cBlocked; c += 4) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let t0 = 0;
      let t1 = 0;
      let t2 = 0;
      let t3 = 0;
      for (let r = 0, w = weightAt + c; r < fanOut; r++, w += fanIn) {
        const u = delta[d0 + r]!;
        const v = delta[d1 + r]!;
        const w0 = params[w]!;
        const w1 = params[w + 1]!;
        const w2 = params[w + 2]!;
        const w3 = params[w + 3]!;
        s0 += u * w0;
        s1 += u * w1;
        s2 += u * w2;
        s3 += u * w3;
        t0 += v * w0;
        t1 += v * w1;
        t2 += v * w2;
        t3 += v * w3;
      }
      e[e0 + c] = s0;
      e[e0 + c + 1] = s1;
      e[e0 + c + 2] = s2;
      e[e0 + c + 3] = s3;
      e[e1 + c] = t0;
      e[e1 + c + 1] = t1;
      e[e1 + c + 2] = t2;
      e[e1 + c + 3] = t3;
    }
    for (; c < fanIn; c++) {
      let s = 0;
      let t = 0;
      for (let r = 0; r < fanOut; r++) {
        const w = params[weightAt + r * fanIn + c]!;
        s += delta[d0 + r]! * w;
        t += delta[d1 + r]! * w;
      }
      e[e0 + c] = s;
      e[e1 + c] = t;
    }
  }
  for (; p < m; p++) {
    for (let c = 0; c < fanIn; c++) {
      let s = 0;
      for (let r = 0; r < fanOut; r++)
        s += delta[p * fanOut + r]! * params[weightAt + r * fanIn + c]!;
      e[p * fanIn + c] = s;
    }
  }
}
