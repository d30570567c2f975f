// The domain imports the domain.
// as: src/domain/ratings/probe.ts
// reports: nothing
import './four-level.js';
import '../periods/index.js';
