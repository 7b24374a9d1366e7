// The heap of the WebAssembly module: malloc, free, calloc, realloc and posix_memalign
// (what the Embedded Swift runtime calls), over the linear memory above __heap_base,
// grown with memory.grow.
//
// Blocks carry their size in a 4-byte header just before the payload; every payload
// is 16-byte aligned and every block size a multiple of 16. A free block also keeps its
// size in a footer (its last 4 bytes) and links to its neighbours in one of 32 free
// lists, one per power of two of block sizes. free merges a block with free neighbours
// on both sides (the header's PREVIOUS_USED bit says whether the block before is free,
// and that block's footer gives its start), so memory freed is reused and does not
// fragment into small pieces. malloc takes the first block that fits from the smallest
// list that can hold the size, splits off what it does not need, and grows the memory
// only when no free block fits. An end marker (a used header of size 0) closes the heap.

#include <stddef.h>
#include <stdint.h>

void *memset(void *destination, int value, size_t count);
void *memcpy(void *restrict destination, const void *restrict source, size_t count);
void abort(void);

extern unsigned char __heap_base;

enum {
    ALIGNMENT = 16,
    HEADER = 4,
    MINIMUM_BLOCK = 16,
    LISTS = 32,
    PAGE = 65536,
    USED = 1,
    PREVIOUS_USED = 2,
    FLAGS = 3,
};

typedef struct FreeBlock {
    uint32_t header;
    struct FreeBlock *next;
    struct FreeBlock *previous;
} FreeBlock;

static FreeBlock *free_lists[LISTS];
/// The end marker's address (0 before the first allocation).
static uintptr_t heap_end;

static inline uint32_t *header_at(uintptr_t block) { return (uint32_t *)block; }
static inline uint32_t block_size(uintptr_t block) { return *header_at(block) & ~(uint32_t)FLAGS; }
static inline uintptr_t payload_of(uintptr_t block) { return block + HEADER; }
static inline uintptr_t block_of(void *payload) { return (uintptr_t)payload - HEADER; }

static inline void set_footer(uintptr_t block, uint32_t size) {
    *(uint32_t *)(block + size - 4) = size;
}

static unsigned list_index(uint32_t size) {
    unsigned index = 31 - (unsigned)__builtin_clz(size);
    return index < LISTS ? index : LISTS - 1;
}

static void unlink_block(FreeBlock *block) {
    if (block->previous) {
        block->previous->next = block->next;
    } else {
        free_lists[list_index(block_size((uintptr_t)block))] = block->next;
    }
    if (block->next) block->next->previous = block->previous;
}

static void link_block(uintptr_t address, uint32_t size) {
    FreeBlock *block = (FreeBlock *)address;
    unsigned index = list_index(size);
    block->previous = 0;
    block->next = free_lists[index];
    if (block->next) block->next->previous = block;
    free_lists[index] = block;
}

/// Marks the block at `address` free with `size` (its PREVIOUS_USED bit kept as given),
/// tells the next block, and puts it in its list.
static void make_free(uintptr_t address, uint32_t size, uint32_t previous_used) {
    *header_at(address) = size | previous_used;
    set_footer(address, size);
    *header_at(address + size) &= ~(uint32_t)PREVIOUS_USED;
    link_block(address, size);
}

/// Cuts the used block at `address` down to `size`, freeing the rest when it is big enough.
static void trim(uintptr_t address, uint32_t size) {
    uint32_t whole = block_size(address);
    if (whole - size < MINIMUM_BLOCK) return;
    uint32_t flags = *header_at(address) & FLAGS;
    *header_at(address) = size | flags;
    uintptr_t rest = address + size;
    uint32_t rest_size = whole - size;
    uintptr_t next = rest + rest_size;
    if (!(*header_at(next) & USED)) {
        unlink_block((FreeBlock *)next);
        rest_size += block_size(next);
    }
    make_free(rest, rest_size, PREVIOUS_USED);
}

static int grow_to(uintptr_t end) {
    uintptr_t available = __builtin_wasm_memory_size(0) * (uintptr_t)PAGE;
    if (end <= available) return 1;
    uintptr_t pages = (end - available + PAGE - 1) / PAGE;
    return __builtin_wasm_memory_grow(0, pages) != (size_t)-1;
}

static int initialize(void) {
    // The first block starts 4 bytes before a multiple of 16, so its payload is aligned.
    uintptr_t start = ((uintptr_t)&__heap_base + HEADER + ALIGNMENT - 1) & ~(uintptr_t)(ALIGNMENT - 1);
    heap_end = start - HEADER;
    if (!grow_to(heap_end + HEADER)) return 0;
    *header_at(heap_end) = USED | PREVIOUS_USED;
    return 1;
}

/// A new block of `size` bytes at the end of the heap, merged with a free last block.
static uintptr_t extend(uint32_t size) {
    uintptr_t start = heap_end;
    uint32_t previous_used = *header_at(heap_end) & PREVIOUS_USED;
    if (!previous_used) {
        start = heap_end - *(uint32_t *)(heap_end - 4);
        previous_used = *header_at(start) & PREVIOUS_USED;
    }
    if ((uint64_t)start + size + HEADER > UINTPTR_MAX || !grow_to(start + size + HEADER)) return 0;
    if (start != heap_end) unlink_block((FreeBlock *)start);
    heap_end = start + size;
    *header_at(heap_end) = USED | PREVIOUS_USED;
    *header_at(start) = size | USED | previous_used;
    return start;
}

