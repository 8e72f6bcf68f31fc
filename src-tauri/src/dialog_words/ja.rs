//! The native dialogs in Japanese.

use super::{Ask, DialogWords};

pub(super) const WORDS: DialogWords = DialogWords {
    show_passphrase_again: Ask {
        title: "パスフレーズをもう一度表示しますか？",
        message: "パスフレーズの6つの単語が、もう一度画面に表示されます。ほかの人に画面が見えないこと、カメラが画面に向いていないことを確かめてください。",
        yes: "単語を表示",
    },
    reveal_phrase: Ask {
        title: "リカバリーフレーズを表示しますか？",
        message: "リカバリーフレーズの単語が画面に表示されます。これを見た人は誰でも、ウォレットとそのお金を奪うことができます。ほかの人に画面が見えないこと、カメラが画面に向いていないことを確かめてください。",
        yes: "単語を表示",
    },
    reveal_seedqr: Ask {
        title: "リカバリーフレーズをQRコードで表示しますか？",
        message: "ハードウェアウォレットで読み取るために、リカバリーフレーズがQRコード（SeedQR）で表示されます。このコードを見たり撮影したりした人は誰でも、ウォレットとそのお金を奪うことができます。ほかの人に画面が見えないこと、ほかのカメラが画面に向いていないことを確かめてください。",
        yes: "コードを表示",
    },
    cancel: "キャンセル",
    save_cards_pdf: "カードをPDFで保存",
    card_pictures_folder: "カードの画像を保存する空のフォルダーを選んでください",
    card_texts_folder: "カードの文字を保存する空のフォルダーを選んでください",
    export_record: "バックアップのセットの記録を保存",
    import_record: "バックアップのセットの記録を開く",
    record_files: "Heirloomのバックアップのセットの記録",
};
