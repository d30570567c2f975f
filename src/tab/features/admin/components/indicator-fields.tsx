// The indicator form's fields, each with the server's problem for it shown beneath.
import { Checkbox, Field, Input, Select, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { AdminOptions, IndicatorInput } from '../api/index.js';

type Set = <K extends keyof IndicatorInput>(key: K, value: IndicatorInput[K]) => void;

export interface FieldsProps {
  value: IndicatorInput;
  set: Set;
  options: AdminOptions;
  problems: Record<string, string>;
  /** When editing a saved indicator: its procedure's version, and why the procedure changed. */
  procedureEdit?: ProcedureEdit | null;
}

export interface ProcedureEdit {
  version: number;
  /** The form's procedure differs from the saved one: saving makes a new version. */
  changed: boolean;
  note: string;
  setNote: (note: string) => void;
}

/**
 * How far from its history or target a figure may be before the officer is asked to confirm it.
 * Typed text is kept as typed; only a number greater than 1 (or nothing: the council's) is set.
 */
function RatioField({ value, set, problems }: Pick<FieldsProps, 'value' | 'set' | 'problems'>) {
  const [text, setText] = useState(
    value.plausibilityRatio === null || value.plausibilityRatio === undefined
      ? ''
      : String(value.plausibilityRatio),
  );
  const typed = text.trim();
  const n = Number(typed);
  const local =
    typed && !(Number.isFinite(n) && n > 1) ? 'must be a number more than 1' : undefined;
  return (
    <Field
      label="Ask the officer to confirm a figure more than this many times (or under this fraction of) its recent figures or target"
      hint="For example 3: more than 3 times, or under a third. Leave empty for the council's setting."
      validationMessage={local ?? problems.plausibilityRatio}
    >
      <Input
        inputMode="decimal"
        value={text}
        onChange={(_e, d) => {
          setText(d.value);
          const t = d.value.trim();
          const v = Number(t);
          if (!t) set('plausibilityRatio', null);
          else if (Number.isFinite(v) && v > 1) set('plausibilityRatio', v);
        }}
      />
    </Field>
  );
}

function Choice<K extends keyof IndicatorInput>({
  label,
  field,
  choices,
  value,
  set,
  problems,
}: {
  label: string;
  field: K;
  choices: [string, string][];
  value: IndicatorInput;
  set: Set;
  problems: Record<string, string>;
}) {
  const current = String(value[field] ?? '');
  // An imported indicator may have no service yet, or officers who are not in the list: say so
  // rather than show the first choice as if it were chosen.
  const chosen = choices.some(([v]) => v === current);
  return (
    <Field label={label} required validationMessage={problems[field as string]}>
      <Select value={current} onChange={(_e, d) => set(field, d.value as IndicatorInput[K])}>
        {!chosen && (
          <option value={current} disabled>
            Choose…
          </option>
        )}
        {choices.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function IndicatorFields({ value, set, options, problems, procedureEdit }: FieldsProps) {
  const people = options.people.map((p): [string, string] => [p.id, p.label]);
  const common = { value, set, problems };
  const procedure = (key: keyof IndicatorInput['procedure'], v: string) =>
    set('procedure', { ...value.procedure, [key]: key === 'url' ? v || null : v });
  return (
    <>
      <Field
        label="Code"
        required
        hint="Capitals and digits, like WR04"
        validationMessage={problems.code}
      >
        <Input value={value.code} onChange={(_e, d) => set('code', d.value.toUpperCase())} />
      </Field>
      <Field label="Title" required validationMessage={problems.title}>
        <Input value={value.title} onChange={(_e, d) => set('title', d.value)} />
      </Field>
      <Field label="Definition" required validationMessage={problems.definition}>
        <Textarea value={value.definition} onChange={(_e, d) => set('definition', d.value)} />
      </Field>
      <Choice
        label="Unit"
        field="unit"
        {...common}
        choices={[
          ['count', 'Count'],
          ['percentage', 'Percentage'],
          ['days', 'Days'],
          ['currency', 'Pounds'],
          ['rate', 'Rate'],
          ['number', 'Number'],
        ]}
      />
      <Field label="Decimal places" required validationMessage={problems.decimals}>
        <Input
          type="number"
          min={0}
          max={4}
          value={String(value.decimals)}
          onChange={(_e, d) => set('decimals', Number(d.value))}
        />
      </Field>
      <Choice
        label="Polarity"
        field="polarity"
        {...common}
        choices={[
          ['higher', 'Higher is better'],
          ['lower', 'Lower is better'],
          ['none', 'No polarity (context)'],
        ]}
      />
      <Choice
        label="Frequency"
        field="frequency"
        {...common}
        choices={[
          ['monthly', 'Monthly'],
          ['quarterly', 'Quarterly'],
          ['half-yearly', 'Half-yearly'],
          ['annual', 'Annual'],
        ]}
      />
      <Choice
        label="Year to date"
        field="ytd"
        {...common}
        choices={[
          ['sum', 'Sum of the periods'],
          ['average', 'Average of the periods'],
          ['latest', 'Latest period'],
        ]}
      />
      <Choice
        label="Scope"
        field="scope"
        {...common}
        choices={[
          ['corporate', 'Corporate'],
          ['local', 'Local'],
        ]}
      />
      <Choice
        label="Service"
        field="serviceId"
        {...common}
        choices={options.services.map((s) => [s.id, s.label])}
      />
      <Choice label="Collection Officer" field="collectorId" {...common} choices={people} />
      <Choice label="Responsible Officer" field="responsibleId" {...common} choices={people} />
      <Choice label="Authorising Officer" field="authoriserId" {...common} choices={people} />
      <Choice label="Escalation owner" field="escalationOwnerId" {...common} choices={people} />
      {procedureEdit && (
        <p>
          Written procedure: version {procedureEdit.version}.{' '}
          {procedureEdit.changed
            ? `Saving makes version ${procedureEdit.version + 1}; the earlier version is kept, and figures entered under it are checked against it.`
            : 'Changing it makes a new version; earlier versions are kept.'}
        </p>
      )}
      <Field label="How it is calculated" validationMessage={problems['procedure.calculation']}>
        <Textarea
          value={value.procedure.calculation}
          onChange={(_e, d) => procedure('calculation', d.value)}
        />
      </Field>
      <Field label="Source of the data" validationMessage={problems['procedure.source']}>
        <Input value={value.procedure.source} onChange={(_e, d) => procedure('source', d.value)} />
      </Field>
      <Field
        label="Where the evidence is kept"
        validationMessage={problems['procedure.evidenceLocation']}
      >
        <Input
          value={value.procedure.evidenceLocation}
          onChange={(_e, d) => procedure('evidenceLocation', d.value)}
        />
      </Field>
      <Field label="How it is verified" validationMessage={problems['procedure.verification']}>
        <Input
          value={value.procedure.verification}
          onChange={(_e, d) => procedure('verification', d.value)}
        />
      </Field>
      <Field label="Link to the full procedure" validationMessage={problems['procedure.url']}>
        <Input
          type="url"
          value={value.procedure.url ?? ''}
          onChange={(_e, d) => procedure('url', d.value)}
        />
      </Field>
      {procedureEdit?.changed && (
        <Field
          label="Why the procedure changed (kept with the new version)"
          validationMessage={problems.procedureNote}
        >
          <Textarea
            value={procedureEdit.note}
            maxLength={1000}
            onChange={(_e, d) => procedureEdit.setNote(d.value)}
          />
        </Field>
      )}
      <RatioField {...common} />
      <Checkbox
        label="Context only (not rated)"
        checked={value.contextOnly}
        onChange={(_e, d) => set('contextOnly', Boolean(d.checked))}
      />
      <Checkbox
        label="Published on the open-data page"
        checked={value.published}
        onChange={(_e, d) => set('published', Boolean(d.checked))}
      />
    </>
  );
}
