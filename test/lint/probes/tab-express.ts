// The tab runs in a browser.
// as: src/tab/shared/api/probe.ts
// reports: boundaries/dependencies
// naming: module source "express"
import 'express';
