// Stable GUID-shaped ids so links between demo items (and bookmarks in the tab) survive a reset.
// The fourth group carries the list's position in LIST_NAMES, so ids never collide across lists;
// people therefore read `00000000-0000-4000-8000-0000000000NN`.
import { LIST_NAMES, type ListName } from '../domain/ports/store.js';

export function demoId(list: ListName, n: number): string {
  const listIndex = LIST_NAMES.indexOf(list);
  const group4 = `80${listIndex.toString(16).padStart(2, '0')}`;
  return `00000000-0000-4000-${group4}-${String(n).padStart(12, '0')}`;
}

/** Hands out ids 1, 2, 3… for one list, in the order items are built. */
export function idSequence(list: ListName): () => string {
  let n = 0;
  return () => {
    n += 1;
    return demoId(list, n);
  };
}
