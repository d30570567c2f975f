import type { Role } from '../../../shared/api/index.js';

const ROLE_NAMES: Record<Role, string> = {
  admin: 'Performance team',
  leadership: 'Leadership Team',
  officer: 'Officer',
};

export function roleNames(roles: readonly Role[]): string {
  return roles.map((r) => ROLE_NAMES[r] ?? r).join(', ');
}
