// The server serves the built tab; it does not import its code.
// as: src/server/probe.ts
// reports: boundaries/dependencies
// naming: to elements of type "tab"
import '../tab/shared/format/uk-date.js';
