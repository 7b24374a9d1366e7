// The smoke test's runner: linked with the module's objects into a second module (the
// module itself imports nothing) that wasmkit runs as a WASI command. It calls the exported
// functions as a page would, through the module's memory:
//
//     wasmkit run smoke.wasm builtin LANG COUNT < profile.json
//     wasmkit run smoke.wasm rules LANG COUNT < rules-NUL-profile
//
// LANG is en or fr; the evaluation runs COUNT times (the results are freed but the last)
// and the last result's text goes to standard output. Exit status: the result's status
// (0 evaluation, 1 error message), 2 for bad arguments or no memory. Standard error gets
// the heap's size after the first and after the last evaluation, so that the caller can
// check that freed memory is reused.

#include <stddef.h>
#include <stdint.h>

#define WASI(name) __attribute__((import_module("wasi_snapshot_preview1"), import_name(#name)))

typedef struct {
    const void *base;
    size_t length;
} IOVector;

WASI(args_sizes_get) int args_sizes_get(size_t *count, size_t *bytes);
WASI(args_get) int args_get(char **arguments, char *buffer);
WASI(fd_read) int fd_read(int fd, const IOVector *vectors, size_t count, size_t *read);
WASI(fd_write) int fd_write(int fd, const IOVector *vectors, size_t count, size_t *written);
WASI(proc_exit) _Noreturn void proc_exit(int status);

void *malloc(size_t count);
void *realloc(void *pointer, size_t count);
size_t strlen(const char *text);
size_t orgadvisor_heap_bytes(void);

void *orgadvisor_alloc(int32_t size);
void orgadvisor_free(void *pointer);
void *orgadvisor_evaluate(const uint8_t *profile, int32_t length, int32_t language);
void *orgadvisor_evaluate_rules(
    const uint8_t *rules, int32_t rules_length, const uint8_t *profile, int32_t profile_length,
    int32_t language);

static void write_all(int fd, const void *bytes, size_t length) {
    while (length) {
        IOVector vector = {bytes, length};
        size_t written = 0;
        if (fd_write(fd, &vector, 1, &written) != 0 || written == 0) proc_exit(2);
        bytes = (const char *)bytes + written;
        length -= written;
    }
}

static void write_text(int fd, const char *text) { write_all(fd, text, strlen(text)); }

static void write_number(int fd, size_t value) {
    char digits[24];
    int index = sizeof digits;
    digits[--index] = 0;
    do {
        digits[--index] = (char)('0' + value % 10);
        value /= 10;
    } while (value);
    write_text(fd, digits + index);
}

static int same(const char *a, const char *b) {
    while (*a && *a == *b) a++, b++;
    return *a == *b;
}

static void fail(const char *message) {
    write_text(2, message);
    write_text(2, "\n");
    proc_exit(2);
}

void _start(void) {
    size_t count = 0, size = 0;
    if (args_sizes_get(&count, &size) != 0 || count != 4) {
        fail("usage: runner builtin|rules en|fr COUNT < input");
    }
    char **arguments = malloc(count * sizeof(char *));
    char *buffer = malloc(size);
    if (!arguments || !buffer || args_get(arguments, buffer) != 0) fail("cannot read arguments");
    int with_rules = same(arguments[1], "rules");
    if (!with_rules && !same(arguments[1], "builtin")) fail("expected builtin or rules");
    int32_t language = same(arguments[2], "fr") ? 1 : 0;
    size_t repeat = 0;
    for (const char *p = arguments[3]; *p; p++) {
        if (*p < '0' || *p > '9') fail("expected a count");
        repeat = repeat * 10 + (size_t)(*p - '0');
    }
    if (repeat == 0) fail("expected a count of at least 1");

    // Standard input, whole, in a buffer from the module's allocator.
    size_t capacity = 65536, length = 0;
    uint8_t *input = orgadvisor_alloc((int32_t)capacity);
    for (;;) {
        if (!input) fail("no memory for the input");
        IOVector vector = {input + length, capacity - length};
        size_t read = 0;
        if (fd_read(0, &vector, 1, &read) != 0) fail("cannot read standard input");
        if (read == 0) break;
        length += read;
        if (length == capacity) {
            uint8_t *larger = orgadvisor_alloc((int32_t)(capacity * 2));
            if (!larger) fail("no memory for the input");
            for (size_t i = 0; i < length; i++) larger[i] = input[i];
            orgadvisor_free(input);
            input = larger;
            capacity *= 2;
        }
    }
    const uint8_t *profile = input;
    size_t profile_length = length, rules_length = 0;
    if (with_rules) {
        while (rules_length < length && input[rules_length] != 0) rules_length++;
        if (rules_length == length) fail("expected the rule text, a NUL byte, then the profile");
        profile = input + rules_length + 1;
        profile_length = length - rules_length - 1;
    }

    uint8_t *result = 0;
    size_t heap_after_first = 0;
    for (size_t round = 0; round < repeat; round++) {
        if (result) orgadvisor_free(result);
        result = with_rules
            ? orgadvisor_evaluate_rules(
                  input, (int32_t)rules_length, profile, (int32_t)profile_length, language)
            : orgadvisor_evaluate(profile, (int32_t)profile_length, language);
        if (!result) fail("no result");
        if (round == 0) heap_after_first = orgadvisor_heap_bytes();
    }
    uint32_t status = result[0] | result[1] << 8 | result[2] << 16 | (uint32_t)result[3] << 24;
    uint32_t text = result[4] | result[5] << 8 | result[6] << 16 | (uint32_t)result[7] << 24;
    write_all(1, result + 8, text);
    write_text(2, "heap bytes after 1 evaluation: ");
    write_number(2, heap_after_first);
    write_text(2, ", after ");
    write_number(2, repeat);
    write_text(2, ": ");
    write_number(2, orgadvisor_heap_bytes());
    write_text(2, "\n");
    proc_exit((int)status);
}
