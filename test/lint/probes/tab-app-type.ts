// The tab takes request and response types from the api contract, not the app.
// as: src/tab/shared/api/probe.ts
// reports: boundaries/dependencies
// naming: to elements of type "app"
import type * as App from '../../../app/deps.js';

export type Probe = typeof App;
