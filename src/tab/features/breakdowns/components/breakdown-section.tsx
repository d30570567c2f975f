// The indicator page's "Breakdowns by place and community" section (issue 16): for a chosen period,
// each breakdown as a ward map with its legend and table, or a table for a community group; and,
// for whoever may enter the return, the form to enter them (the return card's link opens it with
// the period chosen: #/indicators/WR01?breakdowns=2025-10).
import { Button, Field, makeStyles, Select } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import {
  ErrorBar,
  Loading,
  StatusNotice,
  useLoad,
  usePageStyles,
  type Notice,
} from '../../../shared/components/index.js';
import {
  getBreakdowns,
  type BreakdownView,
  type IndicatorBreakdownsView,
} from '../api/breakdowns-api.js';
import { BreakdownForm } from './breakdown-form.js';
import { BreakdownTable } from './breakdown-table.js';
import { valueBands } from './value-bands.js';
import { WardMap } from './ward-map.js';

const useStyles = makeStyles({
  picker: { maxWidth: '320px' },
  breakdown: { marginTop: '16px' },
});

function Breakdown({
  view,
  b,
  periodLabel,
}: {
  view: IndicatorBreakdownsView;
  b: BreakdownView;
  periodLabel: string;
}) {
  const page = usePageStyles();
  const s = useStyles();
  const areas = b.boundarySet ? (view.boundaries[b.boundarySet] ?? []) : [];
  const drawn = areas.length > 0;
  const bands = drawn
    ? valueBands(
        b.values.map((v) => v.value),
        view,
      )
    : null;
  const what = `${view.code} by ${b.breakdown.toLowerCase()}, ${periodLabel}`;
  return (
    <section
      className={s.breakdown}
      aria-label={`By ${b.breakdown.toLowerCase()}`}
      data-breakdown={b.breakdown}
    >
      <h3 className={page.h3}>By {b.breakdown.toLowerCase()}</h3>
      {drawn && (
        <WardMap
          breakdown={b}
          areas={areas}
          bands={bands!}
          caption={`Map of ${what}, shaded by value (${b.boundarySet}); the table below gives every figure.`}
        />
      )}
      <BreakdownTable
        breakdown={b}
        bands={bands}
        caption={`${what}${drawn ? ': the map as a table' : ''}`}
      />
      {b.unmapped.length > 0 && (
        <p className={page.muted}>
          Not on the map (no boundary uploaded): {b.unmapped.join(', ')}.
        </p>
      )}
    </section>
  );
}

export function BreakdownSection({ code, period }: { code: string; period?: string }) {
  const page = usePageStyles();
  const s = useStyles();
  const loaded = useLoad(() => getBreakdowns(code), [code]);
  const [view, setView] = useState<IndicatorBreakdownsView | null>(null);
  const [chosen, setChosen] = useState<string | null>(period ?? null);
  const [entering, setEntering] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const current = view ?? loaded.data;
  // Periods worth choosing: those with breakdowns, those the viewer may enter, and the link's own.
  const periods =
    current?.periods.filter(
      (p) => p.breakdowns.length > 0 || p.mayEnter || p.periodKey === period,
    ) ?? [];
  const selected =
    periods.find((p) => p.periodKey === chosen) ??
    periods.find((p) => p.breakdowns.length > 0) ??
    periods[0];
  // Opened from the card's link: bring the section into view, with the form open if it may be.
  useEffect(() => {
    if (!period || !current) return;
    heading.current?.scrollIntoView({ block: 'start' });
    if (current.periods.find((p) => p.periodKey === period)?.mayEnter) setEntering(true);
  }, [period, current !== undefined && current !== null]);
  return (
    <section aria-labelledby="breakdowns-heading" data-breakdowns="">
      <h2 id="breakdowns-heading" ref={heading} className={page.h2}>
        Breakdowns by place and community
      </h2>
      {loaded.error && (
        <ErrorBar>
          Could not load {code}’s breakdowns: {loaded.error.message}
        </ErrorBar>
      )}
      {!current && loaded.loading && <Loading label="Loading the breakdowns" />}
      {current && periods.length === 0 && (
        <p className={page.muted}>
          No breakdowns by area or community group are recorded for {code}.
        </p>
      )}
      {current && selected && (
        <>
          {periods.length > 1 && (
            <Field label="Period" className={s.picker}>
              <Select
                value={selected.periodKey}
                onChange={(_, d) => {
                  setChosen(d.value);
                  setEntering(false);
                }}
              >
                {periods.map((p) => (
                  <option key={p.periodKey} value={p.periodKey}>
                    {p.periodLabel}
                    {p.breakdowns.length ? '' : ' (none yet)'}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <StatusNotice notice={notice} />
          {selected.breakdowns.length === 0 && (
            <p className={page.muted}>No breakdowns are recorded for {selected.periodLabel} yet.</p>
          )}
          {selected.breakdowns.map((b) => (
            <Breakdown key={b.breakdown} view={current} b={b} periodLabel={selected.periodLabel} />
          ))}
          {selected.mayEnter && !entering && (
            <p>
              <Button onClick={() => setEntering(true)}>
                Enter breakdowns for {selected.periodLabel}
              </Button>
            </p>
          )}
          {!selected.mayEnter &&
            selected.state === 'authorised' &&
            selected.notEnterable?.startsWith('The figure') && (
              <p className={page.muted}>{selected.notEnterable}.</p>
            )}
          {entering && selected.mayEnter && (
            <BreakdownForm
              key={selected.periodKey}
              view={current}
              period={selected}
              onSaved={(next, words) => {
                setView(next);
                setEntering(false);
                setNotice({ ok: true, text: words });
              }}
              onCancel={() => setEntering(false)}
            />
          )}
        </>
      )}
    </section>
  );
}
