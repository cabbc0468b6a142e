#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# validate-json.py SCHEMA FILE...
#
# Validates each FILE against the JSON Schema (draft-07) in SCHEMA and prints
# every problem as "FILE: $.json.path: message".  Exits 0 when all files are
# valid, 1 when any file is invalid or cannot be read, 2 on wrong usage.

import json
import sys

try:
    import jsonschema
except ImportError:
    sys.stderr.write("validate-json.py: the Python module 'jsonschema' is missing "
                     "(Debian: apt install python3-jsonschema)\n")
    sys.exit(1)


def reject_duplicates(pairs):
    seen = set()
    for key, _ in pairs:
        if key in seen:
            raise ValueError("duplicate member \"%s\"" % key)
        seen.add(key)
    return dict(pairs)


def reject_constant(name):
    raise ValueError("%s is not valid JSON" % name)


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f, object_pairs_hook=reject_duplicates,
                         parse_constant=reject_constant)


def json_path(error):
    path = "$"
    for part in error.absolute_path:
        if isinstance(part, int):
            path += "[%d]" % part
        else:
            path += "." + str(part)
    return path


def is_type_mismatch(errors):
    # A branch of a oneOf/anyOf that failed because the value has another
    # type altogether (for example the "null" branch of a nullable object).
    return any(e.validator == "type" and len(e.relative_path) == 0 for e in errors)


def expand(error):
    """Yield the errors worth showing for ERROR.

    "X is not valid under any of the given schemas" says little.  When exactly
    one branch of a oneOf/anyOf fits the value's type, report that branch's
    own errors instead."""
    if error.validator in ("oneOf", "anyOf") and error.context:
        branches = {}
        for sub in error.context:
            branches.setdefault(sub.schema_path[0], []).append(sub)
        relevant = [errs for errs in branches.values() if not is_type_mismatch(errs)]
        if len(relevant) == 1:
            for sub in relevant[0]:
                yield from expand(sub)
            return
    yield error


def main(argv):
    if len(argv) < 3:
        sys.stderr.write("usage: validate-json.py SCHEMA FILE...\n")
        return 2

    schema_path = argv[1]
    try:
        schema = load(schema_path)
        jsonschema.Draft7Validator.check_schema(schema)
    except (OSError, ValueError) as e:
        print("%s: $: cannot read schema: %s" % (schema_path, e))
        return 1
    except jsonschema.exceptions.SchemaError as e:
        print("%s: %s: invalid schema: %s" % (schema_path, json_path(e), e.message))
        return 1

    validator = jsonschema.Draft7Validator(schema)
    failed = False

    for path in argv[2:]:
        try:
            instance = load(path)
        except (OSError, ValueError) as e:
            print("%s: $: %s" % (path, e))
            failed = True
            continue

        lines = []
        for error in validator.iter_errors(instance):
            for shown in expand(error):
                line = (json_path(shown), shown.message)
                if line not in lines:
                    lines.append(line)
        for where, message in lines:
            print("%s: %s: %s" % (path, where, message))
            failed = True

    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
