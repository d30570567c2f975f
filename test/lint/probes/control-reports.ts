// Reports import the app, the domain and document packages.
// as: src/reports/probe.ts
// reports: nothing
import 'docx';
import 'exceljs';
import '../app/deps.js';
import '../domain/ratings/index.js';
