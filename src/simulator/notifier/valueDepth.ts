/**
 * Whether `value` nests arrays/objects deeper than `maxDepth` (a scalar is 0, `[]` and `{}` are 1,
 * `[[]]` is 2). An explicit stack, no recursion: the check itself cannot overflow, however deep
 * the value. It stops at the first container beyond the limit.
 */
export function nestsDeeperThan(value: unknown, maxDepth: number): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 1 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const current = next.value;
    if (typeof current !== 'object' || current === null) continue;
    if (next.depth > maxDepth) return true;
    const children: unknown[] = Array.isArray(current) ? current : Object.values(current);
    for (const child of children) pending.push({ value: child, depth: next.depth + 1 });
  }
  return false;
}
