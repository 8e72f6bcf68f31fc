// The Japanese words of the window, the home screen, the backup wizard, printing, and checking the printed cards: one part of ../ja.ts, typed against
// the English part (../en/backup.ts): a missing or extra key fails tsc.
import type { PartOf } from "../catalogue";
import type { backup as english } from "../en/backup";

export const backup: PartOf<typeof english> = {
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
};
