#include "CMallocOptions.h"

#include <limits.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

int cmallocoptions_prepare_heap(size_t reserve) {
#if defined(__GLIBC__)
    if (reserve == 0 || reserve > INT_MAX / 2) {
        return 0;
    }
    int bytes = (int)reserve;
    return mallopt(M_MMAP_THRESHOLD, 2 * bytes) == 1 && mallopt(M_TRIM_THRESHOLD, 2 * bytes) == 1
        && mallopt(M_TOP_PAD, bytes) == 1;
#else
    (void)reserve;
    return 0;
#endif
}
