// Shared lookups for the demo's tests: the built council's items of one list, by shape.
import type { ListName, ListShapes } from '../../src/domain/ports/store.js';
import type { DemoCouncil } from '../../src/demo/build.js';

export function itemsOf<L extends ListName>(
  council: DemoCouncil,
  list: L,
): Array<ListShapes[L] & { id: string }> {
  return council.items
    .filter((i) => i.list === list)
    .map((i) => ({ id: i.id, ...(i.fields as unknown as ListShapes[L]) }));
}
