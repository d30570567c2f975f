// Targets for one indicator by financial year: the annual figure, profiled across its periods
// (evenly, or by a seasonal profile for monthly indicators); the profile is shown period by period.
import { Button, Field, Input, Select, makeStyles } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import {
  ErrorBar,
  InfoBar,
  useLoad,
  usePageStyles,
  TableScroll,
} from '../../../shared/components/index.js';
import { formatPeriodKey } from '../../../shared/format/index.js';
import { adminApi, type AdminIndicator } from '../api/index.js';
import { useTableStyles } from '../../../shared/components/index.js';
import { saveFailure, type SaveFailure } from './problems.js';
import { parseOptionalFigure } from '../../../../domain/values/parse-figure.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', gap: '12px', alignItems: 'flex-end' },
});
const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 });

export function TargetsEditor({ indicator }: { indicator: AdminIndicator }) {
  const styles = useStyles();
  const page = usePageStyles();
  const t = useTableStyles();
  const targets = useLoad(() => adminApi.targets(indicator.id), [indicator.id]);
  const [year, setYear] = useState('2026/27');
  const [annual, setAnnual] = useState('');
  const [seasonal, setSeasonal] = useState('');
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    setNotice(null);
    // The domain's figure parser, as for returns: "1,23" is refused, not read as 123.
    const read = parseOptionalFigure(annual);
    if (!read.ok) {
      setFailure({
        fields: { annual: `The target ${read.reason}, or leave it empty for no target` },
        message: null,
        conflict: false,
      });
      return;
    }
    const amount = read.value;
    const existing = targets.data?.find((x) => x.year === year.trim());
    try {
      const saved = await adminApi.setTarget({
        indicatorId: indicator.id,
        year: year.trim(),
        annual: amount,
        seasonal: seasonal || undefined,
        version: existing?.version,
      });
      setFailure(null);
      setNotice(`Target for ${saved.year} saved and profiled.`);
      targets.reload();
    } catch (e) {
      setFailure(saveFailure(e));
    }
  };
  const problems = failure?.fields ?? {};
  return (
    <section aria-labelledby="targets-heading">
      <h2 id="targets-heading" className={page.h2}>
        Targets for {indicator.code}
      </h2>
      <form
        className={styles.form}
        onSubmit={(ev) => void submit(ev)}
        noValidate
        aria-label={`Set a target for ${indicator.code}`}
      >
        <Field
          label="Financial year"
          required
          hint="Like 2026/27"
          validationMessage={problems.year}
        >
          <Input value={year} onChange={(_e, d) => setYear(d.value)} />
        </Field>
        <Field label="Annual target" validationMessage={problems.annual}>
          <Input inputMode="decimal" value={annual} onChange={(_e, d) => setAnnual(d.value)} />
        </Field>
        <Field label="Profile" validationMessage={problems.seasonal ?? problems.weights}>
          <Select value={seasonal} onChange={(_e, d) => setSeasonal(d.value)}>
            <option value="">Even across the periods</option>
            <option value="winter-peak">Winter peak (monthly)</option>
            <option value="summer-peak">Summer peak (monthly)</option>
          </Select>
        </Field>
        <Button type="submit" appearance="primary">
          Save the target
        </Button>
      </form>
      <div role="status">{notice && <InfoBar intent="success">{notice}</InfoBar>}</div>
      {failure?.message && <ErrorBar>{failure.message}</ErrorBar>}
      {targets.data?.map((target) => (
        <TableScroll key={target.id} label={`${target.year} targets`}>
          <table className={t.table}>
            <caption className={t.caption}>
              {target.year}: annual target{' '}
              {target.annual === null ? 'none' : NUMBER.format(target.annual)}
            </caption>
            <thead>
              <tr>
                <th scope="col" className={t.cell}>
                  Period
                </th>
                <th scope="col" className={t.cell}>
                  Target
                </th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(target.profile).map(([key, v]) => (
                <tr key={key}>
                  <th scope="row" className={t.cell} style={{ fontWeight: 'normal' }}>
                    {formatPeriodKey(key)}
                  </th>
                  <td className={t.cell}>{NUMBER.format(v)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ))}
    </section>
  );
}