static uint32_t rounded_size(size_t count, int *ok) {
    if (count > (size_t)0x7FFFFF00) {
        *ok = 0;
        return 0;
    }
    uint32_t size = ((uint32_t)count + HEADER + ALIGNMENT - 1) & ~(uint32_t)(ALIGNMENT - 1);
    *ok = 1;
    return size < MINIMUM_BLOCK ? MINIMUM_BLOCK : size;
}

void *malloc(size_t count) {
    int ok;
    uint32_t size = rounded_size(count, &ok);
    if (!ok || (heap_end == 0 && !initialize())) return 0;
    for (unsigned index = list_index(size); index < LISTS; index++) {
        for (FreeBlock *block = free_lists[index]; block; block = block->next) {
            uintptr_t address = (uintptr_t)block;
            if (block_size(address) < size) continue;
            unlink_block(block);
            *header_at(address) |= USED;
            *header_at(address + block_size(address)) |= PREVIOUS_USED;
            trim(address, size);
            return (void *)payload_of(address);
        }
    }
    uintptr_t address = extend(size);
    return address ? (void *)payload_of(address) : 0;
}

void free(void *payload) {
    if (!payload) return;
    uintptr_t address = block_of(payload);
    uint32_t header = *header_at(address);
    if (!(header & USED)) abort();  // freed twice, or not from malloc
    uint32_t size = header & ~(uint32_t)FLAGS;
    uint32_t previous_used = header & PREVIOUS_USED;
    uintptr_t next = address + size;
    if (!(*header_at(next) & USED)) {
        unlink_block((FreeBlock *)next);
        size += block_size(next);
    }
    if (!previous_used) {
        uintptr_t previous = address - *(uint32_t *)(address - 4);
        unlink_block((FreeBlock *)previous);
        previous_used = *header_at(previous) & PREVIOUS_USED;
        size += block_size(previous);
        address = previous;
    }
    make_free(address, size, previous_used);
}

void *calloc(size_t count, size_t size) {
    if (size && count > SIZE_MAX / size) return 0;
    void *payload = malloc(count * size);
    if (payload) memset(payload, 0, count * size);
    return payload;
}

void *realloc(void *payload, size_t count) {
    if (!payload) return malloc(count);
    if (count == 0) {
        free(payload);
        return 0;
    }
    int ok;
    uint32_t size = rounded_size(count, &ok);
    if (!ok) return 0;
    uintptr_t address = block_of(payload);
    uint32_t current = block_size(address);
    if (size <= current) {
        trim(address, size);
        return payload;
    }
    uintptr_t next = address + current;
    if (!(*header_at(next) & USED) && current + block_size(next) >= size) {
        unlink_block((FreeBlock *)next);
        *header_at(address) += block_size(next);
        *header_at(address + block_size(address)) |= PREVIOUS_USED;
        trim(address, size);
        return payload;
    }
    void *moved = malloc(count);
    if (!moved) return 0;
    memcpy(moved, payload, current - HEADER);
    free(payload);
    return moved;
}

int posix_memalign(void **result, size_t alignment, size_t count) {
    if (alignment < sizeof(void *) || (alignment & (alignment - 1))) return 22;  // EINVAL
    if (alignment <= ALIGNMENT) {
        void *payload = malloc(count);
        if (!payload) return 12;  // ENOMEM
        *result = payload;
        return 0;
    }
    // Room for a free block of at least MINIMUM_BLOCK before the aligned payload.
    if (count > SIZE_MAX - alignment - MINIMUM_BLOCK) return 12;
    unsigned char *payload = malloc(count + alignment + MINIMUM_BLOCK);
    if (!payload) return 12;
    uintptr_t aligned = ((uintptr_t)payload + MINIMUM_BLOCK + alignment - 1) & ~(uintptr_t)(alignment - 1);
    if ((uintptr_t)payload % alignment == 0) {
        aligned = (uintptr_t)payload;
    }
    if (aligned != (uintptr_t)payload) {
        // Give back the bytes before the aligned payload as a free block.
        uintptr_t address = block_of(payload);
        uintptr_t start = aligned - HEADER;
        uint32_t whole = block_size(address);
        uint32_t lead = (uint32_t)(start - address);
        uint32_t previous_used = *header_at(address) & PREVIOUS_USED;
        *header_at(start) = (whole - lead) | USED;  // PREVIOUS_USED clear: the lead is free
        if (!previous_used) {
            uintptr_t previous = address - *(uint32_t *)(address - 4);
            unlink_block((FreeBlock *)previous);
            previous_used = *header_at(previous) & PREVIOUS_USED;
            lead += block_size(previous);
            address = previous;
        }
        *header_at(address) = lead | previous_used;
        set_footer(address, lead);
        link_block(address, lead);
    }
    int ok;
    trim(block_of((void *)aligned), rounded_size(count, &ok));
    *result = (void *)aligned;
    return 0;
}

/// The bytes of linear memory the heap spans, for tests of memory reuse.
size_t orgadvisor_heap_bytes(void) {
    return heap_end ? heap_end + HEADER - (uintptr_t)&__heap_base : 0;
}

/// The bytes of the blocks in use (headers included), counted by walking the heap: what
/// a leak makes grow, whatever the fragmentation; for tests.
size_t orgadvisor_live_bytes(void) {
    if (!heap_end) return 0;
    uintptr_t block = ((uintptr_t)&__heap_base + HEADER + ALIGNMENT - 1) & ~(uintptr_t)(ALIGNMENT - 1);
    block -= HEADER;
    size_t live = 0;
    while (block < heap_end) {
        uint32_t size = block_size(block);
        if (*header_at(block) & USED) live += size;
        block += size;
    }
    return live;
}
