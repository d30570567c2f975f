// The invented staff of the demo council: every role the workflow needs (Collection, Responsible
// and Authorising Officers, escalation owners, the performance team, the Leadership Team).
// Names are made up; e-mail addresses use a reserved example domain.
import type { IsoDate, Person, Role } from '../domain/model/types.js';
import { addDaysIso } from './dates.js';
import { demoId } from './ids.js';

export const personId = (n: number): string => demoId('people', n);

/** Demo people by the part they play, so tests and the sign-in-as picker can find them. */
export const DEMO_PEOPLE_IDS = {
  /** Leadership Team: the Chief Executive. */
  leadership: personId(1),
  /** A director: authorises corporate indicators, escalation owner for local ones. */
  escalationOwner: personId(2),
  /** Head of Environmental Services: authorises Place & Environment local indicators. */
  authorisingOfficer: personId(5),
  /** Waste & Recycling Manager: checks the waste indicators. */
  responsibleOfficer: personId(8),
  /** Waste Data Officer: enters the waste returns. */
  collectionOfficer: personId(15),
  /** Performance & Insight Lead. */
  admin: personId(24),
  /** Housing Options Manager, on leave until three weeks after `today`. */
  onLeave: personId(13),
} as const;

export const DIRECTORATE_KEYS = ['place', 'resources', 'communities'] as const;
export type DirectorateKey = (typeof DIRECTORATE_KEYS)[number];

interface PersonSpec {
  n: number;
  name: string;
  jobTitle: string;
  roles: Role[];
  directorate: DirectorateKey | null;
  delegate?: number;
}

const LEAD: Role[] = ['leadership', 'officer'];
const OFFICER: Role[] = ['officer'];
const ADMIN: Role[] = ['admin', 'officer'];

const PEOPLE: PersonSpec[] = [
  {
    n: 1,
    name: 'Helena Marchbank',
    jobTitle: 'Chief Executive',
    roles: LEAD,
    directorate: null,
    delegate: 3,
  },
  {
    n: 2,
    name: 'Gareth Penwarden',
    jobTitle: 'Director of Place and Environment',
    roles: LEAD,
    directorate: 'place',
    delegate: 5,
  },
  {
    n: 3,
    name: 'Anjali Bramwell',
    jobTitle: 'Director of Resources (Section 151 Officer)',
    roles: LEAD,
    directorate: 'resources',
    delegate: 6,
  },
  {
    n: 4,
    name: 'Tobias Ashworth-Reid',
    jobTitle: 'Director of Communities and Housing',
    roles: LEAD,
    directorate: 'communities',
    delegate: 7,
  },
  {
    n: 5,
    name: 'Morwenna Kettering',
    jobTitle: 'Head of Environmental and Regulatory Services',
    roles: OFFICER,
    directorate: 'place',
  },
  {
    n: 6,
    name: 'Devan Ramsbottom',
    jobTitle: 'Head of Finance and Customer Services',
    roles: OFFICER,
    directorate: 'resources',
  },
  {
    n: 7,
    name: 'Siobhan Achterberg',
    jobTitle: 'Head of Housing and Communities',
    roles: OFFICER,
    directorate: 'communities',
  },
  {
    n: 8,
    name: 'Callum Fairweather',
    jobTitle: 'Waste and Recycling Manager',
    roles: OFFICER,
    directorate: 'place',
    delegate: 9,
  },
  {
    n: 9,
    name: 'Rhiannon Petherick',
    jobTitle: 'Planning and Regulatory Services Manager',
    roles: OFFICER,
    directorate: 'place',
  },
  {
    n: 10,
    name: 'Marcus Oduya-Bell',
    jobTitle: 'Revenues and Benefits Manager',
    roles: OFFICER,
    directorate: 'resources',
    delegate: 12,
  },
  {
    n: 11,
    name: 'Fiona Lindqvist',
    jobTitle: 'Customer and Digital Services Manager',
    roles: OFFICER,
    directorate: 'resources',
  },
  {
    n: 12,
    name: 'Owain Birtwistle',
    jobTitle: 'Finance and People Manager',
    roles: OFFICER,
    directorate: 'resources',
  },
  {
    n: 13,
    name: 'Nadia Kowalczyk-Hart',
    jobTitle: 'Housing Options Manager',
    roles: OFFICER,
    directorate: 'communities',
    delegate: 14,
  },
  {
    n: 14,
    name: 'Jerome Tillotson',
    jobTitle: 'Economy and Leisure Manager',
    roles: OFFICER,
    directorate: 'communities',
  },
  {
    n: 15,
    name: 'Keeley Brannigan',
    jobTitle: 'Waste Services Data Officer',
    roles: OFFICER,
    directorate: 'place',
    delegate: 17,
  },
  {
    n: 16,
    name: 'Imran Halloway',
    jobTitle: 'Planning Technical Officer',
    roles: OFFICER,
    directorate: 'place',
  },
  {
    n: 17,
    name: 'Bethan Sowerby',
    jobTitle: 'Environmental Health Support Officer',
    roles: OFFICER,
    directorate: 'place',
  },
  {
    n: 18,
    name: 'Lucas Fenwright',
    jobTitle: 'Revenues and Benefits Performance Officer',
    roles: OFFICER,
    directorate: 'resources',
  },
  {
    n: 19,
    name: 'Zara Pendlebury',
    jobTitle: 'Customer Insight Officer',
    roles: OFFICER,
    directorate: 'resources',
  },
  {
    n: 20,
    name: 'Hamish Cotterell',
    jobTitle: 'HR and Finance Systems Officer',
    roles: OFFICER,
    directorate: 'resources',
  },
  {
    n: 21,
    name: 'Amara Trelawney',
    jobTitle: 'Housing Systems Officer',
    roles: OFFICER,
    directorate: 'communities',
    delegate: 13,
  },
  {
    n: 22,
    name: 'Ellis Nankervis',
    jobTitle: 'Economic Development Officer',
    roles: OFFICER,
    directorate: 'communities',
  },
  {
    n: 23,
    name: 'Poppy Danforth',
    jobTitle: 'Leisure Services Officer',
    roles: OFFICER,
    directorate: 'communities',
  },
  {
    n: 24,
    name: 'Ruth Calloway-Barnes',
    jobTitle: 'Performance and Insight Lead',
    roles: ADMIN,
    directorate: 'resources',
    delegate: 25,
  },
  {
    n: 25,
    name: 'Samuel Okafor-Lyle',
    jobTitle: 'Performance and Insight Officer',
    roles: ADMIN,
    directorate: 'resources',
    delegate: 24,
  },
];

function emailFor(name: string): string {
  const local = name
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .trim()
    .replace(/\s+/g, '.');
  return `${local}@elmstead.example.gov.uk`;
}

export function buildPeople(
  today: IsoDate,
  directorateIds: Record<DirectorateKey, string>,
): Person[] {
  return PEOPLE.map((p) => ({
    id: personId(p.n),
    name: p.name,
    email: emailFor(p.name),
    jobTitle: p.jobTitle,
    roles: [...p.roles],
    delegateId: p.delegate === undefined ? null : personId(p.delegate),
    // One manager is away now, so reminders and approvals have to go to the delegate.
    onLeaveUntil: p.n === 13 ? addDaysIso(today, 21) : null,
    directorateId: p.directorate === null ? null : directorateIds[p.directorate],
  }));
}
