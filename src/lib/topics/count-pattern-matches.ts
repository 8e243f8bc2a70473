import { addToTally, type Tally } from './tally.ts';
import type { CompiledPatterns, LiteralGate } from './compile-patterns.ts';

/** Index just past the code point at `index`, as a `u` regex steps. */
function nextCodePoint(text: string, index: number): number {
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/** Flags per pattern, reused between texts (classification is synchronous). */
const scratch = new WeakMap<CompiledPatterns, Uint8Array>();

/** Marks the patterns that can match `text`: the ungated ones and those whose literal occurs. */
function patternsToRun(compiled: CompiledPatterns, text: string): Uint8Array {
  let run = scratch.get(compiled);
  if (run) run.fill(0);
  else scratch.set(compiled, (run = new Uint8Array(compiled.patterns.length)));
  for (const index of compiled.ungated) run[index] = 1;
  for (const gate of compiled.searchedGates) {
    // Each search runs through the whole text when the literal is absent: none is run once another
    // literal has let its patterns run ("benchmark" found, "dataset" and "corpus" are not looked for).
    if (allMarked(run, gate.patterns)) continue;
    const present = gate.caseless ? gate.caseless.test(text) : text.includes(gate.text);
    if (present) for (const pattern of gate.patterns) run[pattern] = 1;
  }
  const scan = compiled.gateScan;
  if (!scan) return run;
  scan.lastIndex = 0;
  for (let match = scan.exec(text); match !== null; match = scan.exec(text)) {
    const gate = compiled.gates[compiled.gateByText.get(match[0]) ?? -1];
    if (gate) {
      openGate(run, gate);
      // The scan reports the longest literal at this position; shorter ones there are its partners.
      for (const index of gate.partners) {
        const partner = compiled.gates[index];
        if (partner && text.startsWith(partner.text, match.index)) openGate(run, partner);
      }
    }
    scan.lastIndex = nextCodePoint(text, match.index);
  }
  return run;
}

function allMarked(run: Uint8Array, patterns: readonly number[]): boolean {
  for (const pattern of patterns) if (run[pattern] === 0) return false;
  return true;
}

/** Marks the patterns a literal found in the text lets run. */
function openGate(run: Uint8Array, gate: LiteralGate): void {
  for (const pattern of gate.patterns) run[pattern] = 1;
}

/**
 * Adds how often each pattern rule matches `text` to `tally`, counting like a
 * `g` regex (non-overlapping, left to right). Empty matches never count.
 */
export function countPatternMatches(compiled: CompiledPatterns, text: string, tally: Tally, slot: 0 | 1): void {
  const run = patternsToRun(compiled, text);
  const { patterns } = compiled;
  for (let index = 0; index < patterns.length; index += 1) {
    const pattern = patterns[index];
    if (run[index] === 0 || pattern === undefined) continue;
    const { regex, rules } = pattern;
    let found = 0;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      if (match[0].length > 0) found += 1;
      else regex.lastIndex = nextCodePoint(text, regex.lastIndex);
    }
    if (found > 0) for (const rule of rules) addToTally(tally, rule, slot, found);
  }
}
