"""Generates the pattern of rules/core/patient-identity/person-name-zh-translit.json.

Run from the project root:  python3 scripts/zh-name-pattern/gen_translit.py /path/to/jieba/dict.txt
A transliterated foreign name written without the separating dot (扎克伯格, 毕加索) is a run of
three to six transliteration characters (the set of person-name-zh-foreign) holding at least one
character that is mostly used for transliteration (MARK). Guards: the run may not start or end with
a frequent ordinary word made of such characters (jieba dictionary, MIT: 基金, 东西, 比赛 …) nor
contain laughter (哈哈), nor start with 连/于 (大连…, 位于…). The run stops before a character
that starts a frequent word leaving the set (霍林斯|因为, 安德森|夫人): BREAK, from the same
dictionary. Places, brands and loanwords are dropped by the rule's suppress clause
(rules/lists/zh-name-foreign-nonnames.txt, drugs-zh).
"""
import json, os, re, sys
from common import RULES, char_class as cls, two_char_words, write_pattern
DICT = two_char_words(sys.argv[1])
foreign = json.load(open(os.path.join(RULES, 'person-name-zh-foreign.json'), encoding='utf8'))
T = set(re.match(r'\[([^\]]+)\]', foreign['detector']['pattern']).group(1))
MARK = set('斯尔娜莉妮丝蒂兹茨姆弗赫迪奥琼詹柯鲁佐莱萨塞诺雷勒普乔尼克伯格索拉卡德巴布比毕扎洛莫维纳特霍杰蕾薇黛莎琳娅娃耶汀逊')
MARK &= T
# ordinary words tagged as names by jieba (its nr tag is noisy)
COMMON_NR = set('文明 道德 雷达 谢谢 伯伯 通达 华丽 查明 明朗 明文 古文 托福 斯文 博爱 爱戴 恩爱 文雅 安康 道谢 施恩 希奇 登基 多谢 保姆 豪杰 约莫 休克 多达 勒索 施舍 拜托 赫赫 甘休'.split())
edge = set(COMMON_NR)
edge |= {w for w, f in DICT.items() if all(c in T for c in w) and f >= 300}
# a transliteration character that begins a frequent word whose second character is not one
BREAK = {w for w, f in DICT.items() if w[0] in T and w[1] not in T and '\u4e00' <= w[1] <= '\u9fff' and f >= 3000}
t, m = cls(T), cls(MARK)
brk = '(?:(?!' + '|'.join(sorted(BREAK)) + ')' + t + ')'
words = '|'.join(sorted(edge))
pat = ('(?<!' + t + ')(?![连于])(?!' + t + '{0,6}哈哈)(?!' + words + ')(?=' + t + '{0,7}' + m + ')'
       + brk + '{3,8}(?<!' + words + ')(?!' + brk + ')')
print(len(pat), len(edge), file=sys.stderr)
write_pattern('person-name-zh-translit.json', pat)
