// The switch to include provisional figures (leaders only) and the notice that says, at the top of
// the page, which figures the counts are on: a figure nobody has authorised is never taken as final.
import { Switch } from '@fluentui/react-components';
import { InfoBar } from '../../../shared/components/index.js';

export function ProvisionalSwitch({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange: (include: boolean) => void;
}) {
  return (
    <Switch
      label="Include provisional figures"
      checked={checked}
      onChange={(_e, data) => onChange(data.checked)}
    />
  );
}

export function basisWords(basis: 'authorised' | 'all', provisionalCount: number): string {
  const n = provisionalCount;
  const figures = n === 1 ? '1 figure is' : `${n} figures are`;
  if (basis === 'all') {
    return (
      `Provisional figures are included: ${figures} not yet checked or authorised and ` +
      'counted as entered. They may change.'
    );
  }
  return n === 0
    ? 'Only authorised figures are counted.'
    : `Only authorised figures are counted: ${figures} provisional (awaiting check or ` +
        'authorisation) and not counted until authorised.';
}

export function BasisNotice({
  basis,
  provisionalCount,
}: {
  basis: 'authorised' | 'all';
  provisionalCount: number;
}) {
  return (
    <InfoBar intent={basis === 'all' ? 'warning' : 'info'}>
      {basisWords(basis, provisionalCount)}
    </InfoBar>
  );
}
