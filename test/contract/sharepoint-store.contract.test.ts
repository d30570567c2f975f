// The store contract, unchanged, against the SharePoint store on the local Graph emulator: each
// test gets a freshly provisioned site.
import { afterAll, beforeAll } from 'vitest';
import { startGraphEmulator, type GraphEmulator } from '../graph-emulator/index.js';
import { describeStoreContract } from './suite/index.js';
import { emulatedStore, emulatorGraph } from '../graph-emulator/emulated-site.js';
import { openSharePointStore } from '../../src/stores/sharepoint/sharepoint-store.js';

let emulator: GraphEmulator;
beforeAll(async () => {
  emulator = await startGraphEmulator();
});
afterAll(async () => {
  await emulator.close();
});

describeStoreContract('SharePoint through Graph (emulator)', async () => {
  const { store, siteId } = await emulatedStore(emulator);
  return {
    store,
    twin: () => openSharePointStore({ graph: emulatorGraph(emulator), site: siteId }),
    cleanup: () => store.close(),
  };
});
