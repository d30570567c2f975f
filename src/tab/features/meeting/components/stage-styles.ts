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
  },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: '12px 24px',
    marginBottom: '16px',
  },
  h1: { fontSize: '52px', lineHeight: 1.15, margin: 0, fontWeight: tokens.fontWeightBold },
  h2: { fontSize: '36px', margin: '24px 0 12px', fontWeight: tokens.fontWeightSemibold },
  who: { fontSize: '24px', fontWeight: tokens.fontWeightSemibold },
  tiles: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '16px',
    listStyle: 'none',
    padding: 0,
    margin: 0,
  },
  tile: {
    minWidth: '170px',
    padding: '12px 20px',
    border: `3px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    display: 'flex',
    flexDirection: 'column',
  },
  count: { fontSize: '64px', lineHeight: 1, fontWeight: tokens.fontWeightBold },
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
  button: { fontSize: '22px', minHeight: '48px', padding: '0 20px' },
});

/** The stripe colour for a rating row, from the one rating palette; the word is written beside it. */
export function stripeOf(state: string): string {
  return accentOf(state);
}
