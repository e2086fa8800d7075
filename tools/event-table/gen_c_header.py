#!/usr/bin/env python3
"""Generates kmod/api/falco_event_table.h, the drivers' C view of the event table.

The event table (java/engine/src/main/resources/io/falcoj/event/events.table) is the single
source of truth for event codes and parameter lists. The kernel module, the eBPF probe and the
C capture library include the generated header; this script regenerates it, and with --check
fails when the checked-in header is not what the table says (run by tests/run-all).

Usage: gen_c_header.py [--table PATH] [--out PATH] [--check]
"""
import argparse
import hashlib
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
TABLE = os.path.join(ROOT, 'java/engine/src/main/resources/io/falcoj/event/events.table')
OUT = os.path.join(ROOT, 'kmod/api/falco_event_table.h')

# libscap's enum ppm_param_type numbers and the payload width of the fixed-size ones (0: variable).
PARAM_TYPES = [
    ('NONE', 0), ('INT8', 1), ('INT16', 2), ('INT32', 4), ('INT64', 8), ('UINT8', 1),
    ('UINT16', 2), ('UINT32', 4), ('UINT64', 8), ('CHARBUF', 0), ('BYTEBUF', 0), ('ERRNO', 8),
    ('SOCKADDR', 0), ('SOCKTUPLE', 0), ('FD', 8), ('PID', 8), ('FDLIST', 0), ('FSPATH', 0),
    ('SYSCALLID', 2), ('SIGTYPE', 1), ('RELTIME', 8), ('ABSTIME', 8), ('PORT', 2), ('L4PROTO', 1),
    ('SOCKFAMILY', 1), ('BOOL', 4), ('IPV4ADDR', 4), ('DYN', 0), ('FLAGS8', 1), ('FLAGS16', 2),
    ('FLAGS32', 4), ('UID', 4), ('GID', 4), ('DOUBLE', 8), ('SIGSET', 4), ('CHARBUFARRAY', 0),
    ('CHARBUF_PAIR_ARRAY', 0), ('IPV4NET', 0), ('IPV6ADDR', 16), ('IPV6NET', 0), ('IPADDR', 0),
    ('IPNET', 0), ('MODE', 4), ('FSRELPATH', 0), ('ENUMFLAGS8', 1), ('ENUMFLAGS16', 2),
    ('ENUMFLAGS32', 4),
]
TYPE_CODE = {name: code for code, (name, _) in enumerate(PARAM_TYPES)}

# Event names shared by two live versions that the drivers must tell apart. Codes are stable
# in libscap (they are the file format), so naming them by code is safe; the script checks the
# table still has the expected name there.
ALIASES = {248: ('accept', 'ACCEPT4'), 249: ('accept', 'ACCEPT4')}

# Native syscalls that libscap reports under another syscall's name (x86_64 has no
# __NR_sigreturn: rt_sigreturn is reported as sigreturn).
SYSCALL_ALIASES = {'sigreturn': ['rt_sigreturn']}


class Event:
    def __init__(self, code, name, direction, category, flags):
        self.code, self.name, self.direction = code, name, direction
        self.category, self.flags = category, flags.split('|')
        self.params = []

    @property
    def live(self):
        return 'OLD_VERSION' not in self.flags and 'UNUSED' not in self.flags

    @property
    def large(self):
        return 'LARGE_PAYLOAD' in self.flags


def parse(path):
    events, syscalls, flag_tables = {}, [], []
    sc_max = 0
    current = None
    with open(path, encoding='utf-8') as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip('\n')
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            fields = line.split()
            if line[0].isspace():
                if current is None:
                    sys.exit('%s:%d: parameter outside an event' % (path, lineno))
                # NAME TYPE FORMAT [OPTION=...]; a few libscap names hold a space
                # ("plugin ID"), so the type is the last known type word after the name.
                plain = [x for x in fields if '=' not in x]
                at = [i for i, x in enumerate(plain) if i > 0 and x in TYPE_CODE]
                if not at:
                    sys.exit('%s:%d: cannot read parameter: %s' % (path, lineno, line.strip()))
                current.params.append(('_'.join(plain[:at[-1]]), plain[at[-1]]))
                continue
            current = None
            if fields[0] == 'event':
                current = Event(int(fields[1]), fields[2], fields[3], fields[4], fields[5])
                events[current.code] = current
            elif fields[0] == 'syscall':
                sc_max = max(sc_max, int(fields[1]))
                # a few names come twice (the 32-bit setuid32 family is named like the
                # 64-bit one): the first code is the one for the native syscall
                if fields[2] not in {n for _, n in syscalls}:
                    syscalls.append((int(fields[1]), fields[2]))
            elif fields[0] == 'flags':
                values = []
                for item in fields[2:]:
                    name, _, value = item.partition('=')
                    values.append((name, int(value)))
                flag_tables.append((fields[1], values))
    return events, syscalls, flag_tables, sc_max


def c_ident(s):
    return re.sub(r'[^A-Za-z0-9]', '_', s).upper()


def event_names(events):
    """FALCO_EVT_<NAME>_<E|X>: for each event name and direction, the newest live version,
    or, when every version is OLD_VERSION (the enter events of the current schema, where
    exit events carry every parameter), the newest old one: drivers still emit enter events
    for readers that need them (Debian's 2022 libscap)."""
    best = {}
    for code in sorted(events):
        ev = events[code]
        if 'UNUSED' in ev.flags:
            continue
        base = ev.name
        if code in ALIASES:
            expected, alias = ALIASES[code]
            if ev.name != expected:
                sys.exit('event %d is %s, expected %s: update ALIASES' % (code, ev.name, expected))
            base = alias
        key = 'FALCO_EVT_%s_%s' % (c_ident(base), ev.direction)
        prev = best.get(key)
        if prev is None or ev.live or not events[prev].live:
            best[key] = code
    return best


