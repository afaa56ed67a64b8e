/** What a validator may know besides the matched text; `now` keeps validators pure and testable. */
export interface ValidatorContext {
  now: Date;
}

/**
 * Confirms a regex candidate (checksum, calendar, allocation). Receives the raw matched text and
 * strips the separators it expects itself.
 */
export type Validator = (value: string, ctx: ValidatorContext) => boolean;
