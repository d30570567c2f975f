// Which update a report counts for its period: the latest accepted one ending within the period,
// or why there is none (not submitted, waiting for a check, not due on the action's timetable).
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../app/settings.js';
import type { KeyAction, KeyActionUpdate } from '../../domain/model/types.js';
import { parsePeriod } from '../../domain/periods/index.js';
import { datedUpdatesByAction, progressAt } from './key-action-progress.js';

const action = (updateFrequency: KeyAction['updateFrequency']) =>
  ({ id: 'ka1', updateFrequency }) as KeyAction;

const update = (periodKey: string, state: KeyActionUpdate['state'], percent = 10) =>
  ({
    id: `${periodKey}-${state}`,
    keyActionId: 'ka1',
    periodKey,
    state,
    status: state === 'due' ? null : 'on-track',
    outcome: state === 'due' ? null : 'as-expected',
    percentComplete: state === 'due' ? null : percent,
    commentary: '',
  }) as KeyActionUpdate;

const settings = (keyActionUpdatesNeedCheck: boolean) => ({
  ...DEFAULT_SETTINGS,
  keyActionUpdatesNeedCheck,
});

const at = (a: KeyAction, list: KeyActionUpdate[], period: string, check = false) =>
  progressAt(a, datedUpdatesByAction(list).get('ka1') ?? [], parsePeriod(period), settings(check));

describe('progressAt', () => {
  it('counts the quarter’s own update, and an earlier one only as context', () => {
    const list = [update('2025/26 Q1', 'submitted', 20), update('2025/26 Q2', 'submitted', 40)];
    const q2 = at(action('quarterly'), list, '2025/26 Q2');
    expect(q2.counted?.update.percentComplete).toBe(40);
    expect(q2.previous?.update.percentComplete).toBe(20);
    const q3 = at(action('quarterly'), list, '2025/26 Q3');
    expect(q3.counted).toBeNull();
    expect(q3.missing).toBe('not-submitted');
    expect(q3.previous?.update.percentComplete).toBe(40);
  });

  it('takes the latest monthly update within a quarter, and a half-year update at its end', () => {
    const months = [update('2025-10', 'submitted', 5), update('2025-11', 'submitted', 15)];
    expect(at(action('monthly'), months, '2025/26 Q3').counted?.update.percentComplete).toBe(15);
    const half = [update('2025/26 H1', 'submitted', 50)];
    expect(at(action('half-yearly'), half, '2025/26 Q2').counted?.update.percentComplete).toBe(50);
    const q1 = at(action('half-yearly'), half, '2025/26 Q1');
    expect(q1.counted).toBeNull();
    expect(q1.missing).toBe('not-due');
    expect(at(action('half-yearly'), [], '2025/26 Q2').missing).toBe('not-submitted');
  });

  it('counts only checked updates when the council asks for checks', () => {
    const list = [update('2025/26 Q2', 'submitted')];
    expect(at(action('quarterly'), list, '2025/26 Q2').counted).not.toBeNull();
    const waiting = at(action('quarterly'), list, '2025/26 Q2', true);
    expect(waiting.counted).toBeNull();
    expect(waiting.missing).toBe('not-checked');
    const checked = at(action('quarterly'), [update('2025/26 Q2', 'checked')], '2025/26 Q2', true);
    expect(checked.counted).not.toBeNull();
  });

  it('never counts an update still due', () => {
    const due = at(action('quarterly'), [update('2025/26 Q2', 'due')], '2025/26 Q2');
    expect(due.counted).toBeNull();
    expect(due.missing).toBe('not-submitted');
  });
});
