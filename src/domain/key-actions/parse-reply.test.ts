import { describe, expect, it } from 'vitest';
import { parseKeyActionReply } from './parse-reply.js';

describe('parseKeyActionReply', () => {
  it('reads the code, status, percentage and commentary', () => {
    expect(parseKeyActionReply('KA12 on track 60% planning permission granted')).toEqual({
      ok: true,
      code: 'KA12',
      status: 'on-track',
      percent: 60,
      commentary: 'planning permission granted',
    });
    expect(parseKeyActionReply('wr-ka1 complete 100% done')).toEqual({
      ok: true,
      code: 'WR-KA1',
      status: 'complete',
      percent: 100,
      commentary: 'done',
    });
    expect(parseKeyActionReply('KA3 some risk 40% contractor delayed')).toMatchObject({
      status: 'some-risk',
      percent: 40,
      commentary: 'contractor delayed',
    });
    expect(parseKeyActionReply('KA3: unlikely - funding withdrawn')).toEqual({
      ok: true,
      code: 'KA3',
      status: 'unlikely',
      percent: null,
      commentary: 'funding withdrawn',
    });
    expect(parseKeyActionReply('KA4 not started 0%')).toMatchObject({
      status: 'not-started',
      percent: 0,
    });
    expect(parseKeyActionReply('KA5 done')).toMatchObject({ status: 'complete', percent: 100 });
  });

  it('leaves other messages alone', () => {
    for (const text of [
      'help',
      'my returns',
      'WR04 42.5 fine',
      '42',
      'status WR04',
      'n/a no data',
      'KA12 60% fine',
      'KA12 n/a no survey',
    ]) {
      expect(parseKeyActionReply(text)).toBeNull();
    }
  });

  it('explains what is wrong with anything else', () => {
    const error = (t: string) => {
      const r = parseKeyActionReply(t);
      return r && !r.ok ? r.error : null;
    };
    expect(error('unlikely')).toMatch(/Start with the key action's code/);
    expect(error('on track 60% fine')).toMatch(/code/);
    expect(error('KA12 sideways 60%')).toMatch(/After KA12 say not started, on track/);
    expect(error('KA12 on track 160% x')).toMatch(/160% is not a whole percentage/);
    expect(error('KA12 on track 12.5% x')).toMatch(/12.5% is not a whole percentage/);
    expect(error('KA12 on track 60 x')).toMatch(/with a % sign/);
    expect(error('KA12 complete 80%')).toMatch(/100% complete, not 80%/);
  });
});
