// The Strategic dashboard report on the Reports page: made as at an edition's date (the cadence's
// history) rather than for a period, so it has the edition picker where the others have a period.
import { mergeClasses } from '@fluentui/react-components';
import { useState } from 'react';
import { usePageStyles } from '../../../shared/components/index.js';
import { EditionSelect, type EditionsView } from '../../strategic/index.js';
import { reportHref, type ReportFormat } from '../api/index.js';
import { DownloadButtons } from './download-buttons.js';
import { useReportCardStyles } from './report-card-styles.js';
import { REPORT_INFO } from './report-kinds.js';

export function StrategicReportCard(props: {
  formats: readonly ReportFormat[];
  href: string;
  editions: EditionsView['editions'];
  today: string;
}) {
  const { formats, href, editions, today } = props;
  const s = useReportCardStyles();
  const page = usePageStyles();
  const info = REPORT_INFO['strategic-dashboard'];
  const [asAt, setAsAt] = useState(editions[0]?.date ?? today);
  const headingId = 'report-strategic-dashboard-heading';
  return (
    <section aria-labelledby={headingId} className={s.card}>
      <h2 id={headingId} className={mergeClasses(page.h2, s.heading)}>
        {info.title}
      </h2>
      <p className={s.audience}>{info.audience}</p>
      {/* A row, as the other cards' pickers are: the picker as wide as its words, not the card. */}
      <div className={page.row}>
        <EditionSelect
          id="report-strategic-dashboard-edition"
          editions={editions}
          value={asAt}
          today={{ date: today, text: today.split('-').reverse().join('/') }}
          onChange={setAsAt}
        />
      </div>
      <DownloadButtons
        describedBy={headingId}
        formats={formats}
        hrefOf={(format) => reportHref(href, { period: '', format, asAt })}
        fallbackName={(format) => `strategic-dashboard-${asAt}.${format}`}
      />
    </section>
  );
}
