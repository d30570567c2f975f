// The port to LG Inform Plus's web service: one metric's figures for some areas and periods, as
// the CSV its `data.csv` method returns (rowGrouping=area, columnGrouping=period). The adapter signs
// the request with the council's own application key; the use case never sees the key.
export interface LgInformQuery {
  metricType: number;
  /** GSS codes (or LG Inform area identifiers). */
  areas: string[];
  /** LG Inform's period expression, e.g. `latest:3` for the latest three periods. */
  period: string;
}

export interface LgInformSource {
  metricCsv(query: LgInformQuery): Promise<string>;
}
