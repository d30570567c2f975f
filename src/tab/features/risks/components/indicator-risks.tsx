// The "Risks to this indicator's objectives" section of an indicator page (issue 17, "an
// indicator's page shows the risks on its objectives"): the open risks the register holds against
// any objective the indicator serves, highest residual score first, through GET /api/risks'
// indicator filter; closed risks are left out, as they are everywhere in the thread.
import { Link } from '@fluentui/react-components';
import { ErrorBar, Loading, useLoad, usePageStyles } from '../../../shared/components/index.js';
import { hrefFor } from '../../../app/router.js';
import { getRisks } from '../api/get-risks.js';
import { RiskLines } from './risk-lines.js';

export function IndicatorRisks({ code }: { code: string }) {
  const page = usePageStyles();
  const thread = { kind: 'indicator', code } as const;
  const loaded = useLoad(() => getRisks({ thread }), [code]);
  const open = loaded.data?.risks.filter((r) => r.status !== 'closed');
  return (
    <section aria-labelledby="indicator-risks-heading">
      <h2 id="indicator-risks-heading" className={page.h2}>
        Risks to this indicator’s objectives{open ? ` (${open.length})` : ''}
      </h2>
      {loaded.error && (
        <ErrorBar>
          Could not load the risks to {code}’s objectives: {loaded.error.message}
        </ErrorBar>
      )}
      {!loaded.data && loaded.loading && <Loading label="Loading the risks" />}
      {open?.length === 0 && (
        <p className={page.muted}>No open risk threatens the objectives this indicator serves.</p>
      )}
      {open && open.length > 0 && (
        <>
          <RiskLines
            risks={open}
            tolerance={loaded.data!.tolerance}
            label={`Open risks to the objectives ${code} serves`}
          />
          <p>
            <Link href={hrefFor({ page: 'risks', filters: { thread } })}>
              See them in the register, with the heat map
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
