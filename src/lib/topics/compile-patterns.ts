import { requiredLiterals } from './required-literals.ts';

/** A distinct pattern (same source and case flag), shared by every rule that uses it. */
export interface CompiledPattern {
  /** The pattern with flags `gu` (`giu` when it ignores case). */
  readonly regex: RegExp;
  /** Indices of the rules (possibly in several topics) that use this pattern. */
  readonly rules: readonly number[];
}

/** A literal that some patterns require: a text without it cannot match them. */
export interface LiteralGate {
  /** The literal (lowercase when `ignoreCase`). */
  readonly text: string;
  /** For a literal whose case is ignored, a regex (flags `iu`) that finds it; otherwise `null`. */
  readonly caseless: RegExp | null;
  /** Indices into the patterns of the ones to run when the literal occurs. */
  readonly patterns: readonly number[];
  /** Other scanned gates that may occur where this one does: shorter literals that are its prefix. */
  readonly partners: readonly number[];
}

/** The patterns of a vocabulary and the one-pass literal scan that decides which of them to run. */
export interface CompiledPatterns {
  /** The distinct patterns. */
  readonly patterns: readonly CompiledPattern[];
  /**
   * The gates that start with a capital, digit or symbol, as one alternation, longest first; `null`
   * if there are none. V8 skips through text quickly when alternatives start with rare characters.
   */
  readonly gateScan: RegExp | null;
  /** The gates in `gateScan`, in the order of its alternatives. */
  readonly gates: readonly LiteralGate[];
  /** Index in `gates` by literal. */
  readonly gateByText: ReadonlyMap<string, number>;
  /** Gates starting with a lowercase letter or ignoring case: each is looked for on its own. */
  readonly searchedGates: readonly LiteralGate[];
  /** Patterns with no known required literal: run on every text. */
  readonly ungated: readonly number[];
}

/** The input: each distinct pattern with the rules that use it. */
export interface PatternEntry {
  /** Regular-expression source. */
  readonly source: string;
  /** Whether it ignores case. */
  readonly ignoreCase: boolean;
  /** Indices of the rules that use it. */
  readonly rules: readonly number[];
}

/**
 * Compiles each distinct pattern once and files it under the literals it requires (see
 * {@link requiredLiterals}). Before running any pattern, one scan for the literals tells which
 * patterns can match at all: V8 runs an alternation of plain literals with rare first characters
 * (acronyms) far faster than an alternation of general patterns, or each pattern in turn.
 */
export function compilePatterns(entries: readonly PatternEntry[]): CompiledPatterns {
  const byKey = new Map<string, { text: string; ignoreCase: boolean; patterns: number[] }>();
  const ungated: number[] = [];
  const patterns = entries.map(({ source, ignoreCase, rules }, index) => {
    const literals = requiredLiterals(source, ignoreCase);
    if (!literals) ungated.push(index);
    for (const literal of literals ?? []) {
      const key = `${literal.ignoreCase ? 'i' : 'c'}:${literal.text}`;
      const gate = byKey.get(key) ?? { text: literal.text, ignoreCase: literal.ignoreCase, patterns: [] };
      gate.patterns.push(index);
      byKey.set(key, gate);
    }
    return { regex: new RegExp(source, ignoreCase ? 'giu' : 'gu'), rules };
  });

  const all = [...byKey.values()];
  const scanned = all.filter((gate) => isScannable(gate)).sort((a, b) => b.text.length - a.text.length);
  const toGate = ({ text, ignoreCase, patterns: gated }: (typeof all)[number], partners: number[]): LiteralGate => ({
    text,
    caseless: ignoreCase ? new RegExp(RegExp.escape(text), 'iu') : null,
    patterns: gated,
    partners,
  });
  const gates = scanned.map((gate, index) =>
    toGate(
      gate,
      scanned.flatMap((other, otherIndex) =>
        otherIndex !== index && gate.text.startsWith(other.text) ? [otherIndex] : [],
      ),
    ),
  );
  return {
    patterns,
    gateScan: gates.length > 0 ? new RegExp(gates.map((gate) => RegExp.escape(gate.text)).join('|'), 'gu') : null,
    gates,
    gateByText: new Map(gates.map((gate, index) => [gate.text, index])),
    searchedGates: all.filter((gate) => !isScannable(gate)).map((gate) => toGate(gate, [])),
    ungated,
  };
}

/** Case-sensitive literals that start with something other than a lowercase letter scan fast together. */
function isScannable(gate: { text: string; ignoreCase: boolean }): boolean {
  return !gate.ignoreCase && !/^[a-z\s]/.test(gate.text);
}
