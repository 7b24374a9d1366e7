// Decimal text to double for the Embedded Swift standard library (Double(String) calls
// _swift_stdlib_strtod_clocale), correctly rounded (to nearest, ties to even) as the C
// library's strtod in the C locale and the native Double(String) are: a number too large
// is infinity, one too small is zero. The function returns the end of the number read, or
// the start of the text when it reads none; Double(String) accepts the text when that end
// is the end of the text.
//
// Accepted, as strtod does: an optional sign, then digits with an optional decimal point
// (at least one digit) and an optional exponent (e or E, an optional sign, digits);
// hexadecimal digits after 0x with an optional point and binary exponent (p or P); or
// "inf", "infinity", "nan" and "nan(chars)" in any case; and "snan", as the Swift runtime
// reads it.
//
// Method: short numbers (at most 15 significant digits and a power of ten up to 10^22) are
// exact as doubles, so one IEEE multiplication or division rounds them correctly. Others
// are computed exactly with big integers: the value is D × 10^E with D the significant
// digits (the first 800 digits, then one nonzero digit standing for any nonzero rest,
// which cannot change the rounding), written as the fraction A / B, scaled by a power of
// two so that the quotient has 63 or 64 bits; the quotient, its last bits and whether the
// remainder is zero decide the rounding.

#include <stddef.h>
#include <stdint.h>

enum { LIMBS = 160, KEPT_DIGITS = 800 };

typedef struct {
    uint32_t limb[LIMBS];  // little-endian
    int count;             // limbs in use, no leading zero limb
} Big;

static void big_set(Big *x, uint32_t value) {
    x->count = value ? 1 : 0;
    x->limb[0] = value;
}

static void big_mul_add(Big *x, uint32_t factor, uint32_t addend) {
    uint64_t carry = addend;
    for (int i = 0; i < x->count; i++) {
        uint64_t product = (uint64_t)x->limb[i] * factor + carry;
        x->limb[i] = (uint32_t)product;
        carry = product >> 32;
    }
    if (carry) x->limb[x->count++] = (uint32_t)carry;
}

static int big_bits(const Big *x) {
    if (!x->count) return 0;
    return (x->count - 1) * 32 + (32 - __builtin_clz(x->limb[x->count - 1]));
}

static void big_shift_left(Big *x, int bits) {
    if (!x->count || !bits) return;
    int limbs = bits / 32, rest = bits % 32;
    int count = x->count + limbs + 1;
    for (int i = count - 1; i >= 0; i--) {
        int source = i - limbs;
        uint32_t high = source >= 0 && source < x->count ? x->limb[source] : 0;
        uint32_t low = source - 1 >= 0 && source - 1 < x->count ? x->limb[source - 1] : 0;
        x->limb[i] = rest ? (high << rest) | (low >> (32 - rest)) : high;
    }
    x->count = count;
    while (x->count && !x->limb[x->count - 1]) x->count--;
}

static void big_shift_right_one(Big *x) {
    for (int i = 0; i < x->count; i++) {
        uint32_t next = i + 1 < x->count ? x->limb[i + 1] : 0;
        x->limb[i] = (x->limb[i] >> 1) | (next << 31);
    }
    while (x->count && !x->limb[x->count - 1]) x->count--;
}

static int big_compare(const Big *a, const Big *b) {
    if (a->count != b->count) return a->count < b->count ? -1 : 1;
    for (int i = a->count - 1; i >= 0; i--) {
        if (a->limb[i] != b->limb[i]) return a->limb[i] < b->limb[i] ? -1 : 1;
    }
    return 0;
}

/// a -= b, for a >= b.
static void big_subtract(Big *a, const Big *b) {
    int64_t borrow = 0;
    for (int i = 0; i < a->count; i++) {
        int64_t difference = (int64_t)a->limb[i] - (i < b->count ? b->limb[i] : 0) - borrow;
        borrow = difference < 0;
        a->limb[i] = (uint32_t)(difference + (borrow ? (int64_t)1 << 32 : 0));
    }
    while (a->count && !a->limb[a->count - 1]) a->count--;
}

static void big_multiply_by_power_of_ten(Big *x, int64_t exponent) {
    for (; exponent >= 9; exponent -= 9) big_mul_add(x, 1000000000u, 0);
    for (; exponent > 0; exponent--) big_mul_add(x, 10, 0);
}

