// A review's written parts, read-only: each question with its answer (or "Not answered yet"),
// then the findings, recommendations and outcome. React escapes the text people wrote.
import { makeStyles, tokens } from '@fluentui/react-components';
import { usePageStyles } from '../../../shared/components/index.js';
import type { DeepDiveView } from '../api/index.js';

const useStyles = makeStyles({
  list: { margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold, marginTop: '12px' },
  detail: { marginLeft: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

export function ReviewText({ review }: { review: DeepDiveView }) {
  const s = useStyles();
  const page = usePageStyles();
  const parts: [string, string, string | null][] = [
    ...review.questions.map((q): [string, string, string | null] => [
      q.question,
      q.answer,
      'Not answered yet.',
    ]),
    ['Findings', review.findings, review.status === 'open' ? 'Not written yet.' : null],
    ['Recommendations', review.recommendations, null],
    ['Outcome', review.outcome, null],
  ];
  return (
    <dl className={s.list}>
      {parts
        .filter(([, text, empty]) => text || empty)
        .map(([term, text, empty]) => (
          <div key={term}>
            <dt className={s.term}>{term}</dt>
            <dd className={text ? s.detail : `${s.detail} ${page.muted}`}>{text || empty}</dd>
          </div>
        ))}
    </dl>
  );
}
