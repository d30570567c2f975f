// Directorates, Cabinet portfolios and services of the demo council, with who heads, checks,
// collects and authorises in each. Portfolio holders are invented councillors shown as text only,
// as they are not staff and never sign in.
import type { Directorate, Portfolio, Service } from '../domain/model/types.js';
import { demoId } from './ids.js';
import { personId, type DirectorateKey } from './people.js';

export const SERVICE_KEYS = ['WR', 'PL', 'EH', 'RB', 'CD', 'FP', 'HS', 'ED', 'LC'] as const;
export type ServiceKey = (typeof SERVICE_KEYS)[number];

const PORTFOLIO_KEYS = ['environment', 'growth', 'resources', 'housing', 'leader'] as const;
type PortfolioKey = (typeof PORTFOLIO_KEYS)[number];

interface DirectorateSpec {
  name: string;
  director: number;
  /** Head of service: authorises local indicators. */
  head: number;
}

export const DIRECTORATE_SPECS: Record<DirectorateKey, DirectorateSpec> = {
  place: { name: 'Place and Environment', director: 2, head: 5 },
  resources: { name: 'Resources and Customer', director: 3, head: 6 },
  communities: { name: 'Communities and Housing', director: 4, head: 7 },
};

const PORTFOLIO_SPECS: Record<PortfolioKey, Omit<Portfolio, 'id'>> = {
  environment: { name: 'Environment and Climate Change', holder: 'Cllr R. Pennington-Vale' },
  growth: { name: 'Planning and Economic Growth', holder: 'Cllr S. Marchetti-Dunn' },
  resources: { name: 'Finance and Corporate Resources', holder: 'Cllr D. Oyelaran-Frost' },
  housing: { name: 'Housing, Health and Wellbeing', holder: 'Cllr H. Castleford' },
  leader: { name: 'Leader: Strategy and Customer Services', holder: 'Cllr T. Wrexley-Amos' },
};

export interface ServiceSpec {
  name: string;
  directorate: DirectorateKey;
  portfolio: PortfolioKey;
  /** Service manager: heads the service and is the Responsible Officer for its indicators. */
  manager: number;
  /** Collection Officer for its indicators. */
  collector: number;
}

export const SERVICE_SPECS: Record<ServiceKey, ServiceSpec> = {
  WR: {
    name: 'Waste and Recycling',
    directorate: 'place',
    portfolio: 'environment',
    manager: 8,
    collector: 15,
  },
  PL: {
    name: 'Planning and Building Control',
    directorate: 'place',
    portfolio: 'growth',
    manager: 9,
    collector: 16,
  },
  EH: {
    name: 'Environmental Health and Licensing',
    directorate: 'place',
    portfolio: 'environment',
    manager: 9,
    collector: 17,
  },
  RB: {
    name: 'Revenues and Benefits',
    directorate: 'resources',
    portfolio: 'resources',
    manager: 10,
    collector: 18,
  },
  CD: {
    name: 'Customer and Digital Services',
    directorate: 'resources',
    portfolio: 'leader',
    manager: 11,
    collector: 19,
  },
  FP: {
    name: 'Finance and People',
    directorate: 'resources',
    portfolio: 'resources',
    manager: 12,
    collector: 20,
  },
  HS: {
    name: 'Housing and Homelessness',
    directorate: 'communities',
    portfolio: 'housing',
    manager: 13,
    collector: 21,
  },
  ED: {
    name: 'Economic Development and Regeneration',
    directorate: 'communities',
    portfolio: 'growth',
    manager: 14,
    collector: 22,
  },
  LC: {
    name: 'Leisure and Communities',
    directorate: 'communities',
    portfolio: 'housing',
    manager: 14,
    collector: 23,
  },
};

export interface Organisation {
  directorates: Directorate[];
  portfolios: Portfolio[];
  services: Service[];
  directorateIds: Record<DirectorateKey, string>;
  serviceIds: Record<ServiceKey, string>;
}

function idsFor<K extends string>(
  keys: readonly K[],
  list: 'directorates' | 'portfolios' | 'services',
): Record<K, string> {
  return Object.fromEntries(keys.map((k, i) => [k, demoId(list, i + 1)])) as Record<K, string>;
}

export function buildOrganisation(): Organisation {
  const dirKeys = Object.keys(DIRECTORATE_SPECS) as DirectorateKey[];
  const directorateIds = idsFor(dirKeys, 'directorates');
  const portfolioIds = idsFor(PORTFOLIO_KEYS, 'portfolios');
  const serviceIds = idsFor(SERVICE_KEYS, 'services');
  return {
    directorateIds,
    serviceIds,
    directorates: dirKeys.map((k) => ({
      id: directorateIds[k],
      name: DIRECTORATE_SPECS[k].name,
      directorId: personId(DIRECTORATE_SPECS[k].director),
    })),
    portfolios: PORTFOLIO_KEYS.map((k) => ({ id: portfolioIds[k], ...PORTFOLIO_SPECS[k] })),
    services: SERVICE_KEYS.map((k) => {
      const s = SERVICE_SPECS[k];
      return {
        id: serviceIds[k],
        name: s.name,
        directorateId: directorateIds[s.directorate],
        portfolioId: portfolioIds[s.portfolio],
        headId: personId(s.manager),
      };
    }),
  };
}
