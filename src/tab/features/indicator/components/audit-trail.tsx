// The audit trail: the latest changes to the indicator, its targets and its returns, who made them
// and through which channel (tab, bot, import), so an auditor can follow a figure to its source.
import {
  ErrorBar,
  Loading,
  useLoad,
  usePageStyles,
  TableScroll,
} from '../../../shared/components/index.js';
import { formatDateTime, formatPeriodKey } from '../../../shared/format/index.js';
import { useTableStyles } from '../../../shared/components/index.js';
import { ApiError } from '../../../shared/api/index.js';
import { getIndicatorAudit, type AuditLine } from '../api/index.js';

const CHANNEL: Record<string, string> = {
  tab: 'Teams tab',
  bot: 'Teams chat',
  card: 'Teams card',
  import: 'CSV import',
  api: 'API',
  system: 'Golden Thread',
};

/** `return.submitted` → "Return submitted"; without an event name, the store's action. */
function whatHappened(line: AuditLine): string {
  const words = (line.event ?? `${line.action}d`).replace(/[._-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function subjectText(subject: string): string {
  if (subject === 'indicator' || subject.startsWith('target ')) return subject;
  return formatPeriodKey(subject);
}

export function AuditTrail({ code }: { code: string }) {
  const page = usePageStyles();
  const t = useTableStyles();
  const trail = useLoad(() => getIndicatorAudit(code), [code]);
  // Not everyone may read the trail (its officers, the Leadership Team and the performance team
  // may): a refusal is a plain note of who may, not a failure.
  if (trail.error instanceof ApiError && trail.error.status === 403)
    return <p className={page.muted}>{trail.error.message}.</p>;
  if (trail.error)
    return <ErrorBar>Could not load the audit trail: {trail.error.message}</ErrorBar>;
  if (!trail.data) return <Loading label="Loading the audit trail" />;
  if (trail.data.length === 0) return <p className={page.muted}>No changes recorded yet.</p>;
  return (
    <TableScroll label="Changes to this indicator">
      <table className={t.table}>
        <caption className={t.caption}>Latest {trail.data.length} changes, newest first</caption>
        <thead>
          <tr>
            <th scope="col" className={t.cell}>
              When
            </th>
            <th scope="col" className={t.cell}>
              Who
            </th>
            <th scope="col" className={t.cell}>
              What
            </th>
            <th scope="col" className={t.cell}>
              Of
            </th>
            <th scope="col" className={t.cell}>
              Through
            </th>
            <th scope="col" className={t.cell}>
              Fields changed, note
            </th>
          </tr>
        </thead>
        <tbody>
          {trail.data.map((line) => (
            <tr key={line.id}>
              <td className={t.cell}>{formatDateTime(line.at)}</td>
              <td className={t.cell}>{line.actorName}</td>
              <td className={t.cell}>{whatHappened(line)}</td>
              <td className={t.cell}>{subjectText(line.subject)}</td>
              <td className={t.cell}>{CHANNEL[line.channel] ?? line.channel}</td>
              <td className={t.cell}>
                {[line.changed.join(', '), line.note].filter(Boolean).join(' — ') || '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
