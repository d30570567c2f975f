// Entering one breakdown of a return in the tab (the return card links here): a row per ward of an
// uploaded boundary set, or per group already given, each with its value; blank means "not given"
// (a small number suppressed). Figures are read as the return's own are (domain/values), and what
// the server refuses is shown against the row it names.
import { Button, Field, Input, Select } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { parseOptionalFigure } from '../../../../domain/values/parse-figure.js';
import { ApiError } from '../../../shared/api/index.js';
import { TableScroll, useTableStyles, usePageStyles } from '../../../shared/components/index.js';
import {
  saveBreakdown,
  type BreakdownPeriodView,
  type IndicatorBreakdownsView,
} from '../api/breakdowns-api.js';

interface Choice {
  id: string;
  label: string;
  breakdown: string;
  rows: {
    key: string;
    label: string;
    value: number | null;
    numerator: number | null;
    denominator: number | null;
  }[];
}

function choicesFor(view: IndicatorBreakdownsView, period: BreakdownPeriodView): Choice[] {
  const given = period.breakdowns.map((b) => ({
    id: `given:${b.breakdown}`,
    label: `${b.breakdown} (as given)`,
    breakdown: b.breakdown,
    rows: b.values.map((v) => ({ ...v })),
  }));
  const fresh = view.areaSets
    .filter((set) => !period.breakdowns.some((b) => b.boundarySet === set.name))
    .map((set) => ({
      id: `set:${set.name}`,
      label: `Ward, new from ${set.name}`,
      breakdown: 'Ward',
      rows: set.areas.map((a) => ({
        key: a.code,
        label: a.name,
        value: null,
        numerator: null,
        denominator: null,
      })),
    }));
  return [...given, ...fresh];
}

export function BreakdownForm({
  view,
  period,
  onSaved,
  onCancel,
}: {
  view: IndicatorBreakdownsView;
  period: BreakdownPeriodView;
  onSaved: (next: IndicatorBreakdownsView, words: string) => void;
  onCancel: () => void;
}) {
  const page = usePageStyles();
  const t = useTableStyles();
  const choices = useMemo(() => choicesFor(view, period), [view, period]);
  const [choiceId, setChoiceId] = useState(choices[0]?.id ?? '');
  const choice = choices.find((c) => c.id === choiceId);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  if (!choice) {
    return (
      <p className={page.muted}>
        No boundaries are uploaded yet: the performance team uploads the council’s ward boundaries,
        or breakdowns come in with the history file.
      </p>
    );
  }
  const textOf = (key: string, value: number | null) =>
    texts[`${choice.id}|${key}`] ?? (value === null ? '' : String(value));
  const save = async () => {
    const found: Record<string, string> = {};
    const values = choice.rows.map((r) => {
      const typed = textOf(r.key, r.value);
      const read = parseOptionalFigure(typed, { unit: view.unit });
      if (!read.ok) found[r.key] = read.reason;
      const value = read.ok ? read.value : null;
      // A changed figure no longer matches its parts: they go with the old one.
      const kept = value === r.value;
      return {
        key: r.key,
        label: r.label,
        value,
        numerator: kept ? r.numerator : null,
        denominator: kept ? r.denominator : null,
      };
    });
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length) return;
    setSaving(true);
    try {
      const next = await saveBreakdown(period.returnId, { breakdown: choice.breakdown, values });
      onSaved(
        next,
        `Saved the ${choice.breakdown.toLowerCase()} breakdown for ${period.periodLabel}.`,
      );
    } catch (e) {
      if (e instanceof ApiError && e.body.problems) {
        const byRow: Record<string, string> = {};
        for (const p of e.body.problems) {
          const at = /^values\[(\d+)\]/.exec(p.field);
          if (at) byRow[choice.rows[Number(at[1])]!.key] = p.message;
        }
        setErrors(byRow);
      }
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <form
      data-breakdown-form=""
      aria-label={`Enter a breakdown for ${period.periodLabel}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {choices.length > 1 && (
        <Field label="Breakdown">
          <Select value={choiceId} onChange={(_, d) => setChoiceId(d.value)}>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <TableScroll label={`${choice.breakdown} values to enter`}>
        <table className={t.table}>
          <caption className={t.caption}>
            {choice.breakdown} values for {period.periodLabel} (leave blank when not given)
          </caption>
          <thead>
            <tr>
              <th scope="col" className={t.cell}>
                {choice.breakdown}
              </th>
              <th scope="col" className={t.cell}>
                Value
              </th>
            </tr>
          </thead>
          <tbody>
            {choice.rows.map((r, i) => (
              <tr key={r.key}>
                <th scope="row" className={t.cell} id={`breakdown-row-${i}`}>
                  {r.label}
                </th>
                <td className={t.cell}>
                  <Field
                    validationMessage={errors[r.key]}
                    validationState={errors[r.key] ? 'error' : 'none'}
                  >
                    <Input
                      aria-labelledby={`breakdown-row-${i}`}
                      value={textOf(r.key, r.value)}
                      onChange={(_, d) =>
                        setTexts((x) => ({ ...x, [`${choice.id}|${r.key}`]: d.value }))
                      }
                      size="small"
                      inputMode="decimal"
                    />
                  </Field>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {failure && <p role="alert">{failure}</p>}
      <div className={page.row}>
        <Button appearance="primary" type="submit" disabled={saving}>
          Save the breakdown
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
