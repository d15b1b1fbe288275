//! Eight bytes at a time in a `u64` (SIMD within a register): the few bit
//! tricks the fast paths share. A byte's answer is its top bit.

/// `byte` in each of the eight bytes.
pub const fn splat(byte: u8) -> u64 {
    byte as u64 * 0x0101_0101_0101_0101
}

/// The top bit of every byte.
pub const TOPS: u64 = splat(0x80);

/// Whether all eight bytes of `x` are ASCII.
pub const fn is_ascii(x: u64) -> bool {
    x & TOPS == 0
}

/// The top bit of each byte of `x` (ASCII bytes only) that lies in
/// `lo..=hi` (`lo` at least 1): adding `0x80 - lo` sets a byte's top bit
/// when it is `lo` or more, adding `0x7f - hi` when it is more than `hi`,
/// and neither sum carries into the next byte.
pub const fn ascii_bytes_in(x: u64, lo: u8, hi: u8) -> u64 {
    let at_least_lo = x.wrapping_add(splat(0x80 - lo));
    let above_hi = x.wrapping_add(splat(0x7f - hi));
    at_least_lo & !above_hi & TOPS
}

/// Whether one of the eight bytes of `x` is zero (exact).
pub const fn has_zero_byte(x: u64) -> bool {
    x.wrapping_sub(splat(1)) & !x & TOPS != 0
}

/// Whether one of the eight bytes of `x` is below `n` (exact for `n` up to
/// 0x80).
pub const fn has_byte_below(x: u64, n: u8) -> bool {
    x.wrapping_sub(splat(n)) & !x & TOPS != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every byte value at every place among other bytes, against a byte
    /// loop.
    #[test]
    fn tricks_agree_with_a_byte_loop() {
        for base in [*b"abcdefgh", [0x7f; 8], [0x20; 8], [0xff; 8], [0x41; 8]] {
            for at in 0..8 {
                for b in 0..=255u8 {
                    let mut bytes = base;
                    bytes[at] = b;
                    let x = u64::from_le_bytes(bytes);
                    assert_eq!(is_ascii(x), bytes.is_ascii());
                    assert_eq!(has_zero_byte(x), bytes.contains(&0));
                    for n in [0x01, 0x20, 0x80] {
                        assert_eq!(has_byte_below(x, n), bytes.iter().any(|&c| c < n));
                    }
                    if bytes.is_ascii() {
                        for (lo, hi) in [(b'a', b'z'), (b'0', b'9'), (b' ', b' '), (1, 0x7f)] {
                            let expected = bytes.iter().enumerate().fold(0, |mask, (i, &c)| {
                                mask | u64::from((lo..=hi).contains(&c)) << (8 * i + 7)
                            });
                            assert_eq!(ascii_bytes_in(x, lo, hi), expected, "{bytes:?}");
                        }
                    }
                }
            }
        }
    }
}