static double from_bits(uint64_t bits) {
    union {
        uint64_t bits;
        double value;
    } pun = {bits};
    return pun.value;
}

/// The double nearest to (q + f) × 2^e, where q is not zero and f, a fraction in [0, 1),
/// is zero exactly when `inexact` is 0; infinity when it is too large.
static double round_binary(uint64_t q, int64_t e, int inexact) {
    int leading = __builtin_clzll(q);
    q <<= leading;  // 64 bits
    e -= leading;
    if (e > 2000) e = 2000;
    if (e < -2000) e = -2000;
    int bits = 64;
    int exponent = bits - 1 + (int)e;  // of the leading bit
    if (exponent > 1023) return from_bits(0x7FF0000000000000u);
    int keep = exponent >= -1022 ? 53 : exponent + 1075;  // bits down to 2^-1074
    int drop = bits - keep;
    uint64_t mantissa = 0, rest, half;
    int up = 0;
    if (drop <= 64) {
        mantissa = drop == 64 ? 0 : q >> drop;
        rest = drop == 64 ? q : q & (((uint64_t)1 << drop) - 1);
        half = (uint64_t)1 << (drop - 1);
        up = rest > half || (rest == half && (inexact || (mantissa & 1)));
    }
    mantissa += (uint64_t)up;
    uint64_t result;
    if (exponent >= -1022) {
        if (mantissa == (uint64_t)1 << 53) {
            mantissa >>= 1;
            exponent++;
            if (exponent > 1023) return from_bits(0x7FF0000000000000u);
        }
        result = ((uint64_t)(exponent + 1023) << 52) | (mantissa & (((uint64_t)1 << 52) - 1));
    } else {
        result = mantissa;  // 2^52 after rounding up is the smallest normal number
    }
    return from_bits(result);
}

static const double exact_powers[] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/// The double nearest to D × 10^exponent, D given by its decimal digits (no leading zero).
static double decimal_to_double(const char *digits, int count, int64_t exponent) {
    int64_t magnitude = count + exponent;  // 10^(magnitude-1) <= value < 10^magnitude
    if (magnitude > 310) return from_bits(0x7FF0000000000000u);
    if (magnitude < -330) return 0;
    if (count <= 15 && exponent >= -22 && exponent <= 22) {
        uint64_t whole = 0;
        for (int i = 0; i < count; i++) whole = whole * 10 + (uint64_t)(digits[i] - '0');
        double value = (double)whole;  // exact: below 2^53
        return exponent >= 0 ? value * exact_powers[exponent] : value / exact_powers[-exponent];
    }
    static Big numerator, denominator;
    big_set(&numerator, 0);
    for (int i = 0; i < count; i++) big_mul_add(&numerator, 10, (uint32_t)(digits[i] - '0'));
    big_set(&denominator, 1);
    if (exponent >= 0) {
        big_multiply_by_power_of_ten(&numerator, exponent);
    } else {
        big_multiply_by_power_of_ten(&denominator, -exponent);
    }
    // numerator / denominator is in (2^(shift-1), 2^(shift+1)); scale it into (2^62, 2^64).
    int shift = big_bits(&numerator) - big_bits(&denominator);
    int scale = 63 - shift;
    if (scale >= 0) {
        big_shift_left(&numerator, scale);
    } else {
        big_shift_left(&denominator, -scale);
    }
    big_shift_left(&denominator, 63);
    uint64_t quotient = 0;
    for (int bit = 63; bit >= 0; bit--) {
        if (big_compare(&numerator, &denominator) >= 0) {
            big_subtract(&numerator, &denominator);
            quotient |= (uint64_t)1 << bit;
        }
        big_shift_right_one(&denominator);
    }
    return round_binary(quotient, -scale, numerator.count != 0);
}

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; }

static int matches_word(const char *text, const char *word) {
    for (; *word; text++, word++) {
        if (lower((unsigned char)*text) != *word) return 0;
    }
    return 1;
}

static int is_digit(int c) { return c >= '0' && c <= '9'; }

