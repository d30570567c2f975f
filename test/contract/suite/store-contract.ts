// The store contract: one suite that every Store runs unchanged (SQLite now, SharePoint through
// Graph later), so both refuse stale writes, filter and audit the same way. After the storage
// tests that botbuilder-js runs against each of its stores (storageBaseTests.js).
import { afterEach, beforeEach, describe } from 'vitest';
import type { Store } from '../../../src/domain/ports/store.js';
import { auditContract } from './contract-audit.js';
import { budgetContract } from './contract-budget.js';
import { changeTokenContract } from './contract-change-token.js';
import type { StoreHolder } from './contract-fixtures.js';
import { meetingStageContract } from './contract-meeting-stage.js';
import { planContract } from './contract-plan.js';
import { proceduresContract } from './contract-procedures.js';
import { qualityContract } from './contract-quality.js';
import { readContract } from './contract-reads.js';
import { risksContract } from './contract-risks.js';
import { writeContract } from './contract-writes.js';

export interface StoreUnderTest {
  store: Store;
  /** Opens a second store over the same data; the suite closes it. */
  twin: () => Store;
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
    let twins: Store[] = [];

    beforeEach(async () => {
      const made = await makeStore();
      holder.store = made.store;
      holder.twin = () => {
        const twin = made.twin();
        twins.push(twin);
        return twin;
      };
      cleanup = made.cleanup;
    });

    afterEach(async () => {
      for (const twin of twins) await twin.close();
      twins = [];
      await cleanup?.();
      cleanup = undefined;
    });

    describe('reads', () => readContract(holder));
    describe('writes', () => writeContract(holder));
    describe('audit', () => auditContract(holder));
    describe('change tokens', () => changeTokenContract(holder));
    describe('meeting stage', () => meetingStageContract(holder));
    describe('plan lists', () => planContract(holder));
    describe('procedures and restatements', () => proceduresContract(holder));
    describe('action plans and spot checks', () => qualityContract(holder));
    describe('risk register', () => risksContract(holder));
    describe('budget lines', () => budgetContract(holder));
  });
}
