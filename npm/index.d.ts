/** Scrim's detection engine. Offsets are UTF-16 code units, as JavaScript strings index. */

export type Category =
  | 'email' | 'phone' | 'payment_card' | 'bank_account' | 'national_id' | 'credential'
  | 'network' | 'crypto_wallet' | 'person_name' | 'postal_address' | 'date_of_birth'
  | 'confidential' | 'custom';

export interface Policy {
  sensitivity?: 'relaxed' | 'balanced' | 'strict';
  categories?: Partial<Record<Category, boolean>>;
  allowlist?: string[];
  custom_terms?: string[];
  custom_patterns?: { name: string; pattern: string }[];
}

export interface Finding {
  category: Category;
  kind: string;
  start: number;
  end: number;
  text: string;
  score: number;
  reason: string;
  severity: string;
}

/** Placeholders issued and the originals they stand for; keep it local, never send it. */
export interface Vault {
  entries: Record<string, string>;
  counters: Record<string, number>;
}

export interface Replacement {
  placeholder: string;
  original: string;
  start: number;
  end: number;
}

export interface Masked {
  text: string;
  vault: Vault;
  replacements: Replacement[];
}

export interface Restored {
  text: string;
  restored: Replacement[];
}

/** Finds sensitive values in `text`. */
export function scan(text: string, options?: { policy?: Policy }): Finding[];

/**
 * Replaces findings (scanned now unless given) with placeholders such as `[EMAIL_1]`;
 * pass the previous `vault` to keep placeholders stable across calls.
 */
export function mask(
  text: string,
  options?: { policy?: Policy; vault?: Vault | null; findings?: Finding[] },
): Masked;

/** Puts the originals of `vault` back into an answer that quotes its placeholders. */
export function restore(text: string, vault: Vault | null): Restored;

/** `undefined` when `pattern` is a usable custom pattern, else what is wrong with it. */
export function validatePattern(pattern: string): string | undefined;

/** Every kind the engine can report. */
export function kinds(): string[];
