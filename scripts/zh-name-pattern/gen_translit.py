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
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
JIEBA = sys.argv[1]
foreign = json.load(open(os.path.join(ROOT, 'rules', 'core', 'patient-identity', 'person-name-zh-foreign.json'), encoding='utf8'))
T = set(re.match(r'\[([^\]]+)\]', foreign['detector']['pattern']).group(1))
MARK = set('斯尔娜莉妮丝蒂兹茨姆弗赫迪奥琼詹柯鲁佐莱萨塞诺雷勒普乔尼克伯格索拉卡德巴布比毕扎洛莫维纳特霍杰蕾薇黛莎琳娅娃耶汀逊')
MARK &= T
# ordinary words tagged as names by jieba (its nr tag is noisy)
COMMON_NR = set('文明 道德 雷达 谢谢 伯伯 通达 华丽 查明 明朗 明文 古文 托福 斯文 博爱 爱戴 恩爱 文雅 安康 道谢 施恩 希奇 登基 多谢 保姆 豪杰 约莫 休克 多达 勒索 施舍 拜托 赫赫 甘休'.split())
edge = set(COMMON_NR)
for line in open(JIEBA, encoding='utf8'):
    w, f, tag = line.split()
    if len(w) == 2 and all(c in T for c in w) and int(f) >= 300 and not tag.startswith('nr'):
        edge.add(w)
# a transliteration character that begins a frequent word whose second character is not one
BREAK = set()
for line in open(JIEBA, encoding='utf8'):
    w, f, tag = line.split()
    if len(w) == 2 and w[0] in T and w[1] not in T and '\u4e00' <= w[1] <= '\u9fff' and int(f) >= 3000 and not tag.startswith('nr'):
        BREAK.add(w)
cls = lambda chars: '[' + ''.join(sorted(chars)) + ']'
t, m = cls(T), cls(MARK)
brk = '(?:(?!' + '|'.join(sorted(BREAK)) + ')' + t + ')'
words = '|'.join(sorted(edge))
pat = ('(?<!' + t + ')(?![连于])(?!' + t + '{0,6}哈哈)(?!' + words + ')(?=' + t + '{0,7}' + m + ')'
       + brk + '{3,8}(?<!' + words + ')(?!' + brk + ')')
print(len(pat), len(edge), file=sys.stderr)
path = os.path.join(ROOT, 'rules', 'core', 'patient-identity', 'person-name-zh-translit.json')
rule = json.load(open(path, encoding='utf8'))
rule['detector']['pattern'] = pat
open(path, 'w', encoding='utf8').write(json.dumps(rule, ensure_ascii=False, indent=2) + '\n')
