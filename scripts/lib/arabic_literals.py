#!/usr/bin/env python3
# arabic_literals.py [dir/] — counts the string literals with Arabic letters in a tree's C++ (.cpp, .h;
# comments left out), per file: the word lists still in code rather than in core/data (issue 18).
import re,glob,sys
root=sys.argv[1] if len(sys.argv)>1 else 'core/'
lit=re.compile(r'(?:u8|U|u|L)?"((?:[^"\\\n]|\\.)*)"')
def strip_comments(s):
    out=[];i=0;n=len(s)
    while i<n:
        c=s[i]
        if c=='"':
            j=i+1
            while j<n and s[j]!='"':
                j+= 2 if s[j]=='\\' else 1
            out.append(s[i:j+1]);i=j+1
        elif s.startswith('//',i):
            j=s.find('\n',i); i=n if j<0 else j
        elif s.startswith('/*',i):
            j=s.find('*/',i); i=n if j<0 else j+2
        elif c=="'" :
            j=i+1
            while j<n and s[j]!="'":
                j+= 2 if s[j]=='\\' else 1
            out.append(s[i:j+1]);i=j+1
        else: out.append(c);i+=1
    return ''.join(out)
tot=0;per={}
for f in glob.glob(root+'**/*.cpp',recursive=True)+glob.glob(root+'**/*.h',recursive=True):
    s=strip_comments(open(f,encoding='utf-8').read())
    n=sum(1 for m in lit.finditer(s) if re.search('[\u0600-\u06FF]',m.group(1)))
    if n: per[f]=n; tot+=n
print('total',tot)
for f,n in sorted(per.items(),key=lambda x:-x[1]): print(n,f)
