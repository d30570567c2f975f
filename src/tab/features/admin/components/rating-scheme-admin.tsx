// The rating scheme: Derbyshire's four levels (Strong, Good, Review, Action), or RAG with the
// council's own tolerances, entered as percentages worse than target.
import { Button, Field, Input, Radio, RadioGroup, makeStyles } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import {
  ErrorBar,
  InfoBar,
  Loading,
  useLoad,
  usePageStyles,
} from '../../../shared/components/index.js';
import { adminApi, type RatingSchemeConfig } from '../api/index.js';
import { saveFailure, type SaveFailure } from './problems.js';

const useStyles = makeStyles({ form: { display: 'grid', gap: '12px', maxWidth: '560px' } });

function Form({
  scheme,
  version,
  onSaved,
}: {
  scheme: RatingSchemeConfig;
  version: string | null;
  onSaved: (notice: string) => void;
}) {
  const styles = useStyles();
  const page = usePageStyles();
  const [kind, setKind] = useState(scheme.kind);
  const [green, setGreen] = useState(
    scheme.kind === 'rag' ? String(scheme.greenTolerance * 100) : '0',
  );
  const [amber, setAmber] = useState(
    scheme.kind === 'rag' ? String(scheme.amberTolerance * 100) : '5',
  );
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const next: RatingSchemeConfig =
      kind === 'four-level'
        ? { kind }
        : { kind: 'rag', greenTolerance: Number(green) / 100, amberTolerance: Number(amber) / 100 };
    try {
      await adminApi.setRatingScheme(next, version);
      setFailure(null);
      // The parent keeps the message: the form is drawn afresh for the new version.
      onSaved(
        kind === 'four-level' ? 'The four-level scheme is in use.' : 'The RAG scheme is in use.',
      );
    } catch (e) {
      setFailure(saveFailure(e));
    }
  };
  const f = failure?.fields ?? {};
  return (
    <form
      className={styles.form}
      onSubmit={(ev) => void submit(ev)}
      noValidate
      aria-labelledby="scheme-heading"
    >
      <h2 id="scheme-heading" className={page.h2}>
        Rating scheme
      </h2>
      <Field label="Scheme">
        <RadioGroup
          value={kind}
          onChange={(_e, d) => setKind(d.value as RatingSchemeConfig['kind'])}
        >
          <Radio
            value="four-level"
            label="Four levels: Strong, Good, Review, Action (Derbyshire)"
          />
          <Radio value="rag" label="Three levels: Red, Amber, Green with our tolerances" />
        </RadioGroup>
      </Field>
      {kind === 'rag' && (
        <>
          <Field
            label="Green up to (% worse than target)"
            validationMessage={f['scheme.greenTolerance'] ?? f.greenTolerance}
          >
            <Input inputMode="decimal" value={green} onChange={(_e, d) => setGreen(d.value)} />
          </Field>
          <Field
            label="Amber up to (% worse than target)"
            validationMessage={f['scheme.amberTolerance'] ?? f.amberTolerance}
          >
            <Input inputMode="decimal" value={amber} onChange={(_e, d) => setAmber(d.value)} />
          </Field>
        </>
      )}
      {failure?.message && <ErrorBar>{failure.message}</ErrorBar>}
      <div>
        <Button type="submit" appearance="primary">
          Save the scheme
        </Button>
      </div>
    </form>
  );
}

export function RatingSchemeAdmin() {
  const current = useLoad(adminApi.ratingScheme, []);
  const [notice, setNotice] = useState<string | null>(null);
  if (current.error) return <ErrorBar>Could not load the scheme: {current.error.message}</ErrorBar>;
  if (!current.data) return <Loading label="Loading the rating scheme" />;
  return (
    <>
      <Form
        key={current.data.version ?? 'default'}
        {...current.data}
        onSaved={(text) => {
          setNotice(text);
          current.reload();
        }}
      />
      <div role="status">{notice && <InfoBar intent="success">{notice}</InfoBar>}</div>
    </>
  );
}
