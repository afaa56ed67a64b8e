"""Generates the pattern of rules/core/patient-identity/person-name-zh-general.json.

Run from the project root:  python3 scripts/zh-name-pattern/gen.py /path/to/jieba/dict.txt
The jieba dictionary (MIT) comes from Debian's python3-jieba 0.42.1 (jieba/dict.txt); it is only
read here, for guard words (高兴, 马上, 曾任 …) that start or end with a surname character.
Inputs beside this file: given_set.txt (common given-name characters), extra_right.txt and
extra_left.txt (hand-written guard words), trad.py (traditional forms). The rule file's
detector.pattern is rewritten in place; its examples are the check (scripts/verify-rules.ts).
"""
import sys,collections,os
from common import FUNC, HERE, ROOT, char_class as cls, first_char_gate, given_set, surnames, write_pattern
DICTS=os.path.join(ROOT,'..','shared','corpus','dicts')
JIEBA=sys.argv[1]
T_R=50; T_L=50; T_NR=100; T_A=1500  # jieba frequency cut-offs for guard words (right, left, name-tagged)
G=given_set()
for ch in '唐宋晋鲁豫粤闽': G.discard(ch)
sur=surnames()
EXCL=set('于余向常文安齐易关兰包代宁尚舒纪童毕凌单成曲盛路游管华解时阳应农司古吉车简连项党宫景费冷卫席米全和师商荣桑明封官谈乐南原燕扬劳皮满闻区海')
EXCL|=set('宗桂全楼边和师沙商荣明查麻苑迟封官谈惠乐南班原燕楚扬劳皮盘满闻伊候区海')
single=[s for s in sur if len(s)==1 and s not in EXCL]
compound=[s for s in sur if len(s)==2 and s not in ('东方','长孙','宇文')]
d={}; pos={}
for l in open(JIEBA,encoding='utf8'):
    w,f,p=l.split(); d[w]=int(f); pos[w]=p
extra_right=set(w for l in open(os.path.join(HERE,'extra_right.txt')) if not l.startswith('#') for w in l.split())
right=collections.defaultdict(set); left=collections.defaultdict(set)
S=set(single)
for w,f in d.items():
    if len(w)==2 and w[0] in S and w[1] in G and f>=T_R and (not pos[w].startswith('nr') or f>=T_NR): right[w[0]].add(w[1])
    if len(w)==2 and w[1] in S and f>=T_L and (not pos[w].startswith('nr') or f>=T_NR) and '\u4e00'<=w[0]<='\u9fff': left[w[1]].add(w[0])
for l in open(os.path.join(HERE,'extra_left.txt')):
    for w in l.split():
        if w[1] in S: left[w[1]].add(w[0])
rstr=collections.defaultdict(set)
terms=set(); terms_all=set()
for f in ['zh_medical_terms_thuocl','zh_drugs_qasystem','zh_diseases_qasystem','zh_symptoms_qasystem','zh_checks_qasystem']:
    for l in open(os.path.join(DICTS,f+'.txt'),encoding='utf8'):
        if l.startswith('#'): continue
        t=l.strip().split('\t')[0]
        if not t: continue
        terms_all.add(t)
        for i in range(1,len(t)):
            if t[i] in S and '\u4e00'<=t[i-1]<='\u9fff': left[t[i]].add(t[i-1])
        if len(t)>=4 and 'qasystem' in f and t[0] in S and t[1] in G: rstr[t[0]].add(t[1:3])
for w in extra_right:
    if w[0] in S: right[w[0]].add(w[1])
exec(open(os.path.join(HERE,'trad.py')).read())
TMAP={**SUR,**GIV}
tm=lambda chars:set(chars)|{TMAP[c] for c in chars if c in TMAP}
G|=set(GIV.values())
for s0,t0 in SUR.items():
    if s0 in S and t0 not in S:
        left[t0]=tm(left[s0]); right[t0]=tm(right[s0]); rstr[t0]=set()
        single.append(t0); S.add(t0)
alts=[]; plain=[]
for s in single:
    if right[s] or left[s] or rstr[s]:
        la=[cls(right[s])] if right[s] else []
        la+=sorted(x for x in rstr[s] if x[0] not in right[s])
        alts.append(('(?<!'+cls(left[s])+')' if left[s] else '')+s+('(?!'+'|'.join(la)+')' if la else ''))
    else: plain.append(s)
