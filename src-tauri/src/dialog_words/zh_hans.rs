//! The native dialogs in Simplified Chinese.

use super::{Ask, DialogWords};

pub(super) const WORDS: DialogWords = DialogWords {
    show_passphrase_again: Ask {
        title: "再次显示密码短语？",
        message: "密码短语的六个词将再次显示在屏幕上。请确认没有其他人能看到屏幕，也没有摄像头对着屏幕。",
        yes: "显示这些词",
    },
    reveal_phrase: Ask {
        title: "显示助记词？",
        message: "助记词将显示在屏幕上。任何看到它们的人都能拿走这个钱包和里面的钱。请确认没有其他人能看到屏幕，也没有摄像头对着屏幕。",
        yes: "显示这些词",
    },
    reveal_seedqr: Ask {
        title: "以二维码显示助记词？",
        message: "助记词将以二维码（SeedQR）显示，供硬件钱包扫描。任何看到或拍下这个二维码的人都能拿走这个钱包和里面的钱。请确认没有其他人能看到屏幕，也没有其他摄像头对着屏幕。",
        yes: "显示二维码",
    },
    open_wallet: Ask {
        title: "使用已保存的助记词？",
        message: "Heirloom 将从这台电脑的钥匙串中读取一个已保存钱包的助记词，用来制作卡片或显示这些词。任何得到这些词的人都能拿走这个钱包和里面的钱。只有在您刚刚亲自要求这样做时才继续，并请确认没有其他人能看到屏幕。",
        yes: "使用助记词",
    },
    cancel: "取消",
    save_cards_pdf: "将卡片保存为 PDF",
    card_pictures_folder: "请选择一个空文件夹，用来保存卡片图片",
    card_texts_folder: "请选择一个空文件夹，用来保存卡片文字",
    export_record: "保存卡片套清单",
    import_record: "打开卡片套清单",
    record_files: "Heirloom 卡片套清单",
};
