// `golden-thread smoke --site <id|url>`: the tenant smoke test (src/stores/sharepoint/smoke), run by
// a council administrator against a developer tenant before the first real deployment, with the
// same settings the server reads (the store's credential; GT_INSTALL_* if installs are on;
// GT_SP_REST_* for SharePoint REST). Prints the report; exit code 1 when something is missing or
// differs. Installs nothing; removes its scratch list.
import { loadConfig } from '../../platform/config/config.js';
import { installCredential } from '../../platform/credentials/install-credential.js';
import {
  authFromConfig,
  createGraphApi,
  credentialFor,
  formatSmokeReport,
  pnpViewsFactory,
  restAuthFromConfig,
  runSmoke,
  smokeFailed,
  type SmokeReport,
} from '../../stores/sharepoint/index.js';
import type { CliIo } from '../io.js';

export class SmokeFailedError extends Error {}

export async function smokeCommand(
  opts: { site: string },
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
  now: () => Date = () => new Date(),
): Promise<SmokeReport> {
  const config = loadConfig({ store: 'sharepoint', sharepointSite: opts.site }, env);
  const storeCredential = credentialFor(authFromConfig(config));
  const graph = createGraphApi({ baseUrl: config.graphBaseUrl, credential: storeCredential });
  const rest = restAuthFromConfig(config);
  const installing =
    config.nudgeInstallApp ||
    config.installStaticToken !== undefined ||
    config.installCertificatePath !== undefined;
  const report = await runSmoke({
    graph,
    storeCredential,
    site: opts.site,
    manifestId: config.teamsAppId ?? config.entraAppId,
    registrationId: config.entraAppId,
    installCredential: installing
      ? installCredential({
          ...config,
          installClientId: config.installClientId ?? config.entraAppId,
        })
      : undefined,
    rest: rest.auth
      ? (webUrl) =>
          pnpViewsFactory({
            graphBaseUrl: config.graphBaseUrl,
            credential: credentialFor(rest.auth),
          })(webUrl)
      : { why: rest.why },
    now,
  });
  io.out(formatSmokeReport(report));
  if (smokeFailed(report)) throw new SmokeFailedError('the smoke test found problems (above)');
  return report;
}
