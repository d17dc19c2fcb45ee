// Which statements are worth preparing (decision 022, addendum 3): a statement text seen a
// second time gets a name, up to `max` names per process; one-off texts (an IN list of a new
// length, a migration) stay unnamed and cost nothing to remember for long. Shared by the embedded
// database (./pglite-statements.mjs) and PostgreSQL (./open.ts, node-postgres's named queries).
// Plain JavaScript: the embedded database's worker thread loads it as it is.

/**
 * `nameFor(text)` answers the statement's name once it has been seen `after` times (and while
 * fewer than `max` have names), else undefined; `forget(text)` drops a name (PostgreSQL lost
 * the statement), so the next call names it afresh.
 */
export function repeatedStatements({ max = 500, after = 2 } = {}) {
  const names = new Map();
  const seen = new Map();
  let next = 1;
  return {
    nameFor(text) {
      const name = names.get(text);
      if (name !== undefined) return name;
      const times = (seen.get(text) ?? 0) + 1;
      if (times < after || names.size >= max) {
        // Counts of texts that never repeat would pile up: start counting again past 10 x max.
        if (seen.size >= max * 10) seen.clear();
        seen.set(text, times);
        return undefined;
      }
      seen.delete(text);
      const fresh = `stepwise_${next++}`;
      names.set(text, fresh);
      return fresh;
    },
    forget(text) {
      names.delete(text);
    },
    size: () => names.size,
  };
}
