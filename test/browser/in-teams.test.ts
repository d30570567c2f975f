// The in-Teams code paths, through the teams-js host stand-in against a tenant-mode server: Teams
// SSO tokens (signed by a locally generated key) sign the person in; the theme follows the host
// live; the configurable tab saves its content URL; the side panel shares to the stage (only for
// those Teams lets share: an attendee sees no button, and Teams refuses their share with 1000); on
// the stage the presenter's navigation is what a second viewer sees, and a stage Teams' own share
// icon opened goes to the first presenter who moves it. Who may present is Teams' answer (a Get
// participant stand-in). Every view in every theme is checked with axe-core and photographed.
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { teamsParticipantRoles } from '../../src/server/meetings/teams-participant-roles.js';
import {
  checkTabFrame,
  ensureTabBuilt,
  hostRecord,
  launchChromium,
  openInTeams,
  startFakeEntra,
  tenantServerOptions,
  startTestServer,
  FAKE_TENANT,
  type FakeEntra,
  type HostOptions,
  type TestServer,
} from './support/index.js';
import {
  startParticipantsStandIn,
  type ParticipantsStandIn,
} from './support/meeting-participants.js';

let server: TestServer;
let participants: ParticipantsStandIn;
let browser: Browser;
let entra: FakeEntra;
const problems: Record<string, unknown[]> = {};
const THEMES = ['default', 'dark', 'contrast'] as const;

beforeAll(async () => {
  await ensureTabBuilt();
  entra = await startFakeEntra();
  participants = await startParticipantsStandIn(FAKE_TENANT);
  server = await startTestServer(
    tenantServerOptions(entra),
    teamsParticipantRoles({
      serviceUrl: participants.serviceUrl,
      tenantId: FAKE_TENANT,
      getToken: async () => 'stand-in-bot-token',
    }),
  );
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await participants?.close();
  await entra?.close();
});

/** The person's role in the meeting, told to both Teams stand-ins (the host and the API). */
function inMeeting(meetingId: string, who: string, role: 'Organizer' | 'Presenter' | 'Attendee') {
  participants.setRole(meetingId, who, role);
  return { meetingId, meetingRole: role, userObjectId: who };
}

async function open(
  who: string,
  o: Omit<HostOptions, 'token'>,
): Promise<{ page: Page; tab: Frame }> {
  const context = await browser.newContext({
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: o.width ?? 1280, height: 900 },
  });
  const page = await context.newPage();
  const token = await entra.token({ oid: who });
  const tab = await openInTeams(page, server.url, { ...o, token });
  return { page, tab };
}

async function check(page: Page, tab: Frame, name: string): Promise<void> {
  const found = await checkTabFrame(page, tab, name);
  if (found.length) problems[name] = found;
}

