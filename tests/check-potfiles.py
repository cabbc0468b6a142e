#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-potfiles.py [--strict] SOURCE_ROOT
#
# po/POTFILES must list every file with translatable strings, or xgettext
# never sees them and they stay English in every language:
#   - each C file under src/ that calls _(), N_(), C_(), NC_() or ngettext();
#   - each .ui file under ui/ with a translatable="yes" property.
# It must not list a file that does not exist (xgettext fails on it) or a
# file twice. A C or .ui file listed without translatable strings is harmless
# to xgettext: it is reported as a warning, and as a problem with --strict.
# Exits 0 when POTFILES is right, 1 with one line per problem otherwise.

import os
import re
import sys

C_MARKER = re.compile(r'(?<![A-Za-z0-9_])(?:_|N_|C_|NC_|ngettext|g_dngettext)\s*\(')
C_COMMENT = re.compile(r'/\*.*?\*/|//[^\n]*', re.S)
UI_MARKER = re.compile(r'translatable\s*=\s*["\']yes["\']')


def c_has_strings(text):
    return C_MARKER.search(C_COMMENT.sub(' ', text)) is not None


def ui_has_strings(text):
    return UI_MARKER.search(text) is not None


def has_strings(path, text):
    if path.endswith(('.c', '.h')):
        return c_has_strings(text)
    if path.endswith('.ui'):
        return ui_has_strings(text)
    return None  # other kinds (desktop, metainfo, schema): not judged here


def files_under(top, folder, suffixes):
    for root, dirs, names in os.walk(os.path.join(top, folder)):
        dirs.sort()
        for name in sorted(names):
            if name.endswith(suffixes):
                yield os.path.relpath(os.path.join(root, name), top)


def main():
    args = sys.argv[1:]
    strict = '--strict' in args
    args = [a for a in args if a != '--strict']
    if len(args) != 1:
        sys.stderr.write('usage: check-potfiles.py [--strict] SOURCE_ROOT\n')
        return 2
    top = args[0]
    potfiles_path = os.path.join(top, 'po', 'POTFILES')
    problems = []
    warnings = []

    listed = []
    with open(potfiles_path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            if line in listed:
                problems.append('po/POTFILES:%d: %s is listed twice' % (number, line))
                continue
            listed.append(line)
            path = os.path.join(top, line)
            if not os.path.isfile(path):
                problems.append('po/POTFILES:%d: %s does not exist; remove the line'
                                % (number, line))
                continue
            with open(path, encoding='utf-8', errors='replace') as g:
                if has_strings(line, g.read()) is False:
                    (problems if strict else warnings).append('po/POTFILES:%d: %s has no translatable strings; '
                                    'remove the line' % (number, line))

    wanted = []
    for rel in files_under(top, 'src', ('.c', '.h')):
        with open(os.path.join(top, rel), encoding='utf-8', errors='replace') as g:
            if c_has_strings(g.read()):
                wanted.append(rel)
    for rel in files_under(top, 'ui', ('.ui',)):
        with open(os.path.join(top, rel), encoding='utf-8', errors='replace') as g:
            if ui_has_strings(g.read()):
                wanted.append(rel)

    for rel in wanted:
        if rel not in listed:
            problems.append('%s has translatable strings but is not in po/POTFILES; '
                            'add the line "%s" at its end' % (rel, rel))

    for w in warnings:
        print('warning: ' + w)
    for p in problems:
        print(p)
    if problems:
        return 1
    print('po/POTFILES lists all %d files with translatable strings' % len(listed))
    return 0


if __name__ == '__main__':
    sys.exit(main())
