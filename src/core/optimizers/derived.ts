/**
 * What the inspector's derivations share (each type's `derive`, module.ts): a map over
 * coordinates, a state buffer read with zeros before the rule creates it, and the empty
 * derivation with t that each adds its quantities to.
 */
import type { DeriveInput, Derived } from './module';

/** Element-wise map over coordinates. */
export const each = (dim: number, fn: (i: number) => number): number[] =>
  Array.from({ length: dim }, (_, i) => fn(i));

/** A state buffer after the step (or before it), zeros where the rule has not created it yet. */
export function bufferOf(input: DeriveInput, name: string, state = input.after): number[] {
  return state.buffers[name] ?? each(input.theta.length, () => 0);
}

/** An empty derivation with the step counter t, to which a module adds its quantities. */
export function startDerived(input: DeriveInput): Derived {
  return { vectors: {}, scalars: { t: input.after.t } };
}
