// HTTP is the server's business.
// as: src/app/returns/probe.ts
// reports: boundaries/dependencies
// naming: module source "express"
import 'express';
