// The Teams manifest template, filled with sample values, must validate offline against the official
// schema that @microsoft/app-manifest bundles (the newest version it ships).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_PACKAGE_DIR, fillManifest, validateManifest } from '../../scripts/package-app.js';
import { SAMPLE } from './sample-settings.js';

const template = readFileSync(path.join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8');
const manifest = fillManifest(template, SAMPLE) as Record<string, any>;

function newestBundledVersion(): string {
  const require = createRequire(import.meta.url);
  const dir = path.join(
    path.dirname(require.resolve('@microsoft/app-manifest')),
    'json-schemas',
    'teams',
  );
  const versions = readdirSync(dir)
    .filter((name) => /^v\d+\.\d+$/.test(name))
    .map((name) => name.slice(1).split('.').map(Number) as [number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const newest = versions.at(-1)!;
  return `${newest[0]}.${newest[1]}`;
}

describe('Teams app manifest', () => {
  it('uses the newest manifest schema the offline package bundles', () => {
    const version = newestBundledVersion();
    expect(manifest.manifestVersion).toBe(version);
    expect(manifest.$schema).toContain(`/teams/v${version}/MicrosoftTeams.schema.json`);
  });

  it('validates against the official schema once the placeholders are filled', async () => {
    expect(await validateManifest(manifest)).toEqual([]);
  });

  it('is caught by the schema when a value is wrong (the validation is real)', async () => {
    const broken = fillManifest(template, { ...SAMPLE, botId: 'not-a-guid' });
    const errors = await validateManifest(broken);
    expect(errors.join('\n')).toMatch(/\/bots\/0\/botId/);
  });

  it('fills every placeholder of the template', () => {
    for (const name of ['APP_ID', 'BOT_ID', 'HOST']) expect(template).toContain(`{{${name}}}`);
    expect(JSON.stringify(manifest)).not.toMatch(/\{\{\s*[A-Z_]+\s*\}\}/);
  });

  // groupChat: the bot must be in the meeting's chat for the meeting stage's Get participant check.
  it('has the bot in personal, team and meeting-chat scopes, channel commands in team only', () => {
    const [bot] = manifest.bots;
    expect(bot.botId).toBe(SAMPLE.botId);
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    const titles = (scope: string) =>
      bot.commandLists
        .filter((list: any) => list.scopes.includes(scope))
        .flatMap((list: any) => list.commands.map((c: any) => c.title));
    expect(titles('personal')).toEqual(['my returns', 'status', 'help']);
    expect(titles('team')).toEqual(['post reports here', 'stop posting reports here', 'help']);
  });

  it('has the personal My work tab and the configurable tab with every meeting context', () => {
    const myWork = manifest.staticTabs.find((t: any) => t.entityId === 'my-work');
    expect(myWork).toMatchObject({
      name: 'My work',
      contentUrl: 'https://goldenthread.example.gov.uk/?context=personal',
      scopes: ['personal'],
    });
    const [tab] = manifest.configurableTabs;
    expect(tab.configurationUrl).toBe('https://goldenthread.example.gov.uk/?context=configure');
    expect(tab.scopes).toEqual(['team', 'groupChat']);
    expect(tab.context).toEqual(
      expect.arrayContaining([
        'channelTab',
        'privateChatTab',
        'meetingSidePanel',
        'meetingStage',
        'meetingChatTab',
        'meetingDetailsTab',
      ]),
    );
  });

  it('signs in through the Entra app and asks for the meeting stage consent', () => {
    expect(manifest.webApplicationInfo).toEqual({
      id: SAMPLE.appId,
      resource: `api://goldenthread.example.gov.uk/${SAMPLE.appId}`,
    });
    const names = manifest.authorization.permissions.resourceSpecific.map((p: any) => p.name);
    expect(names).toContain('MeetingStage.Write.Chat');
    // Get participant (the stage's presenter check) needs this RSC permission (Meeting apps APIs).
    expect(names).toContain('OnlineMeetingParticipant.Read.Chat');
    expect(manifest.validDomains).toEqual(['goldenthread.example.gov.uk']);
    expect(manifest.id).toBe(SAMPLE.teamsAppId);
  });
});
