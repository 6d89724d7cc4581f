/** Edit distance with swapped neighbours counting as one edit (`adivse` → `advies` is 2, `lisjt` → `lijst` is 1). */
// @ts-nocheck

export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** The nearest of `choices` to `typed`, if it is close enough to be a typo (or a longer form, `plannen` → `plan`). */
export function nearest(typed: string, choices: readonly string[]): string | undefined {
  const word = typed.toLowerCase().slice(0, 40);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const choice of choices) {
    const related =
      word.length >= 2 && (choice.startsWith(word) || (choice.length >= 3 && word.startsWith(choice)));
    const distance = related ? 0.5 : editDistance(word, choice);
    if (distance < bestDistance) {
      best = choice;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(1, Math.min(3, Math.floor(word.length / 3))) ? best : undefined;
}
