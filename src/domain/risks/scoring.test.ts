import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/errors.js';
import type { RiskLevel } from '../model/types.js';
import {
  DEFAULT_RISK_MATRIX,
  assertRiskLevel,
  isAboveTolerance,
  parseRiskMatrix,
  readRiskLevel,
  riskBand,
  riskScore,
} from './index.js';

describe('the worked examples at the top of scoring.ts (default matrix, tolerance 12)', () => {
  const EXAMPLES: [RiskLevel, RiskLevel, number, string, boolean][] = [
    [2, 2, 4, 'low', false],
    [1, 5, 5, 'medium', false],
    [4, 3, 12, 'high', false],
    [3, 5, 15, 'high', true],
    [4, 4, 16, 'very high', true],
    [5, 5, 25, 'very high', true],
  ];
  it.each(EXAMPLES)('%i × %i = %i → %s, above tolerance %s', (l, i, score, band, above) => {
    expect(riskScore(l, i)).toBe(score);
    expect(riskBand(score)).toBe(band);
    expect(isAboveTolerance(score)).toBe(above);
  });

  it('puts the band edges where the rule says', () => {
    expect([1, 4, 5, 9, 10, 15, 16, 25].map((s) => riskBand(s))).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'very high',
      'very high',
    ]);
    expect(isAboveTolerance(13)).toBe(true);
  });
});

describe('a council’s own matrix', () => {
  const rag = parseRiskMatrix({
    bands: [
      { name: 'green', from: 1 },
      { name: 'amber', from: 8 },
      { name: 'red', from: 15 },
    ],
    tolerance: 7,
  });

  it('bands and escalates by its own numbers', () => {
    expect(riskBand(7, rag)).toBe('green');
    expect(riskBand(8, rag)).toBe('amber');
    expect(riskBand(20, rag)).toBe('red');
    expect(isAboveTolerance(7, rag)).toBe(false);
    expect(isAboveTolerance(8, rag)).toBe(true);
    // The same score under the default matrix is neither.
    expect(isAboveTolerance(8, DEFAULT_RISK_MATRIX)).toBe(false);
  });

  it('refuses a matrix that is not one, naming each field', () => {
    try {
      parseRiskMatrix({
        bands: [
          { name: 'low', from: 2 },
          { name: '', from: 9 },
          { name: 'high', from: 9 },
        ],
        tolerance: 30,
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).problems.map((p) => p.field)).toEqual([
        'riskMatrix.tolerance',
        'riskMatrix.bands[0].from',
        'riskMatrix.bands[1].name',
        'riskMatrix.bands[2].from',
      ]);
    }
    expect(() => parseRiskMatrix(null)).toThrow(/riskMatrix.bands: must list at least one band/);
  });
});

describe('likelihood and impact', () => {
  it('are whole numbers 1 to 5, typed or sent', () => {
    expect(readRiskLevel('4')).toBe(4);
    expect(readRiskLevel(' 1 ')).toBe(1);
    expect(readRiskLevel(5)).toBe(5);
    for (const bad of [0, 6, 2.5, '3.0', 'high', '', null, undefined]) {
      expect(readRiskLevel(bad)).toBe('must be a whole number from 1 to 5');
    }
  });

  it('are refused naming the field', () => {
    expect(() => assertRiskLevel(7, 'residualImpact')).toThrow(
      'residualImpact: must be a whole number from 1 to 5',
    );
  });
});
