//! The return code a person reads out or types: the sealed answers in 31 symbols that cannot
//! be mistaken for one another, in groups of four, with a check symbol at the end that
//! catches any one mistyped symbol and any two neighbours swapped.

use thiserror::Error;

/// The symbols, in value order: no I, L, O, U or Z (they read as 1, 1, 0, V and 2, and are
/// taken as those when typed). 31 is prime, which makes the check symbol catch every single
/// mistake.
pub const CODE_SYMBOLS: &str = "0123456789ABCDEFGHJKMNPQRSTVWXY";
const RADIX: u32 = 31;
/// Symbols in a group as the code is shown.
pub const GROUP: usize = 4;

/// Why typed text is not a return code, before any invitation is tried.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum CodeError {
    /// Nothing typed.
    #[error("Type the return code from the person's phone, or paste their return link.")]
    Empty,
    /// A character no code has.
    #[error("\"{0}\" is never part of a return code: codes use only the letters and digits shown on the phone.")]
    UnknownCharacter(char),
    /// The check symbol does not match.
    #[error("This code has a typing mistake: check each group of four against the person's phone. The last character is a check that caught it.")]
    Typo,
}

fn value_of(symbol: char) -> Option<u32> {
    let symbol = match symbol.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        'U' => 'V',
        'Z' => '2',
        other => other,
    };
    CODE_SYMBOLS.find(symbol).map(|i| i as u32)
}

fn symbol_of(value: u32) -> char {
    CODE_SYMBOLS
        .as_bytes()
        .get(value as usize)
        .map_or('?', |&b| char::from(b))
}

fn weight(position: usize) -> u32 {
    position as u32 % (RADIX - 1) + 1
}

/// The weighted sum of the values, check symbol included, is a multiple of 31. Weights run 1
/// to 30 and repeat: never 0 (so any one slip shows) and never equal for neighbours (so any
/// swap of two neighbours shows, the check symbol's too).
fn weighted_sum(values: &[u32]) -> u32 {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| weight(i) * v % RADIX)
        .sum::<u32>()
        % RADIX
}

fn check_value(values: &[u32]) -> u32 {
    let rest = (RADIX - weighted_sum(values)) % RADIX;
    // Dividing by the check's weight: w^29 is its inverse modulo the prime 31.
    let w = weight(values.len());
    let inverse = (0..RADIX - 2).fold(1, |acc, _| acc * w % RADIX);
    rest * inverse % RADIX
}

/// The values, then their check symbol, as shown: groups of four separated by spaces.
pub(crate) fn write_code(values: &[u32]) -> String {
    let mut symbols: Vec<char> = values.iter().map(|&v| symbol_of(v)).collect();
    symbols.push(symbol_of(check_value(values)));
    symbols
        .chunks(GROUP)
        .map(|group| group.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The values of a typed code, its check symbol checked and taken off. Case, spaces and
/// dashes are forgiven.
pub(crate) fn read_code(typed: &str) -> Result<Vec<u32>, CodeError> {
    let mut values = Vec::new();
    for c in typed.chars() {
        if c.is_whitespace() || c == '-' {
            continue;
        }
        values.push(value_of(c).ok_or(CodeError::UnknownCharacter(c))?);
    }
    if values.is_empty() {
        return Err(CodeError::Empty);
    }
    if weighted_sum(&values) != 0 {
        return Err(CodeError::Typo);
    }
    values.pop();
    Ok(values)
}

/// The bytes as the code's values, at the fixed length that `len` bytes take.
pub(crate) fn values_of(bytes: &[u8]) -> Vec<u32> {
    super::radix::to_radix(bytes, RADIX)
}

/// The `len` bytes the values hold, if they can.
pub(crate) fn bytes_of(values: &[u32], len: usize) -> Option<Vec<u8>> {
    super::radix::from_radix(values, RADIX, len)
}

/// How many symbols, check included, a code of `len` sealed bytes has.
pub(crate) fn symbols_for(len: usize) -> usize {
    super::radix::digits_for(len, RADIX) + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn look_alikes_case_spaces_and_dashes_are_forgiven() {
        let code = write_code(&[0, 1, 30, 29, 2, 27]);
        assert_eq!(code.len(), 8);
        let typed = code.to_lowercase().replace('0', "o").replace('1', "l");
        assert_eq!(read_code(&typed).unwrap(), [0, 1, 30, 29, 2, 27]);
        let spaced = format!("  {}  ", code.replace(' ', "-"));
        assert_eq!(read_code(&spaced).unwrap(), [0, 1, 30, 29, 2, 27]);
    }

    #[test]
    fn the_check_symbol_catches_every_single_slip_and_swap() {
        let values: Vec<u32> = (0..36).map(|i| (i * 7 + 3) % 31).collect();
        let code: Vec<char> = write_code(&values).replace(' ', "").chars().collect();
        for at in 0..code.len() {
            for other in CODE_SYMBOLS.chars().filter(|&c| c != code[at]) {
                let mut typed = code.clone();
                typed[at] = other;
                let typed: String = typed.into_iter().collect();
                assert_eq!(read_code(&typed), Err(CodeError::Typo), "{typed}");
            }
        }
        for at in 0..code.len() - 1 {
            let mut typed = code.clone();
            if typed[at] != typed[at + 1] {
                typed.swap(at, at + 1);
                let typed: String = typed.into_iter().collect();
                assert_eq!(read_code(&typed), Err(CodeError::Typo), "{typed}");
            }
        }
    }

    #[test]
    fn unknown_characters_and_empty_text_are_named() {
        assert_eq!(read_code("AB!C"), Err(CodeError::UnknownCharacter('!')));
        assert_eq!(read_code(" - "), Err(CodeError::Empty));
    }
}
