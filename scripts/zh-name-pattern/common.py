"""What the zh name-pattern generators share: paths, the given-name characters, the jieba dictionary's
two-character words, character classes and writing a rule's pattern back in place."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
RULES = os.path.join(ROOT, 'rules', 'core', 'patient-identity')
# Function characters: never part of a given name in these patterns.
FUNC = set('一二三四五六七八九十的了是在和也都就不有这那我你他她它们个上下中来去说到时会要能可对而与及或把被给让从向以为于着过吗呢吧啊呀哦嘛么很太更最又还只才再已没')


def given_set():
    """The common given-name characters (given_set.txt)."""
    return set(open(os.path.join(HERE, 'given_set.txt'), encoding='utf8').read().strip())


def surnames():
    """rules/lists/zh-surnames.txt, comments left out."""
    return [l.strip() for l in open(os.path.join(ROOT, 'rules', 'lists', 'zh-surnames.txt'), encoding='utf8') if l.strip() and not l.startswith('#')]


def two_char_words(jieba_dict):
    """Two-character words of the jieba dictionary (MIT) and their frequencies, name-tagged (nr) ones left out."""
    words = {}
    for line in open(jieba_dict, encoding='utf8'):
        w, f, tag = line.split()
        if len(w) == 2 and not tag.startswith('nr'):
            words[w] = int(f)
    return words


def char_class(chars):
    return '[' + ''.join(sorted(chars)) + ']'


def first_char_gate(chars):
    """A lookahead on the characters every match starts with. V8 cannot skip ahead through a
    pattern that opens with a lookbehind and tries it at every position; with this in front it
    tests one character first (person-name-zh-general: 8x faster on the dev corpus, same matches)."""
    return '(?=' + char_class(chars) + ')'


def write_pattern(rule_file, pattern):
    """Rewrites the detector pattern of rules/core/patient-identity/<rule_file> in place."""
    path = os.path.join(RULES, rule_file)
    rule = json.load(open(path, encoding='utf8'))
    rule['detector']['pattern'] = pattern
    open(path, 'w', encoding='utf8').write(json.dumps(rule, ensure_ascii=False, indent=2) + '\n')
