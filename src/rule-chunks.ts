/**
 * The optimizers' update rules as chunks the workers load on demand (issue 17, initial
 * JavaScript; src/core/optimizers/rules.ts).
 *
 * rules.ts loads each rule with `import('./<type>-numerics')`. Vite wraps every literal dynamic
 * import of a build in its preload helper, which needs `document` and so may not reach a worker
 * (src/worker-chunk.ts fails the build if it does); a specifier that is not a literal it leaves
 * alone. So in a build each of those imports becomes an import of the URL of a chunk emitted for
 * the module (`import.meta.ROLLUP_FILE_URL_…`, as the workers' own URLs): plain `import()` in
 * the browser, no helper. The dev server and vitest import the modules as written.
 *
 * An emitted chunk is an entry of the build, but not one the first view starts from: its module
 * is marked (`meta`), and worker-chunk.ts leaves such entries out of the start modules, so the
 * rules stay out of the initial `shared` and `index` chunks.
 */
import type { Plugin } from 'vite';

/** The module whose rule imports become chunk URLs. */
const RULES_MODULE = /\/src\/core\/optimizers\/rules\.ts$/;

/** `import('./<name>-numerics')`, with either quote. */
const RULE_IMPORT = /\bimport\((['"])(\.\/[\w-]+-numerics)\1\)/g;

/** The `meta` key of a module emitted as an on-demand chunk. */
const META_KEY = 'descentOnDemand';

/** Whether a module is the entry of an on-demand chunk (not a start of the first view). */
export function isOnDemandEntry(info: { meta?: Record<string, unknown> } | null): boolean {
  return info?.meta?.[META_KEY] === true;
}

/**
 * `code` with each rule import replaced by `replace(specifier)`: the specifiers found, in order,
 * and the new code.
 */
export function rewriteRuleImports(
  code: string,
  replace: (specifier: string) => string,
): { specifiers: string[]; code: string } {
  const specifiers: string[] = [];
  const rewritten = code.replace(RULE_IMPORT, (_match, _quote: string, specifier: string) => {
    specifiers.push(specifier);
    return `import(/* @vite-ignore */ ${replace(specifier)})`;
  });
  return { specifiers, code: rewritten };
}

export function ruleChunksPlugin(): Plugin {
  let building = false;
  /** The resolved ids of the rule modules emitted as chunks. */
  const emitted = new Set<string>();
  return {
    name: 'descent-rule-chunks',
    configResolved(config) {
      building = config.command === 'build';
    },
    async transform(code, id) {
      if (!building) return null;
      // Marks each emitted rule module (worker-chunk.ts reads the mark); its code as it is.
      if (emitted.has(id)) return { code, map: null, meta: { [META_KEY]: true } };
      if (!RULES_MODULE.test(id)) return null;
      const references = new Map<string, string>();
      for (const specifier of rewriteRuleImports(code, () => '').specifiers) {
        if (references.has(specifier)) continue;
        const resolved = await this.resolve(specifier, id);
        if (!resolved) this.error(`cannot resolve the rule module ${specifier}`);
        emitted.add(resolved.id);
        const name = `rule-${specifier.slice(2).replace(/-numerics$/, '')}`;
        references.set(
          specifier,
          // `strict`: the chunk keeps its exports (the loader reads `<type>Numerics`).
          this.emitFile({ type: 'chunk', id: resolved.id, name, preserveSignature: 'strict' }),
        );
      }
      const url = (specifier: string) =>
        `import.meta.ROLLUP_FILE_URL_${references.get(specifier)!}`;
      return { code: rewriteRuleImports(code, url).code, map: null };
    },
  };
}
