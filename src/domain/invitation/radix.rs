//! Whole numbers too big for any integer type, as big-endian bytes: for packing answers in
//! mixed radix, and for writing bytes as decimal digits (a QR code's numeric mode holds 3.3
//! bits a digit, against 8 a character in byte mode) or as the return code's 31 symbols.

/// Digits written for a final chunk of 0 to 7 bytes: the fewest with 10^d ≥ 256^k.
const CHUNK_DIGITS: [usize; 8] = [0, 3, 5, 8, 10, 13, 15, 17];
const CHUNK_BYTES: usize = 7;

/// `number × radix + digit`, keeping the number's length (the caller sized it to fit).
/// Returns false if it overflowed.
fn mul_add(number: &mut [u8], radix: u32, digit: u32) -> bool {
    let mut carry = u64::from(digit);
    for byte in number.iter_mut().rev() {
        let value = u64::from(*byte) * u64::from(radix) + carry;
        *byte = (value & 0xff) as u8;
        carry = value >> 8;
    }
    carry == 0
}

/// Divides the number by `radix` in place, returning the remainder.
fn div_rem(number: &mut [u8], radix: u32) -> u32 {
    let mut rem = 0u64;
    for byte in number.iter_mut() {
        let value = (rem << 8) | u64::from(*byte);
        *byte = (value / u64::from(radix)) as u8;
        rem = value % u64::from(radix);
    }
    rem as u32
}

/// The fewest bytes that hold every number below the product of `radices`.
pub(crate) fn bytes_for(radices: &[u32]) -> usize {
    let mut number = vec![1u8];
    for &radix in radices {
        // Room for one more factor below 2^32.
        number.splice(0..0, [0u8; 4]);
        mul_add(&mut number, radix, 0);
        while number.first() == Some(&0) && number.len() > 1 {
            number.remove(0);
        }
    }
    // The product itself needs number.len() bytes; the largest value (product − 1) fits in
    // one byte fewer when the product is an exact power of 256.
    let power_of_256 = number[0] == 1 && number[1..].iter().all(|&b| b == 0);
    number.len() - usize::from(power_of_256)
}

/// Packs `values[i] < radices[i]` into [`bytes_for`] bytes, first value most significant.
pub(crate) fn pack(values: &[u32], radices: &[u32]) -> Option<Vec<u8>> {
    let mut number = vec![0u8; bytes_for(radices)];
    for (&value, &radix) in values.iter().zip(radices) {
        if value >= radix || !mul_add(&mut number, radix, value) {
            return None;
        }
    }
    (values.len() == radices.len()).then_some(number)
}

/// The values [`pack`] packed, or `None` if the number is beyond what the radices allow.
pub(crate) fn unpack(bytes: &[u8], radices: &[u32]) -> Option<Vec<u32>> {
    if bytes.len() != bytes_for(radices) {
        return None;
    }
    let mut number = bytes.to_vec();
    let mut values: Vec<u32> = radices
        .iter()
        .rev()
        .map(|&radix| div_rem(&mut number, radix))
        .collect();
    values.reverse();
    number.iter().all(|&b| b == 0).then_some(values)
}

/// The bytes as decimal digits, 17 for every 7 bytes.
pub(crate) fn to_decimal(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 17 / 7 + 3);
    for chunk in bytes.chunks(CHUNK_BYTES) {
        let mut number = chunk.to_vec();
        let mut digits: Vec<u8> = (0..CHUNK_DIGITS[chunk.len()])
            .map(|_| b'0' + div_rem(&mut number, 10) as u8)
            .collect();
        digits.reverse();
        out.extend(digits.into_iter().map(char::from));
    }
    out
}

