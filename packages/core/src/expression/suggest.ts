/**
 * "Did you mean …?" suggestions for names an author mistyped: field paths, dossier component ids,
 * case ids, operators, enum values.
 */

/**
 * Folds a name for comparison: lower case, Vietnamese diacritics removed (`Nữ` → `nu`, `đ` → `d`),
 * so an author who typed without a Vietnamese keyboard still gets the right suggestion.
 */
function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/**
 * The optimal string alignment distance (restricted Damerau–Levenshtein) between `a` and `b`:
 * insertions, deletions, substitutions and transpositions of adjacent characters each cost 1, so
 * `brithDate` is 1 away from `birthDate`. Counts UTF-16 code units.
 *
 * @example
 * editDistance('brithDate', 'birthDate') // 1
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let beforePrevious = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, beforePrevious[j - 2]! + 1);
      current[j] = best;
    }
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[b.length]!;
}

/** Options of {@link suggestClosest}. */
export interface SuggestOptions {
  /**
   * The largest distance (after folding case and diacritics) still worth suggesting. Defaults to
   * a third of the name's length, at least 1 — close enough to be a typo, not a different name.
   */
  readonly maxDistance?: number;
}

/**
 * The candidate closest to `name`, or `undefined` when none is close enough. Case and Vietnamese
 * diacritics are ignored first (`Nu` finds `nữ`); ties go to the candidate closest as written,
 * then to the earlier one.
 *
 * @example
 * suggestClosest('child.birthdate', ['child.birthDate', 'child.name']) // 'child.birthDate'
 * suggestClosest('zzz', ['child.name'])                                 // undefined
 */
export function suggestClosest(name: string, candidates: Iterable<string>, options: SuggestOptions = {}): string | undefined {
  const folded = foldName(name);
  const limit = options.maxDistance ?? Math.max(1, Math.floor(folded.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  let bestExact = Infinity;
  for (const candidate of candidates) {
    const foldedCandidate = foldName(candidate);
    if (Math.abs(foldedCandidate.length - folded.length) > limit) continue;
    const distance = editDistance(folded, foldedCandidate);
    // `distance < length`: a one-letter name is not a typo of every other one-letter name.
    if (distance > limit || distance >= folded.length || distance > bestDistance) continue;
    const exact = editDistance(name, candidate);
    if (distance < bestDistance || exact < bestExact) {
      best = candidate;
      bestDistance = distance;
      bestExact = exact;
    }
  }
  return best;
}
