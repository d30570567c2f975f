import { describe, expect, it } from 'vitest';
import { allowedEvents } from './transition.js';
import {
  aReturn,
  actor,
  admin,
  authoriser,
  collector,
  everyone,
  responsible,
} from '../../../test/support/workflow-fixtures.js';

describe('allowedEvents', () => {
  it.each([
    ['due', collector, ['enter']],
    ['due', admin, ['enter']],
    ['due', responsible, []],
    ['due', authoriser, []],
    ['submitted', collector, []],
    ['submitted', responsible, ['check', 'send-back']],
    ['submitted', authoriser, []],
    ['submitted', admin, []],
    ['checked', responsible, []],
    ['checked', authoriser, ['authorise', 'send-back']],
    ['checked', admin, []],
    ['authorised', everyone, []],
    ['authorised', authoriser, []],
  ] as const)('%s return, %s', (state, who, expected) => {
    expect(allowedEvents(aReturn(state), who)).toEqual(expected);
  });

  it('leaves out check for the person who entered the figure but keeps send-back', () => {
    const enterer = actor('collector-1', { isCollector: true, isResponsible: true });
    expect(allowedEvents(aReturn('submitted'), enterer)).toEqual(['send-back']);
  });

  it('leaves out authorise for the checker but keeps send-back', () => {
    const checker = actor('responsible-1', { isResponsible: true, isAuthoriser: true });
    expect(allowedEvents(aReturn('checked'), checker)).toEqual(['send-back']);
  });

  it('offers nothing to someone with no role', () => {
    expect(allowedEvents(aReturn('due'), actor('someone-else'))).toEqual([]);
  });
});
