// The look of one report's card on the Reports page, for a period's report and the strategic
// dashboard's alike.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useReportCardStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: '12px',
    padding: '16px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  heading: { margin: 0 },
  audience: { margin: 0 },
});
