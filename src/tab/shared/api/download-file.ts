// The one way the tab downloads a file from the API (reports, Excel). A plain link cannot carry the
// Entra bearer token (tenant mode), so the file is fetched with the same headers as every other
// call (or the local sign-in cookie) and handed to the browser as a blob with its server-given name.
// A refusal becomes an ApiError carrying the server's message, for the page to show.
import { ApiError, authHeaders, type ApiErrorBody } from './http.js';

export interface DownloadedFile {
  filename: string;
  size: number;
}

async function getFile(path: string): Promise<Response> {
  const send = async (fresh: boolean) =>
    fetch(path, { credentials: 'same-origin', headers: await authHeaders(fresh) });
  const res = await send(false);
  // As in http.ts: a cached token can expire on the way; ask once for a fresh one.
  if (res.status === 401 && (await authHeaders()).Authorization) return send(true);
  return res;
}

/** `attachment; filename="quarterly-2025-26-q2.docx"` → the name, or null. */
export function filenameOf(disposition: string | null): string | null {
  const m = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition ?? '');
  if (!m?.[1]) return null;
  const name = decodeURIComponent(m[1]).trim();
  // Only a plain file name: never a path the browser might be asked to honour.
  return /^[^/\\]+$/.test(name) ? name : null;
}

/** Hands a blob to the browser as a download named `filename`. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: the browser reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Fetches `path` and saves it; throws ApiError with the server's message when refused. */
export async function downloadFile(path: string, fallbackName: string): Promise<DownloadedFile> {
  const res = await getFile(path);
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as ApiErrorBody | null;
    throw new ApiError(
      res.status,
      body ?? { error: 'http', message: `The server answered ${res.status}` },
    );
  }
  const blob = await res.blob();
  const filename = filenameOf(res.headers.get('Content-Disposition')) ?? fallbackName;
  saveBlob(blob, filename);
  return { filename, size: blob.size };
}
