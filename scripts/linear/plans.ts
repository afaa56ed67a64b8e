/**
 * The candidate `linear` models `npm run train` trains and gates: for each, its rule, the surfaces it
 * runs on (and learns from), its features (chosen by out-of-fold numbers on dev, see each comment)
 * and the context clauses that keep it quiet where it has nothing to say.
 */
import type { FeatureSpec } from '../../src/detectors/linear/features';
import type { Category, Lang, Surface } from '../../src/engine/types';
import type { ContextClause } from '../../src/packs/schema';
import { CLINICAL_EN, CLINICAL_ZH, COMMERCIAL_EN, COMMERCIAL_ZH, MEDICAL_EN, MEDICAL_ZH } from './gates';

export interface ModelPlan {
  name: string;
  /** The `linear` rule that would use the model, and the surfaces it runs on (and learns from). */
  rule: string;
  surfaces: readonly Surface[];
  category: Category;
  lang: Lang;
  features: Required<FeatureSpec>;
  /** Files off the model's surfaces it also learns from (all their records, as labelled). */
  everyday: readonly string[];
  /** Context clauses of the rule (written into it): where the model may speak at all. */
  context: readonly ContextClause[];
  /** Words for the model's `about`. */
  describe: string;
}

export const PLANS: readonly ModelPlan[] = [
  {
    name: 'consult-zh',
    rule: 'diagnosis/learned-consult-zh',
    surfaces: ['dm', 'reply'],
    category: 'diagnosis',
    lang: 'zh',
    // Characters and character pairs (most Chinese words are two characters): out of fold on dev,
    // 1–2 did better than 1–3 and 1–4, which memorise phrasings.
    features: { features: 'char-ngrams', minN: 1, maxN: 2, hashBits: 20 },
    describe: 'hashed character 1–2-grams',
    // Advice among friends is not a consult.
    everyday: ['weibo_senti_zh', 'weibo_ner_zh'],
    context: [MEDICAL_ZH],
  },
  {
    name: 'consult-en',
    rule: 'diagnosis/learned-consult-en',
    surfaces: ['dm', 'reply'],
    category: 'diagnosis',
    lang: 'en',
    // Words and word pairs ("you should", "i'd recommend", "your x-ray") beat character 1–4-grams
    // out of fold on dev (model alone on dm/reply F1 0.79 against 0.69), and with them.
    features: { features: 'word-ngrams', minN: 1, maxN: 2, hashBits: 20 },
    describe: 'hashed lower-cased word unigrams and bigrams',
    // Without them "you should come to the barbecue, we need more people" scored 0.83.
    everyday: ['tweets_en', 'sms_spam_en'],
    context: [MEDICAL_EN],
  },
  {
    name: 'offensive-zh',
    rule: 'professionalism/learned-offensive-zh',
    // Every dev record judged offensive is a post (COLD comments, Weibo): posts are what it knows.
    // Learning from the consult DMs as well lowered it (model alone, out of fold, F1 0.41 → 0.35).
    surfaces: ['post'],
    category: 'professionalism',
    lang: 'zh',
    // Character 1–2-grams: 1–3 did no better out of fold (alone 0.36 against 0.35, the gain worse)
    // and is half as fast; stronger L2 or fewer epochs moved it by ≤ 0.02.
    features: { features: 'char-ngrams', minN: 1, maxN: 2, hashBits: 20 },
    describe: 'hashed character 1–2-grams',
    everyday: [],
    context: [CLINICAL_ZH],
  },
  {
    name: 'offensive-en',
    rule: 'professionalism/learned-offensive-en',
    // Every dev record judged offensive is a post (tweets, SMS).
    surfaces: ['post'],
    category: 'professionalism',
    lang: 'en',
    // Words and pairs: out of fold on posts, model alone F1 0.18 against 0.16 for character 2–4-grams.
    features: { features: 'word-ngrams', minN: 1, maxN: 2, hashBits: 20 },
    describe: 'hashed lower-cased word unigrams and bigrams',
    everyday: [],
    context: [CLINICAL_EN],
  },
  {
    name: 'advert-zh',
    rule: 'promotion/learned-advert-zh',
    // Adverts come as posts (Weibo campaigns, shops), articles (dealer price items in the news) and
    // replies (hospital adverts inside Q&A answers); the commercial-cue gate keeps textbooks quiet.
    surfaces: ['post', 'reply', 'article'],
    category: 'promotion',
    lang: 'zh',
    // Character 1–2-grams: 1–3 gave the same model alone (0.74 against 0.73) and a worse gain.
    features: { features: 'char-ngrams', minN: 1, maxN: 2, hashBits: 20 },
    describe: 'hashed character 1–2-grams',
    everyday: [],
    context: [COMMERCIAL_ZH],
  },
  {
    name: 'advert-en',
    rule: 'promotion/learned-advert-en',
    // Every dev advert in English is a post (SMS spam, tweets).
    surfaces: ['post'],
    category: 'promotion',
    lang: 'en',
    // Words and pairs: out of fold on posts, model alone F1 0.89 against 0.87 for character 2–4-grams.
    features: { features: 'word-ngrams', minN: 1, maxN: 2, hashBits: 20 },
    describe: 'hashed lower-cased word unigrams and bigrams',
    // AG News as extra negatives (headlines with links are not adverts) made it worse: gain +0.018 → +0.010.
    everyday: [],
    context: [COMMERCIAL_EN],
  },
];
