// "Overdue since dd/mm/yyyy" beside a plan wherever it is shown (issue 14: overdue plans are marked
// everywhere), in words with an icon, never by colour alone.
import { makeStyles, tokens } from '@fluentui/react-components';
import { Warning16Filled } from '@fluentui/react-icons';

const useStyles = makeStyles({
  // The words keep the text colour (readable in every theme); the icon carries the red.
  mark: { fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  icon: {
    verticalAlign: '-3px',
    marginRight: '4px',
    color: tokens.colorPaletteRedForeground1,
  },
});

/** "overdue since 30/09/2026" → "Overdue since 30/09/2026". */
export function overdueText(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** The mark for a plan as the server judged it (its overdueLabel); nothing when on time. */
export function OverdueMark({ label }: { label: string | null | undefined }) {
  const styles = useStyles();
  if (!label) return null;
  return (
    <span className={styles.mark} data-overdue="true">
      <Warning16Filled className={styles.icon} aria-hidden="true" />
      {overdueText(label)}
    </span>
  );
}
