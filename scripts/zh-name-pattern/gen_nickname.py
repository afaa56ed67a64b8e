"""Generates the pattern of rules/core/patient-identity/person-name-zh-nickname.json.

Run from the project root:  python3 scripts/zh-name-pattern/gen_nickname.py /path/to/jieba/dict.txt
Friends are named by given name or nickname, without a surname, in four shapes that say
"a person" by themselves: a given name before a form of address (宇哥, 美如姐, 厚林兄弟), a handle
after @ that is a given name (//@悦馨:), 小 + one given-name character standing alone (小新), and
whatever follows a word that introduces a nickname (人称兔娘子, 小名叫豆豆).
Characters come from given_set.txt less function characters; a two-character given name may not be
a dictionary word (jieba dictionary, MIT, frequency >= 20: 文明, 平安), and a one-character one may
not make a word with the form of address (帅哥, 大姐) nor with 小 (小明 stays, 小心 does not).
"""
import sys
from common import FUNC, char_class as cls, given_set, two_char_words, write_pattern
GG = given_set() - FUNC
d = two_char_words(sys.argv[1])
H = '\\p{Script=Han}'
g = cls(GG)
words = sorted(w for w, f in d.items() if f >= 20 and w[0] in GG and w[1] in GG)
not_word = '(?!' + '|'.join(words) + ')'
# 帅哥, 大姐, 表姐 …: one character that makes a word with 哥/姐, and common modifiers
not_address = {w[0] for w, f in d.items() if w[1] in '哥姐' and f >= 5} | set('大小老表堂师学帅美靓富阿同男女新旧本该各这那某每其哪')
not_small = {w[1] for w, f in d.items() if w[0] == '小' and f >= 5}
ADDRESS = '哥|姐|兄弟|同学|同志|宝贝'
addressed = ('(?<!' + H + ')(?:' + not_word + g + '{2}(?=' + ADDRESS + ')|' + cls(GG - not_address) + '(?=[哥姐](?!' + H + ')))')
handle = '(?<=@)' + not_word + g + '{2,3}(?=[:\\s@]|$)'
small = '(?<!' + H + ')小' + cls(GG - not_small) + '(?!' + H + ')'
# after a word that introduces a nickname (人称兔娘子, 小名叫豆豆): any two or three characters
named = '(?<=(?:人称|外号|绰号|昵称|网名|小名|乳名|艺名|笔名)(?:叫做?|是)?)(?![叫是为])' + H + '{2,3}(?=[^\\p{Script=Han}]|$|[的很也都就是在])'
pat = '(?<span>' + addressed + '|' + handle + '|' + small + '|' + named + ')'
print(len(pat), len(words), file=sys.stderr)
write_pattern('person-name-zh-nickname.json', pat)
