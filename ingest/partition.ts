/**
 * Binary search over a sorted range: the first index in [0, n) at which `atOrAfter` holds (it is false, then
 * true, along the range), or n when it never does. Shared by the lookups of spans sorted by their start.
 *
 * @example partitionPoint(dates.length, (k) => dates[k].start >= s) // the first date starting at or after s
 */
export function partitionPoint(n: number, atOrAfter: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (atOrAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
