/**
 * Sample drafts for the playground: realistic things a doctor might type, some risky, some fine.
 * The silent ones matter as much as the loud ones: a self-introduction that names only the
 * hospital, or general health education with a dose, must not be flagged (guidance.md R1, R4).
 */
export const TEXTAREA_SAMPLE = [
  '你这是胆囊炎，先吃头孢三天，还疼的话再来医院找我。',
  '今晚夜班收了个病人：3床王建国，身份证440106198512034522，56岁，凌晨三点还在闹着要出院。',
  '大家好，我是市一医院心内科的医生，平时会在这里分享一些高血压的科普知识。',
].join('\n');

export const EDITABLE_SAMPLE = [
  'Sounds like gallstones, take 400 mg ibuprofen and come and see me if it gets worse.',
  'Long night on the ward: the 56-year-old lady in bed 12 finally went home today.',
  'Hi all, I’m a GP in Leeds. I’ll be posting general tips on getting your winter flu jab.',
].join('\n');