describe('the tab inside Teams (host stand-in)', () => {
  it('signs in with a Teams SSO token and follows the host theme live', async () => {
    const { page, tab } = await open(DEMO_PEOPLE_IDS.leadership, {
      frameContext: 'content',
      theme: 'default',
      tabPath: '/?context=personal#/dashboard',
    });
    await tab.getByRole('heading', { level: 1, name: /^Corporate health: / }).waitFor();
    expect(await tab.getByText(/^Signed in as /).textContent()).toContain('Signed in as');
    expect(await tab.getByRole('button', { name: 'Switch person' }).count()).toBe(0);
    expect((await hostRecord(page)).calls).toContain('authentication.getAuthToken');
    for (const theme of THEMES) {
      await page.evaluate(
        (t) => (window as unknown as { __setTheme(t: string): void }).__setTheme(t),
        theme,
      );
      await tab.locator(`[data-theme="${theme}"]`).waitFor();
      await check(page, tab, `teams-dashboard-${theme}`);
    }
    await page.context().close();
  }, 120_000);

  it('saves the configurable tab with the meeting content URL', async () => {
    const { page, tab } = await open(DEMO_PEOPLE_IDS.admin, {
      frameContext: 'settings',
      theme: 'default',
      tabPath: '/?context=configure',
    });
    await tab.getByRole('heading', { name: 'Add Golden Thread' }).waitFor();
    await page.waitForFunction(
      () => (window as unknown as { __host: { valid: unknown } }).__host.valid === true,
    );
    await page.evaluate(() => (window as unknown as { __save(): void }).__save());
    await page.waitForFunction(
      () => (window as unknown as { __host: { settings: unknown } }).__host.settings !== null,
    );
    const { settings } = await hostRecord(page);
    expect(settings).toMatchObject({
      entityId: 'dashboard',
      contentUrl: 'https://goldenthread.test/?context=meeting#/dashboard',
    });
    await check(page, tab, 'teams-configure-default');
    await page.context().close();
  }, 60_000);

  it('lists the exceptions in the side panel and shares the dashboard to the stage', async () => {
    const meetingId = 'meeting-side-panel';
    for (const theme of THEMES) {
      const { page, tab } = await open(DEMO_PEOPLE_IDS.leadership, {
        frameContext: 'sidePanel',
        theme,
        ...inMeeting(meetingId, DEMO_PEOPLE_IDS.leadership, 'Organizer'),
        width: 320,
        tabPath: '/?context=meeting#/dashboard',
      });
      await tab.getByRole('list', { name: 'Exceptions to discuss' }).waitFor();
      await check(page, tab, `teams-side-panel-${theme}`);
      if (theme === 'default') {
        await tab.getByRole('button', { name: 'Share to stage' }).click();
        await tab.getByText('Shared to the stage').waitFor();
        const { shared } = await hostRecord(page);
        expect(shared[0]).toMatch(
          /^https:\/\/goldenthread\.test\/\?context=meeting#\/dashboard\?period=/,
        );
        // Authorised figures only, said at the top; a leader who includes provisional figures
        // shares the stage on the same basis.
        await tab.getByText(/^Only authorised figures are counted/).waitFor();
        await tab.getByRole('switch', { name: 'Include provisional figures' }).click();
        await tab.getByText(/^Provisional figures are included/).waitFor();
        await tab.getByRole('button', { name: 'Share to stage' }).click();
        await expect
          .poll(async () => (await hostRecord(page)).shared[1])
          .toMatch(/provisional=include/);
        // Photographed once the button is back from busy, as the leader then sees it.
        await expect
          .poll(() => tab.getByRole('button', { name: 'Share to stage' }).isEnabled())
          .toBe(true);
        await check(page, tab, 'teams-side-panel-provisional');
      }
      await page.context().close();
    }
  }, 120_000);

  it('offers an attendee no share button, and Teams refuses their share with 1000', async () => {
    const meetingId = 'meeting-attendee';
    const { page, tab } = await open(DEMO_PEOPLE_IDS.escalationOwner, {
      frameContext: 'sidePanel',
      theme: 'default',
      ...inMeeting(meetingId, DEMO_PEOPLE_IDS.escalationOwner, 'Attendee'),
      width: 320,
      tabPath: '/?context=meeting#/dashboard',
    });
    await tab.getByRole('list', { name: 'Exceptions to discuss' }).waitFor();
    await tab
      .getByText('The organiser and presenters can put the dashboard on the stage.')
      .waitFor();
    expect(await tab.getByRole('button', { name: 'Share to stage' }).count()).toBe(0);
    expect((await hostRecord(page)).calls).toContain(
      'meeting.getAppContentStageSharingCapabilities',
    );
    // The stand-in is as strict as Teams: asked over the SDK's own protocol, it refuses an
    // attendee's share with error 1000, whatever the tab shows.
    const reply = await tab.evaluate(
      (host) =>
        new Promise<unknown>((resolve) => {
          window.addEventListener('message', (e) => {
            if (e.data?.id === 424242) resolve(e.data.args);
          });
          window.parent.postMessage(
            {
              id: 424242,
              uuidAsString: 'probe',
              func: 'meeting.shareAppContentToStage',
              args: ['https://goldenthread.test/', {}],
            },
            host,
          );
        }),
      'https://teams.microsoft.com',
    );
    expect((reply as [{ errorCode: number }, unknown])[0].errorCode).toBe(1000);
    expect((await hostRecord(page)).refused).toEqual(['https://goldenthread.test/']);
    await check(page, tab, 'teams-side-panel-attendee');
    await page.context().close();
  }, 60_000);

  it("shows the presenter's navigation to everyone on the stage", async () => {
    const meetingId = 'meeting-stage';
    const presenter = await open(DEMO_PEOPLE_IDS.leadership, {
      frameContext: 'sidePanel',
      theme: 'default',
      ...inMeeting(meetingId, DEMO_PEOPLE_IDS.leadership, 'Organizer'),
      width: 320,
    });
    await presenter.tab.getByRole('button', { name: 'Share to stage' }).click();
    await presenter.tab.getByText('Shared to the stage').waitFor();
    const [stageUrl] = (await hostRecord(presenter.page)).shared;
    const stagePath = stageUrl!.replace('https://goldenthread.test', '');
    await presenter.page.context().close();

    const lead = await open(DEMO_PEOPLE_IDS.leadership, {
      frameContext: 'meetingStage',
      theme: 'default',
      ...inMeeting(meetingId, DEMO_PEOPLE_IDS.leadership, 'Organizer'),
      appSharing: true,
      width: 1920,
      tabPath: stagePath,
    });
    const viewer = await open(DEMO_PEOPLE_IDS.escalationOwner, {
      frameContext: 'meetingStage',
      theme: 'dark',
      ...inMeeting(meetingId, DEMO_PEOPLE_IDS.escalationOwner, 'Attendee'),
      appSharing: true,
      tabPath: '/?context=meeting#/dashboard',
    });
    await lead.tab.getByText('You are presenting').waitFor();
    await viewer.tab.getByText(/^Following .*'s screen\.$/).waitFor();
    await check(lead.page, lead.tab, 'teams-stage-default');
    await check(viewer.page, viewer.tab, 'teams-stage-dark');

    // The presenter opens an exception; the viewer's stage follows within a few polls.
    const first = lead.tab
      .getByRole('region', { name: /^Exceptions/ })
      .getByRole('link')
      .first();
    const code = (await first.textContent())!;
    await first.focus();
    await lead.page.keyboard.press('Enter');
    await lead.tab.getByRole('heading', { level: 1, name: new RegExp(`^${code} `) }).waitFor();
    await viewer.tab
      .getByRole('heading', { level: 1, name: new RegExp(`^${code} `) })
      .waitFor({ timeout: 10_000 });
    await check(viewer.page, viewer.tab, 'teams-stage-indicator-dark');
    await lead.page.context().close();
    await viewer.page.context().close();

    const contrast = await open(DEMO_PEOPLE_IDS.escalationOwner, {
      frameContext: 'meetingStage',
      theme: 'contrast',
      ...inMeeting(meetingId, DEMO_PEOPLE_IDS.escalationOwner, 'Attendee'),
      appSharing: true,
      tabPath: '/?context=meeting#/dashboard',
    });
    await contrast.tab.getByRole('heading', { level: 1 }).waitFor();
    await contrast.tab
      .locator('[role=progressbar]')
      .first()
      .waitFor({ state: 'detached' })
      .catch(() => {});
    await check(contrast.page, contrast.tab, 'teams-stage-contrast');
    await contrast.page.context().close();
    expect(problems).toEqual({});
  }, 120_000);

  it("gives a stage Teams' own share icon opened to the first presenter who moves it", async () => {
    const meetingId = 'meeting-native-share';
    const attendee = await open(DEMO_PEOPLE_IDS.escalationOwner, {
      frameContext: 'meetingStage',
      theme: 'default',
      ...inMeeting(meetingId, DEMO_PEOPLE_IDS.escalationOwner, 'Attendee'),
      appSharing: true,
      tabPath: '/?context=meeting#/dashboard',
    });
    await attendee.tab.getByText('Waiting for a presenter to move the stage.').waitFor();
    // An attendee's moves stay their own: the server refuses them the stage.
    expect(await attendee.tab.getByRole('navigation', { name: 'Month' }).count()).toBe(0);
    const chair = await open(DEMO_PEOPLE_IDS.leadership, {
      frameContext: 'meetingStage',
      theme: 'default',
      ...inMeeting(meetingId, DEMO_PEOPLE_IDS.leadership, 'Presenter'),
      appSharing: true,
      width: 1920,
      tabPath: '/?context=meeting#/dashboard',
    });
    await chair.tab.getByText('Nobody is presenting yet: move the stage to present it.').waitFor();
    const before = await chair.tab
      .getByRole('heading', { level: 1, name: /^Corporate health: / })
      .textContent();
    await chair.tab.getByRole('button', { name: 'Previous month' }).click();
    await chair.tab.getByText('You are presenting').waitFor();
    // The chair's own heading moves when the earlier month's figures arrive, not on the click.
    await expect
      .poll(() => chair.tab.getByRole('heading', { level: 1 }).textContent())
      .not.toBe(before);
    const heading = await chair.tab.getByRole('heading', { level: 1 }).textContent();
    await attendee.tab.getByText(/^Following .*'s screen\.$/).waitFor({ timeout: 10_000 });
    await attendee.tab.getByRole('heading', { level: 1, name: heading! }).waitFor();
    await check(chair.page, chair.tab, 'teams-stage-native-share-1920');
    await chair.page.context().close();
    await attendee.page.context().close();
    expect(problems).toEqual({});
  }, 120_000);
});
