// The LG Inform Plus web service as an LgInformSource: one signed GET of `data.csv` per metric.
// The request, as LG Inform's own scripts make it: data.csv?metricType=…&area=A,B&period=latest:3
// &columnGrouping=period&rowGrouping=area (one row per area, one column per period). Signing, per
// esd's security page (https://developertools.esd.org.uk/security: "an application key … used in
// conjunction with a secret to sign each URL") and its sample code as described at
// https://stackoverflow.com/questions/57538198: ApplicationKey is appended to the query, the
// URL-decoded path and query are signed with HMAC-SHA1 under the secret, and the base64 digest is
// appended as Signature. The key and secret never appear in an error or a log line: a failure
// names the service's address and status only.
import { createHmac } from 'node:crypto';
import type { LgInformQuery, LgInformSource } from '../app/benchmarks/index.js';
import { DomainError } from '../domain/errors/errors.js';

export class LgInformError extends DomainError {}

export interface LgInformCredentials {
  baseUrl: string;
  key: string;
  secret: string;
}

/** What is signed: the path and query as LG Inform reads them, decoded (`+` is a space). */
export function stringToSign(pathAndQuery: string): string {
  return decodeURIComponent(pathAndQuery.replace(/\+/g, ' '));
}

export function signedPath(path: string, params: URLSearchParams, creds: LgInformCredentials) {
  const withKey = new URLSearchParams(params);
  withKey.set('ApplicationKey', creds.key);
  const unsigned = `${path}?${withKey.toString()}`;
  const signature = createHmac('sha1', creds.secret)
    .update(stringToSign(unsigned), 'utf8')
    .digest('base64');
  return `${unsigned}&Signature=${encodeURIComponent(signature)}`;
}

export function lgInformClient(creds: LgInformCredentials): LgInformSource {
  const base = creds.baseUrl.replace(/\/+$/, '');
  const basePath = new URL(base).pathname.replace(/\/+$/, '');
  return {
    async metricCsv(query: LgInformQuery): Promise<string> {
      const params = new URLSearchParams({
        metricType: String(query.metricType),
        area: query.areas.join(','),
        period: query.period,
        columnGrouping: 'period',
        rowGrouping: 'area',
        'value.valueType': 'raw',
      });
      const path = signedPath(`${basePath}/data.csv`, params, creds);
      let res: Response;
      try {
        res = await fetch(new URL(path, `${new URL(base).origin}/`), {
          signal: AbortSignal.timeout(30_000),
        });
      } catch {
        throw new LgInformError(`could not reach LG Inform at ${base}`);
      }
      if (!res.ok) {
        const hint =
          res.status === 401 || res.status === 403
            ? ': check LGINFORM_KEY and LGINFORM_SECRET'
            : '';
        throw new LgInformError(
          `LG Inform answered ${res.status} for metric ${query.metricType}${hint}`,
        );
      }
      return res.text();
    },
  };
}
