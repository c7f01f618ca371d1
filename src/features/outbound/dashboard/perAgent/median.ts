/**
 * The median of some numbers in expected O(n), by selection (quickselect) rather than a sort:
 * the per-agent figures are recomputed every second over up to 100,000 tweets. Works on its own
 * copy; the input is left as it is. Undefined for no numbers.
 */
export function median(values: readonly number[]): number | undefined {
  const count = values.length;
  if (count === 0) return undefined;
  const numbers = Float64Array.from(values);
  const upper = Math.floor(count / 2);
  const upperMiddle = select(numbers, upper);
  if (count % 2 === 1) return upperMiddle;
  // After selecting, everything before `upper` is ≤ it: the lower middle is their largest.
  let lowerMiddle = -Infinity;
  for (let i = 0; i < upper; i += 1) lowerMiddle = Math.max(lowerMiddle, numbers[i] ?? -Infinity);
  return (lowerMiddle + upperMiddle) / 2;
}

/**
 * Rearranges `numbers` so that position `k` holds the value it would hold sorted, smaller or equal
 * values before it and greater or equal ones after, and returns that value. A three-way partition
 * around a random pivot: many equal durations (or an adversarial order) stay linear on average.
 */
function select(numbers: Float64Array, k: number): number {
  let low = 0;
  let high = numbers.length - 1;
  while (low < high) {
    const pivot = numbers[low + Math.floor(Math.random() * (high - low + 1))] ?? 0;
    // [low, lt) < pivot, [lt, i) = pivot, (gt, high] > pivot
    let lt = low;
    let gt = high;
    let i = low;
    while (i <= gt) {
      const value = numbers[i] ?? 0;
      if (value < pivot) swap(numbers, lt++, i++);
      else if (value > pivot) swap(numbers, i, gt--);
      else i += 1;
    }
    if (k < lt) high = lt - 1;
    else if (k > gt) low = gt + 1;
    else return pivot;
  }
  return numbers[k] ?? 0;
}

function swap(numbers: Float64Array, a: number, b: number): void {
  const kept = numbers[a] ?? 0;
  numbers[a] = numbers[b] ?? 0;
  numbers[b] = kept;
}
