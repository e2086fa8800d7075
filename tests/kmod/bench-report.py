#!/usr/bin/env python3
"""Summarises the overhead benchmark's guest.log (tests/kmod/guest/bench-init).

Lines read:
  BENCH ROUND MODE TEST WALL_NS CPU_NS CONSUMER_NS   (per loop iteration)
  DRIVER ROUND MODE rc=N n_evts=N n_written=N n_drops...=N
  COMPLETE MODE DELIVERED_OF_100000 ...

Each round ran every mode once, so the ratio to "no driver" is taken within a round and the
rounds give the spread. Exit status 1 when falco.ko dropped or lost an event, or a mode has
no result; the comparison with the official driver is reported, not enforced.
"""
import statistics
import sys
from collections import defaultdict

MODES = ('falco', 'official', 'falco-filtered')
TESTS = ('getppid', 'openclose')


def main(path):
	bench = defaultdict(dict)	# (test, mode) -> {round: (wall, cpu, consumer)}
	drivers = defaultdict(list)	# mode -> [dict of counters]
	complete = {}
	for line in open(path):
		f = line.split()
		if not f:
			continue
		if f[0] == 'BENCH' and len(f) == 7:
			bench[(f[3], f[2])][int(f[1])] = tuple(float(v) for v in f[4:7])
		elif f[0] == 'DRIVER':
			kv = dict(x.split('=', 1) for x in f[3:] if '=' in x)
			kv['round'] = f[1]
			drivers[f[2]].append(kv)
		elif f[0] == 'COMPLETE':
			complete[f[1]] = ' '.join(f[2:])
	ok = True
	rounds = sorted({r for v in bench.values() for r in v})
	print('overhead benchmark: 1 vCPU under QEMU -icount shift=0 (guest ns = instructions), '
	      '%d interleaved rounds' % len(rounds))
	print('  per op: loop CPU = the syscall path (with the probe), elapsed = loop + consumer on '
	      'the same CPU; ratio to no driver within each round: median [min..max]')
	ratios = {}
	for test in TESTS:
		base = bench.get((test, 'none'))
		if not base:
			print('  %s: no baseline' % test)
			ok = False
			continue
		print('  %-9s none           CPU %8.1f ns   elapsed %8.1f ns' % (
			test, statistics.median(v[1] for v in base.values()),
			statistics.median(v[0] for v in base.values())))
		for mode in MODES:
			runs = bench.get((test, mode))
			if not runs:
				print('  %-9s %-14s no result' % ('', mode))
				if mode.startswith('falco'):
					ok = False
				continue
			common = [r for r in runs if r in base]
			cpu = [runs[r][1] / base[r][1] for r in common]
			wall = [runs[r][0] / base[r][0] for r in common]
			cons = [runs[r][2] for r in common]
			ratios[(test, mode)] = (statistics.median(cpu), statistics.median(wall))
			print('  %-9s %-14s CPU %8.1f ns x%.2f [%.2f..%.2f]   elapsed %8.1f ns x%.2f [%.2f..%.2f]'
			      '   consumer %.0f ns' % (
				      '', mode, statistics.median(runs[r][1] for r in common),
				      statistics.median(cpu), min(cpu), max(cpu),
				      statistics.median(runs[r][0] for r in common),
				      statistics.median(wall), min(wall), max(wall), statistics.median(cons)))
	print('  (falco-filtered: falco.ko with only getpid of interest, the kernel-side filter returning early)')
	for test in TESTS:
		if (test, 'falco') in ratios and (test, 'official') in ratios:
			f, o = ratios[(test, 'falco')], ratios[(test, 'official')]
			print('  target %-9s loop CPU overhead falco.ko x%.2f vs official x%.2f: %s; '
			      'elapsed x%.2f vs x%.2f: %s' % (
				      test, f[0], o[0], 'met' if f[0] <= o[0] else 'NOT met',
				      f[1], o[1], 'met' if f[1] <= o[1] else 'NOT met'))
	for mode in MODES:
		for kv in drivers.get(mode, []):
			drops = sum(int(v) for k, v in kv.items() if k.startswith('n_drops') and v.isdigit())
			lost = kv.get('n_evts') != kv.get('n_written')
			print('  round %s %-14s consumer rc=%s events=%s read=%s drops=%s' % (
				kv['round'], mode, kv.get('rc'), kv.get('n_evts'), kv.get('n_written'),
				drops if any(k.startswith('n_drops') and v.isdigit() for k, v in kv.items()) else '?'))
			if mode.startswith('falco') and (drops or lost or kv.get('rc') != '0'):
				ok = False
	for mode, text in complete.items():
		print('  completeness %s: %s of 100000 getppid enter events delivered to the file' % (mode, text))
		if mode == 'falco' and not text.startswith('100000'):
			ok = False
	print('  falco.ko: %s' % ('no drops, every event read' if ok else 'FAILED (drops, losses or missing results)'))
	return 0 if ok else 1


if __name__ == '__main__':
	sys.exit(main(sys.argv[1]))
