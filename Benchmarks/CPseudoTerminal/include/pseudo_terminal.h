#ifndef MLOPS_LAB_PSEUDO_TERMINAL_H
#define MLOPS_LAB_PSEUDO_TERMINAL_H
#include <stddef.h>

/// Opens a new pseudo-terminal; returns the master descriptor and writes the slave's path into
/// `name`, or returns -1.
int mlops_open_pseudo_terminal(char *name, size_t capacity);

#endif
