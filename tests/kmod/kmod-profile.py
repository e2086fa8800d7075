#!/usr/bin/env python3
"""Instructions executed per function of falco.ko, from QEMU's TCG log (vm-test --profile).

  kmod-profile.py QEMU_LOG FALCO_KO TEXT_ADDRESS [EVENTS]

QEMU_LOG is written by `-d in_asm,exec,nochain -dfilter <module area>`: "IN:" blocks list the
instructions of each translated block, "Trace" lines name the block run each time (nochain logs
every run). A block's instruction count times its runs, summed per symbol of the module
(TEXT_ADDRESS = /sys/module/falco/sections/.text in the guest). With EVENTS, also per event.
Only the module's own code is counted: the kernel functions it calls are outside the filter.
"""
import bisect
import re
import subprocess
import sys

TRACE_PC = re.compile(r'\[[0-9a-f]+/([0-9a-f]+)/')


def symbols(ko):
	out = subprocess.run(['nm', '--defined-only', ko], capture_output=True, text=True, check=True).stdout
	syms = []
	for line in out.splitlines():
		f = line.split()
		if len(f) == 3 and f[1] in 'tT':
			syms.append((int(f[0], 16), f[2]))
	syms.sort()
	return syms


def block_runs(log):
	size = {}	# block start -> instructions (the latest translation)
	total = {}	# block start -> instructions executed
	cur = None
	with open(log, errors='replace') as f:
		for line in f:
			if line.startswith('0x'):
				pc = int(line.split(':', 1)[0], 16)
				if cur is None:
					cur = pc
					size[cur] = 0
				size[cur] += 1
				continue
			cur = None
			if line.startswith('Trace'):
				m = TRACE_PC.search(line)
				if m:
					pc = int(m.group(1), 16)
					total[pc] = total.get(pc, 0) + size.get(pc, 0)
	return total


def main():
	if len(sys.argv) not in (4, 5):
		print(__doc__.strip(), file=sys.stderr)
		return 2
	log, ko, base = sys.argv[1], sys.argv[2], int(sys.argv[3], 16)
	events = int(sys.argv[4]) if len(sys.argv) == 5 else 0
	syms = symbols(ko)
	addrs = [a for a, _ in syms]
	per_fn = {}
	for pc, n in block_runs(log).items():
		i = bisect.bisect_right(addrs, pc - base) - 1
		name = syms[i][1] if i >= 0 and pc >= base else '(outside .text) %x' % pc
		per_fn[name] = per_fn.get(name, 0) + n
	grand = sum(per_fn.values())
	if not grand:
		print('no module instructions in the log', file=sys.stderr)
		return 1
	print('%12s %6s %9s  %s' % ('instructions', 'share', 'per event', 'function'))
	for name, n in sorted(per_fn.items(), key=lambda x: -x[1])[:25]:
		print('%12d %5.1f%% %9s  %s' % (n, 100.0 * n / grand, '%.1f' % (n / events) if events else '-', name))
	print('%12d total%s' % (grand, ', %.1f per event' % (grand / events) if events else ''))
	return 0


if __name__ == '__main__':
	sys.exit(main())
