// A set-up form's state: its values, one setter per field, and the failed save (a message per
// field, or one for the form) that the form shows until the person tries again.
import { useState, type FormEvent } from 'react';
import { saveFailure, type SaveFailure } from './problems.js';

export function useSaveForm<V extends object>(
  initial: V | (() => V),
  save: (v: V) => Promise<void>,
) {
  const [values, setValues] = useState<V>(initial);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const set = <K extends keyof V>(key: K, value: V[K]) =>
    setValues((s) => ({ ...s, [key]: value }));
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    try {
      await save(values);
    } catch (e) {
      setFailure(saveFailure(e));
    }
  };
  return { values, set, failure, problems: failure?.fields ?? {}, submit };
}
