#!/usr/bin/env python3
"""Reads .scap files with the project's event table (the current libscap schema).

  scapcheck.py dump FILE              one line per event: every parameter, decoded by name
  scapcheck.py legacy FILE OUT COUNTS SC_MAX
                                      copy for an older libscap: every event cut to the
                                      parameter count COUNTS gives for its type (lines
                                      "CODE NPARAMS"), events of unknown types left out, and
                                      syscall codes >= SC_MAX of generic events made 0
                                      (unknown: that libscap indexes its tables with them)

The legacy copy is what Debian's 2022 sysdig can read: upstream only ever appends
parameters to an event, so the first NPARAMS are the ones that libscap knows.
"""
import os
import struct
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
TABLE = os.path.join(ROOT, 'java/engine/src/main/resources/io/falcoj/event/events.table')
EV_BLOCKS = {0x204: False, 0x216: True, 0x221: True, 0x208: True, 0x217: True, 0x222: True}
INT_TYPES = {
    'INT8': '<b', 'INT16': '<h', 'INT32': '<i', 'INT64': '<q', 'UINT8': '<B', 'UINT16': '<H',
    'UINT32': '<I', 'UINT64': '<Q', 'ERRNO': '<q', 'FD': '<q', 'PID': '<q', 'SYSCALLID': '<H',
    'SIGTYPE': '<B', 'RELTIME': '<Q', 'ABSTIME': '<Q', 'PORT': '<H', 'L4PROTO': '<B',
    'SOCKFAMILY': '<B', 'BOOL': '<I', 'IPV4ADDR': '<I', 'FLAGS8': '<B', 'FLAGS16': '<H',
    'FLAGS32': '<I', 'UID': '<I', 'GID': '<I', 'SIGSET': '<I', 'MODE': '<I',
    'ENUMFLAGS8': '<B', 'ENUMFLAGS16': '<H', 'ENUMFLAGS32': '<I',
}

KNOWN_TYPES = set(INT_TYPES) | {'CHARBUF', 'BYTEBUF', 'SOCKADDR', 'SOCKTUPLE', 'FDLIST', 'FSPATH',
                                'DYN', 'DOUBLE', 'CHARBUFARRAY', 'CHARBUF_PAIR_ARRAY', 'IPV4NET',
                                'IPV6ADDR', 'IPV6NET', 'IPADDR', 'IPNET', 'FSRELPATH', 'NONE'}


def load_table(path=TABLE):
    events, cur = {}, None
    with open(path, encoding='utf-8') as f:
        for line in f:
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            w = line.split()
            if line[0].isspace():
                if cur is not None:
                    plain = [x for x in w if '=' not in x]
                    at = [i for i, x in enumerate(plain) if i > 0 and x in KNOWN_TYPES]
                    k = at[-1] if at else 1
                    cur[3].append(('_'.join(plain[:k]), plain[k]))
                continue
            cur = None
            if w[0] == 'event':
                flags = w[5].split('|')
                cur = (w[2], w[3], 'LARGE_PAYLOAD' in flags, [])
                events[int(w[1])] = cur
    return events


def blocks(path):
    with open(path, 'rb') as f:
        data = f.read()
    off = 0
    while off + 12 <= len(data):
        btype, blen = struct.unpack_from('<II', data, off)
        if blen < 12 or off + blen > len(data):
            raise SystemExit('%s: bad block at %d' % (path, off))
        yield btype, data[off:off + blen]
        off += blen


def split_event(body):
    """(header fields, lengths, params) of an event given as header + lengths + params."""
    ts, tid, elen, etype, nparams = struct.unpack_from('<QQIHI', body, 0)
    return ts, tid, elen, etype, nparams


def ip4(b):
    return '.'.join(str(x) for x in b)


def addr(family, b, off):
    if family == 2:
        return '%s:%d' % (ip4(b[off:off + 4]), struct.unpack_from('<H', b, off + 4)[0]), off + 6
    if family == 10:
        a = b[off:off + 16]
        return '[%s]:%d' % (a.hex(), struct.unpack_from('<H', b, off + 16)[0]), off + 18
    return None, off


