#!/usr/bin/env python3
"""longest_functions.py FILE… — the longest functions (outermost bodies; lambdas count in their enclosing
function) of C++ files, longest first (TOP=8 by default): issue 18 keeps core/xref and core/analysis under 80
lines (scripts/lib/longest_functions.py $(find core/xref core/analysis -name "*.cpp" -o -name "*.h"))."""
import re, sys
def strip(line):
    line = re.sub(r'//.*', '', line)
    line = re.sub(r'"(\\.|[^"\\])*"', '""', line)
    line = re.sub(r"'(\\.|[^'\\])*'", "''", line)
    return line
res = []
for path in sys.argv[1:]:
    lines = open(path).read().split('\n')
    stack = []  # (kind, start_line)
    header = ''
    for n, raw in enumerate(lines, 1):
        line = strip(raw)
        for i, ch in enumerate(line):
            if ch == '{':
                ctx = (header + ' ' + line[:i]).strip()
                infun = any(k == 'fn' for k, _, _ in stack)
                isfn = (not infun) and bool(re.search(r'\)\s*(const)?\s*(noexcept)?\s*(->\s*[\w:<>]+\s*)?(:\s*.*)?$', ctx)) \
                       and not re.search(r'\b(if|for|while|switch|catch)\s*\(', ctx.split(';')[-1]) and not re.search(r'\b(namespace|struct|class|enum)\b', ctx.split(';')[-1])
                stack.append(('fn' if isfn else 'blk', n, ctx.split(';')[-1][-80:]))
                header = ''
            elif ch == '}':
                if stack:
                    k, s, name = stack.pop()
                    if k == 'fn': res.append((n - s + 1, path, s, name))
                header = ''
            elif ch == ';':
                header = ''
        header += ' ' + line[line.rfind('{')+1:] if '{' in line or '}' in line else ' ' + line
        if ';' in line and '{' not in line: header = line[line.rfind(';')+1:]
res.sort(reverse=True)
for r in res[:int(__import__('os').environ.get('TOP', '8'))]:
    print(f"{r[0]:4d} lines  {r[1]}:{r[2]}  {r[3].strip()[-70:]}")
