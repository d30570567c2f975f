// The page-count floor for a cold read through Graph: each list read needs at least
// ⌈items ÷ page size⌉ pages (at least one, even when empty), so no reader can do better than the
// sum over the lists it reads. Printed beside a cold load's request count, so the ratio says how
// close to the floor the store comes.
import { PAGE_SIZE } from '../src/stores/sharepoint/store/list-cache.js';

/** Sum over the lists read of ⌈items / pageSize⌉, counting an empty list as one page. */
export function pageFloor(itemsByList: Record<string, number>, pageSize = PAGE_SIZE): number {
  return Object.values(itemsByList).reduce(
    (sum, items) => sum + Math.max(1, Math.ceil(items / pageSize)),
    0,
  );
}
