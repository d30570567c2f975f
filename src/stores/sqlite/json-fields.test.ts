import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../domain/errors/errors.js';
import { toFieldsJson } from './json-fields.js';

function problemField(fields: unknown): string | undefined {
  try {
    toFieldsJson(fields);
  } catch (error) {
    if (error instanceof ValidationError) return error.problems[0]?.field;
    throw error;
  }
  return undefined;
}

describe('field values', () => {
  it('names the field holding NaN or Infinity, however deep', () => {
    expect(problemField({ value: Number.NaN })).toBe('value');
    expect(problemField({ forecast: Number.NEGATIVE_INFINITY })).toBe('forecast');
    expect(problemField({ benchmarks: [{ value: 1 }, { value: Number.POSITIVE_INFINITY }] })).toBe(
      'benchmarks[1].value',
    );
    expect(problemField({ profile: { '2025-04': Number.NaN } })).toBe('profile.2025-04');
  });

  it('refuses what JSON would drop or change: undefined, functions, bigint, dates, cycles', () => {
    expect(problemField({ a: undefined })).toBe('a');
    expect(problemField({ f: () => 1 })).toBe('f');
    expect(problemField({ big: 10n })).toBe('big');
    expect(problemField({ when: new Date('2025-04-01') })).toBe('when');
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(problemField({ loop })).toBe('loop.self');
  });

  it('refuses fields that are not an object', () => {
    expect(problemField(null)).toBe('fields');
    expect(problemField([1, 2])).toBe('fields');
    expect(problemField('text')).toBe('fields');
  });

  it('lets any JSON value through unchanged', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (fields) => {
        // fc.jsonValue can produce -0, which JSON writes as 0; compare through JSON both ways.
        expect(JSON.parse(toFieldsJson(fields))).toEqual(JSON.parse(JSON.stringify(fields)));
      }),
    );
  });
});
