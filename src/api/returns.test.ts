import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FIGURE_REASONS, MAX_COMMENTARY } from '../domain/values/index.js';
import { sendBackReturnBody, submitReturnBody } from './returns.js';

describe('the submit body the server validates with', () => {
  it('reads a figure sent as a number or as text a person typed', () => {
    expect(submitReturnBody.parse({ version: '1', value: 42.5 })).toMatchObject({
      value: 42.5,
      commentary: '',
    });
    expect(
      submitReturnBody.parse({ version: '1', value: '£3,400', forecast: '1,234' }),
    ).toMatchObject({ value: 3400, forecast: 1234 });
    expect(submitReturnBody.parse({ version: '1', value: null })).toMatchObject({ value: null });
  });

  it('refuses "1,23" under value with the parser’s reason, and text over the limits', () => {
    const bad = submitReturnBody.safeParse({ version: '1', value: '1,23' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues).toEqual([
      expect.objectContaining({ path: ['value'], message: FIGURE_REASONS.comma }),
    ]);
    const long = submitReturnBody.safeParse({
      version: '1',
      value: 1,
      commentary: 'x'.repeat(MAX_COMMENTARY + 1),
    });
    expect(long.error?.issues.map((i) => i.path)).toEqual([['commentary']]);
    expect(sendBackReturnBody.safeParse({ version: '1', reason: 'r'.repeat(2001) }).success).toBe(
      false,
    );
  });

  it('still describes itself for the OpenAPI document (a number or text)', () => {
    const schema = z.toJSONSchema(submitReturnBody, { io: 'input' }) as {
      properties: Record<string, unknown>;
    };
    expect(JSON.stringify(schema.properties.value)).toMatch(/number/);
    expect(JSON.stringify(schema.properties.value)).toMatch(/string/);
  });
});
