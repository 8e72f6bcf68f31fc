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
use std::collections::{BinaryHeap, HashMap};
use std::rc::Rc;

use super::{failing, group_range, group_syndrome, one_in_group, Search, HEADER_CHARS, STRAY};
use crate::card::Card;
use crate::text::ALPHABET;

/// At most this many candidate texts are tried for one reading (each a tag check of a
/// few microseconds: a fraction of a second in all).
const BUDGET: usize = 60_000;

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

/// The readings of group `g` of `vals` that pass its check with what each costs, cheapest
/// first: up to [`MAX_CHANGES`] characters replaced by look-alikes (one each), one replaced
/// by anything ([`ANY_COST`]).
fn group_readings(vals: &[u8], g: usize) -> Readings {
    let r = group_range(g, vals.len());
    let group = &vals[r.clone()];
    let options: Vec<Vec<u8>> = group.iter().map(|&v| lookalikes(v)).collect();
    let mut found: Vec<(usize, Vec<u8>)> = Vec::new();
    let mut current = group.to_vec();
    visit(&options, 0, 0, &mut current, &mut |changed, reading| {
        if changed > 0 && group_syndrome(reading, g) == Some(0) && !reading.contains(&STRAY) {
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
    Rc::new(found)
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

/// Where a character may have been gained or lost: anywhere from the group before the
/// first failing one on (the groups after the place are read shifted, and each fails its
/// check but one time in 32; the group holding the place may pass by chance). Places far
/// from the right one leave too many groups failing to be searched, so this costs little.
fn shifted(vals: &[u8]) -> std::ops::RangeInclusive<usize> {
    let first = failing(vals).first().copied().unwrap_or(0);
    group_range(first.saturating_sub(1), vals.len()).start..=vals.len()
}

/// A group's readings (from [`group_readings`]), shared by every candidate text in which
/// the group holds the same characters.
type Readings = Rc<Vec<(usize, Vec<u8>)>>;

/// A combination waiting in the queue: its cost, the text it starts from (its place in
/// the list), each failing group's reading (its place in the group's list), and the last
/// group whose reading moved.
type Pick = (usize, usize, Vec<u8>, usize);

/// One text the search starts from: a reading with its length mended and the set's header
/// put in, its failing groups, and each one's readings.
struct Start {
    vals: Vec<u8>,
    bad: Vec<usize>,
    lists: Vec<Readings>,
}

impl Search<'_> {
    /// The card a reading from print was meant to be: a character gained or lost taken
    /// out or put back at each likely place, the header from the set when it fails, then
    /// every combination of the failing groups' look-alike readings, cheapest first across
    /// all of those texts at once, within [`BUDGET`].
    pub(super) fn lookalikes(&mut self, vals: &[u8]) -> Option<Card> {
        let len = self.reference.text_len;
        let mut mended: Vec<Vec<u8>> = Vec::new();
        if vals.len() == len {
            mended.push(vals.to_vec());
        } else if vals.len() == len + 1 {
            for p in shifted(vals).filter(|&p| p < vals.len()) {
                let mut v = vals.to_vec();
                v.remove(p);
                mended.push(v);
            }
        } else if vals.len() + 1 == len {
            for p in shifted(vals) {
                for x in 0..32u8 {
                    let mut v = vals.to_vec();
                    v.insert(p, x);
                    mended.push(v);
                }
            }
        }
        let texts: Vec<Vec<u8>> = mended.iter().flat_map(|v| self.headers(v)).collect();
        self.combinations(texts)
    }

    /// `vals` with its header as read when it is one of the set's, or else with each of
    /// the set's nearest to it (group 1, the card's number, tells them apart).
    fn headers(&self, vals: &[u8]) -> Vec<Vec<u8>> {
        if self.heads.iter().any(|h| h[..] == vals[..HEADER_CHARS]) {
            return vec![vals.to_vec()];
        }
        let mut heads: Vec<(usize, &Vec<u8>)> = self
            .heads
            .iter()
            .map(|h| (h.iter().zip(vals).filter(|(a, b)| a != b).count(), h))
            .collect();
        heads.sort_by_key(|(d, _)| *d);
        let Some(&(nearest, _)) = heads.first() else {
            return Vec::new();
        };
        heads.retain(|(d, _)| *d <= nearest + 2);
        heads.truncate(HEADS);
        heads
            .into_iter()
            .map(|(_, head)| {
                let mut v = vals.to_vec();
                v[..HEADER_CHARS].copy_from_slice(head);
                v
            })
            .collect()
    }

    /// The combinations of each text's failing groups' readings, cheapest first over all
    /// the texts together (fewest changes in all, a look-alike costing one and any other
    /// character [`ANY_COST`]), as many as [`BUDGET`] allows. One queue for all of them,
    /// rather than a share of the budget each, so that a wrong place for a lost character
    /// that happens to leave few groups failing cannot crowd out the right one.
    fn combinations(&mut self, texts: Vec<Vec<u8>>) -> Option<Card> {
        let mut known: HashMap<(usize, Vec<u8>), Readings> = HashMap::new();
        let mut starts: Vec<Start> = Vec::new();
        for vals in texts {
            let bad = failing(&vals);
            if bad.len() > MAX_FAILING {
                continue;
            }
            let lists: Vec<Readings> = bad
                .iter()
                .map(|&g| {
                    let group = vals[group_range(g, vals.len())].to_vec();
                    known
                        .entry((g, group))
                        .or_insert_with(|| group_readings(&vals, g))
                        .clone()
                })
                .collect();
            if lists.iter().all(|l| !l.is_empty()) {
                starts.push(Start { vals, bad, lists });
            }
        }
        let cost = |start: &Start, pick: &[u8]| -> usize {
            pick.iter()
                .zip(&start.lists)
                .map(|(&k, l)| l[usize::from(k)].0)
                .sum()
        };
        // Each pick is reached once: from a pick, only the readings at or after the one
        // last moved move on.
        let mut queue: BinaryHeap<Reverse<Pick>> = starts
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let pick = vec![0u8; s.lists.len()];
                Reverse((cost(s, &pick), i, pick, 0))
            })
            .collect();
        let mut budget = BUDGET;
        while let Some(Reverse((_, i, pick, from))) = queue.pop() {
            if budget == 0 {
                return None;
            }
            budget -= 1;
            let start = &starts[i];
            let mut v = start.vals.clone();
            for ((&g, list), &k) in start.bad.iter().zip(&start.lists).zip(&pick) {
                v[group_range(g, start.vals.len())].copy_from_slice(&list[usize::from(k)].1);
            }
            if let Some(card) = self.try_text(&v) {
                return Some(card);
            }
            for j in from..pick.len() {
                if usize::from(pick[j]) + 1 < start.lists[j].len() {
                    let mut next = pick.clone();
                    next[j] += 1;
                    queue.push(Reverse((cost(start, &next), i, next, j)));
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::super::{correct_card, failing, Reference};
    use crate::card::Card;
    use crate::kdf::Key;
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

    /// A fresh 2-of-5 set of a 24-word phrase, one of its cards (not the first) whose
    /// text `fits`, the set's key and its reference. Sets are made until one card fits.
    fn a_card_that(fits: impl Fn(&str) -> bool) -> (Card, Key, Reference) {
        let phrase = Phrase::generate(24).unwrap();
        let pass = Passphrase::generate();
        let params = SetParams {
            threshold: 2,
            count: 5,
            kdf: KdfParams::new(13, 1, 1).unwrap(),
        };
        let (cards, i) = std::iter::repeat_with(|| split(&phrase, &pass, params).unwrap())
            .find_map(|cards| {
                let i = (1..cards.len()).find(|&i| fits(&cards[i].to_text()))?;
                Some((cards, i))
            })
            .unwrap();
        let h = cards[0].header();
        let key = derive_key(&pass, &h.set_id.0, h.kdf).unwrap();
        (cards[i].clone(), key, Reference::of(&cards[0]))
    }

    /// The first character of group `g` (not its check) that has a look-alike.
    fn alike_in(text: &str, g: usize) -> Option<usize> {
        (g * GROUP_LEN..(g + 1) * GROUP_LEN - 1).find(|&p| has_alike(text.as_bytes()[p]))
    }

    #[test]
    fn a_card_misread_in_many_groups_is_found_and_proven() {
        // Each of six groups after the header given a character's look-alike (two in the
        // first), one a character anything else, and a header group misread too. Not every
        // group of a random card has a character with a look-alike (one in about 27 has
        // none), so the card misread is one whose six groups all have one.
        const GROUPS: [usize; 6] = [4, 6, 8, 11, 13, 16];
        let (card, key, reference) =
            a_card_that(|text| GROUPS.iter().all(|&g| alike_in(text, g).is_some()));
        let text = card.to_text();
        let mut places: Vec<(usize, u8)> = GROUPS
            .iter()
            .map(|&g| alike_in(&text, g).unwrap())
            .map(|p| (p, alike_of(text.as_bytes()[p])))
            .collect();
        // The second look-alike of group 5 is one that leaves the group failing its check:
        // two misread characters that pass it (one time in 32) are beyond a search of the
        // failing groups, and the tag refuses the text as read.
        let second = (places[0].0 + 1..5 * GROUP_LEN - 1).find(|&p| {
            let c = text.as_bytes()[p];
            has_alike(c) && {
                let twice = misread(&text, &[places[0], (p, alike_of(c))]);
                failing(&values(&twice)).contains(&4)
            }
        });
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
        let (found, groups) = correct_card(&read, &reference, &key).expect("found");
        assert_eq!(found, card);
        assert!(groups.len() >= 8, "{groups:?}");
        // One character lost, and three groups misread: found too.
        let mut short = misread(&text, &places[1..4]);
        short.remove(9 * GROUP_LEN + 2);
        let (found, _) = correct_card(&short, &reference, &key).expect("found, one lost");
        assert_eq!(found, card);
        // Never without the tag: the same reading under another passphrase's key.
        let h = reference.header;
        let wrong = derive_key(&Passphrase::generate(), &h.set_id.0, h.kdf).unwrap();
        assert!(correct_card(&read, &reference, &wrong).is_none());
    }

    #[test]
    fn a_character_lost_where_its_group_still_passes_is_put_back() {
        // A character lost from group 10 such that the group, read one character on,
        // still passes its check (one place in 32 does): the groups from 11 on fail, and
        // the place is searched all the same. Groups 5 and 7 misread by a look-alike too.
        let lost_in = |text: &str| {
            (9 * GROUP_LEN..10 * GROUP_LEN).find(|&p| {
                let mut t = text.to_string();
                t.remove(p);
                !failing(&values(&t)).contains(&9)
            })
        };
        let (card, key, reference) = a_card_that(|text| {
            lost_in(text).is_some() && alike_in(text, 4).is_some() && alike_in(text, 6).is_some()
        });
        let text = card.to_text();
        let places: Vec<(usize, u8)> = [4, 6]
            .iter()
            .map(|&g| alike_in(&text, g).unwrap())
            .map(|p| (p, alike_of(text.as_bytes()[p])))
            .collect();
        let mut short = misread(&text, &places);
        short.remove(lost_in(&text).unwrap());
        let (found, _) = correct_card(&short, &reference, &key).expect("found, one lost");
        assert_eq!(found, card);
    }

    fn symbol(c: u8) -> u8 {
        crate::text::ALPHABET.iter().position(|&a| a == c).unwrap() as u8
    }

    fn values(text: &str) -> Vec<u8> {
        text.bytes().map(symbol).collect()
    }

    fn has_alike(c: u8) -> bool {
        !super::lookalikes(symbol(c)).is_empty()
    }

    fn alike_of(c: u8) -> u8 {
        crate::text::ALPHABET[usize::from(super::lookalikes(symbol(c))[0])]
    }
}
