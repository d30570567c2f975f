// Imported first by main.tsx: ES modules run in import order, so the early requests go as soon as
// the script has loaded, before React and Fluent UI are evaluated (a few hundred ms on a stage).
import { startEarly } from './app/start-early.js';

startEarly();
