// Reports render documents; serving them is the server's business.
// as: src/reports/probe.ts
// reports: boundaries/dependencies
// naming: module source "express"
import 'express';
