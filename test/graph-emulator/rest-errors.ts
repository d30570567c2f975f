// SharePoint REST's error answer in JSON light (what SharePoint Online sends for `Accept:
// application/json`): `{"odata.error":{code,message:{lang,value}}}` with the HTTP status; PnPjs
// reads `message.value` into its HttpRequestError.
import type { GraphResponse } from './errors.js';

export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const invalid = (message: string) =>
  new RestError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message);

export const answer = (status: number, body: unknown): GraphResponse => ({
  status,
  headers: {
    'content-type': 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8',
  },
  body,
});

export function restError(error: RestError): GraphResponse {
  return answer(error.status, {
    'odata.error': { code: error.code, message: { lang: 'en-US', value: error.message } },
  });
}
