// The smoke test's runner: linked with the module's objects into a second module (the
// module itself imports nothing) that wasmkit runs as a WASI command. It calls the exported
// functions as a page would, through the module's memory:
//
//     wasmkit run smoke.wasm builtin LANG COUNT < profile.json
//     wasmkit run smoke.wasm rules LANG COUNT < rules-NUL-profile
//     wasmkit run smoke.wasm CALL LANG COUNT ARCHIVE_LENGTH < archive-then-profile
//
// LANG is en or fr; the call runs COUNT times (the results are freed but the last) and
// the last result's text goes to standard output. CALL is load, catalog, evaluate, whatif,
// next or report: the input's first ARCHIVE_LENGTH bytes are a rule archive that
// orgadvisor_load makes current first (0: the built-in rules), the rest the profile; load
// loads the archive COUNT times (each replacing the one before). Exit status: the result's status
// (0 evaluation, 1 error message), 2 for bad arguments or no memory. Standard error gets
// the heap's size and the bytes in use after the first and after the last call, so that
// the caller can check that freed memory is reused and nothing is left behind.

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
size_t orgadvisor_live_bytes(void);

void *orgadvisor_alloc(int32_t size);
void orgadvisor_free(void *pointer);
void *orgadvisor_evaluate(const uint8_t *profile, int32_t length, int32_t language);
void *orgadvisor_evaluate_builtin(const uint8_t *profile, int32_t length, int32_t language);
void *orgadvisor_evaluate_rules(
    const uint8_t *rules, int32_t rules_length, const uint8_t *profile, int32_t profile_length,
    int32_t language);
void *orgadvisor_load(const uint8_t *archive, int32_t length);
void *orgadvisor_catalog(void);
void *orgadvisor_whatif(const uint8_t *profile, int32_t length);
void *orgadvisor_next_question(
    const uint8_t *profile, int32_t length, const uint8_t *excluded, int32_t excluded_length,
    int32_t language);
void *orgadvisor_report(const uint8_t *profile, int32_t length, int32_t language);

enum Call { BUILTIN, RULES, LOAD, CATALOG, EVALUATE, WHATIF, NEXT, REPORT };

static const char *const call_names[] = {
    "builtin", "rules", "load", "catalog", "evaluate", "whatif", "next", "report",
};

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

static size_t number(const char *text) {
    size_t value = 0;
    if (!*text) fail("expected a number");
    for (const char *p = text; *p; p++) {
        if (*p < '0' || *p > '9') fail("expected a number");
        value = value * 10 + (size_t)(*p - '0');
    }
    return value;
}

/// One call of the export `call` on the input.
static uint8_t *perform(
    int call, const uint8_t *input, size_t rules_length, size_t archive_length,
    const uint8_t *profile, size_t profile_length, int32_t language) {
    int32_t length = (int32_t)profile_length;
    switch (call) {
    case BUILTIN: return orgadvisor_evaluate_builtin(profile, length, language);
    case RULES:
        return orgadvisor_evaluate_rules(input, (int32_t)rules_length, profile, length, language);
    case LOAD: return orgadvisor_load(input, (int32_t)archive_length);
    case CATALOG: return orgadvisor_catalog();
    case EVALUATE: return orgadvisor_evaluate(profile, length, language);
    case WHATIF: return orgadvisor_whatif(profile, length);
    case NEXT: return orgadvisor_next_question(profile, length, 0, 0, language);
    default: return orgadvisor_report(profile, length, language);
    }
}

void _start(void) {
    size_t count = 0, size = 0;
    if (args_sizes_get(&count, &size) != 0 || count < 4 || count > 5) {
        fail("usage: runner builtin|rules|CALL en|fr COUNT [ARCHIVE_LENGTH] < input");
    }
    char **arguments = malloc(count * sizeof(char *));
    char *buffer = malloc(size);
    if (!arguments || !buffer || args_get(arguments, buffer) != 0) fail("cannot read arguments");
    int call = -1;
    for (int index = 0; index < (int)(sizeof call_names / sizeof *call_names); index++) {
        if (same(arguments[1], call_names[index])) call = index;
    }
    if (call < 0) fail("expected builtin, rules, load, catalog, evaluate, whatif, next or report");
    if ((call <= RULES) != (count == 4)) fail("expected an archive length after a call's count");
    int with_rules = call == RULES;
    int32_t language = same(arguments[2], "fr") ? 1 : 0;
    size_t repeat = number(arguments[3]);
    size_t archive_length = count == 5 ? number(arguments[4]) : 0;
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
    if (archive_length > length) fail("the input is shorter than the archive length");
    if (archive_length && call != LOAD) {
        uint8_t *loaded = orgadvisor_load(input, (int32_t)archive_length);
        if (!loaded || loaded[0] != 0) fail("the archive did not load");
        orgadvisor_free(loaded);
    }
    const uint8_t *profile = input + archive_length;
    size_t profile_length = length - archive_length, rules_length = 0;
    if (with_rules) {
        while (rules_length < length && input[rules_length] != 0) rules_length++;
        if (rules_length == length) fail("expected the rule text, a NUL byte, then the profile");
        profile = input + rules_length + 1;
        profile_length = length - rules_length - 1;
    }

    uint8_t *result = 0;
    size_t heap_after_first = 0, live_after_first = 0;
    for (size_t round = 0; round < repeat; round++) {
        if (result) orgadvisor_free(result);
        result = perform(call, input, rules_length, archive_length, profile, profile_length, language);
        if (!result) fail("no result");
        if (round == 0) {
            heap_after_first = orgadvisor_heap_bytes();
            live_after_first = orgadvisor_live_bytes();
        }
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
    write_text(2, "\nlive bytes after 1 call: ");
    write_number(2, live_after_first);
    write_text(2, ", after ");
    write_number(2, repeat);
    write_text(2, ": ");
    write_number(2, orgadvisor_live_bytes());
    write_text(2, "\n");
    proc_exit((int)status);
}
