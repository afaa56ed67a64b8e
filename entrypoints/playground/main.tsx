/** Wiring only: load the built-in pack, compile it once, hand an analyze function to the UI. */
import { render } from 'preact';
import { startGuard } from '../../src/content/start-guard';
import { analyze } from '../../src/engine/analyze';
import type { RuleSet } from '../../src/engine/rule-set';
import { preferredLang, type UiLang } from '../../src/i18n';
import { loadBuiltinPackInBrowser } from '../../src/packs/builtin-vite';
import { compileRuleSet } from '../../src/packs/compile-rule-set';
import { formatIssue } from '../../src/packs/pack-issue';
import { Playground, type AnalyzeDraft } from '../../src/ui/playground/Playground';
import './style.css';

function builtinRuleSet(): { ruleSet: RuleSet; problems: string[] } {
  const loaded = loadBuiltinPackInBrowser();
  const problems = loaded.issues.map(formatIssue);
  try {
    // A pack with rule problems still runs its other rules; the banner names the broken ones.
    return { ruleSet: compileRuleSet(loaded.pack ? [loaded.pack] : []), problems };
  } catch (error) {
    return { ruleSet: compileRuleSet([]), problems: [...problems, String(error)] };
  }
}

const { ruleSet, problems } = builtinRuleSet();
const analyzeDraft: AnalyzeDraft = (text, surface, locale) => analyze(text, ruleSet, { surface, locale, explain: true });
// `?lang=zh` picks the first view's language (the demo's screenshots use it).
const asked = new URLSearchParams(location.search).get('lang');
const lang: UiLang = asked === 'zh' || asked === 'en' ? asked : preferredLang(navigator.languages);

render(<Playground analyze={analyzeDraft} initialLang={lang} packProblems={problems} />, document.getElementById('app')!);
// Content scripts cannot run on extension pages, so the playground mounts the same guard itself:
// live highlights, cards and the send gate, exactly as on a supported site. It lives as long as the page.
startGuard(document, new AbortController().signal);
