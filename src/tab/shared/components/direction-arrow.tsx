// Direction of travel (DESIGN.md, Ratings): an arrow for the eye, the words for everyone else.
import type { CSSProperties } from 'react';
import type { Direction, DirectionOfTravel } from '../api/index.js';

const ARROW: Record<Direction, string> = {
  improving: '↑',
  worsening: '↓',
  'no-change': '→',
  'not-comparable': '–',
};

const WORDS: Record<Direction, string> = {
  improving: 'improving',
  worsening: 'worsening',
  'no-change': 'no change',
  'not-comparable': 'not comparable',
};

function One({
  direction,
  against,
  shortLabel,
  showLabel,
}: {
  direction: Direction;
  against: string;
  shortLabel: string;
  showLabel: boolean;
}) {
  const text = `${WORDS[direction]} against ${against}`;
  return (
    <span title={text}>
      <span aria-hidden="true">
        {ARROW[direction]}
        {showLabel ? ` ${shortLabel}` : ''}
      </span>
      <span style={visuallyHidden}>{text}</span>
    </span>
  );
}

/** Two arrows: against the previous period, then against the same period last year. */
export function DirectionArrows({
  direction,
  labelled = false,
}: {
  direction: DirectionOfTravel;
  labelled?: boolean;
}) {
  return (
    <span style={{ display: 'inline-flex', gap: '0.75em', whiteSpace: 'nowrap' }}>
      <One
        direction={direction.vsPrevious}
        against="the previous period"
        shortLabel="on last period"
        showLabel={labelled}
      />
      <One
        direction={direction.vsLastYear}
        against="the same period last year"
        shortLabel="on last year"
        showLabel={labelled}
      />
    </span>
  );
}

export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};
