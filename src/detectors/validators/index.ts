import { calendarDate } from './calendar-date';
import { cnMobile } from './cn-mobile';
import { cnResidentId } from './cn-resident-id';
import { hkId } from './hk-id';
import { iban } from './iban';
import { luhn } from './luhn';
import { nhsNumber } from './nhs-number';
import { notRepeatedDigits } from './not-repeated-digits';
import { twId } from './tw-id';
import type { Validator } from './types';
import { ukNiNumber } from './uk-ni-number';
import { ukPostcode } from './uk-postcode';
import { usSsn } from './us-ssn';

/** Named validators a regex rule may cite (`detector.validator`); one file each, sorted. */
export const VALIDATORS = {
  'calendar-date': calendarDate,
  'cn-mobile': cnMobile,
  'cn-resident-id': cnResidentId,
  'hk-id': hkId,
  iban,
  luhn,
  'nhs-number': nhsNumber,
  'not-repeated-digits': notRepeatedDigits,
  'tw-id': twId,
  'uk-ni-number': ukNiNumber,
  'uk-postcode': ukPostcode,
  'us-ssn': usSsn,
} as const satisfies Record<string, Validator>;

export type ValidatorName = keyof typeof VALIDATORS;
export const VALIDATOR_NAMES = Object.keys(VALIDATORS) as ValidatorName[];
export type { Validator, ValidatorContext } from './types';