/// The bytes [`to_decimal`] wrote, or `None` for anything it could not have written.
pub(crate) fn from_decimal(text: &str) -> Option<Vec<u8>> {
    let digits = text.as_bytes();
    if !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let full = digits.len() / CHUNK_DIGITS[CHUNK_BYTES];
    let last = digits.len() % CHUNK_DIGITS[CHUNK_BYTES];
    let last_bytes = CHUNK_DIGITS.iter().position(|&d| d == last)?;
    let mut out = Vec::with_capacity(full * CHUNK_BYTES + last_bytes);
    let mut start = 0;
    for len in std::iter::repeat_n(CHUNK_BYTES, full).chain([last_bytes]) {
        let end = start + CHUNK_DIGITS[len];
        let mut number = vec![0u8; len];
        for &digit in &digits[start..end] {
            if !mul_add(&mut number, 10, u32::from(digit - b'0')) {
                return None;
            }
        }
        out.extend(number);
        start = end;
    }
    Some(out)
}

/// The fewest base-`radix` digits that hold every number of `len` bytes.
pub(crate) fn digits_for(len: usize, radix: u32) -> usize {
    let mut number = vec![0xffu8; len];
    let mut digits = 0;
    while number.iter().any(|&b| b != 0) {
        div_rem(&mut number, radix);
        digits += 1;
    }
    digits
}

/// The bytes as exactly [`digits_for`] digits in base `radix`, most significant first.
pub(crate) fn to_radix(bytes: &[u8], radix: u32) -> Vec<u32> {
    let mut number = bytes.to_vec();
    let mut digits: Vec<u32> = (0..digits_for(bytes.len(), radix))
        .map(|_| div_rem(&mut number, radix))
        .collect();
    digits.reverse();
    digits
}

/// The `len` bytes [`to_radix`] wrote, or `None` if the digits are too many or too large.
pub(crate) fn from_radix(digits: &[u32], radix: u32, len: usize) -> Option<Vec<u8>> {
    if digits.len() != digits_for(len, radix) {
        return None;
    }
    let mut number = vec![0u8; len];
    for &digit in digits {
        if digit >= radix || !mul_add(&mut number, radix, digit) {
            return None;
        }
    }
    Some(number)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packing_sizes_follow_the_product_of_the_radices() {
        let cases: &[(&[u32], usize)] = &[
            (&[], 0),
            (&[2], 1),
            (&[256], 1),
            (&[257], 2),
            (&[16, 16], 1),
            (&[16, 17], 2),
            (&[6; 20], 7),
            (&[7; 20], 8),
        ];
        for &(radices, expected) in cases {
            assert_eq!(bytes_for(radices), expected, "{radices:?}");
        }
    }

    #[test]
    fn packed_values_come_back_and_overflow_is_refused() {
        let radices = [6, 6, 7, 1024];
        let values = [5, 0, 6, 1023];
        let packed = pack(&values, &radices).unwrap();
        assert_eq!(unpack(&packed, &radices).unwrap(), values);
        assert_eq!(pack(&[6, 0, 0, 0], &radices), None);
        assert_eq!(pack(&[1, 2], &radices), None);
        assert_eq!(unpack(&[0xff; 3], &radices), None);
    }

    #[test]
    fn decimal_chunks_round_trip_and_odd_lengths_are_refused() {
        for len in 0..30 {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 255) as u8).collect();
            let text = to_decimal(&bytes);
            assert_eq!(from_decimal(&text).unwrap(), bytes, "{len} bytes");
        }
        assert_eq!(to_decimal(&[0xff; 7]), "72057594037927935");
        assert_eq!(from_decimal("1234"), None, "no chunk is 4 digits");
        assert_eq!(from_decimal("999"), None, "999 is more than a byte");
        assert_eq!(from_decimal("12a"), None);
    }

    #[test]
    fn base_31_round_trips_at_a_fixed_length() {
        assert_eq!(digits_for(16, 31), 26);
        for len in [1, 8, 16, 24] {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 91 + 7) as u8).collect();
            let digits = to_radix(&bytes, 31);
            assert_eq!(digits.len(), digits_for(len, 31));
            assert_eq!(from_radix(&digits, 31, len).unwrap(), bytes);
        }
        assert_eq!(from_radix(&[30; 26], 31, 16), None, "beyond 16 bytes");
    }
}
