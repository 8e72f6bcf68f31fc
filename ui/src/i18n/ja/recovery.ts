// The Japanese words of recovery, and taking cards in (camera, files, typed text): one part of ../ja.ts, typed against
// the English part (../en/recovery.ts): a missing or extra key fails tsc.
import type { PartOf } from "../catalogue";
import type { recovery as english } from "../en/recovery";

export const recovery: PartOf<typeof english> = {
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
  "recovery.cards.removedUnplacedPrinted": "印刷された文字から読み取ったカードを取り除きました。もう一度追加できます。",

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
  "recovery.board.printedGroup": "印刷された文字から読み取り済み。グループ{group}はパスフレーズで確認します",
  "recovery.board.printed": "印刷された文字から読み取り済み。パスフレーズで確認します",
  // Under a card whose number did not read, named above as typed or read.
  "recovery.board.checkedGroup": "グループ{group}はパスフレーズで確認します",
  "recovery.board.checked": "パスフレーズで確認します",
  "recovery.board.unplaced": "入力したカード",
  "recovery.board.unplacedPrinted": "印刷された文字から読み取ったカード",
  // Read by screen readers after a slot's card number.
  "recovery.board.in": "追加済み",
  "recovery.board.notIn": "未追加",
  // aria-labels of the Remove buttons.
  "recovery.board.removeCard": "カード{n}を取り除く",
  "recovery.board.removeTyped": "入力したカード{n}を取り除く",
  "recovery.board.removePrinted": "印刷された文字から読み取ったカード{n}を取り除く",
  "recovery.board.removeUnplaced": "入力したカードを取り除く",
  "recovery.board.removeUnplacedPrinted": "印刷された文字から読み取ったカードを取り除く",

  // ---- Recovery: what is said as cards arrive ----
  // {n}: one card number; {list}: card numbers before the last, "1, 3"; {last}: the last.
  "recovery.news.card": "カード{n}",
  "recovery.news.cards": "カード{list}と{last}",
  // The same at the start of a sentence.
  "recovery.news.Card": "カード{n}",
  "recovery.news.Cards": "カード{list}と{last}",
  "recovery.news.added": "{cards}を追加しました。",
  "recovery.news.printed": "QRコードが読み取れなかったため、その下に印刷された文字から読み取りました。パスフレーズを入力したときに、Heirloomがこのカードを確かめます。",
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
  "recovery.pass.help.retype": "カードの画面に戻って、そのカードの文字を、グループごとに紙と見比べながら入力してください。",
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
  "recovery.result.correctedRead": { other: "Heirloomがカードの文字を訂正しました" },
  "recovery.result.correctedReadIntro": "Heirloomがカードの文字の誤り（入力したものでも、印刷から読み取ったものでも）を訂正するのは、カード自体の検査で正しさが証明できる場合だけです。ですから、下のウォレットは正しいものです。もう一度カードを見てください。紙が読みにくい箇所には、次のときのために正しい文字をそばに書き添えてください。",
  // {typed} and {corrected}: six characters each, shown as code.
  "recovery.result.correction": "カード{n}、グループ{group}：入力は {typed}、カードの正しい文字は {corrected} です。確認してください。",
  "recovery.result.correctionRead": "カード{n}、グループ{group}：読み取りは {typed}、カードの正しい文字は {corrected} です。確認してください。",
  "recovery.result.correctionUnread": "カード{n}、グループ{group}：読み取れませんでした。カードの正しい文字は {corrected} です。確認してください。",
  // What was typed, when nothing was.
  "recovery.result.nothing": "（何もなし）",
  "recovery.result.leftOutN": "カード{n}は使いませんでした。入力した内容または読み取った内容がカードと違いすぎて、Heirloomが確実に訂正できる範囲を超えていましたが、ほかのカードだけで足りました。下のウォレットは正しいものです。",
  "recovery.result.leftOut": "入力したカードのうち1枚は使いませんでした。入力した内容または読み取った内容がカードと違いすぎて、Heirloomが確実に訂正できる範囲を超えていましたが、ほかのカードだけで足りました。下のウォレットは正しいものです。",
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
};
