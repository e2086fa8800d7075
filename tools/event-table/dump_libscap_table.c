#define _GNU_SOURCE
#include <stdio.h>
#include <stdint.h>
#include <dlfcn.h>
#include <string.h>
#include "driver/ppm_events_public.h"
extern const struct ppm_event_info *scap_get_event_info_table(void);
static const char *cat(int c){switch(c){case 0:return "unknown";case 1:return "other";case 2:return "file";case 3:return "net";case 4:return "ipc";case 5:return "memory";case 6:return "process";case 7:return "sleep";case 8:return "system";case 9:return "signal";case 10:return "user";case 11:return "time";case 12:return "processing";case 32:return "io_read";case 33:return "io_write";case 34:return "io_other";case 64:return "wait";case 128:return "scheduler";case 256:return "internal";}return "?";}
static const char *pt[]={"NONE","INT8","INT16","INT32","INT64","UINT8","UINT16","UINT32","UINT64","CHARBUF","BYTEBUF","ERRNO","SOCKADDR","SOCKTUPLE","FD","PID","FDLIST","FSPATH","SYSCALLID","SIGTYPE","RELTIME","ABSTIME","PORT","L4PROTO","SOCKFAMILY","BOOL","IPV4ADDR","DYN","FLAGS8","FLAGS16","FLAGS32","UID","GID","DOUBLE","SIGSET","CHARBUFARRAY","CHARBUF_PAIR_ARRAY","IPV4NET","IPV6ADDR","IPV6NET","IPADDR","IPNET","MODE","FSRELPATH"};
static const char *pf[]={"NA","DEC","HEX","10_PADDED_DEC","ID","DIR","OCT"};
static const char *fl[]={"CREATES_FD","DESTROYS_FD","USES_FD","READS_FROM_FD","WRITES_TO_FD","MODIFIES_STATE","UNUSED","WAITS","SKIPPARSERESET","OLD_VERSION","DROP_SIMPLE_CONS","LARGE_PAYLOAD"};
int main(){const struct ppm_event_info *t=scap_get_event_info_table();
for(int i=0;i<PPM_EVENT_MAX;i++){const struct ppm_event_info *e=&t[i];
 printf("%d %s %s %s ",i,e->name,(i%2)?"X":"E",cat(e->category));int any=0;
 for(int b=0;b<12;b++) if(e->flags&(1<<b)){printf("%s%s",any?"|":"",fl[b]);any=1;} if(!any)printf("NONE");
 printf("\n");
 for(unsigned p=0;p<e->nparams;p++){const struct ppm_param_info *q=&e->params[p];
  printf("  %s %s %s",q->name,pt[q->type],pf[q->fmt]);
  if(q->info){ if(q->type==PT_FSRELPATH) printf(" dirfd=%ld",(long)q->info); else {Dl_info di; if(dladdr(q->info,&di)&&di.dli_sname) printf(" info=%s",di.dli_sname); else printf(" info=?%p",q->info);
    if(q->type==PT_FLAGS8||q->type==PT_FLAGS16||q->type==PT_FLAGS32||q->type==PT_MODE){const struct ppm_name_value *nv=q->info; printf(" {"); for(;nv->name;nv++) printf("%s=%u ",nv->name,nv->value); printf("}");}
    if(q->type==PT_DYN){const struct ppm_param_info *d=q->info; printf(" dyn{"); for(int k=0;k<q->ninfo;k++) printf("%s:%s:%s ",d[k].name,pt[d[k].type],pf[d[k].fmt]); printf("}");}
  }}
  printf("\n");}
}}
