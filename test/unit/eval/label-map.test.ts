import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { ARCJET_REDACT_LABELS } from '../../../src/cli/eval/peers/arcjet-redact';
import { mapLabel, mapSpans, supportedEntities } from '../../../src/cli/eval/peers/label-map';
import { OPENREDACTION_LABELS } from '../../../src/cli/eval/peers/openredaction';
import { REDACT_PII_LABELS } from '../../../src/cli/eval/peers/redact-pii';
import { REDACTPII_NODE_LABELS } from '../../../src/cli/eval/peers/redactpii-node';
import { REMOVE_PII_LABELS } from '../../../src/cli/eval/peers/remove-pii';
import { SANITIZE_PII_LABELS } from '../../../src/cli/eval/peers/sanitize-pii';
import type { LabelRule } from '../../../src/cli/eval/peers/types';
import { ENTITY_TYPES } from '../../../src/engine/types';

const require = createRequire(import.meta.url);

/** Every rule in a table must name at least one label the peer really emits (catches typos). */
function unusedRules(rules: readonly LabelRule[], emitted: readonly string[]): string[] {
  return rules.filter(([p]) => !emitted.some((l) => (typeof p === 'string' ? p === l : p.test(l)))).map(([p]) => String(p));
}

describe('peer label tables', () => {
  test('map into contract entity types only', () => {
    for (const table of [ARCJET_REDACT_LABELS, OPENREDACTION_LABELS, REDACT_PII_LABELS, REDACTPII_NODE_LABELS, REMOVE_PII_LABELS, SANITIZE_PII_LABELS]) {
      for (const [, entity] of table) expect(ENTITY_TYPES).toContain(entity);
    }
  });

  test('openredaction: its pattern types, by name and by family', async () => {
    const { allPatterns } = (await import('@openredaction/openredaction')) as unknown as { allPatterns: { type: string }[] };
    const types = [...new Set(allPatterns.map((p) => p.type))];
    expect(unusedRules(OPENREDACTION_LABELS, types)).toEqual([]);
    expect(mapLabel(OPENREDACTION_LABELS, 'NAME')).toBe('person-name');
    expect(mapLabel(OPENREDACTION_LABELS, 'PHONE_UK_MOBILE')).toBe('phone');
    expect(mapLabel(OPENREDACTION_LABELS, 'IPV6')).toBe('ip');
    expect(mapLabel(OPENREDACTION_LABELS, 'SOUTH_KOREAN_RRN')).toBe('id-number');
    expect(mapLabel(OPENREDACTION_LABELS, 'ZIP_CODE_US')).toBe('address');
    expect(mapLabel(OPENREDACTION_LABELS, 'TWITTER_USER_ID')).toBe('handle');
    expect(mapLabel(OPENREDACTION_LABELS, 'FEDEX_TRACKING')).toBeUndefined();
    expect(mapLabel(OPENREDACTION_LABELS, 'CRYPTO_TX_HASH')).toBeUndefined();
  });

  test('redact-pii: one rule per redactor it writes, DIGITS and credentials dropped', () => {
    const builtIns = Object.keys(require('redact-pii/lib/built-ins/simple-regexp-patterns') as object);
    const placeholders = [...builtIns.map((k) => k.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()), 'PERSON_NAME'];
    expect(unusedRules(REDACT_PII_LABELS, placeholders)).toEqual([]);
    expect(mapLabel(REDACT_PII_LABELS, 'DIGITS')).toBeUndefined();
    expect(mapLabel(REDACT_PII_LABELS, 'PASSWORD')).toBeUndefined();
    expect(mapLabel(REDACT_PII_LABELS, 'ZIPCODE')).toBe('address');
  });

  test('@cdssnc/sanitize-pii: its default pattern names', async () => {
    const { defaultPatterns } = await import('@cdssnc/sanitize-pii');
    expect(unusedRules(SANITIZE_PII_LABELS, defaultPatterns.map((p) => p.name))).toEqual([]);
    expect(mapLabel(SANITIZE_PII_LABELS, 'drivers_license_ontario')).toBe('id-number');
    expect(mapLabel(SANITIZE_PII_LABELS, 'api_key_gc_notify')).toBeUndefined();
  });

  test('@coffeeandfun/remove-pii: its available types', async () => {
    const { getAvailableTypes } = (await import('@coffeeandfun/remove-pii')) as unknown as { getAvailableTypes(): { type: string }[] };
    expect(unusedRules(REMOVE_PII_LABELS, getAvailableTypes().map((t) => t.type))).toEqual([]);
  });

  test('@arcjet/redact: the labels its placeholders spell out', async () => {
    const { redact } = await import('@arcjet/redact');
    const [redacted] = await redact('a@b.io 555-555-5555 10.0.0.1 4111 1111 1111 1111');
    const labels = [...redacted.matchAll(/<Redacted ([A-Za-z ]+?) #\d+>/g)].map((m) => m[1]!);
    expect(unusedRules(ARCJET_REDACT_LABELS, labels)).toEqual([]);
  });

  test('mapSpans keeps mapped, non-empty spans in our types; supportedEntities lists the table', () => {
    const spans = [
      { start: 0, end: 4, label: 'PERSON_NAME' },
      { start: 5, end: 9, label: 'DIGITS' },
      { start: 9, end: 9, label: 'PHONE_NUMBER' },
    ];
    expect(mapSpans(REDACT_PII_LABELS, spans)).toEqual([{ start: 0, end: 4, entity: 'person-name' }]);
    expect([...supportedEntities(REDACTPII_NODE_LABELS)].sort()).toEqual(['email', 'financial', 'id-number', 'person-name', 'phone']);
  });
});
