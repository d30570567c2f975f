// Platform code is host-neutral.
// as: src/platform/config/probe.ts
// reports: boundaries/dependencies
// naming: module source "express"
import 'express';
