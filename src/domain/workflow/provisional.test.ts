import { describe, expect, it } from 'vitest';
import { provisionalLabel } from './provisional.js';

describe('provisionalLabel', () => {
  it('names what a figure is waiting for, in words', () => {
    expect(provisionalLabel('submitted')).toBe('provisional — awaiting check');
    expect(provisionalLabel('checked')).toBe('provisional — awaiting authorisation');
  });

  it('marks nothing when there is no figure yet or it is authorised', () => {
    expect(provisionalLabel('due')).toBeNull();
    expect(provisionalLabel('authorised')).toBeNull();
  });
});
