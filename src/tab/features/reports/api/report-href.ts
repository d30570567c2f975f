// The download address of one report: the server's template (`/api/reports/portfolio?period=
// {period}&format={format}&portfolio={portfolio}`) with each placeholder filled and encoded, so a
// period such as `2025/26 Q2` or a portfolio name with `&` cannot change the query.
export interface ReportChoice {
  period: string;
  format: string;
  portfolio?: string;
  /** The strategic dashboard's date (YYYY-MM-DD). */
  asAt?: string;
}

export function reportHref(template: string, choice: ReportChoice): string {
  const values: Record<string, string> = {
    period: choice.period,
    format: choice.format,
    portfolio: choice.portfolio ?? '',
    asAt: choice.asAt ?? '',
  };
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? encodeURIComponent(values[name]!) : whole,
  );
}
