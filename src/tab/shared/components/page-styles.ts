// Shared layout styles: headings sized in order (h1 > h2 > h3) and sections with breathing room.
import { makeStyles, tokens } from '@fluentui/react-components';

export const usePageStyles = makeStyles({
  h1: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
    margin: '0 0 12px',
  },
  h2: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    margin: '24px 0 8px',
  },
  h3: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: '0 0 4px',
  },
  muted: { color: tokens.colorNeutralForeground2 },
  stack: { display: 'flex', flexDirection: 'column', gap: '12px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
  // relative: the visually hidden words inside a table (absolutely placed) scroll with it, instead of
  // widening a 320 px page.
  tableWrap: { overflowX: 'auto', position: 'relative' },
});
