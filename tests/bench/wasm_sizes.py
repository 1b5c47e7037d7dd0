#!/usr/bin/python3
"""tests/bench/wasm_sizes.py — where a wasm's bytes go: each function's body size attributed to a
library by its name (a build that keeps names: cmake -DISNAD_PROFILING=ON, i.e. --profiling-funcs),
plus the data segments; raw bytes and gzip of each group's bodies concatenated.
usage: wasm_sizes.py FILE.wasm [--top N]"""
import re
import sys
import zlib
from collections import defaultdict


def leb(b, i):
    r = s = 0
    while True:
        x = b[i]; i += 1
        r |= (x & 0x7F) << s; s += 7
        if x < 0x80:
            return r, i


def sections(b):
    i = 8
    while i < len(b):
        sid = b[i]; size, j = leb(b, i + 1)
        yield sid, b[j:j + size]
        i = j + size


def parse(path):
    b = open(path, 'rb').read()
    imported = 0; bodies = []; names = {}; data = b''; other = defaultdict(int)
    for sid, s in sections(b):
        if sid == 2:   # imports: count the functions
            n, i = leb(s, 0)
            for _ in range(n):
                for _ in range(2):
                    ln, i = leb(s, i); i += ln
                kind = s[i]; i += 1
                if kind == 0: _, i = leb(s, i); imported += 1
                elif kind == 1: i += 1; f, i = leb(s, i); _, i = leb(s, i); i = leb(s, i)[1] if f & 1 else i
                elif kind == 2: f, i = leb(s, i); _, i = leb(s, i); i = leb(s, i)[1] if f & 1 else i
                elif kind == 3: i += 2
        elif sid == 10:
            n, i = leb(s, 0)
            for _ in range(n):
                size, j = leb(s, i); bodies.append(s[j:j + size]); i = j + size
        elif sid == 11:
            data = s
        elif sid == 0:
            ln, i = leb(s, 0); nm = s[i:i + ln].decode(); i += ln
            other['custom:' + nm] += len(s)
            if nm == 'name':
                while i < len(s):
                    sub = s[i]; size, j = leb(s, i + 1); end = j + size
                    if sub == 1:
                        n, j = leb(s, j)
                        for _ in range(n):
                            idx, j = leb(s, j); ln, j = leb(s, j); names[idx] = s[j:j + ln].decode('utf-8', 'replace'); j += ln
                    i = end
        else:
            other[f'section {sid}'] += len(s)
    return imported, bodies, names, data, other


RULES = [
    ('ICU', r'icu_\d+::|^u[a-z]+_\w+_\d+$|^u_\w+_\d+$|_\d\d$'),
    ('HarfBuzz', r'^hb_|^_hb_|\bOT::|\bAAT::|\bCFF::|\bhb_|^_ZN\d*OT|graphite|^arabic_|^indic_|^use_|^khmer_|^myanmar_|^hangul_|^thai_|^hebrew_|^data_|^collect_features|^setup_masks|^preprocess_text|^decompose|^compose|^reorder'),
    ('ImGui', r'ImGui|Im[A-Z][a-zA-Z]+::|^Im[A-Z]|stb_textedit|STB_TexteditState|ImStb'),
    ('stb_truetype', r'^stbtt|stbtt_'),
    ('nlohmann json', r'nlohmann'),
    ('isnad::layout', r'isnad::layout'),
    ('isnad::text', r'isnad::text'),
    ('isnad::search', r'isnad::search'),
    ('isnad::links', r'isnad::links'),
    ('isnad::bundle', r'isnad::bundle'),
    ('isnad::corpus', r'isnad::corpus'),
    ('isnad::analysis/xref', r'isnad::(analysis|xref)'),
    ('isnad::web (wasm/)', r'isnad::web|ImGui_Impl|^frame|^main$|js_|isnad_js'),
    ('isnad (other)', r'isnad::'),
    ('libc++', r'std::|__cxa|__cxx|operator new|operator delete'),
    ('libc / runtime', r'^(mem|str|__|_?emscripten|dl|malloc|free|calloc|realloc|printf|vfprintf|fmt|pop_arg|sbrk|sn?printf|strto|glfw|_glfw|fw)'),
]


def classify(name):
    for lib, rx in RULES:
        if re.search(rx, name):
            return lib
    return 'other'


def main():
    path = sys.argv[1]
    top = int(sys.argv[sys.argv.index('--top') + 1]) if '--top' in sys.argv else 0
    imported, bodies, names, data, other = parse(path)
    groups = defaultdict(list)
    for k, body in enumerate(bodies):
        nm = names.get(imported + k, f'wasm-function[{imported + k}]')
        groups[classify(nm)].append((len(body), nm, body))
    total = sum(len(x) for x in bodies)
    print(f'{path}: {len(bodies)} functions, code {total} bytes (gzip {len(zlib.compress(b"".join(bodies), 9))}), '
          f'data segments {len(data)} bytes (gzip {len(zlib.compress(data, 9))})')
    print(f'{"library":28} {"raw":>9} {"gzip":>9} {"functions":>9}')
    for lib, fs in sorted(groups.items(), key=lambda kv: -sum(x[0] for x in kv[1])):
        raw = sum(x[0] for x in fs)
        gz = len(zlib.compress(b''.join(x[2] for x in fs), 9))
        print(f'{lib:28} {raw:9} {gz:9} {len(fs):9}')
    for k, v in sorted(other.items(), key=lambda kv: -kv[1]):
        print(f'{k:28} {v:9}')
    if top:
        allf = sorted((x for fs in groups.values() for x in fs), key=lambda x: -x[0])[:top]
        for size, nm, _ in allf:
            print(f'{size:8} {classify(nm):20} {nm[:150]}')


if __name__ == '__main__':
    main()
