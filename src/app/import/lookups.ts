// Services and people named in the file, by id or by the name/email a person would type.
import type { Person, Service } from '../../domain/model/types.js';
import type { Catalogue } from '../catalogue/index.js';

export interface Lookups {
  service(ref: string): Service | null;
  person(ref: string): Person | null;
}

export function makeLookups(cat: Catalogue): Lookups {
  const servicesByName = new Map<string, Service>();
  for (const s of cat.services.values()) servicesByName.set(s.name.trim().toLowerCase(), s);
  const peopleByEmail = new Map<string, Person>();
  for (const p of cat.people.values()) peopleByEmail.set(p.email.trim().toLowerCase(), p);
  return {
    service: (ref) => cat.services.get(ref) ?? servicesByName.get(ref.toLowerCase()) ?? null,
    person: (ref) => cat.people.get(ref) ?? peopleByEmail.get(ref.toLowerCase()) ?? null,
  };
}
