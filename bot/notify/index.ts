export { createNotifier, type Notifier, type NotifierOptions } from './notifier.js';
