// The dashboard's "Risks above tolerance" (issue 17: risks above tolerance are escalated to the
// Leadership Team's dashboard): each one worst first, written out in full, or in words that there
// are none. The register as it stands today, whichever month the dashboard shows, so the heading
// says the day.
import { Link } from '@fluentui/react-components';
import type { Dashboard } from '../../../shared/api/index.js';
import { InfoBar, usePageStyles } from '../../../shared/components/index.js';
import { formatDate } from '../../../shared/format/index.js';
import { hrefFor } from '../../../app/router.js';
import { RiskLines } from '../../risks/index.js';

export function RisksAboveTolerance({
  escalation,
}: {
  escalation: Dashboard['risksAboveTolerance'];
}) {
  const page = usePageStyles();
  const { risks, tolerance, asAt } = escalation;
  return (
    <section aria-labelledby="risks-above-heading">
      <h2 id="risks-above-heading" className={page.h2}>
        Risks above tolerance ({risks.length})
      </h2>
      <p className={page.muted}>
        Open risks whose residual score is over the council’s tolerance of {tolerance}, escalated to
        the Leadership Team; the register as at {formatDate(asAt)}, highest score first.
      </p>
      {risks.length === 0 ? (
        <InfoBar intent="success">No open risk is above the tolerance of {tolerance}.</InfoBar>
      ) : (
        <>
          <RiskLines risks={risks} tolerance={tolerance} label="Risks above tolerance" />
          <p>
            <Link href={hrefFor({ page: 'risks', filters: { aboveTolerance: true } })}>
              Open them in the risk register
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
