// Editing a list of rows inside a form (a key action's milestones, an indicator's benchmarks):
// each change hands the whole new list up, so the form holds the one copy.
export function rowEditor<T>(rows: T[], onChange: (rows: T[]) => void) {
  return {
    change: (i: number, patch: Partial<T>) =>
      onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r))),
    remove: (i: number) => onChange(rows.filter((_r, j) => j !== i)),
    add: (row: T) => onChange([...rows, row]),
  };
}
