// "Download as Excel" for a view of the tab (GET /api/reports/excel). A click fetches the file
// through the shared download helper, since a link cannot carry the Entra bearer header (tenant
// mode) and a failure should be shown, not saved as a file of JSON. The link stays a real link, so
// with the local sign-in cookie it also opens in a new tab.
import { Link } from '@fluentui/react-components';
import { useState, type MouseEvent } from 'react';
import { downloadFile } from '../api/index.js';

export interface ExcelLinkProps {
  view: 'dashboard' | 'indicators' | 'exceptions';
  period: string;
  children: string;
}

export function excelHref(view: ExcelLinkProps['view'], period: string): string {
  return `/api/reports/excel?view=${view}&period=${encodeURIComponent(period)}`;
}

export function ExcelLink({ view, period, children }: ExcelLinkProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const href = excelHref(view, period);
  const click = async (ev: MouseEvent<HTMLAnchorElement>) => {
    // A new-tab or new-window click is the browser's; prevented before any await, or it is too late.
    if (ev.button !== 0 || ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
    ev.preventDefault();
    setProblem(null);
    try {
      await downloadFile(href, `${view}-${period.replace(/\W+/g, '-')}.xlsx`);
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <>
      <Link href={href} download onClick={(ev) => void click(ev)}>
        {children}
      </Link>
      {problem && <span role="alert">Could not download: {problem}</span>}
    </>
  );
}
