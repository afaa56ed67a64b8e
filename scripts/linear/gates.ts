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

/**
 * Where a chat model of offence (profanity, insults, sexual talk learnt from everyday posts) must stay
 * quiet: text that reads clinical. It never saw a consultation about sexual health or a drug's side
 * effects written rudely, so its opinion there is a guess; the hand-written rules still speak there.
 * Written from general clinical vocabulary; deliberately no bare 病/病人-style insults' roots (神经病,
 * 有病, 精神病 are insults as often as diagnoses).
 */
export const CLINICAL_ZH: ContextClause = {
  effect: 'suppress',
  zh: [
    '患者', '就诊', '门诊', '急诊', '挂号', '复查', '复诊', '化验', '检查结果', '报告单', '血常规', '尿常规', '拍片', '住院', '出院', '手术',
    '用药', '服用', '服药', '剂量', '每日', '每天三次', '口服', '静滴', '输液', '注射', '疫苗', '过敏史', '既往史', '病史', '症状', '咳嗽',
    '发热', '发烧', '体温', '腹泻', '呕吐', '头晕', '血压', '血糖', '心率', '核酸', '抗原', '隔离', '医嘱', '处方', '孕周', '月经', '宝宝',
  ],
  lists: ['drugs-zh', 'tests-zh', 'departments-zh'],
  scope: 'text',
};

export const CLINICAL_EN: ContextClause = {
  effect: 'suppress',
  en: [
    'patient', 'patients', 'clinic', 'appointment', 'symptom', 'symptoms', 'diagnosis', 'diagnosed', 'prescribed', 'prescription',
    'medication', 'medications', 'dose', 'dosage', 'mg', 'ml', 'tablet', 'tablets', 'fever', 'cough', 'infection', 'inflammation',
    'blood pressure', 'blood test', 'scan', 'x-ray', 'biopsy', 'surgery', 'vaccine', 'allergy', 'allergic', 'doctor', 'physician',
    'treatment', 'therapy', 'chronic', 'pregnancy', 'pregnant',
  ],
  lists: ['drugs-en', 'diagnosis-cues-tests-en'],
  scope: 'text',
};

/**
 * Where a model of adverts may speak: text with a commercial cue (a price, a deal, a shop, a way to
 * buy, win or get in touch). A textbook, a clinical note or a consult has none, so the model, which
 * reads all of a text's words, cannot flag one for sounding like the copy it learnt from.
 * Written from general knowledge of Chinese and English retail, SMS and campaign language.
 */
export const COMMERCIAL_ZH: ContextClause = {
  effect: 'require',
  zh: [
    '价格', '售价', '报价', '原价', '特价', '低价', '优惠', '折扣', '打折', '折起', '促销', '团购', '秒杀', '包邮', '限时', '抢购', '购买', '订购',
    '下单', '选购', '热销', '热卖', '出售', '销售', '经销商', '专卖', '旗舰店', '商城', '网店', '淘宝', '天猫', '京东', '门店', '到店', '专柜',
    '现车', '试驾', '现房', '楼盘', '开盘', '均价', '首付', '代理', '加盟', '招商', '官网', '网址', '链接', '下载', '扫码', '二维码', '微信',
    '公众号', '热线', '电话', '致电', '咨询', '预约', '报名', '名额', '转发', '抽奖', '中奖', '奖品', '大奖', '赠送', '免费', '送', '红包',
    '福利', '活动', '会员', '积分', '粉丝', '关注', '新品', '上市', '品牌', '套餐', '课程', '招生', '培训', '根治', '治愈', '疗程', '特效',
    '现货', '发货', '代购', '批发', '零售', '正品', '货到付款', '售后', '保修', '客服', '店铺', '小店', '掌柜', '亲们', '产品', '规格',
    '上线', '光临', '品尝', '招牌', '必备', '看过来', '推荐', '元', '块钱', '万元', '￥', '¥', 'http', 'www', '.com', 'qq',
  ],
  scope: 'text',
};

export const COMMERCIAL_EN: ContextClause = {
  effect: 'require',
  en: [
    'free', 'win', 'won', 'winner', 'winning', 'prize', 'prizes', 'claim', 'offer', 'offers', 'discount', 'sale', 'deal', 'deals', 'buy',
    'order', 'shop', 'store', 'price', 'cheap', 'cash', 'reward', 'voucher', 'vouchers', 'coupon', 'gift', 'bonus', 'delivery',
    'subscribe', 'subscription', 'unsubscribe', 'opt out', 'call', 'txt', 'text', 'reply', 'www', 'http', '.com', 'click', 'visit',
    'download', 'promo', 'code', 'limited', 'exclusive', 'guaranteed', 'per min', 'per week', 'mobile', 'ringtone', 'tone', 'chat',
    'dating', 'member', 'members', 'membership', 'join', 'entry', 'competition', 'contest', 'giveaway', 'urgent', 'award', 'selected',
    'customer', 'service', 'camera', 'holiday', 'tickets', '£', '$', '%', 'p/min', 'pobox', 'po box',
  ],
  scope: 'text',
};
