// Local mode serves a development sign-in (any caller may say who they are) and a bot that checks
// no Bot Framework token, so it may only listen where nobody else can reach it: the loopback
// interface. Names and literals only; a host name other than `localhost` is not resolved here,
// because what it resolves to can change after the check.
import { isIPv4, isIPv6 } from 'node:net';

export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase();
  if (h === 'localhost') return true;
  if (isIPv4(h)) return h.startsWith('127.');
  const bare = h.startsWith('[') && h.endsWith(']') ? h.slice(1, -1) : h;
  if (!isIPv6(bare)) return false;
  // The URL parser writes every spelling of an IPv6 address in one canonical form, so
  // 0:0:0:0:0:0:0:1 is ::1 and an IPv4-mapped 127.x.y.z is ::ffff:7fxx:yyzz.
  const canonical = new URL(`http://[${bare}]/`).hostname;
  return canonical === '[::1]' || /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(canonical);
}
