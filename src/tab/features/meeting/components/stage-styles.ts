// The shared stage is read from across a room: large type (at least 24 px body, 56 px headline),
// strong contrast (foreground 1 on background 1 only, no muted greys), and every figure written
// out, never behind a hover.
import { makeStyles, tokens } from '@fluentui/react-components';
import { accentOf } from '../../../shared/components/rating-style.js';

export const useStageStyles = makeStyles({
  root: {
    padding: '24px 40px',
    fontSize: '26px',
    lineHeight: 1.35,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: '100vh',
    boxSizing: 'border-box',
    // Sizes below are in em, so a 4K screen scales the whole stage from this one size.
    '@media (min-width: 2560px)': { fontSize: '44px', padding: '40px 72px' },
    '@media (max-width: 800px)': { padding: '16px', fontSize: '20px' },
    // Fluent sizes its notices and switches in px; on the stage they follow the stage's type.
    '& .fui-MessageBar, & .fui-MessageBarBody, & .fui-Switch__label, & caption': {
      fontSize: 'inherit',
      lineHeight: 'inherit',
    },
  },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: '12px 24px',
    marginBottom: '16px',
  },
  h1: { fontSize: '2em', lineHeight: 1.15, margin: 0, fontWeight: tokens.fontWeightBold },
  h2: { fontSize: '1.4em', margin: '24px 0 12px', fontWeight: tokens.fontWeightSemibold },
  who: { fontSize: '0.92em', fontWeight: tokens.fontWeightSemibold },
  tiles: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '16px',
    listStyle: 'none',
    padding: 0,
    margin: 0,
  },
  tile: {
    minWidth: '6.5em',
    padding: '12px 20px',
    border: `3px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    display: 'flex',
    flexDirection: 'column',
  },
  count: { fontSize: '2.5em', lineHeight: 1, fontWeight: tokens.fontWeightBold },
  rows: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '14px' },
  row: {
    display: 'grid',
    gridTemplateColumns: '8ch 1fr auto',
    gap: '4px 24px',
    alignItems: 'baseline',
    padding: '12px 16px',
    borderLeft: `10px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  code: { fontWeight: tokens.fontWeightBold },
  rating: { fontWeight: tokens.fontWeightBold, whiteSpace: 'nowrap' },
  detail: { gridColumn: '2 / 4' },
  link: { color: tokens.colorNeutralForeground1, textDecoration: 'underline' },
  nav: { display: 'flex', gap: '12px', flexWrap: 'wrap' },
  button: { fontSize: '0.85em', minHeight: '1.85em', padding: '0 0.8em' },
  views: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: '12px 20px',
    margin: '0 0 8px',
  },
  steps: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '8px 20px',
    listStyle: 'none',
    padding: 0,
    margin: 0,
  },
  step: { color: tokens.colorNeutralForeground1, textDecoration: 'underline' },
  current: {
    fontWeight: tokens.fontWeightBold,
    textDecoration: 'none',
    borderBottom: `4px solid ${tokens.colorBrandStroke1}`,
  },
  chartView: { maxWidth: '70em' },
  // The risks view: the heat map and the list side by side on a wide stage, stacked when narrow.
  riskViews: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 18em), 1fr))',
    gap: '16px 48px',
    alignItems: 'start',
  },
  riskRow: {
    display: 'grid',
    gridTemplateColumns: '5ch 1fr',
    gap: '4px 16px',
    padding: '12px 16px',
    borderLeft: `10px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  riskDetail: { gridColumn: '2' },
  details: { marginTop: '24px' },
});

/** The stripe colour for a rating row, from the one rating palette; the word is written beside it. */
export function stripeOf(state: string): string {
  return accentOf(state);
}