surn='(?:'+'|'.join(compound+alts+(['['+''.join(plain)+']'] if plain else []))+')'
g=cls(G)
STRONG='刘赵吴郑邓蔡蒋薛邱邹崔谭廖汪姚潘彭曹冯魏袁詹覃聂翟俞阮靳滕邝窦岑晏闫郝龚邵赖傅倪庞樊邢颜殷裴苟戚娄褚缪卞臧邬栾甄巩佘谌冼阚蔺郜'
STRONG+=''.join(SUR[c] for c in STRONG if c in SUR)
rS=collections.defaultdict(set)
for w,f in d.items():
    if len(w)>=2 and w[0] in STRONG and '\u4e00'<=w[1]<='\u9fff' and f>=T_R and (not pos[w].startswith('nr') or f>=T_NR): rS[w[0]].add(w[1])
for w in extra_right:
    if w[0] in STRONG: rS[w[0]].add(w[1])
for s0,t0 in SUR.items():
    if s0 in STRONG: rS[t0]|=tm(rS[s0])
for t in terms_all:
    if len(t)>=2 and t[0] in STRONG and '\u4e00'<=t[1]<='\u9fff': rS[t[0]].add(t[1])
TITLE='(?!医生|大夫|老师|先生|女士|小姐|主任|教授|护士|院长|总|董|经理|同学|阿姨|叔叔|大爷|奶奶|爷爷|某|氏)'
strong_alts=[('(?<!'+cls(left[s])+')' if left[s] else '')+s+'(?!'+cls(rS[s]|FUNC)+')'+TITLE for s in STRONG]
H='(?:(?!'+cls(FUNC)+')\\p{Script=Han})'
strong='(?:'+'|'.join(strong_alts)+')'+H+g+'?'
EX3=[s for s in sur[:200] if len(s)==1 and s in EXCL and s not in '于向常文安时成和明原海南全区代连单解应司古车路管宫景华']
# ambiguous surnames (common words too: 余 易 宁 凌 …) only before two given-name characters, and
# not where the surname and the next character make any dictionary word (易发, 凌晨, 宁波)
rX=collections.defaultdict(set)
for w,f in d.items():
    if len(w)>=2 and w[0] in EX3 and '\u4e00'<=w[1]<='\u9fff' and f>=T_R and (not pos[w].startswith('nr') or f>=T_NR): rX[w[0]].add(w[1])
lX=collections.defaultdict(set)
for w,f in d.items():
    if len(w)==2 and w[1] in EX3 and f>=T_L and (not pos[w].startswith('nr') or f>=T_NR) and '\u4e00'<=w[0]<='\u9fff': lX[w[1]].add(w[0])
for s0 in EX3: left[s0]|=lX[s0]
gX=cls(G-FUNC-set('和成生发心子一文天山学国民'))
ex_alts=[('(?<!'+cls(left[s])+')' if left[s] else '')+s+'(?!'+cls(rX[s]|FUNC)+')' for s in EX3]
ex3='(?:'+'|'.join(ex_alts)+')'+gX+gX
print('EX3',''.join(EX3),file=sys.stderr)
GS='玲婷娟娜芳伟强军杰敏静丽艳霞燕萍涛斌鹏辉磊勇峰琳莉倩颖婧妍雯璐瑶怡欣琪茜蕾薇菲萱涵轩浩昊睿铭鑫淼'
# surname + any character + a typical final given-name character (李连杰, 黄土玲), not where the
# surname and the next character make a dictionary word (高级, 马上)
rA=collections.defaultdict(set)
for w,f in d.items():
    if len(w)>=2 and w[0] in S and '\u4e00'<=w[1]<='\u9fff' and f>=T_A and not pos[w].startswith('nr'): rA[w[0]].add(w[1])
lo_alts=[('(?<!'+cls(left[s])+')' if left[s] else '')+s+'(?!'+cls(rA[s]|FUNC)+')'+TITLE for s in single[:120]]
lonly='(?:'+'|'.join(lo_alts)+')'+H+'['+GS+']'
pat=first_char_gate(set(single)|set(STRONG)|set(EX3)|{c[0] for c in compound})+'(?<![\\d一二两三四五六七八九十几百千万这那每某各本该此哪第])(?<span>'+strong+'|'+ex3+'|'+lonly+'|'+surn+'(?:小(?='+g+'))?'+g+g+'?)'
# not a place or an organisation: 万荣县, 马钢集团, 金杜律师事务所
PLACE_ORG='(?![县市区镇乡村省州路街港湾岛湖]|集团|公司|股份|控股|\\(集团|律师事务所|事务所|银行|证券|基金|大学|学院|中学|小学|医院|酒店|宾馆|饭店|大厦|广场|商场|超市|科技|电器|电子|实业|药业|地产|置业|传媒|影视|文化|体育场|体育馆)'
pat=pat[:-1]+')'+PLACE_ORG
print(len(pat),len(single),sum(len(v) for v in right.values()),sum(len(v) for v in left.values()),file=sys.stderr)
write_pattern('person-name-zh-general.json',pat)
