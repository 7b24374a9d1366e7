// Checks the module's allocator (C/allocator.c) in wasmkit: many random malloc, calloc,
// realloc, posix_memalign and free calls on blocks filled with a pattern, which must survive
// until the block is freed (no overlap, realloc keeps the contents), calloc's zeros and
// the alignments asked for; then, everything freed, one block nearly as large as the heap
// must fit without growing it (free blocks merge). Run by build.sh; exit status 0 or 1.

#include <stddef.h>
#include <stdint.h>

#define WASI(name) __attribute__((import_module("wasi_snapshot_preview1"), import_name(#name)))

typedef struct {
    const void *base;
    size_t length;
} IOVector;

WASI(fd_write) int fd_write(int fd, const IOVector *vectors, size_t count, size_t *written);
WASI(proc_exit) _Noreturn void proc_exit(int status);

void *malloc(size_t count);
void *calloc(size_t count, size_t size);
void *realloc(void *pointer, size_t count);
int posix_memalign(void **result, size_t alignment, size_t count);
void free(void *pointer);
size_t strlen(const char *text);
size_t orgadvisor_heap_bytes(void);

static void say(const char *text) {
    IOVector vector = {text, strlen(text)};
    size_t written;
    fd_write(1, &vector, 1, &written);
}

static void say_number(size_t value) {
    char digits[24];
    int index = sizeof digits;
    digits[--index] = 0;
    do {
        digits[--index] = (char)('0' + value % 10);
        value /= 10;
    } while (value);
    say(digits + index);
}

static _Noreturn void fail(const char *what, size_t step) {
    say("allocator check: FAILED: ");
    say(what);
    say(" at step ");
    say_number(step);
    say("\n");
    proc_exit(1);
}

static uint64_t state = 0x616C6C6F63617465u;

static uint32_t next(uint32_t bound) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return (uint32_t)(state % bound);
}

enum { SLOTS = 1000, STEPS = 60000 };

static struct {
    unsigned char *pointer;
    size_t size;
    unsigned char pattern;
} slots[SLOTS];

static size_t random_size(void) {
    uint32_t kind = next(100);
    if (kind < 70) return next(128);
    if (kind < 95) return next(4096);
    if (kind < 99) return next(65536);
    return next(1 << 18);
}

static void fill(int slot) {
    for (size_t i = 0; i < slots[slot].size; i++) {
        slots[slot].pointer[i] = (unsigned char)(slots[slot].pattern + i);
    }
}

static int intact(int slot, size_t count) {
    for (size_t i = 0; i < count; i++) {
        if (slots[slot].pointer[i] != (unsigned char)(slots[slot].pattern + i)) return 0;
    }
    return 1;
}

void _start(void) {
    size_t largest_heap = 0;
    for (size_t step = 0; step < STEPS; step++) {
        int slot = (int)next(SLOTS);
        if (!slots[slot].pointer) {
            size_t size = random_size();
            uint32_t method = next(4);
            void *pointer = 0;
            if (method == 0) {
                pointer = malloc(size);
            } else if (method == 1) {
                pointer = calloc(size, 1);
                for (size_t i = 0; pointer && i < size; i++) {
                    if (((unsigned char *)pointer)[i]) fail("calloc gave a byte that is not zero", step);
                }
            } else if (method == 2) {
                size_t alignment = (size_t)8 << next(10);
                if (posix_memalign(&pointer, alignment, size) != 0) pointer = 0;
                if (pointer && (uintptr_t)pointer % alignment) fail("misaligned block", step);
            } else {
                pointer = realloc(0, size);
            }
            if (!pointer) fail("no memory", step);
            if ((uintptr_t)pointer % 16) fail("block not 16-byte aligned", step);
            slots[slot].pointer = pointer;
            slots[slot].size = size;
            slots[slot].pattern = (unsigned char)next(256);
            fill(slot);
        } else if (next(3) == 0) {
            size_t size = random_size();
            size_t kept = size < slots[slot].size ? size : slots[slot].size;
            if (!intact(slot, slots[slot].size)) fail("block changed before realloc", step);
            unsigned char *pointer = realloc(slots[slot].pointer, size ? size : 1);
            if (!pointer) fail("no memory for realloc", step);
            slots[slot].pointer = pointer;
            if (!intact(slot, kept)) fail("realloc lost the contents", step);
            slots[slot].size = size;
            fill(slot);
        } else {
            if (!intact(slot, slots[slot].size)) fail("block changed before free", step);
            free(slots[slot].pointer);
            slots[slot].pointer = 0;
        }
        size_t heap = orgadvisor_heap_bytes();
        if (heap > largest_heap) largest_heap = heap;
    }
    size_t live = 0;
    for (int slot = 0; slot < SLOTS; slot++) {
        if (!slots[slot].pointer) continue;
        if (!intact(slot, slots[slot].size)) fail("block changed before the final free", STEPS);
        live += slots[slot].size;
        free(slots[slot].pointer);
    }
    size_t heap = orgadvisor_heap_bytes();
    void *whole = malloc(heap - 64);
    if (!whole) fail("no memory for one block of the whole heap", STEPS);
    if (orgadvisor_heap_bytes() != heap) fail("freed blocks did not merge into one", STEPS);
    free(whole);
    say("allocator check: ");
    say_number(STEPS);
    say(" random calls, heap at most ");
    say_number(largest_heap);
    say(" bytes (");
    say_number(live);
    say(" bytes live at the end), every block intact; once all freed, one block fills it\n");
    proc_exit(0);
}
