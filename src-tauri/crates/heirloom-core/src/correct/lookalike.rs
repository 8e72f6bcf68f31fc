//! Characters that look alike in print, undone (spec section 14): the mistakes of a text
//! read from a card's print, by the OCR engine or by a tired eye, are not a typist's. They
//! are characters taken for others of a similar shape (`9` for `S`, `6` for `G`), in any
//! number of groups at once, often two in one group, seldom a character gained or lost.
//!
//! So each failing group is offered its readings with up to three characters replaced by
//! their look-alikes, or one by anything, that pass its check, and the card is searched
//! among every combination of those across the failing groups, with the header groups
//! taken from the set's cards when they fail. Each candidate passes every group check and
//! is accepted only when its tag proves it, so searching wider costs time, never
//! certainty; a budget bounds the time.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use super::{failing, group_range, one_in_group, syndrome, Search, HEADER_CHARS, STRAY};
use crate::card::Card;
use crate::text::ALPHABET;

/// At most this many candidate texts are tried for one reading (each a tag check of a
/// few microseconds: a fraction of a second in all).
const BUDGET: usize = 60_000;

/// How many places of a character gained or lost are searched (the budget shared).
const SHIFTS: usize = 16;

/// At most this many groups may fail besides the header's: more is not a reading of
/// this card worth a search.
const MAX_FAILING: usize = 8;

/// At most this many characters of one group replaced by their look-alikes.
const MAX_CHANGES: usize = 3;

/// What a character read for one that does not look like it costs, against one for a
/// look-alike: as much as three look-alikes (which are tried before it), since the engine
/// makes such a mistake about as seldom.
const ANY_COST: usize = 3;

/// At most this many readings of one group are kept (the cheapest).
const MAX_READINGS: usize = 64;

/// At most this many of the set's headers are tried for one read wrong: the nearest.
const HEADS: usize = 4;

/// Characters of the card alphabet that look alike in the card's font (DejaVu Sans Mono),
/// each pair either way: the confusions Tesseract made more than four times reading the
/// `printed-text` pictures of `heirloom-scan-rates` (seeds 100 to 299, not the figures'
/// own), from `5` read as `S` (one in five) down to `7` as `T`.
const PAIRS: &[&[u8; 2]] = &[
    b"5S", b"90", b"0Q", b"9S", b"9Y", b"3J", b"8S", b"6G", b"9Q", b"8B", b"2Z", b"6E", b"3B",
    b"7T", b"0D", b"06",
];

