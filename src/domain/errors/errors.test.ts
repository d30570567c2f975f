// Each host maps errors by class (API status, bot reply, CLI exit), so the classes must keep their
// names, their fields and their place under DomainError.
import { describe, expect, it } from 'vitest';
import {
  ConfirmationRequiredError,
  ConflictError,
  DomainError,
  ValidationError,
  WorkflowError,
} from './errors.js';

describe('domain errors', () => {
  it('a validation error names every field that was wrong', () => {
    const one = new ValidationError('must be a number', 'value');
    expect(one.problems).toEqual([{ field: 'value', message: 'must be a number' }]);
    expect(one.message).toBe('value: must be a number');
    const many = new ValidationError([
      { field: 'rows[3].period', message: 'unknown period' },
      { field: 'rows[7].actual', message: 'not a number' },
    ]);
    expect(many.message).toBe('rows[3].period: unknown period; rows[7].actual: not a number');
    expect(many.name).toBe('ValidationError');
    expect(many).toBeInstanceOf(DomainError);
  });

  it('a conflict carries the current version, a workflow refusal its code', () => {
    expect(new ConflictError('changed by someone else', 'v7').currentVersion).toBe('v7');
    expect(new ConflictError('gone').currentVersion).toBeNull();
    const refused = new WorkflowError('you entered this figure', 'separation-of-duties');
    expect([refused.code, refused.name]).toEqual(['separation-of-duties', 'WorkflowError']);
  });

  it('a confirmation request asks its question about one field', () => {
    const q = new ConfirmationRequiredError('Is 73,390 right?', 'value');
    expect([q.message, q.field, q.question]).toEqual([
      'Is 73,390 right?',
      'value',
      'Is 73,390 right?',
    ]);
  });
});
