// The risks on a part of the golden thread (issue 17, "in the thread"), in the API's words ("2
// open risks, highest 16 (very high), 1 above tolerance"), as a link to the register filtered to
// that part. Shown only where some open risk threatens it: an empty line on every card would
// hide the ones that matter. The link names its node for a screen reader, who meets it apart
// from the card it sits under.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ThreadNode } from '../../../shared/api/index.js';
import { visuallyHidden } from '../../../shared/components/index.js';
import { hrefFor } from '../../../app/router.js';
import type { ThreadFilterKind } from '../../../app/risk-route.js';

const useStyles = makeStyles({
  link: {
    color: tokens.colorBrandForegroundLink,
    overflowWrap: 'anywhere',
    ':hover': { color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': { outline: `3px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  escalated: { fontWeight: tokens.fontWeightSemibold },
});

const FILTER: Partial<Record<ThreadNode['kind'], ThreadFilterKind>> = {
  priority: 'priority',
  objective: 'objective',
  'key-action': 'keyAction',
};

const NOUN: Partial<Record<ThreadNode['kind'], string>> = {
  priority: 'priority',
  objective: 'objective',
  'key-action': 'key action',
};

/** The register filtered to the node's risks, or null for a node that has none. */
export function threadRisksHref(node: ThreadNode): string | null {
  const kind = FILTER[node.kind];
  if (!kind || !node.risks?.count) return null;
  return hrefFor({ page: 'risks', filters: { thread: { kind, code: node.code } } });
}

export function ThreadRisksLink({ node, className }: { node: ThreadNode; className?: string }) {
  const s = useStyles();
  const href = threadRisksHref(node);
  if (!href || !node.risks) return null;
  const escalated = node.risks.aboveTolerance > 0;
  return (
    <a
      href={href}
      className={mergeClasses(s.link, escalated && s.escalated, className)}
      data-thread-risks={node.code}
    >
      {node.risks.words}
      <span style={visuallyHidden}>
        {' '}
        on {NOUN[node.kind]} {node.code}
      </span>
    </a>
  );
}