def render(table_path):
    events, syscalls, flag_tables, sc_max = parse(table_path)
    with open(table_path, 'rb') as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    max_code = max(events) + 1
    max_params = max(len(e.params) for e in events.values())
    out = []
    w = out.append
    w('/* SPDX-License-Identifier: (GPL-2.0-only OR MIT) */')
    w('/*')
    w(' * GENERATED by tools/event-table/gen_c_header.py from')
    w(' * java/engine/src/main/resources/io/falcoj/event/events.table: do not edit.')
    w(' *')
    w(' * Event codes, parameter counts and parameter types of the libscap event format,')
    w(' * shared by the kernel module, the eBPF probe and the C capture library.')
    w(' */')
    w('#ifndef FALCO_EVENT_TABLE_H')
    w('#define FALCO_EVENT_TABLE_H')
    w('')
    w('/* First 8 bytes of the SHA-256 of the table: the schema a driver was built for. */')
    w('#define FALCO_SCHEMA_HASH 0x%sULL' % digest[:16])
    w('#define FALCO_EVENT_MAX %d' % max_code)
    w('#define FALCO_MAX_PARAMS %d' % max_params)
    w('#define FALCO_SC_MAX %d' % (sc_max + 1))
    w('')
    w('/* Parameter types (libscap enum ppm_param_type). */')
    for code, (name, _) in enumerate(PARAM_TYPES):
        w('#define FALCO_PT_%s %d' % (name, code))
    w('')
    w('/* Payload width of each parameter type, 0 for the variable-length ones. */')
    w('#define FALCO_PT_WIDTHS { %s }' % ', '.join(str(wd) for _, wd in PARAM_TYPES))
    w('')
    w('/* Event codes: the newest live version of each event. */')
    for name, code in sorted(event_names(events).items(), key=lambda kv: kv[1]):
        w('#define %s %d' % (name, code))
    w('')
    w('/* Syscall codes (ppm_sc) carried by the generic events. */')
    for code, name in syscalls:
        if name.startswith('<'):
            w('#define FALCO_SC_UNKNOWN %d' % code)
        else:
            w('#define FALCO_SC_%s %d' % (c_ident(name), code))
    w('')
    w('/* Named values of the flag and enum parameters. */')
    for table, values in flag_tables:
        for name, value in values:
            w('#define FALCO_%s_%s %dU' % (c_ident(table), c_ident(name), value))
    w('')
    w('/*')
    w(' * x86_64 syscall number -> ppm_sc code, for the generic events. Expand with a')
    w(' * FALCO_SYSCALL(nr, sc) macro in a file that includes <asm/unistd.h>.')
    w(' */')
    w('#define FALCO_SYSCALL_MAP(FALCO_SYSCALL) \\')
    native = [(code, name, name) for code, name in syscalls if not name.startswith('<')]
    native += [(code, alias, name) for code, name in syscalls
               for alias in SYSCALL_ALIASES.get(name, [])]
    for code, nr_name, name in native:
        w('\tFALCO_SYSCALL_IF_%s(FALCO_SYSCALL) \\' % c_ident(nr_name))
    w('\t/* end */')
    for code, nr_name, name in native:
        w('#ifdef __NR_%s' % nr_name)
        w('#define FALCO_SYSCALL_IF_%s(X) X(__NR_%s, %d)' % (c_ident(nr_name), nr_name, code))
        w('#else')
        w('#define FALCO_SYSCALL_IF_%s(X)' % c_ident(nr_name))
        w('#endif')
    w('')
    w('struct falco_event_info {')
    w('\tunsigned char nparams;')
    w('\tunsigned char large;\t/* parameter lengths are 4 bytes instead of 2 */')
    w('\tunsigned char types[FALCO_MAX_PARAMS];')
    w('};')
    w('')
    w('/*')
    w(' * The parameter layout of every event. Define FALCO_EVENT_TABLE_DEFINE in exactly one')
    w(' * file to instantiate it.')
    w(' */')
    w('extern const struct falco_event_info falco_event_info[FALCO_EVENT_MAX];')
    w('#ifdef FALCO_EVENT_TABLE_DEFINE')
    w('const struct falco_event_info falco_event_info[FALCO_EVENT_MAX] = {')
    for code in sorted(events):
        ev = events[code]
        types = ', '.join('FALCO_PT_%s' % t for _, t in ev.params)
        names = ' '.join(n for n, _ in ev.params)
        w('\t[%d] = { %d, %d, { %s } },\t/* %s %s%s%s */' % (
            code, len(ev.params), 1 if ev.large else 0, types, ev.name, ev.direction,
            ': ' if names else '', names))
    w('};')
    w('#endif')
    w('')
    w('#endif /* FALCO_EVENT_TABLE_H */')
    return '\n'.join(out) + '\n'


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--table', default=TABLE)
    ap.add_argument('--out', default=OUT)
    ap.add_argument('--check', action='store_true',
                    help='fail if the header on disk differs from what the table gives')
    args = ap.parse_args()
    text = render(args.table)
    if args.check:
        try:
            with open(args.out, encoding='utf-8') as f:
                current = f.read()
        except FileNotFoundError:
            current = None
        if current != text:
            sys.stderr.write('%s is out of date with %s: run %s\n' % (
                os.path.relpath(args.out, ROOT), os.path.relpath(args.table, ROOT),
                os.path.relpath(os.path.abspath(__file__), ROOT)))
            return 1
        print('event table header up to date')
        return 0
    with open(args.out, 'w', encoding='utf-8') as f:
        f.write(text)
    return 0


if __name__ == '__main__':
    sys.exit(main())
