import { makeStyles } from '@fluentui/react-components';

export const usePlansStyles = makeStyles({
  list: { display: 'grid', gap: '12px', minWidth: 0, marginTop: '8px' },
});
