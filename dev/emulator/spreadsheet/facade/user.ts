// Base.User, as Protection.getEditors and Spreadsheet.getOwner answer it.
import { KIND } from '../../kind';

export class UserFacade {
  readonly [KIND] = 'User';

  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }
  toString(): string {
    return this.email;
  }
}

/** An email from a string or a User. */
export function emailOf(v: unknown): string {
  if (typeof v === 'string') return v.trim().toLowerCase();
  if (v && typeof (v as { getEmail?: unknown }).getEmail === 'function') {
    return String((v as { getEmail(): string }).getEmail()).toLowerCase();
  }
  return String(v).toLowerCase();
}
