// One button per format. A report takes a second or so to make: the pressed button shows a spinner
// and the status line says what is happening, then names the file saved, or gives the server's
// reason when it is refused.
import { Button, makeStyles, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { downloadFile } from '../../../shared/api/index.js';
import { ErrorBar } from '../../../shared/components/index.js';
import { formatCount } from '../../../shared/format/index.js';
import type { ReportFormat } from '../api/index.js';
import { FORMAT_NAME } from './report-kinds.js';

type DownloadState =
  | { status: 'idle' }
  | { status: 'busy'; format: ReportFormat }
  | { status: 'done'; filename: string; size: number }
  | { status: 'failed'; format: ReportFormat; message: string };

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: '8px' },
  status: { minHeight: '1.5em', marginTop: '8px' },
});

export interface DownloadButtonsProps {
  /** The report's heading id: each button is described by it ("Word" for which report). */
  describedBy: string;
  formats: readonly ReportFormat[];
  /** The address for a format, or null while something needed is not chosen. */
  hrefOf: (format: ReportFormat) => string | null;
  fallbackName: (format: ReportFormat) => string;
}

const sizeText = (bytes: number) => `${formatCount(Math.max(1, Math.round(bytes / 1024)))} kB`;

export function DownloadButtons({
  describedBy,
  formats,
  hrefOf,
  fallbackName,
}: DownloadButtonsProps) {
  const styles = useStyles();
  const [state, setState] = useState<DownloadState>({ status: 'idle' });
  const busy = state.status === 'busy';
  const download = async (format: ReportFormat) => {
    const href = hrefOf(format);
    if (!href || busy) return;
    setState({ status: 'busy', format });
    try {
      const file = await downloadFile(href, fallbackName(format));
      setState({ status: 'done', ...file });
    } catch (e) {
      setState({ status: 'failed', format, message: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <>
      <div className={styles.buttons}>
        {formats.map((format) => {
          const mine = busy && state.format === format;
          return (
            <Button
              key={format}
              aria-describedby={describedBy}
              appearance={format === formats[0] ? 'primary' : 'secondary'}
              disabled={!hrefOf(format)}
              disabledFocusable={busy}
              icon={mine ? <Spinner size="tiny" aria-hidden="true" /> : undefined}
              onClick={() => void download(format)}
            >
              {FORMAT_NAME[format]}
            </Button>
          );
        })}
      </div>
      <div role="status" className={styles.status}>
        {state.status === 'busy' && `Making the ${FORMAT_NAME[state.format]} file…`}
        {state.status === 'done' && `Downloaded ${state.filename} (${sizeText(state.size)}).`}
        {state.status === 'failed' && (
          <ErrorBar>
            Could not make the {FORMAT_NAME[state.format]} file: {state.message}
          </ErrorBar>
        )}
      </div>
    </>
  );
}
