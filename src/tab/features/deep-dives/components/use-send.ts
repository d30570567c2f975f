// One change to a review at a time: busy while it is sent; a 400's messages by field, so each sits
// under its own input; any other refusal (403, 409, 422) in the server's own words above the form.
import { useState } from 'react';
import { ApiError } from '../../../shared/api/index.js';

export function useSend<T>(onDone: (result: T) => void) {
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const send = async (action: () => Promise<T>) => {
    setBusy(true);
    setProblems({});
    setRefusal(null);
    try {
      onDone(await action());
    } catch (e) {
      if (e instanceof ApiError && e.status === 400 && e.body.problems?.length) {
        setProblems(Object.fromEntries(e.body.problems.map((p) => [p.field, p.message])));
      } else if (e instanceof ApiError && e.status === 409) {
        setRefusal('Someone changed this review first. Reload the page to see their changes.');
      } else setRefusal(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  /** Field props for a Fluent Field: the server's message for it, in the error state. */
  const field = (name: string) => ({
    validationMessage: problems[name],
    validationState: problems[name] ? ('error' as const) : ('none' as const),
  });
  return { busy, problems, refusal, send, field };
}
