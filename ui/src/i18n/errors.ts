// The words for an error the app reports, in the current language, built from its kind and
// `details` (never read out of Rust's English `message`). `ERROR_TEXT` has one entry per
// kind of the generated bindings: tsc fails when Rust adds a kind and it has no words here.
import type { ErrorKind, Field, IpcError as AppError } from "../bindings/ipc";
import { list, t, language } from "./index";

type Kind = ErrorKind["kind"];
type DetailsOf<K extends Kind> = Extract<ErrorKind, { kind: K }>["details"];

/**
 * Kinds whose `message` Rust sometimes words with facts `details` lacks: which typed card
 * could not be corrected. English shows Rust's own words for these; other languages the
 * catalogue's, built from `details`.
 */
export const MESSAGE_HAS_MORE: ReadonlySet<Kind> = new Set<Kind>(["typo", "damaged"]);

const byField = <P extends string>(prefix: P, f: Field) => `${prefix}.${f}` as const;

export const ERROR_TEXT: { [K in Kind]: (d: DetailsOf<K>) => string } = {
  not_a_card: () => t("error.not_a_card"),
  typo: (d) => t("error.typo", { group: d.group }),
  damaged: (d) => (d.index === null ? t("error.damaged.unknown") : t("error.damaged", { index: d.index })),
  other_set: (d) =>
    d.found_label === null
      ? t("error.other_set", { expected: d.expected, found: d.found })
      : d.expected_label === null
        ? t("error.other_set.named", { found_label: d.found_label })
        : t("error.other_set.namedBoth", { found_label: d.found_label, expected_label: d.expected_label }),
  duplicate: (d) => t("error.duplicate", { index: d.index }),
  not_enough_cards: (d) => t("error.not_enough_cards", { have: d.have, need: d.need, count: d.need - d.have }),
  wrong_passphrase: () => t("error.wrong_passphrase"),
  unsupported_version: (d) => t("error.unsupported_version", { version: d.version }),
  kdf_out_of_bounds: () => t("error.kdf_out_of_bounds"),
  bad_word_count: (d) => t("error.bad_word_count", { count: d.count }),
  unknown_word: (d) => t("error.unknown_word", { position: d.position }),
  bad_checksum: () => t("error.bad_checksum"),
  invalid_threshold: (d) => t("error.invalid_threshold", { threshold: d.threshold, count: d.count }),
  invalid_kdf_params: () => t("error.invalid_kdf_params"),
  weak_passphrase: () => t("error.weak_passphrase"),
  well_known_passphrase: () => t("error.well_known_passphrase"),
  empty_passphrase: () => t("error.empty_passphrase"),
  invalid_dice: (d) => t("error.invalid_dice", { min: d.min }),
  keychain_unavailable: () => t("error.keychain_unavailable"),
  keychain_mismatch: () => t("error.keychain_mismatch"),
  wallet_exists: (d) =>
    d.name !== null && d.saved_fingerprint !== null && d.new_fingerprint !== null
      ? t("error.wallet_exists.named", { name: d.name, saved: d.saved_fingerprint, new: d.new_fingerprint })
      : t("error.wallet_exists"),
  wallet_not_found: () => t("error.wallet_not_found"),
  invalid_wallet_name: () => t("error.invalid_wallet_name"),
  unreadable_file: () => t("error.unreadable_file"),
  unreadable_image: () => t("error.unreadable_image"),
  pdf_without_pictures: () => t("error.pdf_without_pictures"),
  no_qr_code: () => t("error.no_qr_code"),
  no_qr_code_no_ocr: () => t("error.no_qr_code_no_ocr"),
  printed_unsure: (d) => (d.group === null ? t("error.printed_unsure") : t("error.printed_unsure.group", { group: d.group })),
  card_too_large: () => t("error.card_too_large"),
  invalid_print_layout: () => t("error.invalid_print_layout"),
  render_failed: () => t("error.render_failed"),
  randomness: () => t("error.randomness"),
  record_too_new: () => t("error.record_too_new"),
  record_damaged: (d) => t("error.record_damaged", { kept: d.kept }),
  record_unavailable: (d) => t("error.record_unavailable", { path: d.path }),
  no_data_folder: () => t("error.no_data_folder"),
  record_unreadable: (d) => t("error.record_unreadable", { path: d.path }),
  record_busy: () => t("error.record_busy"),
  data_folder_not_a_folder: (d) => t("error.data_folder_not_a_folder", { path: d.path }),
  // Sizes are written as Rust writes them, without thousands separators.
  record_file_too_large: (d) => t("error.record_file_too_large", { path: d.path, limit_mb: String(d.limit_mb) }),
  too_many_sets: (d) => t("error.too_many_sets", { limit: d.limit }),
  record_full: (d) => t("error.record_full", { limit_mb: String(d.limit_mb) }),
  duplicate_set_in_file: (d) => t("error.duplicate_set_in_file", { set_id: d.set_id }),
  invalid_set_in_file: (d) => t("error.invalid_set_in_file", { set_id: d.set_id, reason: kindText(d.reason) }),
  text_too_long: (d) => t(byField("error.text_too_long", d.field), { chars: d.chars, limit: d.limit }),
  control_character: (d) => t(byField("error.control_character", d.field)),
  not_a_record_file: () => t("error.not_a_record_file"),
  set_exists: (d) => t("error.set_exists", { set_id: d.set_id }),
  set_not_found: (d) => t("error.set_not_found", { set_id: d.set_id }),
  no_such_card: (d) => t("error.no_such_card", { index: d.index, count: d.count }),
  set_replaces_itself: (d) => t("error.set_replaces_itself", { set_id: d.set_id }),
  invalid_check_interval: (d) => t("error.invalid_check_interval", { days: d.days }),
  different_wallet: (d) => t("error.different_wallet", { expected: d.expected, found: d.found }),
  wallet_already_saved: (d) => t("error.wallet_already_saved", { name: d.name, fingerprint: d.fingerprint }),
  wallet_changed: () => t("error.wallet_changed"),
  picture_too_large: (d) => t("error.picture_too_large", { megapixels: d.megapixels, limit: d.limit }),
  scan_file_too_large: (d) => t("error.scan_file_too_large", { megabytes: d.megabytes, limit: d.limit }),
  too_many_pages: (d) => t("error.too_many_pages", { read: d.read, pages: d.pages, limit: d.limit }),
  too_many_pictures: (d) => t("error.too_many_pictures", { read: d.read, pages: d.pages, limit: d.limit }),
  scan_time_up: (d) => t("error.scan_time_up", { read: d.read, pages: d.pages, seconds: d.seconds }),
  scan_not_a_file: () => t("error.scan_not_a_file"),
  scan_cancelled: () => t("error.scan_cancelled"),
  too_many_cards: (d) => t("error.too_many_cards", { limit: d.limit }),
  unprintable: (d) => t(byField("error.unprintable", d.field), { character: d.character }),
  expired: () => t("error.expired"),
  timed_out: () => t("error.timed_out"),
  internal: () => t("error.internal"),
  verify_needs_every_card: (d) => t("error.verify_needs_every_card", { need: d.need, count: d.have }),
  passphrase_mismatch: (d) =>
    d.position !== null
      ? t("error.passphrase_mismatch.word", { position: d.position })
      : t("error.passphrase_mismatch.count", { count: d.typed ?? 0, expected: d.expected ?? 0 }),
  written_words_differ: (d) =>
    d.positions.length
      ? t("error.written_words_differ", { count: d.positions.length, list: list(d.positions) })
      : t("error.written_words_differ.none"),
  too_many_wrong_words: (d) => t("error.too_many_wrong_words", { allowed: d.allowed }),
  passphrase_not_confirmed: () => t("error.passphrase_not_confirmed"),
  not_shown_again: () => t("error.not_shown_again"),
  declined: () => t("error.declined"),
  all_cards_needed: (d) => t("error.all_cards_needed", { count: d.count }),
  not_confirmed: (d) =>
    d.what === "replace_wallet" ? t("error.not_confirmed.replace_wallet", { expected: d.expected ?? "" }) : t(`error.not_confirmed.${d.what}`),
  only_copy: (d) => t("error.only_copy", { name: d.name }),
  bad_set_id: () => t("error.bad_set_id"),
  io: (d) => t("error.io", { path: d.path, reason: d.reason }),
  file_appeared: (d) => t("error.file_appeared", { path: d.path }),
  file_exists: (d) => t("error.file_exists", { folder: d.folder, name: d.name }),
};

/** The words for a kind with its details (an error nested in another has no message). */
export function kindText(k: ErrorKind): string {
  const f = ERROR_TEXT[k.kind] as ((d: unknown) => string) | undefined;
  return f ? f(k.details) : "";
}

/**
 * The words a person reads for an error of the app: the catalogue's, in the current
 * language; Rust's English `message` for a kind the catalogue does not know (a newer
 * app than this page) and, in English, for the kinds Rust words with more facts.
 */
export function errorText(e: AppError | { kind: "unexpected"; message: string }): string {
  if (e.kind === "unexpected") return t("error.unexpected");
  if (language() === "en" && MESSAGE_HAS_MORE.has(e.kind)) return e.message;
  return kindText(e) || e.message;
}

/** Why the keychain can't be used, from its status. */
export function keychainText(problem: AppError | null): string {
  return problem ? errorText(problem) : t("error.keychain_unavailable");
}
