// Create or edit one indicator; once it exists, its targets are set below the form.
import { Button, Link, makeStyles } from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import {
  ErrorBar,
  InfoBar,
  Loading,
  useLoad,
  usePageStyles,
} from '../../../shared/components/index.js';
import {
  adminApi,
  type AdminIndicator,
  type AdminOptions,
  type IndicatorInput,
} from '../api/index.js';
import { procedureChanged } from '../../../../domain/indicators/procedure-changed.js';
import { IndicatorFields } from './indicator-fields.js';
import { BenchmarkFields, ObjectiveFields } from './objective-benchmark-fields.js';
import { saveFailure, type SaveFailure } from './problems.js';
import { TargetsEditor } from './targets-editor.js';

const useStyles = makeStyles({
  form: { display: 'grid', gap: '12px', maxWidth: '720px' },
});

function blank(options: AdminOptions): IndicatorInput {
  const first = options.people[0]?.id ?? '';
  return {
    code: '',
    title: '',
    definition: '',
    procedure: { calculation: '', source: '', evidenceLocation: '', verification: '', url: null },
    unit: 'count',
    decimals: 0,
    polarity: 'higher',
    frequency: 'quarterly',
    ytd: 'sum',
    scope: 'local',
    serviceId: options.services[0]?.id ?? '',
    objectiveIds: [],
    collectorId: first,
    responsibleId: first,
    authoriserId: options.people[1]?.id ?? first,
    escalationOwnerId: first,
    benchmarks: [],
    contextOnly: false,
    published: false,
  };
}

function inputOf(i: AdminIndicator): IndicatorInput {
  const {
    id: _id,
    version: _v,
    retired: _r,
    reminderPolicy: _p,
    procedureVersion: _pv,
    needsOwners: _n,
    ...input
  } = i;
  return input;
}

export function IndicatorForm({ id }: { id: string }) {
  const isNew = id === 'new';
  const data = useLoad(async () => {
    const [options, all] = await Promise.all([adminApi.options(), adminApi.indicators()]);
    return { options, current: all.find((i) => i.id === id) ?? null };
  }, [id]);
  if (data.error) return <ErrorBar>Could not load the form: {data.error.message}</ErrorBar>;
  if (!data.data) return <Loading label="Loading the indicator" />;
  if (!isNew && !data.data.current) return <ErrorBar>There is no indicator with id {id}.</ErrorBar>;
  return <Form options={data.data.options} current={data.data.current} />;
}

function Form({ options, current }: { options: AdminOptions; current: AdminIndicator | null }) {
  const styles = useStyles();
  const page = usePageStyles();
  const [saved, setSaved] = useState<AdminIndicator | null>(current);
  const [value, setValue] = useState<IndicatorInput>(() =>
    current ? inputOf(current) : blank(options),
  );
  const [procedureNote, setProcedureNote] = useState('');
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setFailure(null), [value]);
  const set = <K extends keyof IndicatorInput>(key: K, v: IndicatorInput[K]) =>
    setValue((s) => ({ ...s, [key]: v }));
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    setBusy(true);
    setNotice(null);
    try {
      const result = saved
        ? await adminApi.updateIndicator(saved.id, saved.version, value, { procedureNote })
        : await adminApi.createIndicator(value);
      const newVersion = (result.procedureVersion ?? 1) !== (saved?.procedureVersion ?? 1);
      setSaved(result);
      setProcedureNote('');
      setNotice(
        newVersion
          ? `${result.code} saved. The written procedure is now version ${result.procedureVersion}; earlier versions are kept.`
          : `${result.code} saved.`,
      );
      if (!saved)
        window.history.replaceState(
          null,
          '',
          `#/admin/indicators/${encodeURIComponent(result.id)}`,
        );
    } catch (e) {
      setFailure(saveFailure(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <p>
        <Link href="#/admin/indicators">Back to the indicators</Link>
      </p>
      <form
        className={styles.form}
        onSubmit={(ev) => void submit(ev)}
        noValidate
        aria-labelledby="indicator-form-heading"
      >
        <h2 id="indicator-form-heading" className={page.h2}>
          {saved ? `Edit ${saved.code}` : 'Add an indicator'}
        </h2>
        <IndicatorFields
          value={value}
          set={set}
          options={options}
          problems={failure?.fields ?? {}}
          procedureEdit={
            saved
              ? {
                  version: saved.procedureVersion ?? 1,
                  changed: procedureChanged(saved.procedure, value.procedure),
                  note: procedureNote,
                  setNote: setProcedureNote,
                }
              : null
          }
        />
        <ObjectiveFields
          value={value.objectiveIds}
          options={options}
          onChange={(ids) => set('objectiveIds', ids)}
          problem={failure?.fields.objectiveIds}
        />
        <BenchmarkFields
          value={value.benchmarks}
          onChange={(b) => set('benchmarks', b)}
          problems={failure?.fields ?? {}}
        />
        <div role="status">{notice && <InfoBar intent="success">{notice}</InfoBar>}</div>
        {failure?.message && (
          <ErrorBar>
            {failure.message}
            {failure.conflict && ' Reload the page to see their change.'}
          </ErrorBar>
        )}
        <div>
          <Button appearance="primary" type="submit" disabled={busy}>
            {saved ? 'Save changes' : 'Add the indicator'}
          </Button>
        </div>
      </form>
      {saved && <TargetsEditor indicator={saved} />}
    </>
  );
}
