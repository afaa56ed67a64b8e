/**
 * Where a consult model may speak at all: a `require` clause (scope: the whole text) of medical words,
 * so advice among friends ("建议你坐地铁去", "you should come to the barbecue, we need more people")
 * stays quiet whatever the model thinks of its phrasing. Written from general vocabulary plus the
 * diagnosis word lists; train-linear measures the model behind it and writes it into the rule.
 */
import type { ContextClause } from '../../src/packs/schema';

export const MEDICAL_ZH: ContextClause = {
  effect: 'require',
  zh: [
    '医院', '医生', '大夫', '就诊', '就医', '门诊', '急诊', '挂号', '复查', '复诊', '化验', '拍片', '片子', '治疗', '手术', '吃药', '服药',
    '服用', '用药', '药物', '药', '吃点', '症状', '发烧', '发热', '低烧', '高烧', '体温', '咳嗽', '咳痰', '鼻塞', '流涕', '嗓子', '喉咙', '头痛',
    '头疼', '头晕', '腹痛', '腹泻', '拉肚子', '恶心', '呕吐', '便秘', '疼', '痛', '痒', '肿', '炎', '感染', '病', '过敏', '皮疹', '湿疹',
    '血压', '血糖', '血常规', '心率', '输液', '打针', '疫苗', '核酸', '抗原', '隔离', '感冒', '流感', '新冠', '阳性', '阴性', '结节', '肺', '肝',
    '胃', '肾', '心脏', '甲状腺', '母乳', '奶粉', '怀孕', '月经', '孕', '产后', '忌口', '多喝水', '住院', '康复', '理疗', '针灸', '中药', '西药',
    '偏方',
  ],
  lists: ['diseases-zh', 'drugs-zh', 'tests-zh', 'departments-zh'],
  scope: 'text',
};

export const MEDICAL_EN: ContextClause = {
  effect: 'require',
  en: [
    'doctor', 'doctors', 'physician', 'hospital', 'clinic', 'gp', 'a&e', 'emergency', 'urgent care',
    'pharmacy', 'pharmacist', 'specialist', 'symptom', 'symptoms', 'pain', 'painful', 'ache', 'aches',
    'fever', 'cough', 'coughing', 'breathing', 'headache', 'dizzy', 'nausea', 'vomiting', 'diarrhea',
    'diarrhoea', 'rash', 'itch', 'itching', 'swelling', 'swollen', 'bleeding', 'infection', 'infected',
    'virus', 'viral', 'bacterial', 'covid', 'flu', 'allergy', 'allergic', 'asthma', 'blood', 'lungs',
    'lung', 'kidney', 'liver', 'skin', 'bone', 'scan', 'x-ray', 'xray', 'ct', 'mri', 'ultrasound', 'ecg',
    'ekg', 'biopsy', 'labs', 'medication', 'medications', 'medicine', 'medicines', 'meds', 'drug', 'drugs',
    'dose', 'dosage', 'mg', 'ml', 'pill', 'pills', 'tablet', 'tablets', 'capsule', 'inhaler', 'cream',
    'ointment', 'antibiotic', 'antibiotics', 'prescription', 'prescribe', 'prescribed', 'treatment',
    'therapy', 'surgery', 'injection', 'vaccine', 'vaccinated', 'isolate', 'isolation', 'quarantine',
    'self-isolate', 'diagnosis', 'disease', 'pregnant', 'pregnancy', 'fluids', 'hydrated', 'physio',
    'physiotherapy', 'follow-up', 'follow up', 'referral',
  ],
  lists: ['diseases-en', 'drugs-en', 'diagnosis-cues-tests-en', 'dx-findings-en', 'dx-measures-en', 'dx-treatments-en'],
  scope: 'text',
};
