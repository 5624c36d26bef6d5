/**
 * The guard of the hostile-input tests (docs/hostile-input.md): after each test no prototype a
 * payload could reach has gained, lost or changed a key, nothing is polluted and no payload ran.
 */
import { afterEach, beforeEach, expect } from 'vitest';

/** The own properties of the prototypes a payload could reach (descriptors: values, getters). */
function prototypeSnapshot(): Map<string, PropertyDescriptor> {
  const snapshot = new Map<string, PropertyDescriptor>();
  const roots = { Object, Array, Function, String, Number };
  for (const [name, ctor] of Object.entries(roots))
    for (const key of Reflect.ownKeys(ctor.prototype))
      snapshot.set(`${name}.${String(key)}`, Object.getOwnPropertyDescriptor(ctor.prototype, key)!);
  return snapshot;
}

/** Checks, around every test of the calling file, that no payload reached a prototype or ran. */
export function guardPrototypes(): void {
  let before: Map<string, PropertyDescriptor>;
  beforeEach(() => {
    before = prototypeSnapshot();
    delete (globalThis as { __pwned?: unknown }).__pwned;
  });
  afterEach(() => {
    // No key added, none deleted, none replaced; and no payload ran.
    expect(prototypeSnapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
  });
}
