// The Simplified Chinese words of the window, the home screen, the backup wizard, printing, and checking the printed cards: one part of ../zh-Hans.ts, typed against
// the English part (../en/backup.ts): a missing or extra key fails tsc.
import type { PartOf } from "../catalogue";
import type { backup as english } from "../en/backup";

export const backup: PartOf<typeof english> = {
  // ---- The window: header, language switch, footer ----
  "app.tagline": "为助记词制作备份卡片",
  // Label of the language switch on the home screen.
  "app.language": "语言",
  // The footer. {version}: "0.1.0"; {commit}: the first 12 characters of a git commit hash.
  "about.built": "Heirloom {version}，构建自提交 {commit}",
  "about.builtUnknown": "Heirloom {version}，构建自未知的提交",

  // ---- Shared words ----
  "common.cancel": "取消",
  "common.continue": "继续",
  "common.confirm": "确认",
  "common.back": "返回",
  "common.done": "完成",
  "common.save": "保存",
  "common.remove": "移除",
  "common.check": "检查",
  // The "Card 3" in front of a row or slot.
  "common.cardN": "卡片 {n}",
  // aria-label of a word box: "Word 3".
  "common.wordN": "第 {n} 个词",
  "common.person": "保管人",
  "common.place": "存放地点",
  "common.walletFingerprint": "钱包指纹",
  "common.walletName": "钱包名称",
  "common.saveHere": "保存在这台电脑上",
  "common.backHome": "返回主页",
  "common.startAgain": "重新开始",
  "common.addThisCard": "添加这张卡片",
  "common.checkPrinted": "核验打印出的卡片…",
  "common.leaveRecovery": "退出恢复",
  // Between the items of a list of numbers or names: "3, 7, 11".
  "common.listSeparator": "、",
  // Between two sentences put side by side (ja and zh-Hans: none).
  "common.sentenceSeparator": "",
  // A file's name in front of what it gave: "scan.pdf: Card 2 added."
  "common.inFile": "{file}：{text}",
  // "Step 2 of 6: Save on this computer", at the top of the wizard and of recovery.
  "common.stepper": "第 {n} 步（共 {total} 步）：{step}",

  // ---- Home screen ----
  "home.welcome": "欢迎",
  "home.lead": "Heirloom 会把您钱包的助记词做成打印出来的卡片。请把卡片交给您信任的人：其中任意几张，再加上密码短语，就能找回钱包。",
  "home.recover.heading": "手上有 Heirloom 卡片吗？",
  "home.recover.text": "用卡片和密码短语找回钱包。可以把卡片对着摄像头，也可以打开卡片的照片或扫描件，或者输入卡片上印的文字，哪种方式都行。",
  "home.recover.button": "用卡片恢复钱包",
  "home.wallets.heading": "这台电脑上的钱包",
  "home.wallets.none": "这里还没有保存任何钱包。",
  "home.wallet.backup": "制作备份",
  "home.wallet.remove": "移除…",
  "home.start.new": "为新钱包制作备份",
  "home.start.import": "为我已有的助记词制作备份",
  // {name}: the wallet's name as the holder typed it.
  "home.remove.title": "要移除“{name}”吗？",
  "home.remove.explainChecked": "这会从这台电脑的钥匙串中删除助记词。这个钱包有已核验的卡片（一套在用的、打印后已核验的卡片）：用这些卡片加上密码短语，仍然可以找回它。",
  "home.remove.explainUnchecked": "这会从这台电脑的钥匙串中删除助记词。这台电脑上没有记录这个钱包的任何已核验卡片。",
  "home.remove.typeName": "请输入钱包名称以确认：{name}",
  "home.remove.confirm": "从这台电脑上移除",
  "home.remove.keep": "保留",
  "home.onlyCopy.title": "“{name}”是唯一的副本",
  "home.onlyCopy.before": "移除之前，请先把助记词抄写下来，或者制作一套卡片并在打印后核验。",
  "home.onlyCopy.show": "显示助记词",
  "home.onlyCopy.backup": "先制作卡片",
  "home.onlyCopy.remove": "仍然移除：我还有别的副本",

  // ---- Saving a wallet in the keychain (wizard and recovery) ----
  "wallets.replace.label": "如要替换，请输入以“{name}”保存的钱包的指纹",
  "wallets.replace.button": "替换“{name}”",

  // ---- The ten BIP-39 word lists, by the name a person reads ----
  "words.list.english": "英语（English）",
  "words.list.spanish": "西班牙语（español）",
  "words.list.french": "法语（français）",
  "words.list.italian": "意大利语（italiano）",
  "words.list.portuguese": "葡萄牙语（português）",
  "words.list.czech": "捷克语（čeština）",
  "words.list.japanese": "日语（日本語）",
  "words.list.korean": "韩语（한국어）",
  "words.list.chinese_simplified": "简体中文",
  "words.list.chinese_traditional": "繁体中文（繁體中文）",
  // First choice of the word-list menu when typing words one already has.
  "words.findFromWords": "根据输入的词自动识别",
  "words.listLabel": "词表",
  "words.countLabel": "词数",
  // An option of the word-count menu. {count}: 12, 15, 18, 21 or 24.
  "words.countOption": "{count} 个词",
  "words.noteDetect": "Heirloom 会根据您输入的词找出所用的词表。",
  // {list}: a list's name, e.g. "Spanish (español)".
  "words.noteFound": "{list}词表：这是根据输入的词识别出来的。如果不对，请在上方选择词表。",
  "words.noteChosen": "按{list}词表读取这些词。",
  // Under a word box. {words}: one or more suggested words, each a button, "A, B".
  "words.notOnList": "不是{list}词表中的词。",
  "words.notOnListSuggest": "不是{list}词表中的词。您是不是要输入 {words}？",

  // ---- Backup wizard: shared ----
  "wizard.step.phrase": "助记词",
  "wizard.step.save": "保存在这台电脑上",
  "wizard.step.cards": "卡片和保管人",
  "wizard.step.passphrase": "密码短语",
  "wizard.step.derive": "正在制作卡片",
  "wizard.step.ready": "卡片已做好",
  "wizard.timedOut.notice": "用时太久，为了安全，这些词已被清除。请重新开始。",
  "wizard.timedOut.explain": "还没有用它们制作任何卡片。Heirloom 只在使用助记词期间才把它保存在内存中：15 分钟不用就会清除，以免把它留在一台无人看管的电脑上。已经保存在这台电脑上的钱包仍然保存着。",

  // ---- Backup wizard, step 1: the phrase ----
  "wizard.phrase.title": "新的助记词",
  "wizard.phrase.intro": "Heirloom 用这台电脑的安全随机数生成助记词。您稍后制作的卡片就是它的备份。",
  "wizard.phrase.howMany": "要多少个词？",
  "wizard.phrase.words12": "12 个词",
  "wizard.phrase.words24": "24 个词（金额较大时更常用）",
  "wizard.phrase.dice.summary": "加入掷骰子的结果（可选）",
  "wizard.phrase.dice.label": "掷骰子，每掷一次就输入掷出的点数（1 到 6）。这些点数会与电脑的随机数混合，因此助记词至少和其中任何一方一样随机。",
  "wizard.phrase.create": "生成助记词",
  // {fingerprint}: 8 characters, e.g. "d6defbaa".
  "wizard.phrase.regenerate.ask": "要换一个助记词吗？刚才生成的助记词（指纹 {fingerprint}）将被丢弃。如果您已经抄下了它的词，请把那张纸划掉：这些卡片不会备份它。",
  "wizard.phrase.regenerate.confirm": "换一个助记词",
  "wizard.phrase.regenerate.keep": "保留这个助记词",
  "wizard.phrase.listNote": "很多钱包应用只接受英语单词。只有在您的钱包应用接受{list}词时，才选择它；卡片找回的是同一词表中完全相同的词。",
  // {count}: 12 to 24; {list}: a list's name; {fingerprint}: shown in bold.
  "wizard.summary.line": "{count} 个词，{list}词表。钱包指纹：{fingerprint}",
  "wizard.summary.fingerprintNote": "指纹可以标识这个钱包，却不会泄露它；Sparrow 等钱包也会显示这同样的八个字符。",
  "wizard.summary.show": "显示助记词",
  "wizard.summary.hide": "隐藏助记词",
  "wizard.written.title": "把助记词抄下来",
  "wizard.written.intro": "请把这 {count} 个词按顺序、连同编号抄在纸上，并把纸放在安全的地方。您的钱包应用会要求输入这些词，而您接下来制作的卡片找回的也正是这些词。",
  // {words}: the positions asked for, "word 3, word 7, word 11" (each from wizard.written.wordRef).
  "wizard.written.readBack": "不看屏幕，从您的纸上读出这几个词：{words}。",
  "wizard.written.wordRef": "第 {n} 个词",
  "wizard.written.done": "我已经抄好了",
  "wizard.written.skip": "我不抄写",
  "wizard.written.skipWarning": "那样的话，您接下来制作的卡片就是这个钱包唯一的备份（如果保存到这台电脑的钥匙串，还有钥匙串里的那一份）。如果电脑坏了，而丢失的卡片太多或密码短语丢了，钱包和里面的钱就永远找不回来了。",
  "wizard.written.skipConfirm": "我明白：卡片是唯一的备份",
  "wizard.import.title": "输入您的助记词",
  "wizard.import.intro": "按顺序输入每个词，可以是十种标准词表中的任意一种：Heirloom 会根据这些词找出词表，您也可以自己选择。每个词输入前四个字母就够了；西班牙语和法语的词可以不加重音符号。",
  "wizard.import.check": "检查这些词",
  "wizard.import.empty": "第 {n} 个词是空的。请按顺序输入全部 {count} 个词。",
  // {set}: a set's name (“Family 2026”, or "set 0c94c6e7aa01bb02").
  "wizard.import.otherWallet": "这些词属于指纹为 {found} 的钱包，但{set}是指纹为 {expected} 的钱包的备份。新的一套卡片只能替换同一个钱包的卡片：请对照您的纸逐个检查每个词。",
  "wizard.imported.title": "助记词有效",
  "wizard.imported.check": "继续之前，请确认这个指纹与您的钱包显示的一致。",

  // ---- Backup wizard, step 2: save on this computer ----
  "wizard.save.title": "保存在这台电脑上吗？",
  "wizard.save.intro": "把助记词保存在这台电脑的钥匙串中，以后制作新卡片时就不用再输入。它会由您的电脑登录账户加密保护。",
  // The wallet name offered at first.
  "wizard.save.defaultName": "我的钱包",
  "wizard.save.skip": "不保存",
  "wizard.save.continueWithout": "不保存，继续",
  "wizard.save.already": "这个钱包已经以“{name}”的名称保存在这台电脑上；没有重复保存。",

  // ---- Backup wizard, step 3: cards and holders ----
  "wizard.cards.title": "要几张卡片？",
  "wizard.cards.countLabel": "打印的卡片数",
  "wizard.cards.thresholdLabel": "恢复所需的卡片数",
  // The three sentences under the choice, side by side. {t}: cards needed, {n}: cards made.
  "wizard.cards.tn.any": "这 {n} 张卡片中任意 {t} 张加上密码短语，就能找回钱包。",
  "wizard.cards.tn.reveal": { other: "只有 {count} 张卡片时，不会泄露任何信息。" },
  "wizard.cards.tn.noneLost": "丢失任何一张卡片，钱包就会丢失。",
  "wizard.cards.tn.lost": { other: "最多可以丢失 {count} 张卡片，而不会失去钱包。" },
  "wizard.cards.allNeeded": "{n} 张中需要 {n} 张时，每一张卡片都不可缺少：只要有一张丢失、烧毁或被扔掉，钱包就永远找不回来了。",
  "wizard.cards.allAck": "我明白：丢失任何一张卡片都会失去钱包",
  "wizard.cards.useFewer": "改为 {n} 张中任意 {t} 张",
  "wizard.cards.useMore": "改为制作 3 张卡片，任意 2 张即可恢复",
  "wizard.cards.holdersTitle": "每张卡片由谁保管？",
  "wizard.cards.holdersHint": "会印在卡片上，让家人知道该去找谁。可以不填；姓名最多 {name} 个字符，地点最多 {place} 个字符。",
  // aria-labels of the two boxes of a card's row.
  "wizard.cards.holderName": "卡片 {n}：保管人",
  "wizard.cards.holderPlace": "卡片 {n}：存放地点",
  "wizard.cards.labelLabel": "这套卡片的名称（最多 {limit} 个字符）",
  // The set's name offered at first: {wallet} is the wallet's name, {year} e.g. 2026.
  "wizard.cards.defaultLabel": "{wallet} {year}",
  // The wallet's name in the label above when it has none.
  "wizard.cards.defaultWallet": "钱包",
  // A new set's name when the set it replaces has the same one.
  "wizard.cards.newSetLabel": "{label}（新的一套）",
  // {set}: the old set's name; {made}: its date.
  "wizard.reissue.note": "这套新卡片将替换{set}（制作于 {made}，{n} 张中任意 {t} 张）。新卡片不能与旧卡片混用。在新卡片打印并核验之前，{set}仍然在用；只有到那时它才会被标记为已停用，也只有到那时才应收回并销毁它的卡片。",
  "wizard.reissue.typePhrase": "这套卡片的钱包没有保存在这台电脑上，因此请输入该钱包的助记词：Heirloom 会核对是否为同一个钱包。",

  // ---- Backup wizard, step 4: the passphrase ----
  "wizard.pass.title": "密码短语",
  "wizard.pass.intro": "卡片用这个密码短语锁定。现在请把这六个词抄在纸上。这张纸要和卡片分开存放：即使有人拿到了足够多的卡片，也仍然需要它。",
  "wizard.pass.written": "我已经抄好了",
  "wizard.pass.showAgain": "再次显示这些词",
  "wizard.pass.retypeLabel": "照着您的纸输入这六个词，词与词之间用空格隔开",
  "wizard.pass.custom.summary": "改用我自己设定的密码短语",
  "wizard.pass.custom.label": "您的密码短语",
  "wizard.pass.custom.use": "使用这个密码短语",
  // {bits}: a whole number, the passphrase's strength.
  "wizard.pass.custom.strong": "强度足够：约 {bits} 比特。",
  "wizard.pass.custom.weak": "太容易被猜到：约 {bits} 比特，至少需要 {floor} 比特。请再加几个互不相关的词。",
  "wizard.pass.custom.writeDown": "现在请把您的密码短语一字不差地抄在纸上：每个字母、大小写和空格都算数。然后照着纸再输入一遍。",
  "wizard.pass.custom.retypeLabel": "照着纸再次输入您的密码短语",
  "wizard.pass.custom.change": "更改密码短语",

  // ---- Backup wizard, step 5: making the cards ----
  "wizard.derive.title": "正在制作卡片",
  "wizard.derive.intro": "Heirloom 正在用密码短语锁定每张卡片。这大约需要一秒钟，是有意这样设计的：这样别人猜密码短语就会很慢。",

  // ---- Backup wizard, step 6: cards ready ----
  "wizard.ready.title": "您的卡片已做好",
  "wizard.ready.set": "卡片套",
  "wizard.ready.cards": "卡片",
  "wizard.ready.setId": "卡片套编号",
  "wizard.ready.tn": "{n} 张中任意 {t} 张",
  // {problem}: why, in Rust's words (English).
  "wizard.ready.recordProblem": "卡片已经做好并且可用，但这台电脑上的备份记录未能更新：{problem}",
  "wizard.ready.recordProblemReissue": "卡片已经做好并且可用，但这台电脑上的备份记录未能更新：{problem} {set}没有被标记为已停用。",
  "wizard.ready.reissueDone": "{set}现已标记为已停用，由这套卡片取代。它的卡片仍然可用。新卡片分发出去后，请收回旧卡片并销毁；主页上列出了每张卡片由谁保管。",
  "wizard.ready.reissuePending": "请保留{set}的卡片：它们仍是可以依靠的备份。只有在下面打印并核验这些新卡片之后，它才会停用；在那之前，两套卡片都在用。",
  "wizard.ready.leaveWarning": "这些卡片还没有核验。在打印并核验之前，谁也不能确定它们能找回钱包。这套卡片会作为未完成的事项显示在主页顶部；您可以从那里核验打印出的卡片。",
  "wizard.ready.leaveWarningReissue": "这些卡片还没有核验。在打印并核验之前，谁也不能确定它们能找回钱包，而且{set}也没有停用。这套卡片会作为未完成的事项显示在主页顶部；您可以从那里核验打印出的卡片。",
  "wizard.ready.leave": "不核验，直接离开",
  "wizard.ready.stay": "留下",
  // alt text of a card's QR code.
  "wizard.ready.qrAlt": "卡片 {n} 的二维码",
  "wizard.ready.cardTitle": "第 {n} 张卡片，共 {count} 张 — 任意 {t} 张卡片加上密码短语即可找回钱包",
  "wizard.ready.cardFacts": "{label} · {date} · 指纹 {fingerprint}",
  // {name}: who keeps the card ("—" when nobody is named); {place}: where.
  "wizard.ready.keptBy": "保管人：{name}",
  "wizard.ready.keptByAt": "保管人：{name}，{place}",
  "wizard.ready.verified": "已核验：打印出的卡片已经核验过，每一种组合都核验了。",
  "wizard.ready.notVerified": "尚未核验：卡片打印好后，请在分发之前用您纸上的密码短语核验它们。",
  "wizard.ready.saveTexts": "保存卡片文字…",
  // {place}: a folder's path.
  "wizard.ready.savedTexts": { other: "已把 {count} 张卡片的文字保存到 {place}。" },

  // ---- Printing ----
  "print.title": "打印卡片",
  "print.intro": "这里显示每张卡片打印出来的样子。PDF 中还有一页给家人的指南，以及一页卡片格式的说明。",
  "print.paper": "纸张",
  "print.paper.a4": "A4",
  "print.paper.letter": "美国信纸（US Letter）",
  "print.perPage": "每页卡片数",
  "print.perPage.4": "4 张（带裁切线）",
  "print.line": "供手写密码短语的横线",
  "print.line.first": "仅在卡片 1 上（即“钥匙卡”）",
  "print.line.none": "所有卡片都不印",
  "print.line.every": "每张卡片都印",
  "print.previewAlt": "卡片 {n} 的打印效果",
  "print.pageAlt": "第 {n} 页，共 {count} 页",
  "print.savePdf": "保存 PDF…",
  "print.savedPdf": "卡片已保存为 {place}。",
  "print.savePictures": "保存卡片图片…",
  "print.savedPictures": { other: "已把 {count} 张卡片图片保存到 {place}。" },
  "print.print": "打印…",

  // ---- Checking the printed cards ----
  "verify.title": "核验打印出的卡片",
  "verify.intro": "在分发卡片之前，请把打印好的全部 {count} 张卡片读回来：把卡片对着摄像头，打开它们的照片或扫描件（PDF 也可以），或者输入二维码下面的文字。然后输入您纸上的密码短语。Heirloom 会检查：卡片中任意 {t} 张的每一种组合，用纸上写的内容都能准确找回这个钱包（指纹 {fingerprint}）；过程中不会显示助记词。",
  "verify.cardsHeading": "卡片",
  "verify.cameraIntro": "把每张卡片举到摄像头前，让整个方形二维码都在画面里。",
  "verify.filesLabel": "选择卡片的图片或扫描件",
  "verify.passLabel": "密码短语，与您纸上写的完全一致",
  "verify.checkNow": "核验卡片",
  "verify.notYet": "尚未核验。",
  "verify.not": "未核验。",
  "verify.noCards": "还没有卡片。请把全部 {count} 张都读回来。",
  // {list}: card numbers, "1, 2, 4".
  "verify.cardsIn": "已读入的卡片：{list}（共 {count} 张）。",
  "verify.allIn": "全部 {count} 张卡片都已读入。请输入您纸上的密码短语，然后点“核验卡片”。",
  // Over the camera picture. {list}: card numbers.
  "verify.flash": { other: "✓ 已读入卡片 {list}" },
  "verify.typePass": "请完全按照您纸上写的输入密码短语。",
  "verify.opening": "正在用密码短语打开卡片…",
  "verify.progress": "已核验 {checked} 个组合，共 {total} 个（每个组合 {t} 张卡片）…",
  "verify.done": "已核验：每一种卡片组合加上您纸上的密码短语，都能找回这个钱包。",
  "verify.recorded": "这台电脑的记录中已注明这一点。",
  "verify.retired": "被它取代的那套卡片现已停用：新卡片分发出去后，请收回那套卡片并销毁。",
};
