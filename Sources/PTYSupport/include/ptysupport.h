#ifndef PTYSUPPORT_H
#define PTYSUPPORT_H

#include <stddef.h>

/// Opens a new pseudo-terminal: posix_openpt, grantpt, unlockpt, ptsname_r.
/// Returns the master's file descriptor (close-on-exec, not the controlling
/// terminal of the caller) and writes the slave's path into `slave`, or
/// returns -1 with errno set.
int ptysupport_open(char *slave, size_t slave_length);

/// POSIX_SPAWN_SETSID: a GNU extension that Swift's Glibc module does not show.
short ptysupport_spawn_setsid_flag(void);

#endif
