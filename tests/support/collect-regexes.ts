/**
 * Every regex the engine and the extractor construct, collected at run time:
 * 1. the rules as the engine compiles them (every RegExp field of every rule,
 *    skipIf has/lacks, hints, cues, vetoes, strong patterns);
 * 2. every RegExp reachable from the exports of lib/engine, lib/rules,
 *    lib/extract and the CLI's input readers (arrays, objects, Maps, Sets);
 * 3. every RegExp executed while the real pipeline runs (extractPage on HTML
 *    pages, summarize() and classify() on text and adversarial pages): a patch
 *    of RegExp.prototype.exec sees regex literals inside functions too, since
 *    test/replace/split/match/matchAll/search all go through exec once it is
 *    patched. Only regexes run from project code (the first stack frame under
 *    /lib/) count; Readability's, linkedom's and zod's are third-party.
 */

export interface Collected {
  source: string;
  flags: string;
  /** Where it was found: a rule id, an export path, or the file:line that ran it. */
  where: string;
}

/** Flags that do not change matching cost (g, y, d) are dropped so one regex is one entry. */
function keyFlags(flags: string): string {
  return [...flags].filter((f) => f !== 'g' && f !== 'y' && f !== 'd').sort().join('');
}

export class RegexCollector {
  readonly found = new Map<string, Collected>();

  add(re: RegExp, where: string): void {
    const flags = keyFlags(re.flags);
    const key = `${flags}/${re.source}`;
    if (!this.found.has(key)) this.found.set(key, { source: re.source, flags, where });
  }

  /** Walks a value (module namespace, rule, array, object, Map, Set) for RegExps. */
  walk(value: unknown, where: string, seen = new WeakSet<object>(), depth = 0): void {
    if (value instanceof RegExp) {
      this.add(value, where);
      return;
    }
    if (value === null || typeof value !== 'object' || depth > 8) return;
    if (seen.has(value)) return;
    seen.add(value);
    if (value instanceof Map) {
      for (const [k, v] of value) {
        this.walk(k, `${where}.key`, seen, depth + 1);
        this.walk(v, `${where}[${String(k).slice(0, 30)}]`, seen, depth + 1);
      }
      return;
    }
    if (value instanceof Set || Array.isArray(value)) {
      let i = 0;
      for (const v of value) this.walk(v, `${where}[${i++}]`, seen, depth + 1);
      return;
    }
    for (const k of Object.keys(value)) this.walk((value as Record<string, unknown>)[k], `${where}.${k}`, seen, depth + 1);
  }

  /**
   * Runs `fn` with RegExp.prototype.exec patched: every regex executed from a
   * file under /lib/ is recorded with that file and line.
   */
  observe<T>(fn: () => T): T {
    const original = RegExp.prototype.exec;
    const collector = this;
    // stacks are costly: look at most a few times per regex that libraries run and we do not
    const tries = new Map<string, number>();
    let inside = false;
    RegExp.prototype.exec = function patchedExec(this: RegExp, s: string) {
      // callerOf's own regex runs inside this patch: not a project regex
      if (inside) return original.call(this, s);
      const key = `${keyFlags(this.flags)}/${this.source}`;
      const n = tries.get(key) ?? 0;
      if (n < 50 && !collector.found.has(key)) {
        tries.set(key, n + 1);
        inside = true;
        const where = callerOf(new Error().stack ?? '');
        inside = false;
        if (where) collector.add(this, where);
      }
      return original.call(this, s);
    };
    try {
      return fn();
    } finally {
      RegExp.prototype.exec = original;
    }
  }
}

/**
 * The project file that ran a regex: the first stack frame outside this file
 * and outside node internals. A frame in node_modules first means a library
 * ran it (Readability, linkedom, zod): not ours, not counted.
 */
function callerOf(stack: string): string | undefined {
  const frames = stack.split('\n').slice(1);
  for (const f of frames) {
    if (f.includes('collect-regexes') || f.includes('node:internal') || f.includes('<anonymous>') || !/[/\\]/.test(f)) continue;
    if (f.includes('node_modules')) return undefined;
    const m = /([/\\]lib[/\\][^\s():]+):(\d+)/.exec(f);
    return m ? `${m[1]!.replace(/\\/g, '/').replace(/^.*?\/lib\//, 'lib/')}:${m[2]}` : undefined;
  }
  return undefined;
}
