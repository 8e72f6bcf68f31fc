// The Japanese catalogue, typed against the English (en.ts, where the format is explained
// for translators): a missing or extra key fails tsc; placeholders and plural forms are
// checked by catalogue.test.ts. Until translated, the values are the English text; the
// test lists every entry still equal to the English. Set `status` to "complete" when the
// translation is done: from then on an entry equal to the English fails the test unless
// its key is in `sameAsEnglish`.
//
// Translator's notes (ja): polite です・ます style throughout; 「」 for quotation marks;
// full-width punctuation (、。：（）). Fixed terms: ウォレット, リカバリーフレーズ (its words:
// 単語), カード, セット, パスフレーズ, ウォレットのフィンガープリント (the cards print the
// English word "fingerprint"), 保管者, 鍵カード, 点検 (check-up), セットの記録 (record of
// sets), QRコード, キーチェーン, 検証 (verify after printing), 使用終了 (retired), 使用中
// (active), パソコン (computer). Cards are counted with 枚, words with 語.
import type { Translation } from "./catalogue";

const translation: Translation = {
  status: "complete",
  sameAsEnglish: ["print.paper.a4", "recovery.cards.flashRefused", "checkup.latestProblem"],
  messages: {
    // ---- The window: header, language switch, footer ----
    "app.tagline": "リカバリーフレーズを守るバックアップカード",
    // Label of the language switch on the home screen.
    "app.language": "言語",
    // The footer. {version}: "0.1.0"; {commit}: the first 12 characters of a git commit hash.
    "about.built": "Heirloom {version}（コミット {commit} からビルド）",
    "about.builtUnknown": "Heirloom {version}（ビルド元のコミットは不明）",

    // ---- Shared words ----
    "common.cancel": "キャンセル",
    "common.continue": "次へ",
    "common.confirm": "確定",
    "common.back": "戻る",
    "common.done": "完了",
    "common.save": "保存",
    "common.remove": "取り除く",
    "common.check": "確認",
    // The "Card 3" in front of a row or slot.
    "common.cardN": "カード{n}",
    // aria-label of a word box: "Word 3".
    "common.wordN": "{n}番目の単語",
    "common.person": "保管する人",
    "common.place": "場所",
    "common.walletFingerprint": "ウォレットのフィンガープリント",
    "common.walletName": "このウォレットの名前",
    "common.saveHere": "このパソコンに保存",
    "common.backHome": "ホーム画面に戻る",
    "common.startAgain": "最初からやり直す",
    "common.addThisCard": "このカードを追加",
    "common.checkPrinted": "印刷したカードを検証…",
    "common.leaveRecovery": "復元をやめる",
    // Between the items of a list of numbers or names: "3, 7, 11".
    "common.listSeparator": "、",
    // Between two sentences put side by side (ja and zh-Hans: none).
    "common.sentenceSeparator": "",
    // A file's name in front of what it gave: "scan.pdf: Card 2 added."
    "common.inFile": "{file}：{text}",
    // "Step 2 of 6: Save on this computer", at the top of the wizard and of recovery.
    "common.stepper": "ステップ {n}/{total}：{step}",

    // ---- Home screen ----
    "home.welcome": "ようこそ",
    "home.lead": "Heirloomは、ウォレットのリカバリーフレーズを、印刷したカードにします。カードは信頼できる人たちに渡してください。決められた枚数のカード（どのカードでもかまいません）とパスフレーズがそろえば、ウォレットを復元できます。",
    "home.recover.heading": "Heirloomのカードをお持ちですか？",
    "home.recover.text": "カードとパスフレーズから、ウォレットを復元します。ウェブカメラ、カードの写真やスキャン、カードに印刷された文字の入力、どの方法でも使えます。",
    "home.recover.button": "カードからウォレットを復元する",
    "home.wallets.heading": "このパソコンにあるウォレット",
    "home.wallets.none": "このパソコンには、まだウォレットが保存されていません。",
    "home.wallet.backup": "バックアップを作る",
    "home.wallet.remove": "削除…",
    "home.start.new": "新しいウォレットのバックアップを作る",
    "home.start.import": "手元にある単語のバックアップを作る",
    // {name}: the wallet's name as the holder typed it.
    "home.remove.title": "「{name}」を削除しますか？",
    "home.remove.explainChecked": "このパソコンのキーチェーンから、リカバリーフレーズを削除します。このウォレットの検証済みのカード（印刷後に検証された、使用中のセット）があります。そのカードとパスフレーズがあれば、今後もウォレットを復元できます。",
    "home.remove.explainUnchecked": "このパソコンのキーチェーンから、リカバリーフレーズを削除します。このパソコンには、このウォレットの検証済みのカードが記録されていません。",
    "home.remove.typeName": "確認のため、ウォレットの名前を入力してください：{name}",
    "home.remove.confirm": "このパソコンから削除する",
    "home.remove.keep": "削除しない",
    "home.onlyCopy.title": "「{name}」はただ一つの控えです",
    "home.onlyCopy.before": "削除する前に、単語を紙に書き留めるか、カードのセットを作って印刷後に検証してください。",
    "home.onlyCopy.show": "単語を表示する",
    "home.onlyCopy.backup": "先にカードを作る",
    "home.onlyCopy.remove": "それでも削除する（ほかに控えがあります）",

    // ---- Saving a wallet in the keychain (wizard and recovery) ----
    "wallets.replace.label": "置き換えるには、「{name}」として保存されているウォレットのフィンガープリントを入力してください",
    "wallets.replace.button": "「{name}」を置き換える",

    // ---- The ten BIP-39 word lists, by the name a person reads ----
    "words.list.english": "英語（English）",
    "words.list.spanish": "スペイン語（español）",
    "words.list.french": "フランス語（français）",
    "words.list.italian": "イタリア語（italiano）",
    "words.list.portuguese": "ポルトガル語（português）",
    "words.list.czech": "チェコ語（čeština）",
    "words.list.japanese": "日本語",
    "words.list.korean": "韓国語（한국어）",
    "words.list.chinese_simplified": "中国語・簡体字（简体中文）",
    "words.list.chinese_traditional": "中国語・繁体字（繁體中文）",
    // First choice of the word-list menu when typing words one already has.
    "words.findFromWords": "単語から自動で判断する",
    "words.listLabel": "単語リスト",
    "words.countLabel": "単語の数",
    // An option of the word-count menu. {count}: 12, 15, 18, 21 or 24.
    "words.countOption": "{count}語",
    "words.noteDetect": "入力した単語から、Heirloomがどの単語リストかを判断します。",
    // {list}: a list's name, e.g. "Spanish (español)".
    "words.noteFound": "{list}の単語です。入力した単語から単語リストを判断しました。違う場合は、上でリストを選んでください。",
    "words.noteChosen": "単語は{list}のリストで読み取ります。",
    // Under a word box. {words}: one or more suggested words, each a button, "A, B".
    "words.notOnList": "{list}のリストにない単語です。",
    "words.notOnListSuggest": "{list}のリストにない単語です。{words} のことですか？",

    // ---- Backup wizard: shared ----
    "wizard.step.phrase": "リカバリーフレーズ",
    "wizard.step.save": "このパソコンに保存",
    "wizard.step.cards": "カードと保管者",
    "wizard.step.passphrase": "パスフレーズ",
    "wizard.step.derive": "カードを作成中",
    "wizard.step.ready": "カードの完成",
    "wizard.timedOut.notice": "時間がかかりすぎたため、安全のために単語を消去しました。最初からやり直してください。",
    "wizard.timedOut.explain": "その単語からは、カードは1枚も作られていません。Heirloomは、リカバリーフレーズを使っている間だけメモリーに置きます。15分間使われないと消去します。誰も見ていないパソコンに残さないためです。このパソコンにすでに保存したウォレットは、そのまま保存されています。",

    // ---- Backup wizard, step 1: the phrase ----
    "wizard.phrase.title": "新しいリカバリーフレーズ",
    "wizard.phrase.intro": "Heirloomは、このパソコンの安全な乱数からリカバリーフレーズを作ります。このあと作るカードが、そのバックアップになります。",
    "wizard.phrase.howMany": "単語はいくつにしますか？",
    "wizard.phrase.words12": "12語",
    "wizard.phrase.words24": "24語（金額が大きい場合によく使われます）",
    "wizard.phrase.dice.summary": "サイコロの目を加える（任意）",
    "wizard.phrase.dice.label": "サイコロを振り、出た目（1～6）を入力してください。パソコンの乱数と混ぜ合わせるので、リカバリーフレーズが、どちらか一方だけで作った場合より予測しやすくなることはありません。",
    "wizard.phrase.create": "リカバリーフレーズを作る",
    // {fingerprint}: 8 characters, e.g. "d6defbaa".
    "wizard.phrase.regenerate.ask": "別のリカバリーフレーズを作りますか？先ほど作ったリカバリーフレーズ（フィンガープリント {fingerprint}）は消去されます。その単語を紙に書き留めた場合は、その紙に線を引いて消してください。これから作るカードは、そのリカバリーフレーズのバックアップにはなりません。",
    "wizard.phrase.regenerate.confirm": "別のリカバリーフレーズを作る",
    "wizard.phrase.regenerate.keep": "このリカバリーフレーズのままにする",
    "wizard.phrase.listNote": "多くのウォレットアプリは英語の単語しか受け付けません。{list}の単語を選ぶのは、お使いのウォレットアプリが受け付ける場合だけにしてください。カードからは、同じリストの同じ単語が戻ります。",
    // {count}: 12 to 24; {list}: a list's name; {fingerprint}: shown in bold.
    "wizard.summary.line": "{count}語、{list}のリスト。ウォレットのフィンガープリント：{fingerprint}",
    "wizard.summary.fingerprintNote": "フィンガープリントは、ウォレットの秘密を明かさずにウォレットを見分けるための印です。Sparrowなどのウォレットにも、同じ8文字が表示されます。",
    "wizard.summary.show": "単語を表示する",
    "wizard.summary.hide": "単語を隠す",
    "wizard.written.title": "単語を紙に書き留める",
    "wizard.written.intro": "{count}個の単語を、順番どおりに番号を付けて紙に書き、その紙を安全な場所に保管してください。ウォレットアプリではこの単語を入力します。このあと作るカードからも、まさにこの単語が戻ります。",
    // {words}: the positions asked for, "word 3, word 7, word 11" (each from wizard.written.wordRef).
    "wizard.written.readBack": "画面を見ずに、紙から次の単語を読んで入力してください：{words}",
    "wizard.written.wordRef": "{n}番目の単語",
    "wizard.written.done": "書き留めました",
    "wizard.written.skip": "書き留めません",
    "wizard.written.skipWarning": "その場合、このあと作るカードが、このウォレットのただ一つのバックアップになります（このパソコンのキーチェーンに保存すれば、それも含みます）。パソコンが壊れ、カードをなくしすぎたりパスフレーズをなくしたりすると、ウォレットとそのお金は永久に失われます。",
    "wizard.written.skipConfirm": "わかりました。カードがただ一つのバックアップです",
    "wizard.import.title": "リカバリーフレーズを入力する",
    "wizard.import.intro": "単語を1つずつ順番どおりに入力してください。単語は、10種類ある標準の単語リストのどれでもかまいません。Heirloomが単語からリストを判断します。自分で選ぶこともできます。各単語は最初の4文字だけで十分です。スペイン語とフランス語の単語は、アクセント記号なしで入力してもかまいません。",
    "wizard.import.check": "単語を確認する",
    "wizard.import.empty": "{n}番目の単語が空です。{count}個の単語をすべて順番どおりに入力してください。",
    // {set}: a set's name (“Family 2026”, or "set 0c94c6e7aa01bb02").
    "wizard.import.otherWallet": "この単語は、フィンガープリント {found} のウォレットのものです。しかし、{set}はフィンガープリント {expected} のウォレットのバックアップです。新しいセットで置き換えられるのは、同じウォレットのセットだけです。単語を1つずつ紙と照らし合わせてください。",
    "wizard.imported.title": "リカバリーフレーズは有効です",
    "wizard.imported.check": "先に進む前に、このフィンガープリントが、お使いのウォレットに表示されるものと同じか確かめてください。",

    // ---- Backup wizard, step 2: save on this computer ----
    "wizard.save.title": "このパソコンに保存しますか？",
    "wizard.save.intro": "リカバリーフレーズをこのパソコンのキーチェーンに保管すれば、あとで入力し直さずに新しいカードを作れます。保管中は、パソコンのログインによって暗号化されています。",
    // The wallet name offered at first.
    "wizard.save.defaultName": "私のウォレット",
    "wizard.save.skip": "保存しない",
    "wizard.save.continueWithout": "保存せずに進む",
    "wizard.save.already": "このウォレットは、すでに「{name}」としてこのパソコンに保存されています。二重には保存していません。",

    // ---- Backup wizard, step 3: cards and holders ----
    "wizard.cards.title": "カードは何枚にしますか？",
    "wizard.cards.countLabel": "印刷するカードの枚数",
    "wizard.cards.thresholdLabel": "復元に必要なカードの枚数",
    // The three sentences under the choice, side by side. {t}: cards needed, {n}: cards made.
    "wizard.cards.tn.any": "この{n}枚のうち、どれでも{t}枚とパスフレーズがあれば、ウォレットを復元できます。",
    "wizard.cards.tn.reveal": { other: "{count}枚だけでは、何もわかりません。" },
    "wizard.cards.tn.noneLost": "1枚でもなくすと、ウォレットは失われます。",
    "wizard.cards.tn.lost": { other: "{count}枚までなら、なくしてもウォレットは失われません。" },
    "wizard.cards.allNeeded": "{n}枚中{n}枚の場合、すべてのカードが必要です。どれか1枚でもなくしたり、燃えたり、捨てられたりすると、ウォレットは永久に失われます。",
    "wizard.cards.allAck": "どれか1枚でもなくすとウォレットが失われることを理解しました",
    "wizard.cards.useFewer": "代わりに「{n}枚中どれでも{t}枚」にする",
    "wizard.cards.useMore": "代わりに「3枚作り、どれでも2枚で復元」にする",
    "wizard.cards.holdersTitle": "それぞれのカードは誰が保管しますか？",
    "wizard.cards.holdersHint": "カードに印刷されるので、家族が誰に尋ねればよいかわかります。入力は任意です。名前は{name}文字まで、場所は{place}文字まで入力できます。",
    // aria-labels of the two boxes of a card's row.
    "wizard.cards.holderName": "カード{n}：保管する人",
    "wizard.cards.holderPlace": "カード{n}：保管する場所",
    "wizard.cards.labelLabel": "このカードのセットの名前（{limit}文字まで）",
    // The set's name offered at first: {wallet} is the wallet's name, {year} e.g. 2026.
    "wizard.cards.defaultLabel": "{wallet} {year}年",
    // The wallet's name in the label above when it has none.
    "wizard.cards.defaultWallet": "ウォレット",
    // A new set's name when the set it replaces has the same one.
    "wizard.cards.newSetLabel": "{label}（新しいセット）",
    // {set}: the old set's name; {made}: its date.
    "wizard.reissue.note": "この新しいセットは、{set}（{made}作成、{n}枚中どれでも{t}枚）を置き換えます。新しいカードと古いカードを混ぜて使うことはできません。{set}は、新しいカードを印刷して検証するまで使用中のままです。検証が済んで初めて使用終了になり、その時点で初めて、古いカードを回収して処分してください。",
    "wizard.reissue.typePhrase": "このセットのウォレットはこのパソコンに保存されていません。ウォレットのリカバリーフレーズを入力してください。Heirloomが同じウォレットかどうかを確かめます。",

    // ---- Backup wizard, step 4: the passphrase ----
    "wizard.pass.title": "パスフレーズ",
    "wizard.pass.intro": "カードには、このパスフレーズで鍵がかかります。今、この6つの単語を紙に書き留めてください。その紙はカードとは別の場所に保管してください。カードを必要な枚数見つけた人がいても、パスフレーズがなければ開けられません。",
    "wizard.pass.written": "書き留めました",
    "wizard.pass.showAgain": "単語をもう一度表示する",
    "wizard.pass.retypeLabel": "紙に書いた6つの単語を、間にスペースを入れて入力してください",
    "wizard.pass.custom.summary": "代わりに自分でパスフレーズを決める",
    "wizard.pass.custom.label": "あなたのパスフレーズ",
    "wizard.pass.custom.use": "このパスフレーズを使う",
    // {bits}: a whole number, the passphrase's strength.
    "wizard.pass.custom.strong": "十分な強さです（約{bits}ビット）。",
    "wizard.pass.custom.weak": "推測されやすすぎます（約{bits}ビット、最低{floor}ビット必要）。互いに関係のない単語をもっと加えてください。",
    "wizard.pass.custom.writeDown": "今、パスフレーズを正確に紙に書き留めてください。文字の一つ一つ、大文字・小文字、スペースもすべて区別されます。そのあと、紙を見ながらもう一度入力してください。",
    "wizard.pass.custom.retypeLabel": "紙を見ながら、パスフレーズをもう一度入力",
    "wizard.pass.custom.change": "パスフレーズを変える",

    // ---- Backup wizard, step 5: making the cards ----
    "wizard.derive.title": "カードを作成中",
    "wizard.derive.intro": "Heirloomが、パスフレーズでカードに1枚ずつ鍵をかけています。これには1秒ほどかかりますが、わざとそうしています。ほかの人がパスフレーズを推測するのに時間がかかるようにするためです。",

    // ---- Backup wizard, step 6: cards ready ----
    "wizard.ready.title": "カードができました",
    "wizard.ready.set": "セット",
    "wizard.ready.cards": "カード",
    "wizard.ready.setId": "セットID",
    "wizard.ready.tn": "{n}枚中どれでも{t}枚",
    // {problem}: why, in Rust's words (English).
    "wizard.ready.recordProblem": "カードは作成され、使える状態です。ただし、このパソコンのセットの記録を更新できませんでした：{problem}",
    "wizard.ready.recordProblemReissue": "カードは作成され、使える状態です。ただし、このパソコンのセットの記録を更新できませんでした：{problem} {set}は使用終了になっていません。",
    "wizard.ready.reissueDone": "{set}は使用終了になり、このセットに置き換えられました。古いカードもまだ使えます。新しいカードを配り終えたら、古いカードを回収して処分してください。ホーム画面に、それぞれのカードの保管者が表示されています。",
    "wizard.ready.reissuePending": "{set}のカードは手元に残してください。今はまだ、そちらが頼りになるバックアップです。{set}が使用終了になるのは、この新しいカードを印刷して下で検証したときだけです。それまでは、両方のセットが使用中です。",
    "wizard.ready.leaveWarning": "これらのカードはまだ検証されていません。印刷して検証するまでは、このカードでウォレットを復元できるかどうか、誰にもわかりません。このセットは、やりかけの作業としてホーム画面の一番上に表示されます。印刷したカードの検証はそこから行えます。",
    "wizard.ready.leaveWarningReissue": "これらのカードはまだ検証されていません。印刷して検証するまでは、このカードでウォレットを復元できるかどうか誰にもわからず、{set}も使用終了になりません。このセットは、やりかけの作業としてホーム画面の一番上に表示されます。印刷したカードの検証はそこから行えます。",
    "wizard.ready.leave": "検証せずに終える",
    "wizard.ready.stay": "この画面に残る",
    // alt text of a card's QR code.
    "wizard.ready.qrAlt": "カード{n}のQRコード",
    "wizard.ready.cardTitle": "{count}枚中{n}枚目のカード — どれでも{t}枚とパスフレーズでウォレットを復元できます",
    "wizard.ready.cardFacts": "{label} · {date} · フィンガープリント {fingerprint}",
    // {name}: who keeps the card ("—" when nobody is named); {place}: where.
    "wizard.ready.keptBy": "保管者：{name}",
    "wizard.ready.keptByAt": "保管者：{name}（{place}）",
    "wizard.ready.verified": "検証済み：印刷したカードを、すべての組み合わせについて確認しました。",
    "wizard.ready.notVerified": "まだ検証されていません。カードを印刷したら、人に渡す前に、紙に書いたパスフレーズを使って検証してください。",
    "wizard.ready.saveTexts": "カードの文字を保存…",
    // {place}: a folder's path.
    "wizard.ready.savedTexts": { other: "{count}枚分のカードの文字を{place}に保存しました。" },

    // ---- Printing ----
    "print.title": "カードを印刷する",
    "print.intro": "印刷されるとおりのカードです。PDFには、家族向けの1ページの案内と、カードの形式を説明する1ページの資料も入っています。",
    "print.paper": "用紙",
    "print.paper.a4": "A4",
    "print.paper.letter": "USレター",
    "print.perPage": "1ページあたりのカードの枚数",
    "print.perPage.4": "4枚（切り取り線付き）",
    "print.line": "パスフレーズを手書きする欄",
    "print.line.first": "カード1だけに付ける（「鍵カード」）",
    "print.line.none": "どのカードにも付けない",
    "print.line.every": "すべてのカードに付ける",
    "print.previewAlt": "印刷されるとおりのカード{n}",
    "print.pageAlt": "{count}ページ中{n}ページ目",
    "print.savePdf": "PDFを保存…",
    "print.savedPdf": "カードを{place}として保存しました。",
    "print.savePictures": "カードの画像を保存…",
    "print.savedPictures": { other: "{count}枚分のカードの画像を{place}に保存しました。" },
    "print.print": "印刷…",

    // ---- Checking the printed cards ----
    "verify.title": "印刷したカードを検証する",
    "verify.intro": "カードを人に渡す前に、印刷した{count}枚のカードをすべて読み込ませてください。カメラにかざすか、カードの写真やスキャンを開くか（PDFも使えます）、QRコードの下の文字を入力します。次に、紙に書いたパスフレーズを入力してください。Heirloomは、リカバリーフレーズを表示せずに、どの{t}枚の組み合わせでも、書き留めたとおりのパスフレーズでこのウォレット（フィンガープリント {fingerprint}）を復元できるかを確かめます。",
    "verify.cardsHeading": "カード",
    "verify.cameraIntro": "カードを1枚ずつカメラにかざしてください。四角いコード全体が映るようにします。",
    "verify.filesLabel": "カードの写真やスキャンを選ぶ",
    "verify.passLabel": "パスフレーズ（紙に書いたとおりに正確に）",
    "verify.checkNow": "カードを検証する",
    "verify.notYet": "まだ検証されていません。",
    "verify.not": "検証されていません。",
    "verify.noCards": "まだカードがありません。{count}枚すべてを読み込ませてください。",
    // {list}: card numbers, "1, 2, 4".
    "verify.cardsIn": "確認したカード：{list}（全{count}枚）",
    "verify.allIn": "{count}枚のカードがすべてそろいました。紙に書いたパスフレーズを入力し、「カードを検証する」を押してください。",
    // Over the camera picture. {list}: card numbers.
    "verify.flash": { other: "✓ カード{list}を読み取りました" },
    "verify.typePass": "紙に書いてあるとおりに、パスフレーズを正確に入力してください。",
    "verify.opening": "パスフレーズでカードを開いています…",
    "verify.progress": "{t}枚の組み合わせ{total}通りのうち、{checked}通りを確認しました…",
    "verify.done": "検証済み：紙に書いたパスフレーズで、どのカードの組み合わせからもこのウォレットが戻ります。",
    "verify.recorded": "このパソコンの記録にも、そのように書き込みました。",
    "verify.retired": "このセットが置き換えた古いセットは、使用終了になりました。新しいカードを配り終えたら、古いカードを回収して処分してください。",

    // ---- Recovery: shared ----
    "recovery.step.cards": "カードを追加する",
    "recovery.step.passphrase": "パスフレーズを入力する",
    "recovery.step.wallet": "あなたのウォレット",

    // ---- Recovery, step 1: the cards ----
    "recovery.cards.title": "カードからウォレットを復元する",
    "recovery.cards.lead": "カードを1枚ずつ、好きな順番で、下の3つの方法のどれかで追加してください。枚数が足りたら、Heirloomがお知らせします。",
    "recovery.cards.waysLabel": "カードの追加のしかた",
    "recovery.way.camera": "カードをカメラにかざす",
    "recovery.way.files": "写真やスキャンしたPDFを開く",
    "recovery.way.typed": "QRコードの下の文字を入力する",
    "recovery.cards.cameraIntro": "カードを1枚、四角いコード全体が映るようにカメラの前にかざし、少しの間動かさないでください。読み取れると「ピッ」と音が鳴り、チェックマークが表示されます。そのあと、次のカードをかざしてください。",
    "recovery.cards.filesLabel": "このパソコンにある写真やスキャンを選ぶ",
    "recovery.cards.next": "パスフレーズの入力に進む",
    // Over the camera picture. {cards}: "Card 2", "Cards 1 and 3" (recovery.news.Cards).
    "recovery.cards.flashAdded": "✓ {cards}を追加しました",
    "recovery.cards.flashRefused": "✗ {problem}",
    "recovery.cards.removedCard": "カード{n}を取り除きました。もう一度追加できます。",
    "recovery.cards.removedTyped": "入力したカード{n}を取り除きました。もう一度入力できます。",
    "recovery.cards.removedUnplaced": "入力したカードを取り除きました。もう一度入力できます。",

    // ---- Recovery: the board of cards ----
    "recovery.board.heading": "追加したカード",
    // {label}: the set's name; {made}: recovery.board.made, in smaller letters.
    "recovery.board.label": "「{label}」{made}",
    "recovery.board.made": "{date}作成",
    "recovery.board.retired": "このセットは{date}に使用終了になりました。もっと新しいカードのセットがあるかもしれません。このカードはまだ使えます。",
    "recovery.board.noCards": "まだカードがありません",
    // {have} cards added; {t} needed (2 or more).
    "recovery.board.countMore": "{have}枚（必要なのは{t}枚）",
    "recovery.board.count": "{t}枚中{have}枚",
    "recovery.board.start": "どれか1枚カードを追加して始めてください。最初のカードで、何枚必要かがわかります。",
    "recovery.board.needed": { other: "あと{count}枚必要です。" },
    "recovery.board.enough": "カードの枚数が足りました。パスフレーズの入力に進んでください。",
    "recovery.board.next": "パスフレーズの入力に進む",
    // {id}: the first 8 characters of the set id, shown apart.
    "recovery.board.set": "このバックアップのカードは{count}枚で、どれでも{t}枚あればウォレットを復元できます。セット番号は {id} です。",
    // Under a typed card's slot.
    "recovery.board.typedGroup": "入力済み。グループ{group}はパスフレーズで確認します",
    "recovery.board.typed": "入力済み。パスフレーズで確認します",
    "recovery.board.unplaced": "入力したカード",
    // Read by screen readers after a slot's card number.
    "recovery.board.in": "追加済み",
    "recovery.board.notIn": "未追加",
    // aria-labels of the Remove buttons.
    "recovery.board.removeCard": "カード{n}を取り除く",
    "recovery.board.removeTyped": "入力したカード{n}を取り除く",
    "recovery.board.removeUnplaced": "入力したカードを取り除く",

    // ---- Recovery: what is said as cards arrive ----
    // {n}: one card number; {list}: card numbers before the last, "1, 3"; {last}: the last.
    "recovery.news.card": "カード{n}",
    "recovery.news.cards": "カード{list}と{last}",
    // The same at the start of a sentence.
    "recovery.news.Card": "カード{n}",
    "recovery.news.Cards": "カード{list}と{last}",
    "recovery.news.added": "{cards}を追加しました。",
    "recovery.news.enough": "カードの枚数が足りました。",
    "recovery.news.keptN": "カード{n}を、入力したとおりに追加しました。",
    "recovery.news.kept": "カードを、入力したとおりに追加しました。",
    "recovery.news.keptCheck": "パスフレーズを入力すると、Heirloomがこのカードを確認し、小さな入力ミスを直します。",
    // {message}: why, an error message.
    "recovery.news.noCardInPart": "{file}：読み取ったページにカードは見つかりませんでした。{message}",
    "recovery.news.stoppedOne": "中止しました。そのファイルからは何も追加していません。",
    // {count}: 2 or more.
    "recovery.news.stoppedMany": "中止しました。最後の{count}個のファイルは読み取っておらず、そこからは何も追加していません。",
    // A few words over the camera picture for a refused card.
    "recovery.short.other_set": "別のバックアップのカード",
    "recovery.short.damaged": "傷んだカード",
    "recovery.short.duplicate": "追加済み",
    "recovery.short.not_a_card": "Heirloomのカードではありません",
    "recovery.short.unsupported_version": "新しい形式のカード",
    "recovery.short.kdf_out_of_bounds": "受け付けられないカード",
    "recovery.short.other": "このカードは使えません",

    // ---- Recovery, step 2: the passphrase ----
    "recovery.pass.title": "パスフレーズを入力する",
    "recovery.pass.intro": "カードにはパスフレーズで鍵がかけられています。パスフレーズはカードには印刷されていません。カードを作った人が別に書き留めたか、信頼できる人に伝えています。",
    "recovery.pass.legend": "パスフレーズはどのようなものですか？",
    "recovery.pass.modeWords": "ふつうの単語6つ（Heirloomが作ったもの）",
    "recovery.pass.modeText": "それ以外（カードを作った人が決めたもの）",
    "recovery.pass.wordsIntro": "6つの単語を、書き留められた順番どおりに入力してください。各単語は最初の4文字だけで十分です。",
    "recovery.pass.wordLabel": "パスフレーズの{n}番目の単語",
    "recovery.pass.notAWord": "リストにない単語です。つづりを確かめてください。",
    // {words}: one or more suggested words, each a button.
    "recovery.pass.notAWordSuggest": "リストにない単語です。{words} のことですか？",
    "recovery.pass.textLabel": "パスフレーズ（書き留められたとおりに正確に）",
    "recovery.pass.textHint": "大文字と小文字は区別されます。余分なスペースは問題ありません。",
    "recovery.pass.working": "パスフレーズでカードを開いています。数秒かかりますが、わざとそうしています。ほかの人が推測するのに時間がかかるようにするためです。",
    "recovery.pass.open": "カードを開く",
    "recovery.pass.backToCards": "カードに戻る",
    "recovery.pass.typeFirst": "先にパスフレーズを入力してください。",
    "recovery.pass.wordUnknown": "{n}番目の単語は単語リストにありません。つづりを確かめてください。パスフレーズがリストの単語6つでない場合は、上で「それ以外」を選んでください。",
    "recovery.pass.wordEmpty": "{n}番目の単語が空です。6つの単語をすべて順番どおりに入力してください。",
    // Help under a wrong passphrase: one of the first two, then one of the next two.
    "recovery.pass.help.typed": "読み取ったカードがこのパスフレーズで開きません。まず確かめるべきなのはパスフレーズです。入力したカードは、パスフレーズが正しくなってから確認されます。",
    "recovery.pass.help.allRead": "カードはすべて正しく読み取れています。確かめるべきなのはパスフレーズです。",
    "recovery.pass.help.words": "単語を1つずつ見直し、書き留められた順番どおりに並んでいるか確かめてください。",
    "recovery.pass.help.text": "1文字ずつ、大文字・小文字、単語の間のスペースを確かめてください。",
    "recovery.pass.help.retype": "カードの画面に戻って、もう一度入力してください。",
    "recovery.pass.help.damagedN": "パスフレーズは正しいです。ほかのカードはこれで開きました。カードの画面に戻り、「取り除く」でカード{n}を取り除いてから、もう一度スキャンするか、文字を入力するか、別のカードを追加してください。",
    "recovery.pass.help.damaged": "パスフレーズは正しいです。ほかのカードはこれで開きました。カードの画面に戻り、「取り除く」でそのカードを取り除いてから、もう一度スキャンするか、文字を入力するか、別のカードを追加してください。",
    "recovery.pass.help.change": "カードを入れ替えるには、カードの画面に戻ってください。",

    // ---- Recovery, step 3: the wallet is back ----
    "recovery.result.title": "ウォレットが復元されました",
    "recovery.result.checkApp": "{count}個の単語をウォレットアプリに入力したら、アプリにこれと同じウォレットのフィンガープリントが表示されるか確かめてください。別のフィンガープリントが表示された場合は、アプリへの単語の入力に間違いがあります。",
    "recovery.result.phraseHeading": "リカバリーフレーズ",
    "recovery.result.phraseWarning": "{count}個の単語です。これを見た人は誰でもお金を持ち出せます。誰にものぞかれない場所でだけ表示し、決してウェブサイトに入力しないでください。",
    "recovery.result.show": "リカバリーフレーズを表示する",
    "recovery.result.hide": "リカバリーフレーズを隠す",
    "recovery.result.seedHeading": "ハードウェアウォレット用",
    "recovery.result.seedIntro": "一部のハードウェアウォレット（たとえばSeedSigner）は、SeedQRというQRコードからリカバリーフレーズを読み取れます。誰も入力する必要がありません。",
    "recovery.result.seedShow": "SeedQRとして表示する",
    "recovery.result.seedHide": "SeedQRを隠す",
    "recovery.result.seedAlt": "リカバリーフレーズのSeedQRコード",
    "recovery.result.seedNone": "SeedQRは英語のリカバリーフレーズにしかありません。代わりに単語をウォレットに入力してください。",
    "recovery.result.saveHeading": "このパソコンに残す",
    "recovery.result.saveIntro": "あとで新しいカードを作れるように、リカバリーフレーズをこのパソコンのキーチェーンに保存します。パソコンのログインで鍵がかかります。",
    // The wallet name offered at first.
    "recovery.result.defaultName": "復元したウォレット",
    "recovery.result.saved": "「{name}」としてこのパソコンに保存しました。あとで、ここから新しいカードを作れます。",
    "recovery.result.already": "このウォレットは、すでに「{name}」としてこのパソコンに保存されているため、もう一度は保存しませんでした。",
    "recovery.result.leaveNote": "この画面を離れると、単語は画面からもHeirloomのメモリーからも消去されます。",
    "recovery.result.nextHeading": "次にすること",
    "recovery.result.next1": "単語を、信頼できるウォレットアプリに入力してください（または、下のSeedQRをハードウェアウォレットで読み取ってください）。このパソコンでも、新しいハードウェアウォレットでもかまいません。同じフィンガープリントが表示されるか確かめてください。",
    "recovery.result.next2": "お金を、あなただけが単語を知っている新しいウォレットに移してください。このカードの単語はすでに画面に表示されましたし、カードは何人もの人が持っています。",
    "recovery.result.next3": "やり方がわからないときは、ビットコインのウォレットに詳しい、信頼できる人にそばにいてもらってください。電話やメール、インターネットで単語を尋ねてくる人には、決して教えないでください。本物の担当者や正規の窓口が、単語を求めることは決してありません。",
    "recovery.result.corrected": { other: "Heirloomが入力されたカードを訂正しました" },
    "recovery.result.correctedIntro": "Heirloomが入力ミスを訂正するのは、カード自体の検査で正しさが証明できる場合だけです。ですから、下のウォレットは正しいものです。もう一度カードを見てください。紙が読みにくい箇所には、次のときのために正しい文字をそばに書き添えてください。",
    // {typed} and {corrected}: six characters each, shown as code.
    "recovery.result.correction": "カード{n}、グループ{group}：入力は {typed}、カードの正しい文字は {corrected} です。確認してください。",
    // What was typed, when nothing was.
    "recovery.result.nothing": "（何もなし）",
    "recovery.result.timedOut": "時間がかかりすぎたため、安全のために単語を消去しました。",
    "recovery.result.timedOutExplain": "Heirloomは、復元した単語を使っている間だけメモリーに置きます。15分間使われないと消去します。誰も見ていないパソコンに残さないためです。何も失われてはいません。カードとパスフレーズで、もう一度ウォレットを復元できます。このパソコンにすでに保存したウォレットは、そのまま保存されています。",
    "recovery.result.again": "もう一度カードを追加する",
    // {printed}, {recovered}: fingerprints, 8 characters.
    "recovery.fp.match": "カードに印刷されたフィンガープリント（{printed}）と一致しました。このカードから、作成元のウォレットが正しく戻りました。",
    "recovery.fp.mismatch": "中止してください。カードにはフィンガープリントが {printed} とありますが、戻ったのはウォレット {recovered} です。これは、カードを作った元のウォレットの単語ではありません。カードが偽造されたものか、別のセットのものかもしれません。このウォレットにお金を入れることも、このウォレットからお金を出すことも、一切しないでください。カードを作った人か、ビットコインのウォレットに詳しい信頼できる人に相談してください。",
    "recovery.fp.again": "入力を間違えたかもしれません。もう一度照らし合わせる",
    "recovery.fp.ask": "これを、カード（「fingerprint」の後ろ）と家族向けの案内に印刷されているフィンガープリントと照らし合わせてください。確かめるには、印刷されているものをここに入力してください：",
    "recovery.fp.label": "カードに印刷されたフィンガープリント",
    "recovery.fp.compare": "照らし合わせる",
    "recovery.fp.invalid": "フィンガープリントは、カードに印刷されているとおり、数字0～9と英字a～fからなる8文字です。",

    // ---- Taking cards in: camera, files, typed text ----
    "intake.camera.videoLabel": "カメラに映っているもの",
    "intake.camera.choose": "カメラ",
    "intake.camera.nameless": "カメラ{n}",
    "intake.camera.on": "カメラをオンにする",
    "intake.camera.off": "カメラをオフにする",
    "intake.camera.retry": "もう一度カメラを試す",
    "camera.unsupported": "このパソコンでは、Heirloomはカメラを使えません。代わりに、カードの写真を開くか、各QRコードの下に印刷された文字を入力してください。",
    "camera.refused": "Heirloomにカメラの使用が許可されていません。このパソコンの設定でカメラを許可してから「もう一度カメラを試す」を押すか、カードの写真を開くか、QRコードの下の文字を入力してください。",
    "camera.none": "カメラが見つかりません。ウェブカメラをつないで「もう一度カメラを試す」を押すか、カードの写真を開くか、QRコードの下の文字を入力してください。",
    "camera.busy": "カメラはほかのプログラムが使っています。そのプログラム（たとえばビデオ通話）を閉じてから「もう一度カメラを試す」を押してください。",
    "camera.failed": "カメラを起動できませんでした。「もう一度カメラを試す」を押すか、カードの写真を開くか、QRコードの下の文字を入力してください。",
    "intake.files.drop": "カードの写真やスキャンをここにドロップ",
    "intake.files.or": "または",
    "intake.files.kinds": "写真（JPEG）、PNG画像、スキャナーで作ったPDFファイルが使えます。1枚の画像や1ページに、複数のカードが写っていてもかまいません。",
    "intake.typed.label": "QRコードの下に印刷された文字を入力してください",
    "intake.typed.help": "大文字・小文字とスペースは関係ありません。6文字の各グループは、入力するそばから確認されます。チェックマークはそのグループが正しいという意味です。バーコードリーダーも使えます。枠の中をクリックしてから、コードを読み取ってください。",
    "intake.typed.groupsLabel": "ここまでに確認したグループ",
    // Read by screen readers for a group's mark.
    "intake.typed.wrong": "間違い",
    "intake.typed.right": "正しい",
    "intake.typed.unfinished": "入力途中",
    "intake.typed.groupWrong": "グループ{n}がカードと一致しません。1文字ずつ照らし合わせてください。文字が抜けていたり余分だったりすると、その後ろのグループも間違って見えます。",
    "intake.typed.empty": "先に、QRコードの下に印刷された文字を入力してください。",
    "intake.typed.keepOffer": "カードが読みにくいときや、照らし合わせても間違いが見つからないときは、入力したとおりに追加してください。パスフレーズを入力すると、Heirloomが小さな入力ミスを自分で探し、カード自体の検査で正しさが証明できる場合に限って訂正します。何を変えたかはお知らせします。",
    "intake.typed.keep": "入力したとおりに追加する",
    "scan.opening": "ファイルを開いています",
    "scan.readingPage": "{pages}ページ中{page}ページ目を読み取っています",
    "scan.readingPicture": "画像を読み取っています",
    "scan.closerPage": "{page}ページ目をさらに詳しく調べています（{of}回中{n}回目）",
    "scan.closerPicture": "画像をさらに詳しく調べています（{passes}段階中{pass}段階目）",
    // {progress}: one of the five above.
    "scan.lineMany": "{count}個中{k}個目のファイル「{name}」：{progress}…",
    "scan.lineOne": "{name}：{progress}…",
    "scan.stopping": "中止しています…",

    // ---- The record of backup sets (home screen) ----
    "sets.heading": "あなたのバックアップのセット",
    "sets.none": "このパソコンでは、まだバックアップのセットが作られていません。",
    // How a set is named: its label in quotation marks, else its id.
    "sets.name.label": "「{label}」",
    "sets.name.id": "セット {id}",
    "sets.unnamed": "名前のないセット",
    "sets.interval.91": "3か月",
    "sets.interval.182": "6か月",
    "sets.interval.365": "12か月",
    "sets.interval.730": "2年",
    "sets.interval.days": "{days}日",
    // Followed by the menu of the four periods above.
    "sets.interval.label": "セットが点検されないまま次の期間が過ぎたら知らせる：",
    "sets.keptAside": "このパソコンにあるHeirloomのセットの記録が傷んでいたため、それを別に保管し、新しい空の記録を始めました。何も削除していません。古い記録は{path}に残っています。カードには影響ありません。",
    "sets.wallet.saved": "ウォレット「{name}」（フィンガープリント {fingerprint}）",
    "sets.wallet.namedElsewhere": "ウォレット「{name}」、フィンガープリント {fingerprint} — このパソコンには保存されていません",
    "sets.wallet.elsewhere": "ウォレットのフィンガープリント {fingerprint} — このパソコンには保存されていません",
    "sets.holder.card": "カード{n}：",
    "sets.holder.nobody": "保管者の名前なし",
    "sets.holder.lastChecked": "— 最後の点検 {date}",
    "sets.holder.notChecked": "— まだ点検していません",
    "sets.badge.retired": "{date}に使用終了",
    "sets.badge.active": "使用中",
    "sets.facts.made": "{made}作成 · {n}枚中どれでも{t}枚でウォレットを復元",
    "sets.facts.wallet": "{wallet} · セット {id}",
    "sets.facts.verified": "印刷したカードを{date}に検証済み",
    "sets.facts.notVerified": "印刷後のカードは未検証",
    "sets.facts.checkup": "最後のカード点検 {date}",
    "sets.facts.noCheckup": "カードの点検はまだありません",
    // {period}: one of the sets.interval.* values.
    "sets.reminder": "点検の時期です。このセットのカードは、{period}以上どれも点検されていません。保管者一人一人にカードを見せてもらい、下の「カードを点検する」を使ってください。",
    "sets.retired.replacedBy": "{set}に置き換えられました。",
    "sets.retired.stillWorks": "このセットのカードでも、まだウォレットを復元できます。復元のときに、もっと新しいセットがあるかもしれないと警告が出ます。",
    "sets.changeHolders": "保管者を変更…",
    "sets.reissue": "新しいセットに置き換える…",
    "sets.retire": "このセットを使用終了にする…",
    "sets.holders.title": "{set}のカードは誰が保管していますか？",
    "sets.holders.intro": "カードの保管者が替わったり、別の場所に移したりしたときは、ここに書き留めてください。家族が誰に尋ねればよいかわかるようにするためです。ここで変わるのは、このパソコンの記録だけです。カードに印刷された名前は元のままです。名前は{name}文字まで、場所は{place}文字まで入力できます。",
    // Under a wallet's name: {list} is its sets, "“Family 2026” (active) · …".
    "sets.ofWallet": "セット：{list}",
    "sets.ofWallet.item": "{set}（{status}）",
    "sets.ofWallet.itemDue": "{set}（{status}、点検の時期）",
    "sets.status.active": "使用中",
    "sets.status.retired": "使用終了",
    "sets.ofWallet.none": "このウォレットのバックアップのセットは、ここにはまだ記録されていません。",
    "sets.exported": { other: "{count}個のバックアップのセットの記録を{place}に保存しました。中身は名前と日付だけで、ウォレットは入っていません。" },
    // {count}: new sets; {updated}: sets updated.
    "sets.imported": { other: "読み込みました：新しいセット{count}個、更新したセット{updated}個。" },
    "sets.checkCard": "カードを点検する",
    "sets.export": "この記録を保存…",
    "sets.import": "ほかのパソコンの記録を追加…",
    "sets.replacing": "このセットは{old}を置き換えるものですが、印刷したカードはまだ検証されていません。このセットを検証するまで、{old}のカードは手元に残してください。{old}が使用終了になるのは、そのときだけです。",
    "sets.beingReplaced": "このセットを置き換えるために{set}を作成中ですが、その印刷したカードはまだ検証されていません。このセットのカードは手元に残してください。今はまだ、こちらが頼りになるバックアップです。",
    "sets.unfinished.heading": { other: "やりかけ：印刷したカードが未検証のセット（{count}個）" },
    "sets.unfinished.text": "印刷したカードを読み込ませ、紙に書いたパスフレーズで検証するまでは、そのカードでウォレットを復元できるかどうか誰にもわかりません。それまでは、カードを人に渡さないでください。",
    "sets.unfinished.facts": "{made}作成、{n}枚中どれでも{t}枚",
    "sets.unfinished.factsReplaces": "{made}作成、{n}枚中どれでも{t}枚、古いセットを置き換えるもの",
    // {names}: the sets' names.
    "sets.due": { other: "点検の時期が来たセットが{count}個あります：{names}" },
    "sets.retireScreen.title": "{set}を使用終了にしますか？",
    "sets.retireScreen.text": "使用終了にすると、このセットは今後使うべきセットではなくなります。たとえば、新しいセットを作ったときや、カードをなくしたときに使います。何も削除されず、このセットのカードでも引き続きウォレットを復元できます。ただし、そのカードを読み込ませるたびに、もっと新しいセットがあるかもしれないとHeirloomが警告します。",
    "sets.retireScreen.instead": "新しいカードに置き換えるなら、代わりに「新しいセットに置き換える…」を使ってください。新しいセットの作成と、このセットの使用終了が一度に済みます。ここでセットを使用終了にするのは、そのカードをもう使うべきでないとき、たとえば別のパソコンで新しいセットを作ったときです。",
    "sets.retireScreen.which": "どの新しいセットに置き換えますか？",
    "sets.retireScreen.noNew": "新しいセットはない（まだない）",
    "sets.retireScreen.option": "{label}（{made}作成）",
    "sets.retireScreen.optionId": "セット {id}（{made}作成）",
    "sets.retireScreen.typeName": "確認のため、セットの名前を入力してください：{name}",
    "sets.retireScreen.confirm": "このセットを使用終了にする",
    "sets.retireScreen.keep": "使用中のままにする",

    // ---- Card check-up ----
    "checkup.title": "カードを点検する",
    "checkup.lead": "カードがまだ読み取れるかを確かめ、どのセットのカードかを確認します。パスフレーズは不要で、秘密の情報は何も表示されません。点検した日付は、このパソコンに記録されます。",
    "checkup.cameraHeading": "カードをカメラにかざす",
    "checkup.filesHeading": "または、カードの写真やスキャンを開く",
    "checkup.typedHeading": "または、カードの文字を入力する",
    "checkup.cameraIntro": "四角いコード全体が映るようにかざしてください。読み取れると「ピッ」と音が鳴ります。",
    "checkup.filesLabel": "写真やスキャンを選ぶ",
    "checkup.add": "この文字を点検する",
    "checkup.headLabel": "セット「{label}」の{count}枚中{n}枚目のカードは無事です。",
    "checkup.headId": "セット {id} の{count}枚中{n}枚目のカードは無事です。",
    "checkup.anyT": "{n}枚のカードのうち、どれでも{t}枚あればウォレットを復元できます。",
    "checkup.explain.active": "このセットは使用中です。今使うべきセットです。",
    "checkup.explain.retired": "このセットは{date}に使用終了になりました。もっと新しいカードのセットがあるかもしれません。このカードはまだ使えますが、新しいセットを配り終えたら、回収して処分してください。",
    "checkup.explain.unknown": "このパソコンには、このセットの記録がありません（別のパソコンで作られたのかもしれません）。カードは読み取れます。何も記録していません。",
    // {status}: one of checkup.status.*; {explain}: one of checkup.explain.*.
    "checkup.statusLine": "状態：{status}。{explain}",
    "checkup.status.active": "使用中",
    "checkup.status.retired": "使用終了",
    "checkup.status.unknown": "このパソコンには記録なし",
    "checkup.holder": "記録されている保管者：{holder}。",
    "checkup.recorded": "{date}の点検を記録しました。",
    "checkup.noCard": "カードが見つかりませんでした。",
    // Beside the camera picture. {status}: one of checkup.latestStatus.*.
    "checkup.latest": "✓ {set}のカード{n}は無事です（{status}）。詳しくは下をご覧ください。次のカードをかざしてください。",
    "checkup.latestStatus.active": "使用中",
    "checkup.latestStatus.retired": "使用終了。もっと新しいセットがあるかもしれません",
    "checkup.latestStatus.unknown": "このパソコンには記録なし",
    "checkup.latestProblem": "✗ {message}",
    "checkup.flashRead": "✓ カード{n}を読み取りました",
    "checkup.flashBad": "✗ このカードは読み取れません",

    // ---- Errors: one message per kind the app reports (src-tauri/src/error.rs). Details
    // arrive as placeholders; wording as in Rust's English messages. ----
    "error.unexpected": "予期しない問題が起きました。何も失われていません。もう一度お試しください。",
    "error.not_a_card": "これはHeirloomのカードではありません。Heirloomの分割カードのコードをスキャンまたは入力したか、確かめてください。",
    "error.typo": "カードの文字のグループ{group}が正しくないようです。カードと1文字ずつ照らし合わせてください。文字が抜けていたり余分だったりすると、その後ろのグループも間違って見えます。",
    "error.damaged": "カード{index}は傷んでいて、正しく読み取れません。もう一度スキャンするか、QRコードの下に印刷された文字を入力してください。",
    "error.damaged.unknown": "このカードは傷んでいて、正しく読み取れません。もう一度スキャンするか、QRコードの下に印刷された文字を入力してください。",
    // {expected}, {found}: set ids, 16 characters.
    "error.other_set": "このカードは、最初のカード（セット {expected}）とは別のバックアップ（セット {found}）のものです。1つのセットのカードだけを使ってください。",
    // The other set named by its label, which this computer knows. {found_label}: the card's set; {expected_label}: the set of the cards already added.
    "error.other_set.named": "このカードは、追加済みのカードとは別のバックアップ「{found_label}」のものです。1つのセットのカードだけを使ってください。",
    "error.other_set.namedBoth": "このカードは、追加済みのカード（「{expected_label}」）とは別のバックアップ「{found_label}」のものです。1つのセットのカードだけを使ってください。",
    "error.duplicate": "カード{index}はすでに追加されています。別のカードを追加してください。",
    // {count}: how many more cards are needed.
    "error.not_enough_cards": { other: "カードが足りません。今あるのは{have}枚で、ウォレットの復元にはどれでも{need}枚必要です。あと{count}枚必要です。" },
    "error.wrong_passphrase": "このパスフレーズは、これらのカードに合いません。つづりとスペースを確かめて、もう一度お試しください。",
    "error.unsupported_version": "このカードは、新しいバージョンのHeirloomで作られています（カード形式 {version}）。読み取るには、最新のHeirloomをインストールしてください。",
    "error.kdf_out_of_bounds": "このカードは、本物のHeirloomのカードではありえないほど多くのメモリーや時間をパソコンに求めるため、受け付けませんでした。改ざんされている可能性があります。",
    "error.bad_word_count": "リカバリーフレーズは12、15、18、21、24語のいずれかです。これは{count}語です。",
    "error.unknown_word": "{position}番目の単語は、リカバリーフレーズに使われる単語ではありません。つづりを確かめてください。",
    "error.bad_checksum": "単語はどれも有効ですが、正しいリカバリーフレーズになっていません。おそらく1つの単語が間違っているか、順番が違っています。単語を1つずつバックアップと照らし合わせてください。",
    "error.invalid_threshold": "カードは2～16枚、復元に必要な枚数は2からカードの枚数までの間で選んでください（選んだのは{count}枚中{threshold}枚です）。",
    "error.invalid_kdf_params": "鍵の導出の設定が範囲外です。メモリーは8～1024 MiBの2のべき乗、パス数は1～8、レーン数は1～8でなければなりません。",
    "error.weak_passphrase": "このパスフレーズは推測されやすすぎます。自動で作られた6つの単語を使うか、互いに関係のない単語をいくつも並べた、もっと長いパスフレーズにしてください。",
    "error.well_known_passphrase": "これはよく知られた言葉で、攻撃者が最初に試すものです。自分で考えた単語を選ぶか、自動で作られた6つの単語を使ってください。",
    "error.empty_passphrase": "パスフレーズが空です。カードを作ったときに決めたパスフレーズを入力してください。",
    "error.invalid_dice": "サイコロの目は1～6の数字で入力してください（スペースは無視されます）。少なくとも{min}回振ってください。",
    "error.keychain_unavailable": "このパソコンのキーチェーンに接続できません（ロックされているか、キーチェーンがありません）。このパソコンにウォレットを保存せずに進むこともできます。",
    "error.keychain_mismatch": "キーチェーンにウォレットが正しく保存されなかったため、何も保存していません。もう一度試すか、保存せずに進んでください。",
    "error.wallet_exists": "この名前のウォレットは、すでにこのパソコンに保存されています。別の名前を選ぶか、置き換えることを確定してください。",
    // {saved}, {new}: fingerprints.
    "error.wallet_exists.named": "「{name}」という名前で、別のウォレットがすでに保存されています（フィンガープリント {saved}）。この単語は、フィンガープリント {new} のウォレットのものです。何も変更していません。別の名前を選んでください。または、保存されているウォレットを置き換え、その単語をこのパソコンから削除するには、そのフィンガープリント {saved} を入力してください。",
    "error.wallet_not_found": "この名前のウォレットは、このパソコンにありません。",
    "error.invalid_wallet_name": "ウォレットには1～64文字の名前を付けてください。",
    "error.unreadable_file": "Heirloomはこのファイルを開けません。ファイルがまだその場所にあり、読み取る権限があるか確かめてください。",
    "error.unreadable_image": "Heirloomはこのファイルを画像として読み取れません。PNG、JPEG、PDFで保存した写真やスキャンを使ってください。",
    "error.pdf_without_pictures": "このPDFには、スキャンした画像もカードの文字も入っていません。代わりにカードのスキャンや写真を開くか、各QRコードの下に印刷された文字を入力してください。",
    "error.no_qr_code": "この画像にはQRコードが見つかりませんでした。カード全体が写るように、明るさのむらがなく、ピントの合った状態で撮り直すか、QRコードの下に印刷された文字を入力してください。",
    "error.card_too_large": "このカードは大きすぎて、確実に読み取れるQRコードとして印刷できません。このバージョンのHeirloomで作られたカードではありません。代わりにカードの文字を印刷してください。",
    "error.invalid_print_layout": "1ページあたりのカードは1～4枚、カードは少なくとも1枚、画像の解像度は72～1200 dpiの範囲で選んでください。",
    "error.render_failed": "Heirloomはカードを描画できませんでした。何も書き出していません。この問題を報告してください。",
    "error.randomness": "このパソコンの乱数の生成に失敗しました。何も作成していません。もう一度お試しください。",
    "error.record_too_new": "バックアップのセットの記録は、新しいバージョンのHeirloomで作られているため、このバージョンでは変更しません。最新のHeirloomをインストールしてください。",
    // {kept}, {path}: a file's path.
    "error.record_damaged": "バックアップのセットの記録が傷んでいて、読み取れませんでした。その記録は{kept}として残し、新しい空の記録を始めました。ほかには何も変更していません。「この記録を保存…」で記録の控えを保存してあれば、「ほかのパソコンの記録を追加…」でそれを追加し直してください。",
    "error.record_unavailable": "Heirloomは、{path}にあるバックアップのセットの記録を読み取ることも保存することもできません。ディスクがいっぱいでないか、そこに書き込む権限があるか確かめてください。",
    "error.no_data_folder": "Heirloomは、このパソコンに自分のデータを置くフォルダーを見つけられません。そのため、バックアップのセットの記録を残せません。",
    "error.record_unreadable": "{path}にあるバックアップのセットの記録は傷んでいて、読み取れませんでした。何も変更していません。「この記録を保存…」で記録の控えを保存してあれば、「ほかのパソコンの記録を追加…」でそれを追加し直してください。そうすると、Heirloomは傷んだファイルをそのすぐ横に別に残し、新しい記録を始めます（新しいセットを記録したときも同じです）。",
    "error.record_busy": "別のHeirloomのウィンドウかコマンドが、バックアップのセットの記録を変更しています。それが終わってから、もう一度お試しください。",
    "error.data_folder_not_a_folder": "{path}はフォルダーではないため、Heirloomはそこにバックアップのセットの記録を残せません。HEIRLOOM_DATA_DIRを設定している場合は、フォルダーを指すようにしてください。",
    "error.record_file_too_large": "{path}は、バックアップのセットの記録としては大きすぎます（最大{limit_mb} MB、約10万セット分）。そのため読み取らず、何も変更していません。「この記録を保存…」で書き出したファイルを選んでください。",
    "error.too_many_sets": "バックアップのセットの記録に入るのは最大{limit}セットですが、それを超えてしまうため、何も変更していません。",
    "error.record_full": "バックアップのセットの記録が、Heirloomが読み込める上限の{limit_mb} MBを超えてしまうため、この変更は保存していません。",
    "error.duplicate_set_in_file": "このファイルには、バックアップのセット {set_id} が2回以上載っています。Heirloomで書き出したファイルなら、こうはなりません。編集されたか傷んでいる可能性があります。何も読み込んでいません。",
    // {reason}: another error message, saying why.
    "error.invalid_set_in_file": "何も読み込んでいません。このファイルにあるバックアップのセット {set_id} は記録できません。{reason}",
    // One message per field: the set's label, the wallet's name, a holder's name, a place.
    "error.text_too_long.label": "セットの名前が{chars}文字あります。セットの名前は{limit}文字までです。短くしてください。",
    "error.text_too_long.wallet_name": "ウォレットの名前が{chars}文字あります。ウォレットの名前は{limit}文字までです。短くしてください。",
    "error.text_too_long.holder_name": "保管者の名前が{chars}文字あります。保管者の名前は{limit}文字までです。短くしてください。",
    "error.text_too_long.place": "場所が{chars}文字あります。場所は{limit}文字までです。短くしてください。",
    "error.control_character.label": "セットの名前に、改行やタブなどの制御文字が入っています。文字、数字、スペース、句読点だけを使ってください。",
    "error.control_character.wallet_name": "ウォレットの名前に、改行やタブなどの制御文字が入っています。文字、数字、スペース、句読点だけを使ってください。",
    "error.control_character.holder_name": "保管者の名前に、改行やタブなどの制御文字が入っています。文字、数字、スペース、句読点だけを使ってください。",
    "error.control_character.place": "場所に、改行やタブなどの制御文字が入っています。文字、数字、スペース、句読点だけを使ってください。",
    // {character}: the character refused.
    "error.unprintable.label": "セットの名前に「{character}」が入っていますが、Heirloomはこの文字をカードに印刷できません。どのフォントにもない文字なので、空の四角として印刷されてしまいます。この文字を使わずに書くか、その部分を省いてください。",
    "error.unprintable.wallet_name": "ウォレットの名前に「{character}」が入っていますが、Heirloomはこの文字をカードに印刷できません。どのフォントにもない文字なので、空の四角として印刷されてしまいます。この文字を使わずに書くか、その部分を省いてください。",
    "error.unprintable.holder_name": "保管者の名前に「{character}」が入っていますが、Heirloomはこの文字をカードに印刷できません。どのフォントにもない文字なので、空の四角として印刷されてしまいます。この文字を使わずに書くか、その部分を省いてください。",
    "error.unprintable.place": "場所に「{character}」が入っていますが、Heirloomはこの文字をカードに印刷できません。どのフォントにもない文字なので、空の四角として印刷されてしまいます。この文字を使わずに書くか、その部分を省いてください。",
    "error.not_a_record_file": "このファイルは、Heirloomのバックアップのセットの記録ではないか、傷んでいます。「この記録を保存…」で書き出したファイルを選んでください。",
    "error.set_exists": "別のバックアップのセット {set_id} がすでに記録されています。置き換えていません。",
    "error.set_not_found": "このパソコンの記録には、バックアップのセット {set_id} がありません。セットIDを確かめてください。各カードに印刷されている16文字です。",
    "error.no_such_card": "このセットのカードは1～{count}です。カード{index}はありません。",
    "error.set_replaces_itself": "セット {set_id} は、自分自身を置き換えることはできません。置き換える新しいセットを指定してください。",
    "error.invalid_check_interval": "{days}日ごとの点検のお知らせは設定できません。1か月から10年の間で選んでください。",
    "error.different_wallet": "これは、フィンガープリント {found} のウォレットの単語かカードです。しかし、ここで必要なウォレットのフィンガープリントは {expected} です。正しいカード、または正しいリカバリーフレーズか確かめてください。新しいセットで置き換えられるのは、同じウォレットのセットだけです。別のウォレットの場合は、ふつうに新しいバックアップを作ってください。",
    "error.wallet_already_saved": "このウォレット（フィンガープリント {fingerprint}）は、すでに「{name}」としてこのパソコンに保存されているため、二重には保存していません。",
    "error.wallet_changed": "この名前で保存されているウォレットは、置き換えると確定したものではありません（ちょうど今、変更されたのかもしれません）。何も置き換えていません。ウォレットの一覧を見て、もう一度お試しください。",
    "error.picture_too_large": "この画像は{megapixels}メガピクセルあります。Heirloomが読み取れるのは{limit}メガピクセルまでです。代わりにカードを撮影するか、300 dpiでスキャンしてください。",
    "error.scan_file_too_large": "このファイルは{megabytes} MBあります。Heirloomが読み取れる画像やPDFは{limit} MBまでです。カードのあるページだけを300 dpiでスキャンするか、カードを1枚ずつ撮影してください。",
    "error.too_many_pages": "{pages}ページのうち、最初の{read}ページを読み取りました。Heirloomが1つのファイルから読み取るのは{limit}ページまでです。ファイルを分けるか、カードを別々にスキャンしてください。",
    "error.too_many_pictures": "{pages}ページのうち、最初の{read}ページを読み取りました。Heirloomが1つのファイルから読み取る画像は{limit}枚までです。ファイルを分けるか、カードを別々にスキャンしてください。",
    "error.scan_time_up": "Heirloomが1つのファイルにかける{seconds}秒の間に、このファイルの{pages}ページのうち{read}ページを読み取りました。ファイルを分けるか、カードを別々にスキャンしてください。",
    "error.scan_not_a_file": "これは画像やPDFのファイルではなく、フォルダーや装置、パイプなので、Heirloomは読み取りませんでした。代わりに、カードの写真やスキャンを開いてください。",
    "error.scan_cancelled": "スキャンを中止しました。このファイルからは何も追加していません。",
    "error.too_many_cards": "1つのバックアップのカードは最大{limit}枚で、すでに{limit}枚追加されています。先に、間違えて追加したカードを取り除いてください。",
    "error.expired": "この手順は時間切れになったため、単語をメモリーから消去しました。このバックアップを最初からやり直してください。",
    "error.timed_out": "時間がかかりすぎたため、安全のために単語を消去しました。最初からやり直してください。",
    "error.internal": "Heirloomの内部で問題が起きました。カードや単語の問題ではありません。何も変更していません。もう一度お試しください。また起きる場合は、Heirloomを閉じて開き直し、問題を報告してください。",
    // Checking printed cards with some missing: every card is checked, not T. {count}: cards in.
    "error.verify_needs_every_card": { other: "印刷したカードの検証には、{need}枚すべてが必要です。今あるのは{count}枚です。セットのカードをすべて持ってきてください。検証していないカードは、使えるかどうかが確かめられていません。" },
    // The passphrase typed back from paper: the word count differs ({typed} typed, {expected}
    // in the passphrase), or word {position} does.
    "error.passphrase_mismatch.count": { other: "入力した単語は{count}個ですが、パスフレーズは{expected}個の単語です。入力したものを紙と照らし合わせてください。カードはまだ作られていません。" },
    "error.passphrase_mismatch.word": "{position}番目の単語が、パスフレーズと一致しません。紙と1文字ずつ照らし合わせ、紙のほうが間違っていれば紙を直してください。カードはまだ作られていません。",
    // {list}: word positions, "3, 7".
    "error.written_words_differ": { other: "紙に書いた{list}番目の単語が、リカバリーフレーズの単語と違います。単語をもう一度表示して、紙を直してください。カードから戻るのは、紙に書いた単語ではなく、画面に表示された単語です。" },
    "error.written_words_differ.none": "求められた単語を、紙を見ながら入力してください。",
    "error.passphrase_not_confirmed": "先に、紙を見ながらパスフレーズをもう一度入力してください。カードに、書き留めたとおりのパスフレーズで鍵をかけるためです。",
    "error.not_shown_again": "自分で決めたパスフレーズは、もう一度表示されません。何を書き留めたか自信がない場合は、もう一度決め直してください。",
    "error.declined": "何も表示していません。",
    "error.all_cards_needed": "{count}枚中{count}枚の場合、どれか1枚でもなくすと、ウォレットは永久に失われます。本当にそれでよいか確定するか、復元に必要な枚数を少なくしてください。",
    "error.not_confirmed.replace_wallet": "保存されているウォレットを置き換えるには、そのフィンガープリント {expected} を正確に入力してください。何も変更していません。",
    "error.not_confirmed.remove_wallet": "削除を確定するには、ウォレットの名前を正確に入力してください。",
    "error.not_confirmed.retire_set": "使用終了を確定するには、表示されているとおりにセットの名前を正確に入力してください。",
    "error.only_copy": "「{name}」は、このパソコンにあるこのウォレットのただ一つの控えで、検証済みのカードもありません（使用中のバックアップのセットで、印刷後に検証されたものがありません）。削除して、ほかに控えがなければ、ウォレットとそのお金は永久に失われます。",
    "error.bad_set_id": "それはバックアップのセットIDではありません。セットIDは、各カードに印刷されている16文字です。",
    "error.io": "{path}に書き込めませんでした（{reason}）。",
    "error.file_appeared": "何も保存していません。ダイアログを開いている間に、{path}というファイルができました。Heirloomがファイルを置き換えるのは、あなたに確認したときだけです。もう一度保存してください。",
    "error.file_exists": "何も保存していません。{folder}には、すでに{name}という名前のファイルがあります。Heirloomはファイルを上書きしません。空のフォルダーを選んでください。",
  },
};

export default translation;
