#!/usr/bin/env python3
"""Reads a YAML file as Ansible would (PyYAML's safe loader plus Ansible's !unsafe tag) and prints it as
JSON. A !unsafe string becomes {"!unsafe": "..."} so that a test can tell it from a plain one."""
import json
import sys

import yaml


class Loader(yaml.SafeLoader):
    pass


def unsafe(loader, node):
    return {"!unsafe": loader.construct_scalar(node)}


Loader.add_constructor("!unsafe", unsafe)

with open(sys.argv[1], encoding="utf-8") as stream:
    print(json.dumps(yaml.load(stream, Loader=Loader), ensure_ascii=False))
