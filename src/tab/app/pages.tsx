// Which page a route shows.
import { AdminPage } from '../features/admin/index.js';
import { DashboardPage } from '../features/dashboard/index.js';
import { DeepDivesPage } from '../features/deep-dives/index.js';
import { GoldenThreadPage } from '../features/golden-thread/index.js';
import { IndicatorPage } from '../features/indicator/index.js';
import { MyWorkPage } from '../features/my-work/index.js';
import { ReportsPage } from '../features/reports/index.js';
import { RiskPage, RisksPage } from '../features/risks/index.js';
import { SpotChecksPage } from '../features/spot-checks/index.js';
import { StrategicPage } from '../features/strategic/index.js';
import { StrategyMapPage } from '../features/strategy-map/index.js';
import { Suspense } from 'react';
import { Loading, usePageStyles } from '../shared/components/index.js';
import { navigate, type Route } from './router.js';

// Most pages load as chunks of their own when first opened (see each feature's index.ts): the
// first page, the side panel and the stage draw without downloading the rest.
export function Page({ route }: { route: Route }) {
  return (
    <Suspense fallback={<Loading label="Loading the page" />}>
      <RoutePage route={route} />
    </Suspense>
  );
}

function RoutePage({ route }: { route: Route }) {
  const page = usePageStyles();
  switch (route.page) {
    case 'my-work':
      return <MyWorkPage />;
    case 'dashboard':
      return (
        <DashboardPage
          period={route.period}
          onPeriod={(period) => navigate({ page: 'dashboard', period })}
        />
      );
    case 'strategic':
      return (
        <StrategicPage asAt={route.asAt} onAsAt={(asAt) => navigate({ page: 'strategic', asAt })} />
      );
    case 'golden-thread':
      return (
        <GoldenThreadPage
          filters={route.filters}
          onFilters={(filters) => navigate({ page: 'golden-thread', filters })}
        />
      );
    case 'strategy-map':
      return (
        <Suspense fallback={<Loading label="Loading the strategy map" />}>
          <StrategyMapPage
            period={route.period}
            plan={route.plan}
            onChange={(next) => navigate({ page: 'strategy-map', ...next })}
          />
        </Suspense>
      );
    case 'indicator':
      return <IndicatorPage key={route.code} code={route.code} breakdowns={route.breakdowns} />;
    case 'reports':
      // Keyed by the period, so a new link (#/reports?period=…) starts from its own quarter.
      return <ReportsPage key={route.period ?? ''} period={route.period} />;
    case 'spot-checks':
      return (
        <SpotChecksPage
          period={route.period}
          onPeriod={(period) => navigate({ page: 'spot-checks', period })}
        />
      );
    case 'risks':
      return <RisksPage filters={route.filters} />;
    case 'risk':
      return <RiskPage key={route.code} code={route.code} />;
    case 'deep-dives':
      return <DeepDivesPage />;
    case 'admin':
      return (
        <AdminPage
          key={`${route.section}/${route.id ?? ''}`}
          section={route.section}
          id={route.id}
        />
      );
    case 'not-found':
      return (
        <>
          <h1 className={page.h1}>Page not found</h1>
          <p>
            There is no page at “{route.path}”. <a href="#/my-work">Go to My work</a>.
          </p>
        </>
      );
  }
}
