// "Download as Excel" for a view of the tab (GET /api/reports/excel). A plain link, so it works
// with the local sign-in cookie and can be opened in a new tab; with an Entra token (tenant mode)
// the click fetches the file with the bearer header instead, since a link cannot carry it.
import { Link } from '@fluentui/react-components';
import type { MouseEvent } from 'react';
import { authHeaders } from '../api/index.js';

export interface ExcelLinkProps {
  view: 'dashboard' | 'indicators' | 'exceptions';
  period: string;
  children: string;
}

export function excelHref(view: ExcelLinkProps['view'], period: string): string {
  return `/api/reports/excel?view=${view}&period=${encodeURIComponent(period)}`;
}

export function ExcelLink({ view, period, children }: ExcelLinkProps) {
  const href = excelHref(view, period);
  const click = async (ev: MouseEvent<HTMLAnchorElement>) => {
    const headers = await authHeaders();
    if (!headers.Authorization) return; // the cookie does it: let the link work
    ev.preventDefault();
    const res = await fetch(href, { headers });
    if (!res.ok) return;
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = `${view}-${period.replace(/\W+/g, '-')}.xlsx`;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Link href={href} download onClick={(ev) => void click(ev)}>
      {children}
    </Link>
  );
}
