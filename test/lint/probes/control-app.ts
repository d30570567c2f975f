// The app imports the domain, node:crypto and the csv packages.
// as: src/app/returns/probe.ts
// reports: nothing
import 'node:crypto';
import 'csv-parse/sync';
import '../../domain/ratings/index.js';
import '../deps.js';
