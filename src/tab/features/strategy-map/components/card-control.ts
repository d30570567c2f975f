// What makes a card's body (a button or a link) one full-width control, alike on the map and in
// the narrow list: left-aligned text in the page's font, the whole body a pointer target that
// lightens under the pointer.
import { tokens, type GriffelStyle } from '@fluentui/react-components';

export const CARD_CONTROL: GriffelStyle = {
  display: 'block',
  width: '100%',
  boxSizing: 'border-box',
  textAlign: 'left',
  font: 'inherit',
  textDecoration: 'none',
  cursor: 'pointer',
  ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
};
