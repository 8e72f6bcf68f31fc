// The Simplified Chinese words of recovery, and taking cards in (camera, files, typed text): one part of ../zh-Hans.ts, typed against
// the English part (../en/recovery.ts): a missing or extra key fails tsc.
import type { PartOf } from "../catalogue";
import type { recovery as english } from "../en/recovery";

export const recovery: PartOf<typeof english> = {
  // ---- Recovery: shared ----
  "recovery.step.cards": "添加卡片",
  "recovery.step.passphrase": "输入密码短语",
  "recovery.step.wallet": "您的钱包",

  // ---- Recovery, step 1: the cards ----
  "recovery.cards.title": "用卡片恢复钱包",
  "recovery.cards.lead": "一次添加一张卡片，顺序不限，可以用下面三种方式中的任意一种。卡片够了时，Heirloom 会告诉您。",
  "recovery.cards.waysLabel": "如何添加卡片",
  "recovery.way.camera": "把卡片举到摄像头前",
  "recovery.way.files": "打开图片或 PDF 扫描件",
  "recovery.way.typed": "输入二维码下面的文字",
  "recovery.cards.cameraIntro": "把一张卡片举在摄像头前，让整个方形二维码都在画面里，并保持片刻不动。读取成功时，您会听到“嘀”的一声，并看到一个对勾。然后再出示下一张卡片。",
  "recovery.cards.filesLabel": "从这台电脑中选择图片或扫描件",
  "recovery.cards.next": "继续，输入密码短语",
  // Over the camera picture. {cards}: "Card 2", "Cards 1 and 3" (recovery.news.Cards).
  "recovery.cards.flashAdded": "✓ 已添加{cards}",
  "recovery.cards.flashRefused": "✗ {problem}",
  "recovery.cards.removedCard": "卡片 {n} 已取出。您可以重新添加。",
  "recovery.cards.removedTyped": "输入的卡片 {n} 已取出。您可以重新输入。",
  "recovery.cards.removedUnplaced": "输入的那张卡片已取出。您可以重新输入。",
  "recovery.cards.removedUnplacedPrinted": "已移除从印刷文字读出的那张卡片。您可以重新添加。",

  // ---- Recovery: the board of cards ----
  "recovery.board.heading": "已添加的卡片",
  // {label}: the set's name; {made}: recovery.board.made, in smaller letters.
  "recovery.board.label": "“{label}” {made}",
  "recovery.board.made": "制作于 {date}",
  "recovery.board.retired": "这套卡片已于 {date} 停用：可能还有一套较新的卡片。这些卡片仍然可用。",
  "recovery.board.noCards": "还没有卡片",
  // {have} cards added; {t} needed (2 or more).
  "recovery.board.countMore": "{have} 张卡片（需要 {t} 张）",
  "recovery.board.count": "{have} / {t} 张卡片",
  "recovery.board.start": "添加任意一张卡片即可开始。第一张卡片会告诉您需要几张。",
  "recovery.board.needed": { other: "还需要 {count} 张卡片。" },
  "recovery.board.enough": "卡片够了。请继续输入密码短语。",
  "recovery.board.next": "继续输入密码短语",
  // {id}: the first 8 characters of the set id, shown apart.
  "recovery.board.set": "这份备份共有 {count} 张卡片；任意 {t} 张即可找回钱包。卡片套编号 {id}。",
  // Under a typed card's slot.
  "recovery.board.typedGroup": "手动输入；第 {group} 组要用密码短语才能核对",
  "recovery.board.typed": "手动输入；要用密码短语才能核对",
  "recovery.board.printedGroup": "从印刷文字读出；第 {group} 组要用密码短语才能核对",
  "recovery.board.printed": "从印刷文字读出；要用密码短语才能核对",
  // Under a card whose number did not read, named above as typed or read.
  "recovery.board.checkedGroup": "第 {group} 组要用密码短语才能核对",
  "recovery.board.checked": "要用密码短语才能核对",
  "recovery.board.unplaced": "一张手动输入的卡片",
  "recovery.board.unplacedPrinted": "一张从印刷文字读出的卡片",
  // Read by screen readers after a slot's card number.
  "recovery.board.in": "已添加",
  "recovery.board.notIn": "未添加",
  // aria-labels of the Remove buttons.
  "recovery.board.removeCard": "移除卡片 {n}",
  "recovery.board.removeTyped": "移除输入的卡片 {n}",
  "recovery.board.removePrinted": "移除从印刷文字读出的卡片 {n}",
  "recovery.board.removeUnplaced": "移除输入的那张卡片",
  "recovery.board.removeUnplacedPrinted": "移除从印刷文字读出的那张卡片",

  // ---- Recovery: what is said as cards arrive ----
  // {n}: one card number; {list}: card numbers before the last, "1, 3"; {last}: the last.
  "recovery.news.card": "卡片 {n}",
  "recovery.news.cards": "卡片 {list} 和 {last}",
  // The same at the start of a sentence.
  "recovery.news.Card": "卡片 {n}",
  "recovery.news.Cards": "卡片 {list} 和 {last}",
  "recovery.news.added": "已添加{cards}。",
  "recovery.news.printed": "二维码无法读取，已从其下方印刷的文字读出。您输入密码短语时，Heirloom 会核验这张卡片。",
  "recovery.news.enough": "卡片已经够了。",
  "recovery.news.keptN": "卡片 {n} 已按您输入的内容添加。",
  "recovery.news.kept": "这张卡片已按您输入的内容添加。",
  "recovery.news.keptCheck": "您输入密码短语后，Heirloom 会检查它，并纠正小的输入错误。",
  // {message}: why, an error message.
  "recovery.news.noCardInPart": "{file}：在读取的页面中没有找到卡片。{message}",
  "recovery.news.stoppedOne": "已停止。那个文件中的内容都没有添加。",
  // {count}: 2 or more.
  "recovery.news.stoppedMany": "已停止。最后 {count} 个文件没有读取，其中的内容都没有添加。",
  // A few words over the camera picture for a refused card.
  "recovery.short.other_set": "另一份备份的卡片",
  "recovery.short.damaged": "卡片已损坏",
  "recovery.short.duplicate": "已经添加过",
  "recovery.short.not_a_card": "不是 Heirloom 卡片",
  "recovery.short.unsupported_version": "较新的卡片格式",
  "recovery.short.kdf_out_of_bounds": "卡片被拒绝",
  "recovery.short.other": "这张卡片无法使用",

  // ---- Recovery, step 2: the passphrase ----
  "recovery.pass.title": "输入密码短语",
  "recovery.pass.intro": "卡片是用密码短语锁定的。密码短语没有印在卡片上：制作卡片的人把它另外写了下来，或者告诉了他信任的人。",
  "recovery.pass.legend": "密码短语是什么样的？",
  "recovery.pass.modeWords": "六个普通的词（由 Heirloom 生成）",
  "recovery.pass.modeText": "其他内容（由制作卡片的人自己设定）",
  "recovery.pass.wordsIntro": "按写下时的顺序输入这六个词。每个词输入前四个字母就够了。",
  "recovery.pass.wordLabel": "密码短语第 {n} 个词",
  "recovery.pass.notAWord": "不是词表中的词。请检查拼写。",
  // {words}: one or more suggested words, each a button.
  "recovery.pass.notAWordSuggest": "不是词表中的词。您是不是要输入 {words}？",
  "recovery.pass.textLabel": "密码短语，与写下的完全一致",
  "recovery.pass.textHint": "大小写有区别。多余的空格没关系。",
  "recovery.pass.working": "正在用密码短语打开卡片。这需要几秒钟，是有意这样设计的：这样别人猜密码短语就会很慢。",
  "recovery.pass.open": "打开卡片",
  "recovery.pass.backToCards": "返回卡片",
  "recovery.pass.typeFirst": "请先输入密码短语。",
  "recovery.pass.wordUnknown": "第 {n} 个词不在词表中。请检查拼写。如果密码短语不是由词表中的六个词组成的，请在上方选择“其他内容”。",
  "recovery.pass.wordEmpty": "第 {n} 个词是空的。请按顺序输入全部六个词。",
  // Help under a wrong passphrase: one of the first two, then one of the next two.
  "recovery.pass.help.typed": "已读取的卡片用这个密码短语打不开，所以首先要检查的是密码短语；密码短语正确后，才会核对手动输入的卡片。",
  "recovery.pass.help.allRead": "所有卡片都已正确读取，所以要检查的是密码短语。",
  "recovery.pass.help.words": "请再看一遍每个词，并确认这些词的顺序与写下时一致。",
  "recovery.pass.help.text": "请检查每个字母、大小写，以及词与词之间的空格。",
  "recovery.pass.help.retype": "请返回卡片，输入那张卡片的文字，逐组与纸上的内容核对。",
  "recovery.pass.help.damagedN": "密码短语是正确的：它打开了其他卡片。请返回卡片，用“移除”取出卡片 {n}，然后重新扫描它、输入它的文字，或者添加另一张卡片。",
  "recovery.pass.help.damaged": "密码短语是正确的：它打开了其他卡片。请返回卡片，用“移除”取出那张卡片，然后重新扫描它、输入它的文字，或者添加另一张卡片。",
  "recovery.pass.help.change": "返回卡片进行更换。",

  // ---- Recovery, step 3: the wallet is back ----
  "recovery.result.title": "钱包已找回",
  "recovery.result.checkApp": "把这 {count} 个词输入您的钱包应用后，请确认它显示的也是这同一个钱包指纹。如果显示的是另一个，说明在钱包应用里有一个词输错了。",
  "recovery.result.phraseHeading": "助记词",
  "recovery.result.phraseWarning": "共 {count} 个词。任何看到这些词的人都能拿走钱：只在没有人能从您身后偷看的地方显示它们，并且绝不要把它们输入任何网站。",
  "recovery.result.show": "显示助记词",
  "recovery.result.hide": "隐藏助记词",
  "recovery.result.seedHeading": "用于硬件钱包",
  "recovery.result.seedIntro": "有些硬件钱包（例如 SeedSigner）可以从一种叫作 SeedQR 的二维码读取助记词，这样就不用手动输入。",
  "recovery.result.seedShow": "显示为 SeedQR",
  "recovery.result.seedHide": "隐藏 SeedQR",
  "recovery.result.seedAlt": "以 SeedQR 码显示的助记词",
  "recovery.result.seedNone": "SeedQR 只适用于英语助记词。请改为把这些词手动输入钱包。",
  "recovery.result.saveHeading": "保存在这台电脑上",
  "recovery.result.saveIntro": "把助记词保存在这台电脑的钥匙串中（由您的电脑登录账户锁定），以便以后制作新卡片。",
  // The wallet name offered at first.
  "recovery.result.defaultName": "找回的钱包",
  "recovery.result.saved": "已以“{name}”的名称保存在这台电脑上。以后您可以用它制作新卡片。",
  "recovery.result.already": "这个钱包已经以“{name}”的名称保存在这台电脑上，因此没有再次保存。",
  "recovery.result.leaveNote": "离开这个页面后，这些词会从屏幕上和 Heirloom 的内存中清除。",
  "recovery.result.nextHeading": "接下来怎么做",
  "recovery.result.next1": "把这些词输入一个您信任的钱包应用（或者用硬件钱包扫描下面的 SeedQR），可以在这台电脑上，也可以在一个新的硬件钱包上。确认它显示的指纹相同。",
  "recovery.result.next2": "把钱转到一个只有您知道助记词的新钱包：这些卡片上的词现在已经在屏幕上显示过，而且有好几个人持有卡片。",
  "recovery.result.next3": "不知道怎么做？请一位懂比特币钱包、您信任的人陪您一起操作。绝不要把这些词交给任何打电话、写信或在网上索要的人：真正可信的人从来不需要它们。",
  "recovery.result.corrected": { other: "Heirloom 纠正了输入的卡片" },
  "recovery.result.correctedIntro": "只有在卡片自带的校验能证明时，Heirloom 才会纠正输入错误，所以下面的钱包是正确的。请再看一下那张卡片：纸上难以辨认的地方，请在旁边写上正确的字母，方便下次使用。",
  "recovery.result.correctedRead": { other: "Heirloom 纠正了卡片上的文字" },
  "recovery.result.correctedReadIntro": "无论卡片文字是手动输入的还是从印刷中读出的，只有在卡片自带的校验能证明时，Heirloom 才会纠正其中的错误，所以下面的钱包是正确的。请再看一下那张卡片：纸上难以辨认的地方，请在旁边写上正确的字母，方便下次使用。",
  // {typed} and {corrected}: six characters each, shown as code.
  "recovery.result.correction": "卡片 {n}，第 {group} 组：您输入的是 {typed}，卡片上是 {corrected}。请核对。",
  "recovery.result.correctionRead": "卡片 {n}，第 {group} 组：读出的是 {typed}，卡片上是 {corrected}。请核对。",
  "recovery.result.correctionUnread": "卡片 {n}，第 {group} 组：未能读出，卡片上是 {corrected}。请核对。",
  // What was typed, when nothing was.
  "recovery.result.nothing": "（空）",
  "recovery.result.leftOutN": "没有使用卡片 {n}：从它输入或读取的内容与卡片相差太多，超出了 Heirloom 能确定纠正的范围，而其他卡片不需要它也已足够。下面的钱包是正确的。",
  "recovery.result.leftOut": "有一张手动输入的卡片没有使用：从它输入或读取的内容与卡片相差太多，超出了 Heirloom 能确定纠正的范围，而其他卡片不需要它也已足够。下面的钱包是正确的。",
  "recovery.result.timedOut": "用时太久，为了安全，这些词已被清除。",
  "recovery.result.timedOutExplain": "Heirloom 只在使用找回的词期间才把它们保存在内存中：15 分钟不用就会清除，以免把它们留在一台无人看管的电脑上。不会有任何损失：卡片和密码短语可以再次找回钱包。已经保存在这台电脑上的钱包仍然保存着。",
  "recovery.result.again": "重新添加卡片",
  // {printed}, {recovered}: fingerprints, 8 characters.
  "recovery.fp.match": "这与您卡片上印的指纹（{printed}）一致：这些卡片找回的正是它们所对应的钱包。",
  "recovery.fp.mismatch": "请停下：卡片上写的指纹是 {printed}，但找回的却是钱包 {recovered}。这些不是这套卡片所对应钱包的词；可能有一张卡片是伪造的，或者来自另一套卡片。不要向这个钱包转入任何钱，也不要从中转出任何钱。请询问制作卡片的人，或者一位懂比特币钱包、您信任的人。",
  "recovery.fp.again": "可能是我输错了：再比对一次",
  "recovery.fp.ask": "请把它与您卡片上印的指纹（在“fingerprint”后面）以及家庭指南上的指纹进行比对。在这里输入印着的指纹来核对：",
  "recovery.fp.label": "卡片上印的指纹",
  "recovery.fp.compare": "比对",
  "recovery.fp.invalid": "指纹由八个字符组成，只有数字 0–9 和字母 a–f，与卡片上印的一样。",

  // ---- Taking cards in: camera, files, typed text ----
  "intake.camera.videoLabel": "摄像头看到的画面",
  "intake.camera.choose": "摄像头",
  "intake.camera.nameless": "摄像头 {n}",
  "intake.camera.on": "打开摄像头",
  "intake.camera.off": "关闭摄像头",
  "intake.camera.retry": "重试摄像头",
  "camera.unsupported": "Heirloom 无法在这台电脑上使用摄像头。请改为打开卡片的图片，或者输入每个二维码下面印的文字。",
  "camera.refused": "Heirloom 没有获得使用摄像头的许可。请在这台电脑的设置中允许使用摄像头，然后点“重试摄像头”；或者打开卡片的图片，或者输入二维码下面的文字。",
  "camera.none": "没有找到摄像头。请插上一个摄像头，然后点“重试摄像头”；或者打开卡片的图片，或者输入二维码下面的文字。",
  "camera.busy": "摄像头正被另一个程序使用。请关闭那个程序（例如视频通话），然后点“重试摄像头”。",
  "camera.failed": "无法启动摄像头。请点“重试摄像头”，或者打开卡片的图片，或者输入二维码下面的文字。",
  "intake.files.drop": "把卡片的图片或扫描件拖到这里",
  "intake.files.or": "或",
  "intake.files.kinds": "照片（JPEG）、PNG 图片和扫描仪生成的 PDF 文件。一张图片或一页上可以有好几张卡片。",
  "intake.typed.label": "输入二维码下面印的文字",
  "intake.typed.help": "大小写和空格都没关系。每六个字符为一组，输入时逐组核对：出现对勾表示这一组正确。也可以使用条码扫描枪：点一下输入框，然后扫描二维码。",
  "intake.typed.groupsLabel": "目前已核对的组",
  // Read by screen readers for a group's mark.
  "intake.typed.wrong": "错误",
  "intake.typed.right": "正确",
  "intake.typed.unfinished": "未输完",
  "intake.typed.groupWrong": "第 {n} 组与卡片不符。请逐个字母比对；如果漏了或多了一个字母，它后面的各组看起来也会是错的。",
  "intake.typed.empty": "请先输入二维码下面印的文字。",
  "intake.typed.keepOffer": "如果卡片难以辨认，或者您比对后仍找不到错误，可以按输入的内容添加它。输入密码短语后，Heirloom 会自己查找小的输入错误，并且只在卡片自带的校验能证明时才纠正。它会告诉您改了什么。",
  "intake.typed.keep": "按输入的内容添加",
  "scan.opening": "正在打开文件",
  "scan.readingPage": "正在读取第 {page} 页，共 {pages} 页",
  "scan.readingPicture": "正在读取图片",
  "scan.closerPage": "正在仔细查看第 {page} 页（{of} 页中的第 {n} 页）",
  "scan.closerPicture": "正在仔细查看图片（第 {pass} 遍，共 {passes} 遍）",
  // {progress}: one of the five above.
  "scan.lineMany": "第 {k} 个文件，共 {count} 个，{name}：{progress}…",
  "scan.lineOne": "{name}：{progress}…",
  "scan.stopping": "正在停止…",
};
