export { SessionProvider, useSession, type Session } from './session.js';
export { SignInPicker } from './components/sign-in-picker.js';
export { WhoAmI } from './components/who-am-i.js';
