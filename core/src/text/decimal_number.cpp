#include "text/decimal_number.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace noticekit::text {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Past this many significant digits only whether one of the others is not zero can change the
// rounding: a number halfway between two doubles has at most 767 of them.
constexpr std::size_t max_digits = 768;

// An unsigned integer of any size, with just what the exact rounding below needs of it.
class BigNumber {
 public:
  explicit BigNumber(std::uint32_t value) {
    if (value != 0) limbs_.push_back(value);
  }

  void multiply_add(std::uint32_t factor, std::uint32_t addend) {
    std::uint64_t carry = addend;
    for (auto& limb : limbs_) {
      carry += std::uint64_t{limb} * factor;
      limb = static_cast<std::uint32_t>(carry);
      carry >>= 32;
    }
    if (carry != 0) limbs_.push_back(static_cast<std::uint32_t>(carry));
  }

  void multiply_by_power_of_ten(long long exponent) {
    for (; exponent >= 9; exponent -= 9) multiply_add(1000000000, 0);
    for (; exponent > 0; --exponent) multiply_add(10, 0);
  }

  void shift_left(std::size_t bits) {
    if (limbs_.empty()) return;
    if (const unsigned part = bits % 32; part != 0) {
      std::uint32_t carry = 0;
      for (auto& limb : limbs_) {
        const std::uint32_t next = limb >> (32 - part);
        limb = (limb << part) | carry;
        carry = next;
      }
      if (carry != 0) limbs_.push_back(carry);
    }
    limbs_.insert(limbs_.begin(), bits / 32, 0);
  }

  // Subtracts `other` when it is not larger; says whether it did.
  bool subtract_if_not_less(const BigNumber& other) {
    if (compare(other) < 0) return false;
    std::int64_t borrow = 0;
    for (std::size_t i = 0; i < limbs_.size(); ++i) {
      borrow += std::int64_t{limbs_[i]} - (i < other.limbs_.size() ? other.limbs_[i] : 0);
      limbs_[i] = static_cast<std::uint32_t>(borrow);
      borrow = borrow < 0 ? -1 : 0;
    }
    while (!limbs_.empty() && limbs_.back() == 0) limbs_.pop_back();
    return true;
  }

  int compare(const BigNumber& other) const {
    if (limbs_.size() != other.limbs_.size()) return limbs_.size() < other.limbs_.size() ? -1 : 1;
    for (std::size_t i = limbs_.size(); i-- > 0;)
      if (limbs_[i] != other.limbs_[i]) return limbs_[i] < other.limbs_[i] ? -1 : 1;
    return 0;
  }

  long long bit_length() const {
    return limbs_.empty()
               ? 0
               : static_cast<long long>(limbs_.size() - 1) * 32 + std::bit_width(limbs_.back());
  }

 private:
  std::vector<std::uint32_t> limbs_;  // least significant first, none of zero at the top
};

// digits × 10^exponent (digits without leading or trailing zeros) to the nearest double, by
// exact integer arithmetic: the quotient numerator / (denominator × 2^k) with 53 bits, and
// its remainder for the rounding.
double nearest_double(const std::string& digits, long long exponent) {
  constexpr std::uint64_t hidden_bit = std::uint64_t{1} << 52;
  constexpr int least_exponent = -1074;  // of the smallest subnormal's bit
  BigNumber numerator(0), denominator(1);
  for (const char c : digits) numerator.multiply_add(10, static_cast<std::uint32_t>(c - '0'));
  if (exponent >= 0)
    numerator.multiply_by_power_of_ten(exponent);
  else
    denominator.multiply_by_power_of_ten(-exponent);
  // The quotient then has 53 or 54 bits; one step of k puts it right.
  long long k = numerator.bit_length() - denominator.bit_length() - 53;
  for (;;) {
    k = std::max<long long>(k, least_exponent);
    BigNumber remainder = numerator, divisor = denominator;
    if (k >= 0)
      divisor.shift_left(static_cast<std::size_t>(k));
    else
      remainder.shift_left(static_cast<std::size_t>(-k));
    std::uint64_t quotient = 0;
    for (int bit = 54; bit >= 0; --bit) {
      BigNumber step = divisor;
      step.shift_left(static_cast<std::size_t>(bit));
      if (remainder.subtract_if_not_less(step)) quotient |= std::uint64_t{1} << bit;
    }
    if (quotient >= 2 * hidden_bit) {
      ++k;
      continue;
    }
    if (quotient < hidden_bit && k > least_exponent) {
      --k;
      continue;
    }
    remainder.shift_left(1);
    const int half = remainder.compare(divisor);
    if (half > 0 || (half == 0 && (quotient & 1) != 0)) ++quotient;
    if (quotient == 2 * hidden_bit) {
      quotient /= 2;
      ++k;
    }
    if (k + 52 > std::numeric_limits<double>::max_exponent - 1)
      return std::numeric_limits<double>::infinity();
    return std::ldexp(static_cast<double>(quotient), static_cast<int>(k));
  }
}

}  // namespace

