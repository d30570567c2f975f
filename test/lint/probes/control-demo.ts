// The demo builds on the domain and the app.
// as: src/demo/probe.ts
// reports: nothing
import '../domain/ratings/index.js';
import '../app/deps.js';
