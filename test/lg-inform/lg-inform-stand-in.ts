// A stand-in for LG Inform Plus's web service, on 127.0.0.1 with a free port: GET /data.csv with
// metricType, area (comma-separated), period=latest[:N], rowGrouping=area and columnGrouping=period,
// answered as LG Inform's CSV of one metric by area and period: `area,area label,area long label`
// then one column per period label, one row per area asked for (as LG Inform's own sample scripts
// read it: https://developertools.esd.org.uk/ data tool, "Download").
// Strict where esd is: every call carries ApplicationKey and Signature, the base64 HMAC-SHA1 of the
// URL-decoded path and query up to the Signature under the key's secret
// (https://developertools.esd.org.uk/security; the decoding as esd's sample code does it,
// https://stackoverflow.com/questions/57538198): no key → 401, a key it does not know or a
// signature that does not match → 403, nothing about the secret in any answer. A layout it does not
// serve (no rowGrouping=area / columnGrouping=period) or a period other than latest:N → 400; an
// unknown metric → 404. An area it holds no figures for is a row of blank cells (assumed: LG
// Inform lists every area asked for).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInMetric {
  /** Period labels, oldest first, as LG Inform labels them (`2023/24`). */
  periods: string[];
  /** By GSS code (or LG Inform group id): its label and a cell per period label. */
  areas: Record<string, { label: string; cells: Record<string, string> }>;
}

export interface LgInformStandIn {
  url: string;
  /** The query of every data request that passed the signature check, key and signature left out. */
  requests: Record<string, string>[];
  close(): Promise<void>;
}

const csvCell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

function validSignature(rawUrl: string, secret: string): boolean {
  const at = rawUrl.lastIndexOf('&Signature=');
  if (at < 0) return false;
  const given = Buffer.from(decodeURIComponent(rawUrl.slice(at + '&Signature='.length)), 'base64');
  const signed = decodeURIComponent(rawUrl.slice(0, at).replace(/\+/g, ' '));
  const expected = createHmac('sha1', secret).update(signed, 'utf8').digest();
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function startLgInformStandIn(
  keys: Record<string, string>,
  metrics: Record<number, StandInMetric>,
): Promise<LgInformStandIn> {
  const requests: Record<string, string>[] = [];
  const server: Server = createServer((req, res) => {
    const send = (status: number, body: string, type = 'text/plain') => {
      res.writeHead(status, { 'content-type': `${type}; charset=utf-8` });
      res.end(body);
    };
    const raw = req.url ?? '/';
    const url = new URL(raw, 'http://stand-in');
    if (req.method !== 'GET' || url.pathname !== '/data.csv') return send(404, 'Not found');
    const key = url.searchParams.get('ApplicationKey');
    if (!key || !url.searchParams.get('Signature')) return send(401, 'Sign in or give a key');
    const secret = keys[key];
    if (secret === undefined || !validSignature(raw, secret)) {
      return send(403, 'The signature does not match the request');
    }
    const query = Object.fromEntries(
      [...url.searchParams].filter(([name]) => name !== 'ApplicationKey' && name !== 'Signature'),
    );
    requests.push(query);
    if (query.rowGrouping !== 'area' || query.columnGrouping !== 'period') {
      return send(400, 'This stand-in serves rowGrouping=area&columnGrouping=period only');
    }
    const metric = metrics[Number(query.metricType)];
    if (!metric) return send(404, `No metric type ${query.metricType}`);
    const latest = /^latest(?::(\d+))?$/.exec(query.period ?? '');
    if (!latest) return send(400, `Period "${query.period}" is not latest:N`);
    const periods = metric.periods.slice(-Number(latest[1] ?? 1));
    const lines = [['area', 'area label', 'area long label', ...periods].join(',')];
    for (const code of (query.area ?? '').split(',').filter(Boolean)) {
      const area = metric.areas[code];
      const label = area?.label ?? code;
      const cells = periods.map((p) => area?.cells[p] ?? '');
      lines.push([code, label, label, ...cells].map(csvCell).join(','));
    }
    send(200, `${lines.join('\r\n')}\r\n`, 'text/csv');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
