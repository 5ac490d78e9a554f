/**
 * Rows grouped by a key, each group in the rows' order; `valueOf` picks what each row contributes
 * (the row itself when left out). A key no row has is absent from the map. The repositories use it
 * to answer a batch of ids (a DataLoader's) with one query.
 */
export function groupBy<T, K>(rows: Iterable<T>, keyOf: (row: T) => K): Map<K, T[]>;
export function groupBy<T, K, V>(rows: Iterable<T>, keyOf: (row: T) => K, valueOf: (row: T) => V): Map<K, V[]>;
export function groupBy<T, K, V>(rows: Iterable<T>, keyOf: (row: T) => K, valueOf?: (row: T) => V): Map<K, (T | V)[]> {
  const groups = new Map<K, (T | V)[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const value = valueOf ? valueOf(row) : row;
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}
