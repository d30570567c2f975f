export { describeStoreContract, type StoreUnderTest } from './store-contract.js';
