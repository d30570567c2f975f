import { describe, expect, it } from 'vitest';
import { reportHref } from './report-href.js';

describe('reportHref', () => {
  it('fills the server template, encoding each value', () => {
    const template = '/api/reports/portfolio?period={period}&format={format}&portfolio={portfolio}';
    expect(
      reportHref(template, { period: '2025/26 Q2', format: 'docx', portfolio: 'Homes & Places' }),
    ).toBe(
      '/api/reports/portfolio?period=2025%2F26%20Q2&format=docx&portfolio=Homes%20%26%20Places',
    );
  });

  it('leaves a placeholder it does not know alone', () => {
    expect(reportHref('/x?p={period}&v={view}', { period: '2025-10', format: 'pdf' })).toBe(
      '/x?p=2025-10&v={view}',
    );
  });
});
