//! The family guide in Simplified Chinese (简体中文).

use super::GuideWords;

pub(crate) const WORDS: GuideWords = GuideWords {
    title: "如何找回钱包",
    subtitle: "给家人的指南 — {about}",
    about_label: "“{label}”",
    about_set: "卡片套 {id}",
    about_made: "制作于 {date}",
    about_fingerprint: "钱包指纹 {fingerprint}",
    fingerprint_not_printed: "（未印出）",
    what_heading: "这些卡片是什么",
    what: "一个钱包的助记词（它的{words}个秘密的词）已经用Heirloom程序分成了{n}张卡片。\
           这{n}张卡片中任意{t}张，加上密码短语，就能原样找回这些词。少于{t}张卡片，\
           即使有密码短语，也不会泄露任何信息：一张卡片即使丢失了或被陌生人捡到，\
           也泄露不了任何东西。",
    need_heading: "您需要什么",
    need_cards:
        "这套卡片中{t}张不同的卡片。每张卡片上都印着“Card\u{a0}i\u{a0}of\u{a0}{n}”（第i张，共\
                 {n}张），卡片套编号（印在“set”后面）以 {short} 开头。",
    need_passphrase: "密码短语：制作卡片时选定的几个词。它没有印在卡片上。",
    need_passphrase_one_line: "密码短语：制作卡片时选定的几个词。它没有印在卡片上，除非有人\
                               把它写在了卡片{i}的密码短语横线上。",
    need_passphrase_every_line: "密码短语：制作卡片时选定的几个词。它没有印在卡片上，除非有人\
                                 把它写在了某张卡片的密码短语横线上。",
    need_computer: "一台装有Heirloom的电脑（Heirloom是免费程序）。在Linux上，请安装它的\
                    软件包（Debian和Ubuntu用.deb，Fedora用.rpm），这些软件包与源代码\
                    一同发布；或者请一位您信任的人帮您安装。如果再也找不到这个程序，请把下一页\
                    交给一位程序员：那一页完整地说明了这些卡片。",
    steps_heading: "一步一步找回钱包",
    step_1: "如果可以，请断开电脑的网络连接。打开Heirloom，选择“用卡片恢复钱包”。",
    step_2: "把每张卡片对着摄像头，或者打开卡片的照片或扫描件（一页上有好几张卡片也可以），\
             或者输入二维码下面印的文字。",
    step_3: "Heirloom会告诉您它已经有哪些卡片、还需要几张。有了{t}张卡片后，输入密码短语。",
    step_4: "Heirloom会显示助记词和钱包指纹。把这些词输入一个钱包应用，就能动用里面的资金；\
             请像保管卡片一样妥善保管这些词。输入之前，请先确认指纹是 {fingerprint}。",
    step_4_no_fingerprint: "Heirloom会显示助记词和钱包指纹。把这些词输入一个钱包应用，就能动用里面的资金；请像保管卡片一样妥善保管这些词。",
    damaged_heading: "如果卡片损坏了",
    damaged: "如果它的二维码扫不出来，请输入二维码下面印的文字。如果文字也有一部分看不清，\
              请改用另一张卡片：任意{t}张都可以。卡片损坏、来自另一套、或者重复添加时，\
              Heirloom都会用简单的话告诉您；它绝不会给出错误的词：损坏的卡片会被拒绝，\
              而不是靠猜测。",
    typing_heading: "输入文字",
    typing: "文字每六个字符为一组；每组的最后一个字符用来校验前五个。请按顺序输入各组。空格、\
             连字符和大小写都没关系。从不使用字母I、L、O和U：圆形的字符是数字零。如果\
             Heirloom说某一组看起来不对，请把那一组与卡片比对：每行开头的小数字是该行第一组\
             的编号。",
    passphrase_heading: "密码短语",
    passphrase_heading_one_line: "卡片{i}上的密码短语横线",
    passphrase_heading_every_line: "卡片上的密码短语横线",
    passphrase_apart: "请把密码短语与卡片分开存放：这样即使{t}张卡片被偷，也毫无用处。",
    passphrase_key: "把密码短语写在{card}上，它就成了一张“钥匙卡”：它和{others}一起，不需要任何人\
                     知道密码短语就能打开钱包。如果您这样做，请把钥匙卡交给您最信任的人，并且\
                     绝不要把它和另一张卡片放在一起。",
    key_card_numbered: "卡片{i}",
    key_card_any: "一张卡片",
    others_one: "任意另一张卡片",
    others_many: "任意另外{k}张卡片",
    passphrase_one_line: "{apart}只有卡片{i}上有写它的横线；让横线空着最安全。{key}绝不要把\
                          密码短语写在别的卡片上。",
    passphrase_every_line: "{apart}每张卡片上都有写它的横线；让横线都空着最安全。{key}最多只写在\
                            一张卡片上。",
    passphrase_no_line: "{apart}卡片上没有写它的横线：请把它与卡片分开写下来，例如放在钱包主人\
                         的文件里，并告诉家人放在哪里。",
    care_heading: "保管好卡片",
    care: "把每张卡片交给不同的人，或放在不同的地方，保持干燥，避免阳光照射。不要给卡片拍照，\
           也不要在网上保存副本。如果丢失了一张卡片，钱包主人可以制作一套新卡片，并销毁这一套\
           的每一张卡片。",
};
