// Entity rules (data only). roles.json: per language (ISO 639-1), the titles and roles written in
// front of names ("Presiden", "Duta Besar", "Mr.") that are never part of a name. Each list is
// sorted by code point with no duplicates (test/unit/entities/roles-data.test.ts).
import roles from './roles.json';

export type RoleLists = Record<string, readonly string[]>;

export const ROLES: RoleLists = roles;
