// What each service plan commits to: four key actions in the current year and one in each of the
// two years before. Objective codes link them to the corporate plan; an empty list marks
// business as usual.
import type { ServiceKey } from './organisation.js';

export interface KeyActionSpec {
  title: string;
  objectives: string[];
  description?: string;
  /** Reported to the Programme Board. */
  corporateProject?: boolean;
  milestones?: string[];
}

export interface ServiceActions {
  current: [KeyActionSpec, KeyActionSpec, KeyActionSpec, KeyActionSpec];
  /** One each for the year before last and last year. */
  past: [KeyActionSpec, KeyActionSpec];
}

const a = (title: string, ...objectives: string[]): KeyActionSpec => ({ title, objectives });
const withMilestones = (spec: KeyActionSpec, ...milestones: string[]): KeyActionSpec => ({
  ...spec,
  milestones,
});
/** A corporate project: reported to the Programme Board, with a description and milestones. */
const project = (spec: KeyActionSpec, description: string, ...milestones: string[]) => ({
  ...spec,
  description,
  corporateProject: true,
  milestones,
});

export const KEY_ACTIONS: Record<ServiceKey, ServiceActions> = {
  WR: {
    current: [
      project(
        a('Introduce weekly food waste collections to all households', 'P1.1'),
        'Every household gets a kitchen caddy and a weekly collection, meeting the Simpler Recycling duty and lifting the recycling rate towards 55%.',
        'Vehicles and caddies procured',
        'Crews recruited and trained',
        'Phase 1 rounds live (north of the river)',
        'All households collected weekly',
      ),
      a('Re-route collection rounds to cut mileage by 8%', 'P1.1', 'P1.3'),
      a('Replace six refuse vehicles with electric models', 'P1.3'),
      a('Renew the trade waste pricing schedule'),
    ],
    past: [
      a('Roll out new recycling bins to flats', 'P1.1'),
      a('Procure the new vehicle telematics system', 'P1.3'),
    ],
  },
  PL: {
    current: [
      withMilestones(
        a('Adopt the new Local Plan following examination', 'P2.2'),
        'Examination hearings held',
        'Main modifications consulted on',
        'Inspector’s report received',
        'Plan adopted by Full Council',
      ),
      a('Move planning applications onto the new case management system', 'P2.2', 'P5.1'),
      a('Publish a design code for the town centre', 'P2.2', 'P2.3'),
      a('Clear the backlog of building control site inspections'),
    ],
    past: [
      a('Consult on the Local Plan preferred options', 'P2.2'),
      a('Launch the pre-application advice service', 'P2.2'),
    ],
  },
  EH: {
    current: [
      a('Complete the food hygiene inspection recovery programme', 'P4.2'),
      a('Review the statement of licensing policy', 'P4.2'),
      a('Run the private rented sector damp and mould campaign', 'P3.3'),
      a('Deploy enforcement cameras at fly-tipping hotspots', 'P1.2'),
    ],
    past: [
      a('Adopt the new taxi licensing policy', 'P4.2'),
      a('Introduce online licence renewals', 'P5.1'),
    ],
  },
  RB: {
    current: [
      a('Automate change of circumstances processing for Universal Credit', 'P4.3', 'P5.1'),
      a('Launch the council tax support scheme consultation', 'P4.3'),
      a('Run a single person discount review', 'P5.2'),
      a('Move business rates accounts to e-billing', 'P5.1'),
    ],
    past: [
      a('Distribute the household support fund', 'P4.3'),
      a('Introduce council tax e-billing', 'P5.1'),
    ],
  },
  CD: {
    current: [
      a('Launch the new customer portal with single sign-on', 'P5.1'),
      a('Introduce webchat for council tax and waste enquiries', 'P5.1'),
      a('Publish the customer service standards', 'P5.1'),
      a('Replace the telephony platform'),
    ],
    past: [
      a('Redesign the council website', 'P5.1'),
      a('Open the customer service hub at the library', 'P5.1'),
    ],
  },
  FP: {
    current: [
      a('Deliver the medium-term financial strategy savings of £1.2m', 'P5.2'),
      a('Launch the workforce wellbeing programme to reduce sickness', 'P5.3'),
      a('Introduce purchase-to-pay automation for invoices', 'P5.2'),
      a('Complete the annual pay and grading review'),
    ],
    past: [
      a('Close the accounts by the statutory deadline', 'P5.2'),
      a('Introduce the apprenticeship scheme', 'P5.3'),
    ],
  },
  HS: {
    current: [
      a('Open 12 units of council-owned temporary accommodation', 'P3.2'),
      withMilestones(
        a('Start on site at the Brook Lane affordable housing scheme', 'P3.1'),
        'Planning permission granted',
        'Contractor appointed',
        'Start on site',
      ),
      a('Refresh the homelessness and rough sleeping strategy', 'P3.2'),
      a('Bring 20 long-term empty homes back into use', 'P3.3'),
    ],
    past: [
      a('Set up the rough sleeper outreach service', 'P3.2'),
      a('Agree the housing company business plan', 'P3.1'),
    ],
  },
  ED: {
    current: [
      a('Deliver the shopfront improvement grant scheme', 'P2.1', 'P2.3'),
      a('Open the Elmstead enterprise hub', 'P2.1'),
      project(
        a('Complete the market square public realm works', 'P2.3'),
        'Repave and re-light the market square, add seating and planting and make it step-free, funded by the levelling-up grant.',
        'Contractor appointed',
        'Utilities diverted',
        'Paving and lighting complete',
        'Square reopened to the market',
      ),
      a('Run the business support programme for start-ups', 'P2.1'),
    ],
    past: [
      a('Secure levelling-up funding for the town centre', 'P2.3'),
      a('Launch the business newsletter', 'P2.1'),
    ],
  },
  LC: {
    current: [
      a('Refurbish the changing rooms at Elmstead Leisure Centre', 'P4.1'),
      a('Launch the free swimming offer for under-16s', 'P4.1'),
      a('Distribute community grants to voluntary groups', 'P4.3'),
      a('Install solar panels on the leisure centre roof', 'P1.3'),
    ],
    past: [
      a('Re-tender the leisure management contract', 'P4.1'),
      a('Open the new skate park', 'P4.1'),
    ],
  },
};
