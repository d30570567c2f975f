// An indicator's deep-dive review in a phrase, beside it on the dashboard's persistent list: under
// way (due when), overdue, closed, or not started — in words, never colour alone.
import type { DeepDiveStanding } from '../../../../api/index.js';

export function DeepDiveStandingText({ standing }: { standing: DeepDiveStanding | undefined }) {
  return <>{standing?.words ?? 'Not started'}</>;
}
