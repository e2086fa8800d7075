/* Prints libscap's syscall categories (the evt.category of generic syscall events), one
 * "ppm_sc category name" line per syscall code, from the installed libscap. Build and run:
 *   cc -I/usr/include/falcosecurity-libs -I/usr/include/falcosecurity-libs/userspace/libscap \
 *      dump_syscall_categories.c -lscap -o /tmp/dump_sc && /tmp/dump_sc
 */
#include <stdio.h>
#include <stdint.h>
#include "driver/ppm_events_public.h"

struct ppm_syscall_desc {
	enum ppm_event_category category;
	enum ppm_event_flags flags;
	char *name;
};
extern const struct ppm_syscall_desc *scap_get_syscall_info_table(void);

static const char *category(int c)
{
	switch (c) {
	case EC_UNKNOWN: return "unknown";
	case EC_OTHER: return "other";
	case EC_FILE: return "file";
	case EC_NET: return "net";
	case EC_IPC: return "IPC";
	case EC_MEMORY: return "memory";
	case EC_PROCESS: return "process";
	case EC_SLEEP: return "sleep";
	case EC_SYSTEM: return "system";
	case EC_SIGNAL: return "signal";
	case EC_USER: return "user";
	case EC_TIME: return "time";
	case EC_PROCESSING: return "processing";
	case EC_WAIT: return "wait";
	case EC_SCHEDULER: return "scheduler";
	default: return "unknown";
	}
}

int main(void)
{
	const struct ppm_syscall_desc *t = scap_get_syscall_info_table();
	for (int i = 0; i < PPM_SC_MAX; i++)
		printf("%d %s %s\n", i, category(t[i].category), t[i].name ? t[i].name : "");
	return 0;
}
