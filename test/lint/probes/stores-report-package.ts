// Document packages belong to reports.
// as: src/stores/sqlite/probe.ts
// reports: boundaries/dependencies
// naming: module source "docx"
import 'docx';