static int hex_value(int c) {
    if (is_digit(c)) return c - '0';
    c = lower(c);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/// Reads an exponent's optional sign and digits at p (after e or p); the end, or p when
/// there are no digits (then the exponent letter is not part of the number).
static const char *read_exponent(const char *p, int64_t *exponent) {
    int negative = *p == '-';
    if (*p == '-' || *p == '+') p++;
    if (!is_digit(*p)) return 0;
    int64_t written = 0;
    for (; is_digit(*p); p++) {
        if (written < 1000000000) written = written * 10 + (*p - '0');
    }
    *exponent = negative ? -written : written;
    return p;
}

/// A decimal number at p; the end, or null when there is no digit.
static const char *read_decimal(const char *p, double *value) {
    static char digits[KEPT_DIGITS + 1];
    int count = 0, any_digit = 0, inexact = 0, after_point = 0;
    int64_t exponent = 0;
    for (;; p++) {
        if (*p == '.' && !after_point) {
            after_point = 1;
            continue;
        }
        if (!is_digit(*p)) break;
        any_digit = 1;
        if (count == 0 && *p == '0') {
            if (after_point) exponent--;
        } else if (count < KEPT_DIGITS) {
            digits[count++] = *p;
            if (after_point) exponent--;
        } else {
            if (!after_point) exponent++;
            if (*p != '0') inexact = 1;
        }
    }
    if (!any_digit) return 0;
    int64_t written = 0;
    if (*p == 'e' || *p == 'E') {
        const char *end = read_exponent(p + 1, &written);
        if (end) p = end;
    }
    exponent += written;
    if (inexact) {
        digits[count++] = '1';
        exponent--;
    }
    *value = count ? decimal_to_double(digits, count, exponent) : 0;
    return p;
}

/// A hexadecimal number at p, after 0x; the end, or null when there is no hex digit.
static const char *read_hexadecimal(const char *p, double *value) {
    uint64_t q = 0;
    int kept = 0, any_digit = 0, inexact = 0, after_point = 0;
    int64_t exponent = 0;
    for (;; p++) {
        if (*p == '.' && !after_point) {
            after_point = 1;
            continue;
        }
        int digit = hex_value(*p);
        if (digit < 0) break;
        any_digit = 1;
        if (kept == 0 && digit == 0) {
            if (after_point) exponent -= 4;
        } else if (kept < 16) {
            q = q << 4 | (uint64_t)digit;
            kept++;
            if (after_point) exponent -= 4;
        } else {
            if (!after_point) exponent += 4;
            if (digit) inexact = 1;
        }
    }
    if (!any_digit) return 0;
    int64_t written = 0;
    if (*p == 'p' || *p == 'P') {
        const char *end = read_exponent(p + 1, &written);
        if (end) p = end;
    }
    *value = q ? round_binary(q, exponent + written, inexact) : 0;
    return p;
}

const char *_swift_stdlib_strtod_clocale(const char *text, double *result) {
    // As the Swift runtime does: "snan" alone, in any case, with or without a sign, is
    // the signaling NaN (without its sign).
    const char *word = text + (*text == '+' || *text == '-');
    if (matches_word(word, "snan") && word[4] == 0) {
        *result = from_bits(0x7FF4000000000000u);
        return word + 4;
    }
    const char *p = text;
    while (*p == ' ' || (*p >= '\t' && *p <= '\r')) p++;
    int negative = *p == '-';
    if (*p == '-' || *p == '+') p++;
    double value = 0;
    const char *end;
    if (matches_word(p, "inf")) {
        end = p + (matches_word(p, "infinity") ? 8 : 3);
        value = from_bits(0x7FF0000000000000u);
    } else if (matches_word(p, "nan")) {
        end = p + 3;
        if (*end == '(') {
            const char *q = end + 1;
            while (is_digit(*q) || (lower(*q) >= 'a' && lower(*q) <= 'z') || *q == '_') q++;
            if (*q == ')') end = q + 1;
        }
        value = from_bits(0x7FF8000000000000u);
    } else if (p[0] == '0' && lower(p[1]) == 'x' && (end = read_hexadecimal(p + 2, &value))) {
        // read: a hexadecimal number
    } else {
        end = read_decimal(p, &value);
        if (!end) {
            *result = 0;
            return text;  // no number: nothing read
        }
    }
    *result = negative ? -value : value;
    return end;
}
