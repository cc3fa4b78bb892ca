#!/usr/bin/env python3
"""Extract the Cockpit/Admin/Tasklist labels a locale lacks, and merge their translations back.

The keys come from Camunda's en.json in camunda-webapp-webjar (the version in pom.xml); the project's locale files
live in src/main/resources/META-INF/resources/webjars/camunda/app/<app>/locales/<lang>.json.

  locales.py missing <app> <lang> <out.tsv>        one line per English text still untranslated: n<TAB>English
  locales.py merge   <app> <lang> <translated.tsv> lines n<TAB>translation, n as written by `missing`
  locales.py same    <app> <lang>                  labels still equal to the English text

Each distinct English text is translated once; keys with the same English text get the same translation, and a
text already translated under another key is reused, so one term reads the same everywhere.
"""
import json
import os
import re
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WEBJAR = os.path.expanduser(
    '~/.m2/repository/org/camunda/bpm/webapp/camunda-webapp-webjar/7.24.0/camunda-webapp-webjar-7.24.0.jar')
PLACEHOLDER = re.compile(r'\{\{\s*(\w+)\s*}}')
# Real HTML only: Camunda also writes pseudo-tags such as <definition> as visible text, which may be translated.
TAG = re.compile(r'</?(?:a|b|i|em|strong|br|code|span|p|ul|ol|li|div|pre)\b[^>]*>')


def english(app):
    with zipfile.ZipFile(WEBJAR) as jar:
        text = jar.read(f'META-INF/resources/webjars/camunda/app/{app}/locales/en.json').decode('utf-8-sig')
    return json.loads(text)['labels']


def locale_path(app, lang):
    return os.path.join(ROOT, f'src/main/resources/META-INF/resources/webjars/camunda/app/{app}/locales/{lang}.json')


def missing_texts(en, labels):
    known = {en[k]: v for k, v in labels.items() if k in en}
    texts = []
    for key, text in en.items():
        if key not in labels and text not in known and text not in texts:
            texts.append(text)
    return known, texts


def main(command, app, lang, path=None):
    en = english(app)
    with open(locale_path(app, lang), encoding='utf-8') as f:
        locale = json.load(f)
    labels = locale['labels']
    known, texts = missing_texts(en, labels)
    if command == 'missing':
        with open(path, 'w', encoding='utf-8') as out:
            for n, text in enumerate(texts):
                out.write(str(n) + '\t' + text.replace('\n', '\\n') + '\n')
        print(f'{app} {lang}: {len(texts)} texts for {sum(1 for k in en if k not in labels)} keys -> {path}')
    elif command == 'merge':
        translated = dict(known)
        problems = []
        with open(path, encoding='utf-8') as f:
            for line in f:
                if not line.strip():
                    continue
                n, value = line.rstrip('\n').split('\t', 1)
                source = texts[int(n)]
                value = value.replace('\\n', '\n')
                if sorted(PLACEHOLDER.findall(value)) != sorted(PLACEHOLDER.findall(source)):
                    problems.append(f'{n}: placeholders differ: {source!r} -> {value!r}')
                if sorted(TAG.findall(value)) != sorted(TAG.findall(source)):
                    problems.append(f'{n}: HTML tags differ: {source!r} -> {value!r}')
                if value.strip() and (value[:1].isspace() != source[:1].isspace()
                                      or value[-1:].isspace() != source[-1:].isspace()):
                    problems.append(f'{n}: leading/trailing space differs: {source!r} -> {value!r}')
                translated[source] = value
        if problems:
            sys.exit('\n'.join(problems))
        merged = {k: labels.get(k, translated.get(en[k])) for k in en}
        locale['labels'] = {k: v for k, v in merged.items() if v is not None}
        with open(locale_path(app, lang), 'w', encoding='utf-8') as f:
            json.dump(locale, f, ensure_ascii=False, indent=2)
            f.write('\n')
        left = [k for k in en if k not in locale['labels']]
        print(f'{app} {lang}: {len(locale["labels"])} of {len(en)} labels, {len(left)} missing')
    elif command == 'same':
        for key, value in labels.items():
            if value == en.get(key):
                print(f'{key}\t{value}')


if __name__ == '__main__':
    main(*sys.argv[1:])
