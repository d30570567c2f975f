// Top navigation: plain links (a navigation landmark, aria-current on the page you are on).
import { makeStyles, tokens } from '@fluentui/react-components';
import { hrefFor, type Route } from './router.js';

const useStyles = makeStyles({
  list: { display: 'flex', gap: '4px', listStyle: 'none', margin: 0, padding: 0, flexWrap: 'wrap' },
  link: {
    display: 'inline-block',
    padding: '8px 12px',
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    borderBottom: '3px solid transparent',
    // The hover pair together: in Teams' contrast theme the hover background is bright cyan.
    ':hover': {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      color: tokens.colorNeutralForeground1Hover,
    },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
    // Windows high contrast draws a Canvas-coloured backplate behind text, so HighlightText on a
    // Highlight hover background left the label invisible: there, hover is an outline instead.
    '@media (forced-colors: active)': {
      ':hover': {
        backgroundColor: 'Canvas',
        color: 'LinkText',
        outline: '2px solid Highlight',
      },
    },
  },
  current: {
    borderBottomColor: tokens.colorCompoundBrandStroke,
    fontWeight: tokens.fontWeightSemibold,
  },
});

const ITEMS: { label: string; route: Route; pages: Route['page'][] }[] = [
  { label: 'My work', route: { page: 'my-work' }, pages: ['my-work'] },
  { label: 'Dashboard', route: { page: 'dashboard' }, pages: ['dashboard'] },
  {
    label: 'Golden thread',
    route: { page: 'golden-thread' },
    pages: ['golden-thread', 'indicator'],
  },
  { label: 'Strategy map', route: { page: 'strategy-map' }, pages: ['strategy-map'] },
  { label: 'Reports', route: { page: 'reports' }, pages: ['reports'] },
  { label: 'Risks', route: { page: 'risks', filters: {} }, pages: ['risks', 'risk'] },
  { label: 'Spot checks', route: { page: 'spot-checks' }, pages: ['spot-checks'] },
  { label: 'Deep dives', route: { page: 'deep-dives' }, pages: ['deep-dives'] },
];

// The Leadership Team's own dashboard: shown to those who may read it (the API says 403 to others).
const STRATEGIC_ITEM = {
  label: 'Strategic',
  route: { page: 'strategic' } as Route,
  pages: ['strategic'] as Route['page'][],
};

const ADMIN_ITEM = {
  label: 'Admin',
  route: { page: 'admin', section: 'indicators' } as Route,
  pages: ['admin'] as Route['page'][],
};

// Service heads and service-plan owners who are not admins reach only their service plans.
const SERVICE_PLANS_ITEM = {
  label: 'Service plans',
  route: { page: 'admin', section: 'service-plans' } as Route,
  pages: ['admin'] as Route['page'][],
};

export function TopNav({
  current,
  isAdmin = false,
  isLeader = false,
  mayPlanServices = false,
}: {
  current: Route;
  isAdmin?: boolean;
  isLeader?: boolean;
  mayPlanServices?: boolean;
}) {
  const styles = useStyles();
  // Beside the monthly dashboard, where a leader looks for it.
  const base =
    isAdmin || isLeader ? [ITEMS[0]!, ITEMS[1]!, STRATEGIC_ITEM, ...ITEMS.slice(2)] : ITEMS;
  const items = isAdmin
    ? [...base, ADMIN_ITEM]
    : mayPlanServices
      ? [...base, SERVICE_PLANS_ITEM]
      : base;
  return (
    <nav aria-label="Main">
      <ul className={styles.list}>
        {items.map((item) => {
          const here = item.pages.includes(current.page);
          return (
            <li key={item.label}>
              <a
                href={hrefFor(item.route)}
                aria-current={here ? 'page' : undefined}
                className={here ? `${styles.link} ${styles.current}` : styles.link}
              >
                {item.label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
