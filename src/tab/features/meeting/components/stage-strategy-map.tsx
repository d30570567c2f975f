// The strategy map on the meeting stage: the same map in the stage's large type, for the meeting
// to walk the thread from the plan down. Opening an indicator moves the stage (the presenter's
// route is relayed); opening a branch or a key action's progress is the viewer's own.
import { Suspense } from 'react';
import { ErrorBar, Loading, useLoad } from '../../../shared/components/index.js';
import { StrategyMapView, getStrategyMap } from '../../strategy-map/index.js';
import {
  BasisNotice,
  useIncludeProvisional,
  useMayIncludeProvisional,
} from '../../dashboard/index.js';
import { useStageStyles } from './stage-styles.js';

export function StrategyMapOnStage({ period, plan }: { period?: string; plan?: string }) {
  const s = useStageStyles();
  const [wantProvisional] = useIncludeProvisional();
  const include = useMayIncludeProvisional() && wantProvisional;
  const map = useLoad(() => getStrategyMap(period, plan, include), [period, plan, include]);
  const d = map.data;
  return (
    <>
      <div className={s.bar}>
        <h1 className={s.h1}>{d?.plan ? `Strategy map: ${d.period.label}` : 'Strategy map'}</h1>
        <a className={s.link} href="#/dashboard">
          Back to the dashboard
        </a>
      </div>
      {d?.plan && <p>{d.plan.title}</p>}
      {d && <BasisNotice basis={d.basis} provisionalCount={Object.keys(d.provisional).length} />}
      {map.error && <ErrorBar>Could not load the strategy map: {map.error.message}</ErrorBar>}
      {!d && map.loading && <Loading label="Loading the strategy map" />}
      {d && !d.tree && <p>No corporate plan has been set up yet.</p>}
      {d?.tree && d.plan && (
        <Suspense fallback={<Loading label="Loading the strategy map" />}>
          <StrategyMapView
            key={d.plan.id}
            tree={d.tree}
            large
            provisional={d.provisional}
            label={`Strategy map of ${d.plan.title}`}
          />
        </Suspense>
      )}
    </>
  );
}
