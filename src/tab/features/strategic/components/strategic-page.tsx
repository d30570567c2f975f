// The Strategic dashboard page (#/strategic?asAt=…, issue 17): the dashboard as at a chosen date —
// an edition of the council's cadence, or today — with the headline counts, the key development
// areas, the risks above tolerance and the budget variance in words. The card posted to the
// Leadership Team's channel links here with the edition's date.
import { makeStyles, mergeClasses } from '@fluentui/react-components';
import {
  ErrorBar,
  InfoBar,
  Loading,
  useLoad,
  usePageStyles,
} from '../../../shared/components/index.js';
import { getStrategicDashboard, getStrategicEditions } from '../api/get-strategic-dashboard.js';
import { AreaIndicators, AreaKeyActions } from './areas-tables.js';
import { EditionSelect } from './edition-select.js';
import { HeadlineTiles } from './headline-tiles.js';
import { BudgetWords, RisksAbove } from './risks-budget.js';

const useStyles = makeStyles({
  head: { display: 'flex', flexWrap: 'wrap', gap: '12px 24px', alignItems: 'flex-end' },
  shown: { margin: '0 0 6px' },
  sub: { marginTop: '16px' },
});

export function StrategicPage({ asAt, onAsAt }: { asAt?: string; onAsAt: (asAt: string) => void }) {
  const page = usePageStyles();
  const s = useStyles();
  const view = useLoad(() => getStrategicDashboard(asAt), [asAt]);
  const editions = useLoad(getStrategicEditions, []);
  const d = view.data;
  const e = editions.data;
  return (
    <>
      <h1 className={page.h1}>Strategic dashboard</h1>
      <p>
        The dashboard for the Leadership Team as at a chosen date: the latest authorised figure of
        each indicator on that day, the key development areas, the risks above tolerance and the
        budget variance.
        {e &&
          ` ${e.cadence.words}; the next edition is on ${e.cadence.nextEdition.split('-').reverse().join('/')}.`}
      </p>
      {view.error && (
        <ErrorBar>Could not load the strategic dashboard: {view.error.message}</ErrorBar>
      )}
      {!d && view.loading && <Loading label="Loading the strategic dashboard" />}
      {d && (
        <>
          <div className={s.head}>
            {e && (
              <EditionSelect
                id="strategic-edition"
                editions={e.editions}
                value={d.asAt}
                today={asAt ? undefined : { date: d.asAt, text: d.asAtText }}
                onChange={onAsAt}
              />
            )}
            <p className={s.shown}>
              <strong>{d.isEdition ? `Edition of ${d.asAtText}` : `As at ${d.asAtText}`}</strong>
            </p>
          </div>
          <InfoBar>
            Only figures authorised by the end of {d.asAtText} are counted: a figure authorised
            later is not, so this edition reads the same whenever it is opened.
          </InfoBar>
          <section aria-labelledby="strategic-glance">
            <h2 id="strategic-glance" className={page.h2}>
              At a glance
            </h2>
            <HeadlineTiles headline={d.headline} />
            <p>{d.headlineSentence}</p>
          </section>
          <section aria-labelledby="strategic-areas">
            <h2 id="strategic-areas" className={page.h2}>
              Key development areas
            </h2>
            <h3 className={mergeClasses(page.h3, s.sub)}>
              Indicators off target or persistently under-performing
            </h3>
            <AreaIndicators rows={d.keyDevelopmentAreas.indicators} />
            <h3 className={mergeClasses(page.h3, s.sub)}>Key actions off track</h3>
            <AreaKeyActions rows={d.keyDevelopmentAreas.keyActions} />
          </section>
          <section aria-labelledby="strategic-risks">
            <h2 id="strategic-risks" className={page.h2}>
              Risks above tolerance
            </h2>
            <RisksAbove risks={d.risks} asAtText={d.asAtText} />
          </section>
          <section aria-labelledby="strategic-budget">
            <h2 id="strategic-budget" className={page.h2}>
              Budget variance
            </h2>
            <BudgetWords view={d} />
          </section>
        </>
      )}
    </>
  );
}
