/** Why `new` refused to write an entry: where (an option, or `file:line:column`), what, and what to do. */
export interface ScaffoldProblem {
  where: string;
  message: string;
  hint: string;
}

/** Formats a problem as `where: message`, the hint on its own line, like a diagnostic. */
export function formatScaffoldProblem(problem: ScaffoldProblem): string {
  return `${problem.where}: error: ${problem.message}\n  hint: ${problem.hint}`;
}
