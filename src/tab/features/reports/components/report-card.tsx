// One report: who it is for, the period (and for a portfolio report, the portfolio) it covers, and
// a download button per format.
import { Field, makeStyles, mergeClasses, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { Period } from '../../../shared/api/index.js';
import { PeriodSelect, usePageStyles } from '../../../shared/components/index.js';
import {
  reportHref,
  type ReportFormat,
  type ReportKind,
  type ReportPortfolio,
} from '../api/index.js';
import { DownloadButtons } from './download-buttons.js';
import { useReportCardStyles } from './report-card-styles.js';
import { initialPeriod } from './initial-period.js';
import { PERIOD_LABEL, REPORT_INFO } from './report-kinds.js';

const useStyles = makeStyles({
  fields: { display: 'flex', flexWrap: 'wrap', gap: '12px', alignItems: 'flex-end' },
  // A portfolio's name and holder can be long: the select stays inside the card and wraps.
  wide: { flexBasis: '100%', minWidth: 0 },
  fill: { width: '100%', maxWidth: '100%', minWidth: 0 },
});

export interface ReportCardProps {
  kind: ReportKind;
  formats: readonly ReportFormat[];
  /** The server's download address template for this kind. */
  href: string;
  choices: readonly Period[];
  portfolios: readonly ReportPortfolio[];
  today: string;
  linkedPeriod?: string;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function ReportCard(props: ReportCardProps) {
  const { kind, formats, href, choices, portfolios, today } = props;
  const styles = { ...useReportCardStyles(), ...useStyles() };
  const page = usePageStyles();
  const info = REPORT_INFO[kind];
  const [period, setPeriod] = useState(() =>
    initialPeriod(info.period, choices, today, props.linkedPeriod),
  );
  const [portfolio, setPortfolio] = useState(portfolios[0]?.id ?? '');
  const headingId = `report-${kind}-heading`;
  const needsPortfolio = kind === 'portfolio';
  const hrefOf = (format: ReportFormat) =>
    period && (!needsPortfolio || portfolio)
      ? reportHref(href, { period, format, portfolio })
      : null;
  return (
    <section aria-labelledby={headingId} className={styles.card}>
      <h2 id={headingId} className={mergeClasses(page.h2, styles.heading)}>
        {info.title}
      </h2>
      <p className={styles.audience}>{info.audience}</p>
      <div className={styles.fields}>
        <PeriodSelect
          id={`report-${kind}-period`}
          label={PERIOD_LABEL[info.period]}
          periods={choices}
          value={period}
          onChange={setPeriod}
          inProgress={(p) => (p.end >= today ? 'so far' : null)}
        />
        {needsPortfolio && (
          <Field label="Cabinet portfolio" className={styles.wide}>
            <Select
              id="report-portfolio"
              root={{ className: styles.fill }}
              select={{ className: styles.fill }}
              value={portfolio}
              onChange={(_, d) => setPortfolio(d.value)}
            >
              {portfolios.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.holder})
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      <DownloadButtons
        describedBy={headingId}
        formats={formats}
        hrefOf={hrefOf}
        fallbackName={(format) => `${kind}-${slug(period)}.${format}`}
      />
    </section>
  );
}
