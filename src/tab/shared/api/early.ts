// Requests started before React draws anything, so the first page's data is on its way while the
// Teams SDK initialises and sign-in settles (no waterfall: config → SDK → /me → data). A request
// waits until sign-in has said how to authenticate (authSettled), and is used at most once, by
// the first `http.get` of the same path within a few seconds; a failed one is simply asked again.
let settle: () => void = () => {};
const settled = new Promise<void>((resolve) => {
  settle = resolve;
});
const early = new Map<string, Promise<unknown>>();
const KEEP_MS = 15_000;

/** Sign-in knows how requests authenticate (local cookie, or a token source is set). */
export function authSettled(): void {
  settle();
}

export function whenAuthSettled(): Promise<void> {
  return settled;
}

/** Starts GET `path` once authentication is settled; `get` is the plain request. */
export function startEarly(path: string, get: () => Promise<unknown>): void {
  if (early.has(path)) return;
  const pending = settled.then(get);
  pending.catch(() => {});
  early.set(path, pending);
  setTimeout(() => early.delete(path), KEEP_MS);
}

/** The early request for `path`, taken (so only the first caller gets it), or null. */
export function takeEarly(path: string): Promise<unknown> | null {
  const pending = early.get(path);
  if (!pending) return null;
  early.delete(path);
  return pending;
}

/** Someone else signed in: nothing fetched for the previous person may be shown. */
export function dropEarly(): void {
  early.clear();
}
