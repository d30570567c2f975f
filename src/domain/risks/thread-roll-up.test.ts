import { describe, expect, it } from 'vitest';
import type { RiskLevel, RiskStatus } from '../model/types.js';
import { rollUpRisks, threatens, type RiskMatrix, type ThreadRisk } from './index.js';

const risk = (
  objectiveIds: string[],
  l: RiskLevel,
  i: RiskLevel,
  status: RiskStatus = 'open',
  actions: { keyActionIds?: string[]; projectIds?: string[] } = {},
): ThreadRisk => ({
  objectiveIds,
  keyActionIds: actions.keyActionIds ?? [],
  projectIds: actions.projectIds ?? [],
  status,
  residualLikelihood: l,
  residualImpact: i,
});

describe('the worked examples at the top of thread-roll-up.ts', () => {
  const CR01 = risk(['P1.1', 'P1.2'], 4, 4);
  const CR02 = risk(['P1.1'], 3, 3, 'treated');
  const CR03 = risk(['P1.2'], 5, 5, 'closed');
  const register = [CR01, CR02, CR03];

  it('counts the open risks on an objective, with the highest score, its band and the escalations', () => {
    expect(rollUpRisks(register, { objectiveIds: ['P1.1'] })).toEqual({
      count: 2,
      aboveTolerance: 1,
      highest: { score: 16, band: 'very high' },
      words: '2 open risks, highest 16 (very high), 1 above tolerance',
    });
  });

  it('leaves a closed risk out, even the highest', () => {
    expect(rollUpRisks(register, { objectiveIds: ['P1.2'] })).toEqual({
      count: 1,
      aboveTolerance: 1,
      highest: { score: 16, band: 'very high' },
      words: '1 open risk, highest 16 (very high), 1 above tolerance',
    });
  });

  it('counts a risk on two objectives of one priority once', () => {
    const p1 = rollUpRisks(register, { objectiveIds: ['P1.1', 'P1.2'] });
    expect(p1.count).toBe(2);
    expect(p1.aboveTolerance).toBe(1);
    expect(p1.words).toBe('2 open risks, highest 16 (very high), 1 above tolerance');
  });

  it('says so when nothing threatens the part', () => {
    expect(rollUpRisks(register, { objectiveIds: ['P2.1'] })).toEqual({
      count: 0,
      aboveTolerance: 0,
      highest: null,
      words: 'No open risks',
    });
    expect(rollUpRisks([], { objectiveIds: [] }).words).toBe('No open risks');
  });
});

describe('key actions and corporate projects', () => {
  const onAction = risk(['P1.1'], 2, 3, 'open', { keyActionIds: ['KA1'] });
  const onProject = risk(['P1.1'], 3, 5, 'open', { projectIds: ['KA2'] });
  const onBoth = risk(['P2.1'], 2, 2, 'open', { keyActionIds: ['KA2'], projectIds: ['KA2'] });

  it('are threatened when a risk names them as a key action or as a project', () => {
    expect(threatens(onAction, { keyActionId: 'KA1' })).toBe(true);
    expect(threatens(onProject, { keyActionId: 'KA2' })).toBe(true);
    expect(threatens(onProject, { keyActionId: 'KA1' })).toBe(false);
    // Serving the same objective is not threatening the action.
    expect(threatens(onAction, { keyActionId: 'KA2' })).toBe(false);
  });

  it('count a risk naming one both ways once', () => {
    expect(rollUpRisks([onAction, onProject, onBoth], { keyActionId: 'KA2' })).toEqual({
      count: 2,
      aboveTolerance: 1,
      highest: { score: 15, band: 'high' },
      words: '2 open risks, highest 15 (high), 1 above tolerance',
    });
  });
});

describe('a council’s own matrix', () => {
  it('bands and escalates by its own numbers', () => {
    const rag: RiskMatrix = {
      bands: [
        { name: 'amber', from: 1 },
        { name: 'red', from: 8 },
      ],
      tolerance: 7,
    };
    const r = rollUpRisks([risk(['O1'], 2, 4), risk(['O1'], 2, 3)], { objectiveIds: ['O1'] }, rag);
    expect(r.words).toBe('2 open risks, highest 8 (red), 1 above tolerance');
    // Under the default matrix the same score is neither escalated nor red.
    expect(rollUpRisks([risk(['O1'], 2, 4)], { objectiveIds: ['O1'] }).words).toBe(
      '1 open risk, highest 8 (medium)',
    );
  });
});
