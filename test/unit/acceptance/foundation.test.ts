/** The foundation issue's "done when" cases, against the built-in pack. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze';
import type { Category, Surface } from '../../../src/engine/types';
import { builtin } from '../../helpers/builtin';

const { ruleSet } = builtin();
const run = (text: string, surface: Surface = 'post') => analyze(text, ruleSet, { surface });
const warns = (text: string, surface: Surface = 'post') => run(text, surface).filter((f) => f.severity !== 'info');

function expectSpan(text: string, category: Category, span: string, surface: Surface = 'post'): void {
  const start = text.indexOf(span);
  const hit = warns(text, surface).find((f) => f.category === category && f.start <= start && f.end >= start + span.length);
  expect(hit, `${category} covering 「${span}」 in ${text}: ${JSON.stringify(run(text, surface))}`).toBeDefined();
}

describe('found with the right category and span', () => {
  it('a valid 18-digit resident ID', () => expectSpan('患者身份证440106198512034522，明天手术', 'patient-identity', '440106198512034522'));
  it('a CN mobile with spaces', () => expectSpan('刚才那个病人电话139 1234 5678，一直打护士站。', 'patient-identity', '139 1234 5678'));
  it('an NHS number', () => expectSpan('Mr Smith, NHS no. 943 476 5919, refused dialysis again.', 'patient-identity', '943 476 5919'));
  it('a bed number', () => expectSpan('昨晚3床的阿姨又发烧了', 'patient-identity', '3床'));
  it('a named patient with age and ward', () => {
    const text = '心内科12床的患者王建国，56岁，今天又拒绝手术。';
    expectSpan(text, 'patient-identity', '王建国');
    expectSpan(text, 'patient-identity', '12床');
  });
  it('a DM diagnosis with a drug, zh', () => expectSpan('你这是胆囊炎，先吃头孢', 'diagnosis', '胆囊炎', 'dm'));
  it('a DM diagnosis with a dose, en', () => {
    const text = 'sounds like gallstones, take 400 mg ibuprofen';
    expectSpan(text, 'diagnosis', 'gallstones', 'dm');
    expectSpan(text, 'diagnosis', '400 mg ibuprofen', 'dm');
  });
  it('the same diagnosis blocks in a DM and only warns in a public post', () => {
    const text = '看你描述，八成是胆囊炎，不用跑医院了。';
    expect(warns(text, 'dm').find((f) => f.category === 'diagnosis')?.severity).toBe('block');
    expect(warns(text, 'post').find((f) => f.category === 'diagnosis')?.severity).toBe('warn');
  });
});

describe('not found', () => {
  it.each([
    ['an ID with a wrong check digit', '患者身份证440106198512034521，明天手术'],
    ['the emergency number 120', '胸痛伴大汗、持续不缓解，请立即拨打120。'],
    ['a conference date', '第十届心血管大会定于2025年3月5日在广州召开，欢迎参会。'],
    ['a general science post about ibuprofen doses, zh', '布洛芬成人常用剂量为每次200-400mg，每日不超过1200mg，有胃溃疡的人要慎用。'],
    ['a general science post about ibuprofen doses, en', 'Ibuprofen is usually taken as 200–400 mg every 4–6 hours; adults should not exceed 1,200 mg a day without advice.'],
    ['a plain self-introduction', '我是市一院心内科医生，今天科普一下房颤的抗凝。'],
  ])('%s', (_name, text) => {
    expect(warns(text, 'post')).toEqual([]);
  });
});
