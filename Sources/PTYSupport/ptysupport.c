// Swift's Glibc module hides posix_openpt, ptsname_r and POSIX_SPAWN_SETSID:
// they need _GNU_SOURCE (or _XOPEN_SOURCE), which only a C file can define.
#define _GNU_SOURCE
#include "ptysupport.h"

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdlib.h>
#include <unistd.h>

int ptysupport_open(char *slave, size_t slave_length) {
    int master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (master < 0) return -1;
    int failure = 0;
    if (grantpt(master) != 0 || unlockpt(master) != 0) {
        failure = errno;
    } else {
        failure = ptsname_r(master, slave, slave_length);  // returns the error, not -1
    }
    if (failure != 0) {
        close(master);
        errno = failure;
        return -1;
    }
    return master;
}

short ptysupport_spawn_setsid_flag(void) { return POSIX_SPAWN_SETSID; }
