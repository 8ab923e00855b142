#!/usr/bin/env python3
"""Check the schema half of mignet's conformance vectors with Python's jsonschema.

Each vector in the folder (listed by index.json) holds a document (or, for a file read through a format, its
"input" text) and "schemaValid": whether the JSON Schema mignet.schema.json (Draft 2020-12) accepts it. Vectors
whose input is not one JSON text (malformed JSON, bytes that are not UTF-8, a member twice) have no "schemaValid"
and are skipped. This script validates every document with jsonschema, format
assertions on, and exits 1 naming each vector where jsonschema disagrees.

    python3 check_schema.py --schema mignet.schema.json [--reject DOCUMENT.json ...] [--accept DOCUMENT.json ...]
        [VECTORS_FOLDER]

With --reject, each named document (such as mignet's deliberately invalid sample) must be rejected too; with
--accept, each named document (such as mignet's valid samples) must be accepted.

Get the schema with `mignet schema > mignet.schema.json`. Needs jsonschema 4.0 or later, for Draft 2020-12 (Debian: python3-jsonschema).
"""
import argparse
import json
import os
import sys

import jsonschema


def main():
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "vectors")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schema", required=True, help="mignet.schema.json")
    parser.add_argument("folder", nargs="?", default=here, help="the vectors folder (default: %(default)s)")
    parser.add_argument("--reject", action="append", default=[], metavar="DOCUMENT",
                        help="a document the schema must reject (repeatable)")
    parser.add_argument("--accept", action="append", default=[], metavar="DOCUMENT",
                        help="a document the schema must accept (repeatable)")
    args = parser.parse_args()
    with open(args.schema, encoding="utf-8") as f:
        schema = json.load(f)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    checker = getattr(validator_class, "FORMAT_CHECKER", None) or jsonschema.FormatChecker()
    validator = validator_class(schema, format_checker=checker)
    with open(os.path.join(args.folder, "index.json"), encoding="utf-8") as f:
        names = json.load(f)["vectors"]
    wrong = []
    skipped = 0
    for name in names:
        with open(os.path.join(args.folder, name), encoding="utf-8") as f:
            vector = json.load(f)
        if "schemaValid" not in vector:
            # a file that is not one JSON text (malformed, bytes, a member twice): no schema half
            skipped += 1
            continue
        document = vector["document"] if "document" in vector else json.loads(vector["input"])
        errors = list(validator.iter_errors(document))
        if (not errors) != vector["schemaValid"]:
            said = "accepts" if not errors else "rejects (%s)" % errors[0].message[:120]
            wrong.append("%s: expected the schema to %s it; jsonschema %s" % (
                name, "accept" if vector["schemaValid"] else "reject", said))
    for document in args.reject:
        with open(document, encoding="utf-8") as f:
            errors = list(validator.iter_errors(json.load(f)))
        name = os.path.basename(document)
        if errors:
            print("%s: rejected (%s)" % (name, errors[0].message[:120]))
        else:
            wrong.append("%s: expected the schema to reject it; jsonschema accepts it" % name)
    for document in args.accept:
        with open(document, encoding="utf-8") as f:
            errors = list(validator.iter_errors(json.load(f)))
        name = os.path.basename(document)
        if errors:
            wrong.append("%s: expected the schema to accept it; jsonschema rejects it (%s)" % (
                name, errors[0].message[:120]))
        else:
            print("%s: accepted" % name)
    for line in wrong:
        print(line)
    print("%d vectors, %d without a schema half, %d disagree" % (len(names), skipped, len(wrong)))
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
