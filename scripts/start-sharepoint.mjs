// `npm run start:sharepoint`: starts the local Graph emulator, provisions a site on it, and starts
// the app with STORE=sharepoint pointing at it (the demo council is seeded into the lists).
import { spawn } from 'node:child_process';

const { startGraphEmulator } = await import('../test/graph-emulator/index.ts');
const { createGraphApi, pnpViewsFactory, provisionSite, staticTokenCredential } =
  await import('../src/stores/sharepoint/index.ts');

const emulator = await startGraphEmulator({ port: Number(process.env.GRAPH_EMULATOR_PORT ?? 0) });
const site = emulator.addSite({ hostname: 'contoso.sharepoint.com', path: '/sites/performance' });
const credential = staticTokenCredential(emulator.token);
const graph = createGraphApi({ baseUrl: emulator.baseUrl, credential });
const report = await provisionSite(graph, site.id, undefined, {
  views: pnpViewsFactory({ graphBaseUrl: emulator.baseUrl, credential }),
});
console.log(
  `Graph emulator on ${emulator.baseUrl}; site ${site.id} provisioned (${report.actions.length} changes)`,
);

const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    STORE: 'sharepoint',
    GRAPH_BASE_URL: emulator.baseUrl,
    GRAPH_STATIC_TOKEN: emulator.token,
    SHAREPOINT_SITE: site.id,
  },
});
const stop = async () => {
  child.kill('SIGTERM');
  await emulator.close();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', async (code) => {
  await emulator.close();
  process.exit(code ?? 0);
});
