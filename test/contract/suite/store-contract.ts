// The store contract: one suite that every Store runs unchanged (SQLite now, SharePoint through
// Graph later), so both refuse stale writes, filter and audit the same way. After the storage
// tests that botbuilder-js runs against each of its stores (storageBaseTests.js).
import { afterEach, beforeEach, describe } from 'vitest';
import type { Store } from '../../../src/domain/ports/store.js';
import { auditContract } from './contract-audit.js';
import type { StoreHolder } from './contract-fixtures.js';
import { meetingStageContract } from './contract-meeting-stage.js';
import { planContract } from './contract-plan.js';
import { proceduresContract } from './contract-procedures.js';
import { qualityContract } from './contract-quality.js';
import { readContract } from './contract-reads.js';
import { writeContract } from './contract-writes.js';

export interface StoreUnderTest {
  store: Store;
  cleanup: () => Promise<void>;
}

/** Registers the contract as a `describe` block; `makeStore` gives each test an empty store. */
export function describeStoreContract(
  name: string,
  makeStore: () => Promise<StoreUnderTest>,
): void {
  describe(`Store contract: ${name}`, () => {
    const holder = {} as StoreHolder;
    let cleanup: (() => Promise<void>) | undefined;

    beforeEach(async () => {
      const made = await makeStore();
      holder.store = made.store;
      cleanup = made.cleanup;
    });

    afterEach(async () => {
      await cleanup?.();
      cleanup = undefined;
    });

    describe('reads', () => readContract(holder));
    describe('writes', () => writeContract(holder));
    describe('audit', () => auditContract(holder));
    describe('meeting stage', () => meetingStageContract(holder));
    describe('plan lists', () => planContract(holder));
    describe('procedures and restatements', () => proceduresContract(holder));
    describe('action plans and spot checks', () => qualityContract(holder));
  });
}