/// The look-alikes of symbol value `v`, as values.
fn lookalikes(v: u8) -> Vec<u8> {
    let Some(&c) = ALPHABET.get(usize::from(v)) else {
        return Vec::new();
    };
    let mut out: Vec<u8> = PAIRS
        .iter()
        .filter_map(|&&[a, b]| match c {
            _ if c == a => Some(b),
            _ if c == b => Some(a),
            _ => None,
        })
        .filter_map(|o| ALPHABET.iter().position(|&a| a == o).map(|p| p as u8))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The readings of group `g` that pass its check with what each costs, cheapest first: up
/// to [`MAX_CHANGES`] characters replaced by look-alikes (one each), one replaced by
/// anything ([`ANY_COST`]).
fn group_readings(vals: &[u8], g: usize) -> Vec<(usize, Vec<u8>)> {
    let r = group_range(g, vals.len());
    let group = &vals[r.clone()];
    let options: Vec<Vec<u8>> = group.iter().map(|&v| lookalikes(v)).collect();
    let mut found: Vec<(usize, Vec<u8>)> = Vec::new();
    let mut current = group.to_vec();
    visit(&options, 0, 0, &mut current, &mut |changed, reading| {
        let mut v = vals.to_vec();
        v[r.clone()].copy_from_slice(reading);
        if changed > 0 && syndrome(&v, g) == Some(0) && !reading.contains(&STRAY) {
            found.push((changed, reading.to_vec()));
        }
    });
    for v in one_in_group(vals, g) {
        let reading = v[r.clone()].to_vec();
        if !reading.contains(&STRAY) && !found.iter().any(|(_, f)| *f == reading) {
            found.push((ANY_COST, reading));
        }
    }
    found.sort_by_key(|(changed, _)| *changed);
    found.truncate(MAX_READINGS);
    found
}

/// Every way of replacing up to [`MAX_CHANGES`] characters of `current` from position `at`
/// on by one of their `options`, each given to `each` with how many were replaced.
fn visit(
    options: &[Vec<u8>],
    at: usize,
    changed: usize,
    current: &mut Vec<u8>,
    each: &mut dyn FnMut(usize, &[u8]),
) {
    if at == options.len() {
        each(changed, current);
        return;
    }
    visit(options, at + 1, changed, current, each);
    if changed == MAX_CHANGES {
        return;
    }
    let original = current[at];
    for &o in &options[at] {
        current[at] = o;
        visit(options, at + 1, changed + 1, current, each);
    }
    current[at] = original;
}

/// Where a character may have been gained or lost: in a failing group (from there on
/// every group is read shifted), or just after it.
fn shifted(vals: &[u8]) -> Vec<usize> {
    let mut places: Vec<usize> = failing(vals)
        .into_iter()
        .flat_map(|g| {
            let r = group_range(g, vals.len());
            r.start..=r.end
        })
        .collect();
    places.dedup();
    places
}

impl Search<'_> {
    /// The card a reading from print was meant to be: the header from the set when it
    /// fails, then every combination of the failing groups' look-alike readings, within
    /// [`BUDGET`]; a character gained or lost in the first failing group is taken out or
    /// put back first.
    pub(super) fn lookalikes(&mut self, vals: &[u8]) -> Option<Card> {
        let len = self.reference.text_len;
        if vals.len() == len {
            return self.with_header(vals, &mut BUDGET.clone());
        }
        let mut fixed: Vec<Vec<u8>> = Vec::new();
        for p in shifted(vals) {
            if vals.len() == len + 1 && p < vals.len() {
                let mut v = vals.to_vec();
                v.remove(p);
                fixed.push(v);
            } else if vals.len() + 1 == len {
                for x in 0..32u8 {
                    let mut v = vals.to_vec();
                    v.insert(p, x);
                    fixed.push(v);
                }
            }
        }
        // The places that leave the fewest groups failing are the likely ones; the
        // budget is shared among the best few.
        fixed.sort_by_cached_key(|v| failing(v).len());
        fixed.truncate(SHIFTS);
        for v in fixed {
            if let Some(card) = self.with_header(&v, &mut (BUDGET / SHIFTS)) {
                return Some(card);
            }
        }
        None
    }

    /// The header as read, or else the set's nearest to it (group 1, the card's number,
    /// tells them apart), each with a share of the budget; then the other failing groups'
    /// readings.
    fn with_header(&mut self, vals: &[u8], budget: &mut usize) -> Option<Card> {
        if self.heads.iter().any(|h| h[..] == vals[..HEADER_CHARS]) {
            return self.combinations(vals, budget);
        }
        let mut heads: Vec<(usize, Vec<u8>)> = self
            .heads
            .iter()
            .map(|h| {
                (
                    h.iter().zip(vals).filter(|(a, b)| a != b).count(),
                    h.clone(),
                )
            })
            .collect();
        heads.sort_by_key(|(d, _)| *d);
        let nearest = heads.first()?.0;
        heads.retain(|(d, _)| *d <= nearest + 2);
        heads.truncate(HEADS);
        let share = *budget / heads.len();
        for (_, head) in heads {
            let mut v = vals.to_vec();
            v[..HEADER_CHARS].copy_from_slice(&head);
            let mut mine = share;
            let found = self.combinations(&v, &mut mine);
            *budget -= share - mine;
            if found.is_some() {
                return found;
            }
        }
        None
    }

    /// The combinations of the failing groups' readings, cheapest first (fewest changes
    /// in all, a look-alike costing one and any other character [`ANY_COST`]), as many as
    /// the budget allows.
    fn combinations(&mut self, vals: &[u8], budget: &mut usize) -> Option<Card> {
        let bad = failing(vals);
        if bad.is_empty() {
            return self.try_text(vals);
        }
        if bad.len() > MAX_FAILING || *budget == 0 {
            return None;
        }
        let lists: Vec<Vec<(usize, Vec<u8>)>> =
            bad.iter().map(|&g| group_readings(vals, g)).collect();
        if lists.iter().any(Vec::is_empty) {
            return None;
        }
        // Each pick is reached once: from a pick, only the readings at or after the one
        // last moved move on.
        let cost = |pick: &[u8]| -> usize {
            pick.iter()
                .zip(&lists)
                .map(|(&k, l)| l[usize::from(k)].0)
                .sum()
        };
        let start = vec![0u8; lists.len()];
        let mut queue = BinaryHeap::from([Reverse((cost(&start), start, 0usize))]);
        let mut v = vals.to_vec();
        while let Some(Reverse((_, pick, from))) = queue.pop() {
            if *budget == 0 {
                return None;
            }
            *budget -= 1;
            for ((&g, list), &k) in bad.iter().zip(&lists).zip(&pick) {
                v[group_range(g, vals.len())].copy_from_slice(&list[usize::from(k)].1);
            }
            if let Some(card) = self.try_text(&v) {
                return Some(card);
            }
            for i in from..pick.len() {
                if usize::from(pick[i]) + 1 < lists[i].len() {
                    let mut next = pick.clone();
                    next[i] += 1;
                    queue.push(Reverse((cost(&next), next, i)));
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::super::{correct_card, Reference};
    use crate::text::GROUP_LEN;
    use crate::{derive_key, split, KdfParams, Passphrase, Phrase, SetParams};

    /// `text` with the character at each of `places` replaced by `by`'s.
    fn misread(text: &str, places: &[(usize, u8)]) -> String {
        let mut b = text.as_bytes().to_vec();
        for &(p, c) in places {
            b[p] = c;
        }
        String::from_utf8(b).unwrap()
    }

    #[test]
    fn a_card_misread_in_many_groups_is_found_and_proven() {
        let phrase = Phrase::generate(24).unwrap();
        let pass = Passphrase::generate();
        let params = SetParams {
            threshold: 2,
            count: 5,
            kdf: KdfParams::new(13, 1, 1).unwrap(),
        };
        let cards = split(&phrase, &pass, params).unwrap();
        let h = cards[0].header();
        let key = derive_key(&pass, &h.set_id.0, h.kdf).unwrap();
        let reference = Reference::of(&cards[0]);
        let text = cards[3].to_text();
        // Each of six groups after the header given a character's look-alike (two in one
        // of them), one a character anything else, and a header group misread too.
        let mut places = Vec::new();
        for g in [4usize, 6, 8, 11, 13, 16] {
            let r = g * GROUP_LEN..(g + 1) * GROUP_LEN - 1;
            let alike = r
                .clone()
                .find(|&p| !super::lookalikes(symbol(text.as_bytes()[p])).is_empty())
                .expect("a character with a look-alike");
            places.push((alike, alike_of(text.as_bytes()[alike])));
        }
        let second = (places[0].0 + 1..5 * GROUP_LEN - 1)
            .find(|&p| !super::lookalikes(symbol(text.as_bytes()[p])).is_empty());
        if let Some(p) = second {
            places.push((p, alike_of(text.as_bytes()[p])));
        }
        let p = 18 * GROUP_LEN + 1;
        places.push((
            p,
            if text.as_bytes()[p] == b'X' {
                b'W'
            } else {
                b'X'
            },
        ));
        places.push((
            7,
            if text.as_bytes()[7] == b'K' {
                b'H'
            } else {
                b'K'
            },
        ));
        let read = misread(&text, &places);
        let (card, groups) = correct_card(&read, &reference, &key).expect("found");
        assert_eq!(card, cards[3]);
        assert!(groups.len() >= 8, "{groups:?}");
        // One character lost, and three groups misread: found too.
        let mut short = misread(&text, &places[1..4]);
        short.remove(9 * GROUP_LEN + 2);
        let (card, _) = correct_card(&short, &reference, &key).expect("found, one lost");
        assert_eq!(card, cards[3]);
        // Never without the tag: the same reading under another passphrase's key.
        let wrong = derive_key(&Passphrase::generate(), &h.set_id.0, h.kdf).unwrap();
        assert!(correct_card(&read, &reference, &wrong).is_none());
    }

    fn symbol(c: u8) -> u8 {
        crate::text::ALPHABET.iter().position(|&a| a == c).unwrap() as u8
    }

    fn alike_of(c: u8) -> u8 {
        crate::text::ALPHABET[usize::from(super::lookalikes(symbol(c))[0])]
    }
}
