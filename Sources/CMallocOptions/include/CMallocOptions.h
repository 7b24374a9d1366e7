#ifndef CMALLOCOPTIONS_H
#define CMALLOCOPTIONS_H

#include <stddef.h>

/// Sets glibc's malloc up for a heap about to grow by `reserve` bytes: blocks of less than
/// twice `reserve` bytes come from the heap (M_MMAP_THRESHOLD, at most 32 MiB), freeing does not give the
/// heap's top back below twice that (M_TRIM_THRESHOLD), and the heap grows by `reserve`
/// more than each request (M_TOP_PAD). Returns 1 when every option was set, 0 otherwise
/// (always 0 without glibc, or for a `reserve` beyond an int).
int cmallocoptions_prepare_heap(size_t reserve);

#endif
