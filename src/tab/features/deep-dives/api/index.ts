export * from './deep-dives-api.js';
