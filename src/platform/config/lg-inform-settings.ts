// LG Inform Plus's web service (issue 16, `golden-thread benchmarks fetch`): the council's own
// application key and secret, which sign every request ("Application key … used in conjunction
// with a secret to sign each URL": https://developertools.esd.org.uk/security). Read here once,
// never logged; the base URL moves to a local stand-in in tests.
import { z } from 'zod';

export const lgInformSettings = {
  lgInformUrl: z.string().url().default('https://webservices.esd.org.uk'),
  lgInformKey: z.string().min(1).optional(),
  lgInformSecret: z.string().min(1).optional(),
};

export const LG_INFORM_ENV_NAMES = {
  lgInformUrl: 'LGINFORM_URL',
  lgInformKey: 'LGINFORM_KEY',
  lgInformSecret: 'LGINFORM_SECRET',
} as const;
