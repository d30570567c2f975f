// The performance team's set-up: indicators (with their targets), people and roles, corporate
// plans and service plans, the return timetable, the rating scheme, and the reminders that could
// not be delivered. Each section is its own page under #/admin/…; service heads who are not in the
// performance team reach only Service plans (their own).
import { makeStyles, tokens } from '@fluentui/react-components';
import { InfoBar, usePageStyles } from '../../../shared/components/index.js';
import { useSession } from '../../sign-in/index.js';
import { CorporatePlansAdmin } from './corporate-plans-admin.js';
import { IndicatorForm } from './indicator-form.js';
import { IndicatorsAdmin } from './indicators-admin.js';
import { PeopleAdmin } from './people-admin.js';
import { PersonForm } from './person-form.js';
import { PlanApprovalAdmin } from './plan-approval-admin.js';
import { RatingSchemeAdmin } from './rating-scheme-admin.js';
import { ReminderDeliveries } from './reminder-deliveries.js';
import { ServicePlansAdmin } from './service-plans-admin.js';
import { TimetableAdmin } from './timetable-admin.js';
import type { AdminSection } from '../../../app/router.js';

// The sections are the router's (app/router.ts), so a link and the page agree on their names.
export type { AdminSection };

const SECTIONS: [AdminSection, string][] = [
  ['indicators', 'Indicators and targets'],
  ['people', 'People and roles'],
  ['plans', 'Corporate plans'],
  ['service-plans', 'Service plans'],
  ['timetable', 'Timetable'],
  ['rating-scheme', 'Rating scheme'],
  ['plan-approval', 'Action plan approval'],
  ['reminders', 'Reminder deliveries'],
];

const useStyles = makeStyles({
  nav: {
    display: 'flex',
    gap: '16px',
    flexWrap: 'wrap',
    listStyle: 'none',
    padding: 0,
    margin: '0 0 16px',
  },
  link: { color: tokens.colorBrandForegroundLink, padding: '4px 0' },
  current: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
});

export function AdminPage({ section, id }: { section: AdminSection; id?: string }) {
  const styles = useStyles();
  const page = usePageStyles();
  const { me } = useSession();
  // Service heads set up their own service plans; the server shows them only theirs.
  if (me && !me.roles.includes('admin') && section === 'service-plans')
    return (
      <>
        <h1 className={page.h1}>Set-up</h1>
        <ServicePlansAdmin meId={me.id} isAdmin={false} />
      </>
    );
  if (!me?.roles.includes('admin'))
    return (
      <>
        <h1 className={page.h1}>Set-up</h1>
        <InfoBar intent="warning">The set-up is for the performance team.</InfoBar>
      </>
    );
  return (
    <>
      <h1 className={page.h1}>Set-up</h1>
      <nav aria-label="Set-up">
        <ul className={styles.nav}>
          {SECTIONS.map(([key, label]) => (
            <li key={key}>
              <a
                href={`#/admin/${key}`}
                aria-current={key === section ? 'page' : undefined}
                className={key === section ? `${styles.link} ${styles.current}` : styles.link}
              >
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {section === 'indicators' && !id && <IndicatorsAdmin />}
      {section === 'indicators' && id && <IndicatorForm key={id} id={id} />}
      {section === 'people' && !id && <PeopleAdmin meId={me.id} />}
      {section === 'people' && id && <PersonForm key={id} id={id} meId={me.id} />}
      {section === 'plans' && <CorporatePlansAdmin />}
      {section === 'service-plans' && <ServicePlansAdmin meId={me.id} isAdmin />}
      {section === 'timetable' && <TimetableAdmin />}
      {section === 'rating-scheme' && <RatingSchemeAdmin />}
      {section === 'plan-approval' && <PlanApprovalAdmin />}
      {section === 'reminders' && <ReminderDeliveries />}
    </>
  );
}
