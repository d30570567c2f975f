import { makeStyles, tokens } from '@fluentui/react-components';

export const useTableStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%' },
  caption: { textAlign: 'left', color: tokens.colorNeutralForeground2, padding: '4px 0' },
  cell: {
    padding: '6px 8px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'left',
    verticalAlign: 'top',
  },
});
