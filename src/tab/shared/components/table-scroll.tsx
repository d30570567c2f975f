// A wide table's horizontal scroll box. When the table is wider than the box (a 320 px side panel,
// the stage at a large zoom), a keyboard user must be able to reach and scroll it, so the box then
// joins the tab order as a named region (WCAG 2.1.1; axe's `scrollable-region-focusable`). While
// everything fits it stays out of the tab order, so no empty stop is added. Which tables overflow
// depends on the data (long titles, the day's figures), so this is measured, not assumed.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { usePageStyles } from './page-styles.js';

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const page = usePageStyles();
  const box = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setOverflows(el.scrollWidth > el.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={box}
      className={page.tableWrap}
      {...(overflows ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}
    >
      {children}
    </div>
  );
}