DecimalNumber read_decimal_number(std::string_view text) {
  std::size_t at = 0;
  const bool negative = at < text.size() && text[at] == '-';
  if (negative) ++at;
  const auto digit_at = [&](std::size_t i) { return i < text.size() && is_digit(text[i]); };
  if (!digit_at(at)) return {};

  std::string digits;      // significant, without leading zeros
  long long exponent = 0;  // the number is digits × 10^exponent
  bool dropped_nonzero = false;
  const auto take = [&](char c, bool in_fraction) {
    if (digits.empty() && c == '0') {
      if (in_fraction) --exponent;
    } else if (digits.size() < max_digits) {
      digits += c;
      if (in_fraction) --exponent;
    } else {
      if (!in_fraction) ++exponent;
      dropped_nonzero = dropped_nonzero || c != '0';
    }
  };
  if (text[at] == '0') {
    ++at;
  } else {
    for (; digit_at(at); ++at) take(text[at], false);
  }
  if (at < text.size() && text[at] == '.' && digit_at(at + 1)) {
    for (++at; digit_at(at); ++at) take(text[at], true);
  }
  if (at < text.size() && (text[at] == 'e' || text[at] == 'E')) {
    std::size_t end = at + 1;
    const bool negative_exponent = end < text.size() && text[end] == '-';
    if (end < text.size() && (text[end] == '-' || text[end] == '+')) ++end;
    if (digit_at(end)) {
      // Any exponent past a million says infinity or zero as well as the exact one.
      long long written = 0;
      for (; digit_at(end); ++end) written = std::min(written * 10 + (text[end] - '0'), 1000000LL);
      exponent += negative_exponent ? -written : written;
      at = end;
    }
  }

  const auto signed_value = [&](double magnitude) {
    return DecimalNumber{negative ? -magnitude : magnitude, at};
  };
  if (digits.empty()) return signed_value(0);
  if (dropped_nonzero) {
    // One more non-zero digit past the kept ones decides a tie as all of them would.
    digits += '1';
    --exponent;
  }
  while (digits.back() == '0') {
    digits.pop_back();
    ++exponent;
  }
  // The number lies in [10^(magnitude - 1), 10^magnitude).
  const long long magnitude = static_cast<long long>(digits.size()) + exponent;
  if (magnitude > std::numeric_limits<double>::max_exponent10 + 1)
    return signed_value(std::numeric_limits<double>::infinity());
  if (magnitude <= -324) return signed_value(0);  // below half the smallest subnormal
  // Clinger's fast path: both factors are exact doubles, so their product or quotient is
  // rounded once, correctly.
  constexpr double exact_powers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                     1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                     1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  constexpr long long last_exact = std::size(exact_powers) - 1;
  if (digits.size() <= 15 && exponent >= -last_exact && exponent <= last_exact) {
    double whole = 0;
    for (const char c : digits) whole = whole * 10 + (c - '0');
    return signed_value(exponent >= 0 ? whole * exact_powers[exponent]
                                      : whole / exact_powers[-exponent]);
  }
  return signed_value(nearest_double(digits, exponent));
}

}  // namespace noticekit::text
