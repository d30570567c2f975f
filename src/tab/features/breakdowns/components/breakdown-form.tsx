// Entering one breakdown of a return in the tab (the return card links here): a row per ward of an
// uploaded boundary set, per group already given (this period or an earlier one), or per group of a
// new community breakdown the officer names, each with its value; blank means "not given" (a small
// number suppressed). Figures are read as the return's own are (domain/values), and what
// the server refuses is shown against the row it names.
import { Button, Field, Input, Select, Textarea } from '@fluentui/react-components';
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
  // A breakdown given in another period and not in this one: the same rows, to fill in again
  // (a council reports the same age bands every quarter). The latest period that has it.
  const elsewhere = new Map<string, Choice>();
  for (const other of [...view.periods].sort((a, b) => b.periodKey.localeCompare(a.periodKey))) {
    for (const b of other.breakdowns) {
      if (other.periodKey === period.periodKey || b.dimension !== 'community') continue;
      if (given.some((g) => g.breakdown === b.breakdown) || elsewhere.has(b.breakdown)) continue;
      elsewhere.set(b.breakdown, {
        id: `as-in:${b.breakdown}`,
        label: `${b.breakdown}, groups as in ${other.periodLabel}`,
        breakdown: b.breakdown,
        rows: b.values.map((v) => ({ ...v, value: null, numerator: null, denominator: null })),
      });
    }
  }
  return [...given, ...fresh, ...elsewhere.values()];
}

const NEW_GROUPS = 'new-community';

/** The groups a person listed, one per line: trimmed, blank lines and repeats left out. */
function groupsFrom(text: string): string[] {
  return [...new Set(text.split(/\r?\n/).map((line) => line.trim()))].filter(Boolean);
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
  const [choiceId, setChoiceId] = useState(choices[0]?.id ?? NEW_GROUPS);
  const [newName, setNewName] = useState('');
  const [newGroups, setNewGroups] = useState('');
  const choice: Choice | undefined =
    choiceId === NEW_GROUPS
      ? {
          id: NEW_GROUPS,
          label: 'A new community group breakdown',
          breakdown: newName.trim(),
          rows: groupsFrom(newGroups).map((g) => ({
            key: g,
            label: g,
            value: null,
            numerator: null,
            denominator: null,
          })),
        }
      : choices.find((c) => c.id === choiceId);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  if (!choice) return null;
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
    if (choice.id === NEW_GROUPS && (choice.breakdown === '' || choice.rows.length === 0)) {
      setFailure(
        'Name the breakdown (e.g. Age band) and list its groups, one per line, before saving.',
      );
      return;
    }
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
      <Field label="Breakdown">
        <Select value={choiceId} onChange={(_, d) => setChoiceId(d.value)}>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
          <option value={NEW_GROUPS}>A new community group breakdown</option>
        </Select>
      </Field>
      {choice.id === NEW_GROUPS && (
        <>
          <Field label="Breakdown name" hint="e.g. Age band, Disability">
            <Input value={newName} maxLength={100} onChange={(_, d) => setNewName(d.value)} />
          </Field>
          <Field label="Groups, one per line" hint="e.g. Under 18, 18 to 64, 65 and over">
            <Textarea
              value={newGroups}
              resize="vertical"
              onChange={(_, d) => setNewGroups(d.value)}
            />
          </Field>
        </>
      )}
      {choice.rows.length > 0 && (
        <TableScroll label={`${choice.breakdown || 'Breakdown'} values to enter`}>
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
      )}
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
