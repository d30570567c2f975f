// The buttons beside one item of the plan: edit, move up, move down, retire or reinstate. Each
// names its item ("Move up P2 Economy") so a screen reader user knows which row it acts on, and
// they are ordinary buttons, so the keyboard reaches and presses them.
import { Button, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({ row: { display: 'flex', gap: '4px', flexWrap: 'wrap' } });

export function ItemActions({
  name,
  retired,
  first,
  last,
  onEdit,
  onMove,
  onRetire,
}: {
  name: string;
  retired: boolean;
  first: boolean;
  last: boolean;
  onEdit: () => void;
  onMove: (by: -1 | 1) => void;
  onRetire: (retired: boolean) => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Button size="small" onClick={onEdit} aria-label={`Edit ${name}`}>
        Edit
      </Button>
      <Button
        size="small"
        disabled={first}
        onClick={() => onMove(-1)}
        aria-label={`Move up ${name}`}
      >
        Move up
      </Button>
      <Button
        size="small"
        disabled={last}
        onClick={() => onMove(1)}
        aria-label={`Move down ${name}`}
      >
        Move down
      </Button>
      <Button
        size="small"
        onClick={() => onRetire(!retired)}
        aria-label={`${retired ? 'Reinstate' : 'Retire'} ${name}`}
      >
        {retired ? 'Reinstate' : 'Retire'}
      </Button>
    </div>
  );
}

/** The siblings' ids and versions with one moved by a place: what the reorder call takes. */
export function moved<T extends { id: string; version: string }>(
  items: T[],
  id: string,
  by: -1 | 1,
): T[] {
  const out = [...items];
  const i = out.findIndex((x) => x.id === id);
  const j = i + by;
  if (i < 0 || j < 0 || j >= out.length) return out;
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}
