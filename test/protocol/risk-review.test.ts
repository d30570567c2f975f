// A risk's owner reviews it in the card (issue 17, "reviews on a timetable"), over real HTTP into
// the real botbuilder adapter: the residual score and the review history change in the store and
// the card refreshes to what was recorded. Someone else is refused in plain words and nothing
// changes; a card from before the review (a stale version) is refused too. The risk and people are
// found in the demo as built for the suite's day (the server's fixed clock).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/app/catalogue/index.js';
import { listRisks, type RiskSummaryView } from '../../src/app/risks/index.js';
import { formatDate, londonDate } from '../../src/domain/periods/index.js';
import { DEMO_PEOPLE_IDS } from '../../src/demo/index.js';
import { FIXED_NOW, startTestServer, type TestServer } from '../support/test-server.js';
import { action, allText, input } from './support/cards.js';
import { startConnector, type Connector } from './support/connector.js';
import { activities, post, teamsUser, type TeamsUser } from './support/teams.js';

let server: TestServer;
let connector: Connector;
let risk: RiskSummaryView;
let owner: TeamsUser;
let stranger: TeamsUser;

const invoke = (u: TeamsUser, verb: string, data: Record<string, unknown>) =>
  connector.invoke(server.url, activities.invoke(u, connector.url, verb, data));
const stored = async () => (await server.deps.store.get('risks', risk.id))!;
const reviewsOf = async () =>
  (await server.deps.store.query('riskReviews')).filter((r) => r.fields.riskId === risk.id);

beforeAll(async () => {
  [server, connector] = await Promise.all([startTestServer(), startConnector()]);
  const cat = await loadCatalogue(server.deps.store);
  const register = await listRisks(server.deps, DEMO_PEOPLE_IDS.admin);
  const isAdmin = (id: string) => !!cat.people.get(id)?.roles.includes('admin');
  // An open risk whose review is overdue, owned by someone outside the performance team.
  risk = register.risks.find((r) => r.reviewState === 'overdue' && !isAdmin(r.owner.id))!;
  expect(risk).toBeTruthy();
  owner = teamsUser(risk.owner.id);
  const other = [...cat.people.values()].find((p) => p.id !== risk.owner.id && !isAdmin(p.id))!;
  stranger = teamsUser(other.id);
  for (const u of [owner, stranger]) await post(server.url, activities.installed(u, connector.url));
});

afterAll(async () => {
  await server?.stop();
  await connector?.close();
});

describe('reviewing a risk in the card', () => {
  it('opens for the owner as the review form, overdue in words', async () => {
    const res = await invoke(owner, 'risk.refresh', { riskCode: risk.code });
    const card = res.body.value;
    expect(allText(card)).toContain(`review date ${formatDate(risk.reviewDate)} (overdue)`);
    expect(allText(card)).toContain(
      `Residual score now: likelihood ${risk.residual.likelihood} × impact ${risk.residual.impact}`,
    );
    expect(input(card, 'residualLikelihood').value).toBe(String(risk.residual.likelihood));
    expect(action(card, 'risk.review').data).toEqual({
      riskCode: risk.code,
      version: risk.version,
    });
    expect(card.refresh.userIds).toEqual([owner.userId]);
  });

  it('refuses someone who is neither the owner nor the performance team; nothing changes', async () => {
    const before = await reviewsOf();
    const res = await invoke(stranger, 'risk.review', {
      riskCode: risk.code,
      version: risk.version,
      residualLikelihood: '1',
      residualImpact: '1',
      commentary: 'Not mine to say',
    });
    const words = allText(res.body.value);
    expect(words).toContain('You cannot review this risk');
    expect(words).toContain('Only the risk’s owner or the performance team may review it.');
    expect(words).toContain('Nothing was changed.');
    expect(action(res.body.value, 'risk.review')).toBeUndefined();
    expect((await stored()).version).toBe(risk.version);
    expect(await reviewsOf()).toHaveLength(before.length);
  });

  it('keeps a bad input under its field and records nothing', async () => {
    const res = await invoke(owner, 'risk.review', {
      riskCode: risk.code,
      version: risk.version,
      residualLikelihood: '2',
      residualImpact: '9',
      commentary: '',
    });
    const words = allText(res.body.value);
    expect(words).toContain('Must be a whole number from 1 to 5');
    expect(words).toContain('Say what has changed since the last review');
    expect(input(res.body.value, 'residualLikelihood').value).toBe('2');
    expect((await stored()).version).toBe(risk.version);
  });

  it('records the owner’s review: the score and history change, the card says what was recorded', async () => {
    const before = await reviewsOf();
    const res = await invoke(owner, 'risk.review', {
      riskCode: risk.code,
      version: risk.version,
      residualLikelihood: '2',
      residualImpact: '3',
      commentary: 'Mitigation *working* <b>well</b>',
    });
    const item = await stored();
    expect(item.fields).toMatchObject({
      residualLikelihood: 2,
      residualImpact: 3,
      residualScore: 6,
    });
    expect(item.fields.reviewDate > londonDate(FIXED_NOW.toISOString())).toBe(true);
    const after = await reviewsOf();
    expect(after).toHaveLength(before.length + 1);
    const added = after.find((r) => !before.some((b) => b.id === r.id))!;
    expect(added.fields).toMatchObject({
      reviewerId: owner.personId,
      residualLikelihood: 2,
      residualImpact: 3,
      commentary: 'Mitigation *working* <b>well</b>',
      date: londonDate(FIXED_NOW.toISOString()),
    });
    const audit = await server.deps.store.audit({ list: 'risks', itemId: risk.id });
    expect(audit.some((e) => e.event === 'risk.reviewed' && e.channel === 'card')).toBe(true);

    const card = res.body.value;
    const words = allText(card);
    expect(words).toContain('Review recorded: likelihood 2 × impact 3 = 6, medium.');
    expect(words).toContain(`Next review ${formatDate(item.fields.reviewDate)}.`);
    expect(words).toContain('Mitigation \\*working\\* &lt;b&gt;well&lt;/b&gt;');
    expect(action(card, 'risk.review')).toBeUndefined();
  });

  it('refuses the card from before the review (a stale version); nothing changes', async () => {
    const now = await stored();
    const count = (await reviewsOf()).length;
    const res = await invoke(owner, 'risk.review', {
      riskCode: risk.code,
      version: risk.version,
      residualLikelihood: '5',
      residualImpact: '5',
      commentary: 'Clicked the old card',
    });
    expect(allText(res.body.value)).toContain(
      'This risk has changed since this card was sent: this is where it stands now. Nothing was changed.',
    );
    expect((await stored()).version).toBe(now.version);
    expect((await stored()).fields.residualScore).toBe(6);
    expect(await reviewsOf()).toHaveLength(count);
  });
});
