// The tab's plain data tables: one look everywhere (rules between rows, figures right-aligned).
import { makeStyles, tokens } from '@fluentui/react-components';

const cell = {
  padding: '6px 8px',
  borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  verticalAlign: 'top',
} as const;

export const useTableStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%' },
  caption: { textAlign: 'left', color: tokens.colorNeutralForeground2, padding: '4px 0' },
  cell: { ...cell, textAlign: 'left' },
  /** Figures and targets: right-aligned so digits line up. */
  num: { ...cell, textAlign: 'right' },
});

/** Where a return stands, in the words the tables use. */
export const RETURN_STATE_WORDS: Readonly<Record<string, string>> = {
  due: 'Awaiting figure',
  submitted: 'Awaiting check',
  checked: 'Awaiting authorisation',
  authorised: 'Authorised',
};
