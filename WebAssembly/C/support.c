// The few C library and compiler-runtime functions the Embedded Swift code of the module
// links against, for wasm32 without a C library. Built with -fno-builtin so that the
// compiler does not turn these loops back into calls to themselves.

#include <stddef.h>
#include <stdint.h>

void *memset(void *destination, int value, size_t count) {
    unsigned char *bytes = destination;
    while (count--) *bytes++ = (unsigned char)value;
    return destination;
}

void *memcpy(void *restrict destination, const void *restrict source, size_t count) {
    unsigned char *to = destination;
    const unsigned char *from = source;
    while (count--) *to++ = *from++;
    return destination;
}

void *memmove(void *destination, const void *source, size_t count) {
    unsigned char *to = destination;
    const unsigned char *from = source;
    if (to < from) {
        while (count--) *to++ = *from++;
    } else if (to > from) {
        to += count;
        from += count;
        while (count--) *--to = *--from;
    }
    return destination;
}

int memcmp(const void *left, const void *right, size_t count) {
    const unsigned char *a = left, *b = right;
    for (; count; count--, a++, b++) {
        if (*a != *b) return *a < *b ? -1 : 1;
    }
    return 0;
}

size_t strlen(const char *text) {
    const char *end = text;
    while (*end) end++;
    return (size_t)(end - text);
}

_Noreturn void abort(void) { __builtin_trap(); }

/// Rounds half away from zero. __builtin_round would call round itself on wasm32, so it is
/// written with floor (one instruction, f64.floor): x - floor(x) is exact for every double.
double round(double x) {
    if (x < 0) return -round(-x);
    double whole = __builtin_floor(x);
    return x - whole >= 0.5 ? whole + 1 : whole;
}

float roundf(float x) {
    if (x < 0) return -roundf(-x);
    float whole = __builtin_floorf(x);
    return x - whole >= 0.5f ? whole + 1 : whole;
}

/// The low 128 bits of a 128-bit product (compiler-rt's __multi3, which the toolchain does
/// not ship for wasm32), from 32-bit halves so that nothing here multiplies 128-bit values.
__int128 __multi3(__int128 a, __int128 b) {
    uint64_t a_low = (uint64_t)a, a_high = (uint64_t)((unsigned __int128)a >> 64);
    uint64_t b_low = (uint64_t)b, b_high = (uint64_t)((unsigned __int128)b >> 64);
    uint64_t a0 = a_low & 0xFFFFFFFFu, a1 = a_low >> 32;
    uint64_t b0 = b_low & 0xFFFFFFFFu, b1 = b_low >> 32;
    uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    uint64_t middle = (p00 >> 32) + (p01 & 0xFFFFFFFFu) + (p10 & 0xFFFFFFFFu);
    uint64_t low = (middle << 32) | (p00 & 0xFFFFFFFFu);
    uint64_t high = p11 + (p01 >> 32) + (p10 >> 32) + (middle >> 32);
    high += a_low * b_high + a_high * b_low;
    return (__int128)(((unsigned __int128)high << 64) | low);
}

/// Fills `buffer` with pseudo-random bytes (SplitMix64). The Swift runtime asks for them to
/// seed its hashing; the module has no source of entropy (it imports nothing), so the
/// sequence is the same in every instance: the engine's results never depend on it.
void arc4random_buf(void *buffer, size_t count) {
    static uint64_t state = 0x6F72676164766973u;  // "orgadvis"
    unsigned char *bytes = buffer;
    while (count) {
        uint64_t z = (state += 0x9E3779B97F4A7C15u);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
        z ^= z >> 31;
        for (int i = 0; i < 8 && count; i++, count--) {
            *bytes++ = (unsigned char)z;
            z >>= 8;
        }
    }
}