def decode(ptype, b):
    if ptype in INT_TYPES:
        fmt = INT_TYPES[ptype]
        return str(struct.unpack_from(fmt, b)[0]) if len(b) >= struct.calcsize(fmt) else '<empty>'
    if not b:
        return '<empty>'
    if ptype in ('CHARBUF', 'FSPATH', 'FSRELPATH'):
        return b.rstrip(b'\0').decode('utf-8', 'replace').replace(' ', '.').replace('\n', '.')
    if ptype == 'SOCKADDR':
        if b[0] == 1:
            return 'unix:' + b[1:].rstrip(b'\0').decode('utf-8', 'replace')
        a, _ = addr(b[0], b, 1)
        return a or 'family%d' % b[0]
    if ptype == 'SOCKTUPLE':
        if b[0] == 1:
            return 'unix:' + b[17:].rstrip(b'\0').decode('utf-8', 'replace')
        src, off = addr(b[0], b, 1)
        dst, _ = addr(b[0], b, off)
        return '%s->%s' % (src, dst) if src else 'family%d' % b[0]
    return ''.join(chr(x) if 32 <= x < 127 and x != 32 else '.' for x in b)


def events_of(path):
    for btype, blk in blocks(path):
        if btype not in EV_BLOCKS:
            continue
        body = blk[8:-4]
        cpu = struct.unpack_from('<H', body, 0)[0]
        yield cpu, body[2:]


def dump(path):
    table = load_table()
    for num, (cpu, ev) in enumerate(events_of(path), 1):
        ts, tid, elen, etype, nparams = split_event(ev)
        info = table.get(etype)
        if info is None:
            print('num=%d cpu=%d tid=%d type=%d unknown' % (num, cpu, tid, etype))
            continue
        name, direction, large, params = info
        lsize = 4 if large else 2
        lens = struct.unpack_from('<%d%s' % (nparams, 'I' if large else 'H'), ev, 26)
        off = 26 + lsize * nparams
        out = ['num=%d' % num, 'cpu=%d' % cpu, 'tid=%d' % tid, 'type=%s' % name,
               'dir=%s' % direction, 'nparams=%d' % nparams]
        for i, ln in enumerate(lens):
            pname, ptype = params[i] if i < len(params) else ('p%d' % i, 'BYTEBUF')
            out.append('%s=%s' % (pname, decode(ptype, ev[off:off + ln])))
            off += ln
        if off != elen:
            out.append('LENGTH_MISMATCH')
        if nparams != len(params):
            out.append('NPARAMS_MISMATCH(table=%d)' % len(params))
        print(' '.join(out))


def legacy(path, out_path, counts_path, sc_max):
    counts = {}
    with open(counts_path, encoding='utf-8') as f:
        for line in f:
            code, n = line.split()
            counts[int(code)] = int(n)
    table = load_table()
    kept = dropped = cut = unknown_sc = 0
    with open(out_path, 'wb') as out:
        for btype, blk in blocks(path):
            if btype not in EV_BLOCKS:
                out.write(blk)
                continue
            body = blk[8:-4]
            cpu, ev = body[:2], body[2:]
            ts, tid, elen, etype, nparams = split_event(ev)
            if etype not in counts or etype not in table:
                dropped += 1
                continue
            n = min(nparams, counts[etype])
            large = table[etype][2]
            lsize = 4 if large else 2
            lens = struct.unpack_from('<%d%s' % (nparams, 'I' if large else 'H'), ev, 26)
            start = 26 + lsize * nparams
            payload = ev[start:start + sum(lens[:n])]
            if etype in (0, 1) and n >= 1 and lens[0] == 2 and \
                    struct.unpack_from('<H', payload, 0)[0] >= sc_max:
                payload = b'\0\0' + payload[2:]
                unknown_sc += 1
            newlen = 26 + lsize * n + len(payload)
            newev = struct.pack('<QQIHI', ts, tid, newlen, etype, n) + \
                struct.pack('<%d%s' % (n, 'I' if large else 'H'), *lens[:n]) + payload
            cut += n < nparams
            rec = cpu + newev
            pad = (-len(rec)) % 4
            total = 8 + len(rec) + pad + 4
            out.write(struct.pack('<II', btype, total) + rec + b'\0' * pad + struct.pack('<I', total))
            kept += 1
    print('legacy copy: %d events kept (%d cut to fewer parameters, %d generic ones with a '
          'syscall code the old libscap does not know), %d of types it does not know left out'
          % (kept, cut, unknown_sc, dropped))


def main(argv):
    if len(argv) == 3 and argv[1] == 'dump':
        dump(argv[2])
    elif len(argv) == 6 and argv[1] == 'legacy':
        legacy(argv[2], argv[3], argv[4], int(argv[5]))
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
