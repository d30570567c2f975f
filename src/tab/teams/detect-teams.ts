// Teams shows a tab in an iframe (web and desktop) or in a native web view (mobile). Calling
// app.initialize() anywhere else waits for a host that never answers, so the plain browser would
// hang: we only initialise when a Teams-family host is plausibly around us.
const HOST_PATTERNS = [
  /(^|\.)teams\.microsoft\.com$/,
  /(^|\.)teams\.cloud\.microsoft$/,
  /(^|\.)teams\.live\.com$/,
  /(^|\.)office\.com$/,
  /(^|\.)microsoft365\.com$/,
  /(^|\.)cloud\.microsoft$/,
];

function isTeamsOrigin(origin: string): boolean {
  try {
    const host = new URL(origin).hostname;
    return HOST_PATTERNS.some((p) => p.test(host));
  } catch {
    return false;
  }
}

export function looksLikeTeams(win: Window = window): boolean {
  // Mobile clients inject a native bridge rather than framing the page.
  if ('nativeInterface' in win) return true;
  const framed = win.self !== win.top;
  if (!framed) return false;
  const ancestors = win.location.ancestorOrigins ? Array.from(win.location.ancestorOrigins) : [];
  const candidates = ancestors.length ? ancestors : [win.document.referrer];
  return candidates.some(isTeamsOrigin);
}
