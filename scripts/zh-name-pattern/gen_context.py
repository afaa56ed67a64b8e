"""Generates the pattern of rules/core/patient-identity/person-name-zh-context.json.

Run from the project root:  python3 scripts/zh-name-pattern/gen_context.py /path/to/jieba/dict.txt
person-name-zh-general leaves out surnames that are also common words (舒, 古, 安, 于 …) and needs no
cue; this rule takes every surname of rules/lists/zh-surnames.txt but only where the grammar says
"a person": (1) right after a cue that introduces one (比如, 和, 给, 导演, 演员, 回复@ …) with the
name closed by punctuation or a particle, or (2) as an item of a list of three or more such names
joined by 、 and closed by punctuation (演员古天乐、刘烨、张家辉). Guards: the surname and the next character may not make a
frequent dictionary word (jieba dictionary, MIT, frequency >= 200: 安全, 古代, 于是), the given-name
characters come from given_set.txt less function characters, and the name may not be followed by a
place or organisation suffix. The rule file's examples are the check (scripts/verify-rules.ts).
"""
import collections, sys
from common import FUNC, char_class as cls, first_char_gate, given_set, surnames, two_char_words, write_pattern
G = given_set()
sur = surnames()
single = [s for s in sur if len(s) == 1]
compound = [s for s in sur if len(s) == 2]
words = collections.defaultdict(set)
for w, f in two_char_words(sys.argv[1]).items():
    if w[0] in single and f >= 200:
        words[w[0]].add(w[1])
g = cls(G - FUNC)
surname = '(?:' + '|'.join(compound + [s + ('(?!' + cls(words[s]) + ')' if words[s] else '') for s in single]) + ')'
name = surname + g + g + '?'
CUE = ('比如|例如|就像|像是|和|跟|与|同|给|对|被|叫|让|请|找|问|嫁给|娶了|认识|见到|遇到|陪|喜欢|爱上|支持|感谢|谢谢|恭喜|致|'
       '导演|主演|歌手|演员|作家|记者|主持人|教练|球星|明星|影星|艺人|同学|朋友|男友|女友|闺蜜|偶像|男神|女神|队长|主席|市长|书记|校长|回复@|//@')
# closed by punctuation, the end, a particle or a verb of saying; not a place or firm (古城区, 米博公司)
CLOSE = '(?=[^\\p{Script=Han}]|$|[的了是在也都和跟吗呢吧啊呀说等、])(?![县市区镇乡村省州路街]|公司|集团|品牌)'
cued = '(?<=(?:' + CUE + '))' + name + CLOSE
item = '(?:' + surname + '\\p{Script=Han}' + g + '?)'
END = '(?![\\p{Script=Han}])'
START = '(?:(?<![\\p{Script=Han}])|(?<=' + CUE + '))'
listed = (START + item + '(?=、' + item + '、' + item + END + ')'
          + '|(?<=' + item + '、)' + item + '(?=、' + item + END + ')'
          + '|(?<=' + item + '、' + item + '、)' + item + END)
# every match starts with a surname: the gate lets V8 skip the cue and list lookbehinds elsewhere
pat = first_char_gate(set(single) | {c[0] for c in compound}) + '(?<span>' + cued + '|' + listed + ')'
print(len(pat), file=sys.stderr)
write_pattern('person-name-zh-context.json', pat)
