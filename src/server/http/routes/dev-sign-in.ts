// The sign-in-as picker for the demo people, in local mode only (DESIGN.md runtime). In tenant mode
// these routes do not exist, so nobody can claim to be someone else.
import express, { type Router } from 'express';
import { z } from 'zod';
import type { Store } from '../../../domain/ports/store.js';
import { DEV_COOKIE, findPerson } from '../identity.js';
import { ValidationError } from '../../../domain/errors/errors.js';

export function devSignInRouter(store: Store): Router {
  const router = express.Router();
  router.get('/api/dev/people', async (_req, res) => {
    const people = await store.query('people', {}, { orderBy: 'name' });
    res.json(
      people.map((p) => ({
        id: p.id,
        name: p.fields.name,
        jobTitle: p.fields.jobTitle,
        roles: p.fields.roles,
      })),
    );
  });
  router.post('/api/dev/sign-in', async (req, res) => {
    const body = z.object({ person: z.string().min(1).max(320) }).parse(req.body);
    const person = await findPerson(store, body.person);
    if (!person) throw new ValidationError('is not one of the demo people', 'person');
    res.cookie(DEV_COOKIE, person.id, { httpOnly: true, sameSite: 'lax', path: '/' });
    res.json({ id: person.id, name: person.name });
  });
  router.post('/api/dev/sign-out', (_req, res) => {
    res.clearCookie(DEV_COOKIE, { path: '/' });
    res.status(204).end();
  });
  return router;
}
