/** See ./repeated-statements.mjs: names statement texts that repeat, for preparing. */
export function repeatedStatements(options?: { max?: number; after?: number }): {
  nameFor(text: string): string | undefined;
  forget(text: string): void;
  size(): number;
};
