export { getMe } from './get-me.js';
export { getDemoPeople, type DemoPerson } from './get-demo-people.js';
export { signIn, signOut } from './sign-in.js';
export { getAuthConfig, type AuthConfig } from './get-auth-config.js';
export { hostTokenSource } from './acquire-token.js';
