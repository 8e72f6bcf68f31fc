// The Portuguese catalogue, typed against the English (en.ts, where the format is explained
// for translators): a missing or extra key fails tsc; placeholders and plural forms are
// checked by catalogue.test.ts. Until translated, the values are the English text; the
// test lists every entry still equal to the English. Set `status` to "complete" when the
// translation is done: from then on an entry equal to the English fails the test unless
// its key is in `sameAsEnglish`.
//
// Translator's note: Brazilian Portuguese, written to be clear in Portugal too; "você" with
// polite imperatives ("Digite", "Escolha"). Fixed terms: carteira, frase de recuperação /
// palavras de recuperação, cartão, conjunto (de cartões), frase-senha, impressão digital da
// carteira, guardião (holder), cartão-chave, revisão (check-up), lista de conjuntos (record
// of sets), código QR, cofre de senhas (keychain), verificar (verify after printing).
import type { Translation } from "./catalogue";

const translation: Translation = {
  status: "complete",
  sameAsEnglish: ["common.listSeparator", "common.sentenceSeparator", "common.inFile", "wizard.cards.defaultLabel", "print.paper.a4", "recovery.cards.flashRefused", "recovery.board.label", "scan.lineOne", "sets.name.label", "sets.ofWallet.item", "checkup.latestProblem"],
  messages: {
    // ---- The window: header, language switch, footer ----
    "app.tagline": "Cartões de backup para uma frase de recuperação",
    // Label of the language switch on the home screen.
    "app.language": "Idioma",
    // The footer. {version}: "0.1.0"; {commit}: the first 12 characters of a git commit hash.
    "about.built": "Heirloom {version}, compilado a partir do commit {commit}",
    "about.builtUnknown": "Heirloom {version}, compilado a partir de um commit desconhecido",

    // ---- Shared words ----
    "common.cancel": "Cancelar",
    "common.continue": "Continuar",
    "common.confirm": "Confirmar",
    "common.back": "Voltar",
    "common.done": "Pronto",
    "common.save": "Salvar",
    "common.remove": "Remover",
    "common.check": "Conferir",
    // The "Card 3" in front of a row or slot.
    "common.cardN": "Cartão {n}",
    // aria-label of a word box: "Word 3".
    "common.wordN": "Palavra {n}",
    "common.person": "Pessoa",
    "common.place": "Local",
    "common.walletFingerprint": "Impressão digital da carteira",
    "common.walletName": "Nome desta carteira",
    "common.saveHere": "Salvar neste computador",
    "common.backHome": "Voltar à tela inicial",
    "common.startAgain": "Começar de novo",
    "common.addThisCard": "Adicionar este cartão",
    "common.checkPrinted": "Verificar os cartões impressos…",
    "common.leaveRecovery": "Sair da recuperação",
    // Between the items of a list of numbers or names: "3, 7, 11".
    "common.listSeparator": ", ",
    // Between two sentences put side by side (ja and zh-Hans: none).
    "common.sentenceSeparator": " ",
    // A file's name in front of what it gave: "scan.pdf: Card 2 added."
    "common.inFile": "{file}: {text}",
    // "Step 2 of 6: Save on this computer", at the top of the wizard and of recovery.
    "common.stepper": "Etapa {n} de {total}: {step}",

    // ---- Home screen ----
    "home.welcome": "Boas-vindas",
    "home.lead": "O Heirloom transforma a frase de recuperação da sua carteira em cartões impressos. Entregue-os a pessoas de sua confiança: alguns deles, quaisquer que sejam, junto com uma frase-senha, recuperam a carteira.",
    "home.recover.heading": "Tem cartões do Heirloom?",
    "home.recover.text": "Recupere a carteira a partir dos cartões e da frase-senha. Funciona com uma webcam, com fotos ou digitalizações dos cartões, ou digitando o texto impresso neles.",
    "home.recover.button": "Recuperar uma carteira com os cartões",
    "home.wallets.heading": "Carteiras neste computador",
    "home.wallets.none": "Ainda não há nenhuma carteira salva aqui.",
    "home.wallet.backup": "Fazer um backup",
    "home.wallet.remove": "Remover…",
    "home.start.new": "Fazer o backup de uma carteira nova",
    "home.start.import": "Fazer o backup de palavras que eu já tenho",
    // {name}: the wallet's name as the holder typed it.
    "home.remove.title": "Remover “{name}”?",
    "home.remove.explainChecked": "Isto apaga a frase de recuperação do cofre de senhas deste computador. Existem cartões verificados desta carteira (um conjunto ativo, verificado depois da impressão): com a frase-senha, eles ainda recuperam a carteira.",
    "home.remove.explainUnchecked": "Isto apaga a frase de recuperação do cofre de senhas deste computador. Não há nenhum cartão verificado desta carteira registrado neste computador.",
    "home.remove.typeName": "Para confirmar, digite o nome da carteira: {name}",
    "home.remove.confirm": "Remover deste computador",
    "home.remove.keep": "Manter",
    "home.onlyCopy.title": "“{name}” é a única cópia",
    "home.onlyCopy.before": "Antes de removê-la, anote as palavras no papel, ou faça um conjunto de cartões e verifique-os depois de imprimir.",
    "home.onlyCopy.show": "Mostrar as palavras",
    "home.onlyCopy.backup": "Fazer os cartões primeiro",
    "home.onlyCopy.remove": "Remover mesmo assim: tenho outra cópia",

    // ---- Saving a wallet in the keychain (wizard and recovery) ----
    "wallets.replace.label": "Para substituí-la, digite a impressão digital da carteira salva como “{name}”",
    "wallets.replace.button": "Substituir “{name}”",

    // ---- The ten BIP-39 word lists, by the name a person reads ----
    "words.list.english": "Inglês (English)",
    "words.list.spanish": "Espanhol (español)",
    "words.list.french": "Francês (français)",
    "words.list.italian": "Italiano",
    "words.list.portuguese": "Português",
    "words.list.czech": "Tcheco (čeština)",
    "words.list.japanese": "Japonês (日本語)",
    "words.list.korean": "Coreano (한국어)",
    "words.list.chinese_simplified": "Chinês simplificado (简体中文)",
    "words.list.chinese_traditional": "Chinês tradicional (繁體中文)",
    // First choice of the word-list menu when typing words one already has.
    "words.findFromWords": "Descobrir pelas palavras",
    "words.listLabel": "Lista de palavras",
    "words.countLabel": "Número de palavras",
    // An option of the word-count menu. {count}: 12, 15, 18, 21 or 24.
    "words.countOption": "{count} palavras",
    "words.noteDetect": "O Heirloom descobre a lista pelas palavras que você digitar.",
    // {list}: a list's name, e.g. "Spanish (español)".
    "words.noteFound": "Palavras da lista {list}: a lista foi descoberta pelas palavras digitadas. Se estiver errada, escolha a lista acima.",
    "words.noteChosen": "As palavras são lidas na lista {list}.",
    // Under a word box. {words}: one or more suggested words, each a button, "A, B".
    "words.notOnList": "Não é uma palavra da lista {list}.",
    "words.notOnListSuggest": "Não é uma palavra da lista {list}. Você quis dizer {words}?",

    // ---- Backup wizard: shared ----
    "wizard.step.phrase": "Frase de recuperação",
    "wizard.step.save": "Salvar neste computador",
    "wizard.step.cards": "Cartões e guardiões",
    "wizard.step.passphrase": "Frase-senha",
    "wizard.step.derive": "Criando os cartões",
    "wizard.step.ready": "Cartões prontos",
    "wizard.timedOut.notice": "Isto demorou demais; por segurança, as palavras foram esquecidas. Comece de novo.",
    "wizard.timedOut.explain": "Nenhum cartão foi feito com elas. O Heirloom guarda uma frase de recuperação na memória só enquanto ela está em uso: depois de 15 minutos sem uso, ela é apagada, para não ficar esquecida num computador que ninguém está vigiando. Uma carteira já salva neste computador continua salva.",

    // ---- Backup wizard, step 1: the phrase ----
    "wizard.phrase.title": "Uma nova frase de recuperação",
    "wizard.phrase.intro": "O Heirloom cria a frase com os números aleatórios seguros deste computador. Os cartões que você fizer depois serão o backup dela.",
    "wizard.phrase.howMany": "Quantas palavras?",
    "wizard.phrase.words12": "12 palavras",
    "wizard.phrase.words24": "24 palavras (mais comum para valores altos)",
    "wizard.phrase.dice.summary": "Adicionar lançamentos de dado (opcional)",
    "wizard.phrase.dice.label": "Jogue um dado e digite cada resultado (um número de 1 a 6). Eles são misturados com o acaso do computador, então a frase fica pelo menos tão aleatória quanto qualquer um dos dois.",
    "wizard.phrase.create": "Criar a frase",
    // {fingerprint}: 8 characters, e.g. "d6defbaa".
    "wizard.phrase.regenerate.ask": "Criar uma frase diferente? A frase criada há pouco (impressão digital {fingerprint}) será esquecida. Se você anotou as palavras dela, risque aquele papel: estes cartões não serão o backup dela.",
    "wizard.phrase.regenerate.confirm": "Criar uma frase diferente",
    "wizard.phrase.regenerate.keep": "Manter esta frase",
    "wizard.phrase.listNote": "Muitos aplicativos de carteira aceitam só palavras em inglês. Escolha palavras da lista {list} só se o seu aplicativo de carteira as aceitar; os cartões devolvem as mesmas palavras, na mesma lista.",
    // {count}: 12 to 24; {list}: a list's name; {fingerprint}: shown in bold.
    "wizard.summary.line": "{count} palavras, lista {list}. Impressão digital da carteira: {fingerprint}",
    "wizard.summary.fingerprintNote": "A impressão digital identifica a carteira sem revelá-la; carteiras como a Sparrow mostram os mesmos oito caracteres.",
    "wizard.summary.show": "Mostrar as palavras",
    "wizard.summary.hide": "Ocultar as palavras",
    "wizard.written.title": "Anote as palavras",
    "wizard.written.intro": "Anote as {count} palavras num papel, em ordem, com os números, e guarde o papel num lugar seguro. O seu aplicativo de carteira pede estas palavras, e os cartões que você fizer a seguir devolvem exatamente estas palavras.",
    // {words}: the positions asked for, "word 3, word 7, word 11" (each from wizard.written.wordRef).
    "wizard.written.readBack": "Sem olhar para a tela, leia no seu papel estas palavras: {words}.",
    "wizard.written.wordRef": "palavra {n}",
    "wizard.written.done": "Já anotei",
    "wizard.written.skip": "Não vou anotar",
    "wizard.written.skipWarning": "Então os cartões que você fizer a seguir serão o único backup desta carteira (além do cofre de senhas deste computador, se você salvá-la ali). Se o computador quebrar e se perderem cartões demais ou a frase-senha, a carteira e o dinheiro dela estarão perdidos para sempre.",
    "wizard.written.skipConfirm": "Entendo: os cartões são o único backup",
    "wizard.import.title": "Digite a sua frase de recuperação",
    "wizard.import.intro": "Digite cada palavra em ordem, em qualquer uma das dez listas de palavras padrão em que estiverem as suas palavras: o Heirloom descobre a lista pelas palavras, ou você pode escolhê-la. Bastam as quatro primeiras letras de cada palavra, e as palavras em espanhol e francês podem ser digitadas sem acentos.",
    "wizard.import.check": "Conferir as palavras",
    "wizard.import.empty": "A palavra {n} está vazia. Digite todas as {count} palavras em ordem.",
    // {set}: a set's name (“Family 2026”, or "set 0c94c6e7aa01bb02").
    "wizard.import.otherWallet": "Estas palavras são da carteira com impressão digital {found}, mas {set} é um backup da carteira com impressão digital {expected}. Um conjunto novo só pode substituir um conjunto da mesma carteira: confira cada palavra com o seu papel.",
    "wizard.imported.title": "A frase é válida",
    "wizard.imported.check": "Antes de continuar, confira se esta impressão digital é a mesma que a sua carteira mostra.",

    // ---- Backup wizard, step 2: save on this computer ----
    "wizard.save.title": "Salvar neste computador?",
    "wizard.save.intro": "Guarde a frase no cofre de senhas deste computador, para poder fazer cartões novos mais tarde sem digitá-la de novo. Ela fica criptografada pelo seu login.",
    // The wallet name offered at first.
    "wizard.save.defaultName": "Minha carteira",
    "wizard.save.skip": "Não salvar",
    "wizard.save.continueWithout": "Continuar sem salvar",
    "wizard.save.already": "Esta carteira já está salva neste computador como “{name}”; ela não foi salva duas vezes.",

    // ---- Backup wizard, step 3: cards and holders ----
    "wizard.cards.title": "Quantos cartões?",
    "wizard.cards.countLabel": "Cartões a imprimir",
    "wizard.cards.thresholdLabel": "Cartões necessários para recuperar",
    // The three sentences under the choice, side by side. {t}: cards needed, {n}: cards made.
    "wizard.cards.tn.any": "Quaisquer {t} destes {n} cartões, com a frase-senha, recuperam a carteira.",
    "wizard.cards.tn.reveal": { one: "{count} cartão não revela nada.", other: "{count} cartões não revelam nada." },
    "wizard.cards.tn.noneLost": "Perder qualquer cartão é perder a carteira.",
    "wizard.cards.tn.lost": { one: "Até {count} cartão pode ser perdido sem perder a carteira.", other: "Até {count} cartões podem ser perdidos sem perder a carteira." },
    "wizard.cards.allNeeded": "Com {n} de {n}, todos os cartões são necessários: se um único cartão for perdido, queimado ou jogado fora, a carteira estará perdida para sempre.",
    "wizard.cards.allAck": "Entendo que perder um único cartão faz perder a carteira",
    "wizard.cards.useFewer": "Usar quaisquer {t} de {n} em vez disso",
    "wizard.cards.useMore": "Fazer 3 cartões, quaisquer 2 recuperam, em vez disso",
    "wizard.cards.holdersTitle": "Quem guarda cada cartão?",
    "wizard.cards.holdersHint": "Impresso no cartão, para que a família saiba a quem procurar. Opcional; um nome pode ter até {name} caracteres, um local até {place}.",
    // aria-labels of the two boxes of a card's row.
    "wizard.cards.holderName": "Cartão {n}: quem o guarda",
    "wizard.cards.holderPlace": "Cartão {n}: onde é guardado",
    "wizard.cards.labelLabel": "Um nome para este conjunto de cartões (até {limit} caracteres)",
    // The set's name offered at first: {wallet} is the wallet's name, {year} e.g. 2026.
    "wizard.cards.defaultLabel": "{wallet} {year}",
    // The wallet's name in the label above when it has none.
    "wizard.cards.defaultWallet": "Carteira",
    // A new set's name when the set it replaces has the same one.
    "wizard.cards.newSetLabel": "{label} (novo conjunto)",
    // {set}: the old set's name; {made}: its date.
    "wizard.reissue.note": "Este novo conjunto substitui {set} (feito em {made}, quaisquer {t} de {n}). Os cartões novos não podem ser misturados com os antigos. {set} continua ativo até que os cartões novos sejam impressos e verificados; só então ele é marcado como desativado, e só então os cartões dele devem ser recolhidos e destruídos.",
    "wizard.reissue.typePhrase": "A carteira deste conjunto não está salva neste computador, então digite a frase de recuperação da carteira: o Heirloom confere se é a mesma carteira.",

    // ---- Backup wizard, step 4: the passphrase ----
    "wizard.pass.title": "A frase-senha",
    "wizard.pass.intro": "Os cartões são trancados com esta frase-senha. Anote agora estas seis palavras num papel. Guarde o papel longe dos cartões: quem encontrar cartões suficientes ainda vai precisar dela.",
    "wizard.pass.written": "Já anotei",
    "wizard.pass.showAgain": "Mostrar as palavras de novo",
    "wizard.pass.retypeLabel": "Digite as seis palavras do seu papel, com espaços entre elas",
    "wizard.pass.custom.summary": "Prefiro escolher a minha própria frase-senha",
    "wizard.pass.custom.label": "A sua frase-senha",
    "wizard.pass.custom.use": "Usar esta frase-senha",
    // {bits}: a whole number, the passphrase's strength.
    "wizard.pass.custom.strong": "Forte o bastante: cerca de {bits} bits.",
    "wizard.pass.custom.weak": "Fácil demais de adivinhar: cerca de {bits} bits, são necessários pelo menos {floor}. Acrescente mais palavras sem relação entre si.",
    "wizard.pass.custom.writeDown": "Anote agora a sua frase-senha num papel, exatamente: cada letra, as maiúsculas e os espaços contam. Depois digite-a de novo a partir do papel.",
    "wizard.pass.custom.retypeLabel": "A sua frase-senha de novo, a partir do papel",
    "wizard.pass.custom.change": "Mudar a frase-senha",

    // ---- Backup wizard, step 5: making the cards ----
    "wizard.derive.title": "Criando os cartões",
    "wizard.derive.intro": "O Heirloom está trancando cada cartão com a frase-senha. Isso leva cerca de um segundo, de propósito: torna lento, para qualquer outra pessoa, tentar adivinhar a frase-senha.",

    // ---- Backup wizard, step 6: cards ready ----
    "wizard.ready.title": "Os seus cartões estão prontos",
    "wizard.ready.set": "Conjunto",
    "wizard.ready.cards": "Cartões",
    "wizard.ready.setId": "Código do conjunto",
    "wizard.ready.tn": "quaisquer {t} de {n}",
    // {problem}: why, in Rust's words (English).
    "wizard.ready.recordProblem": "Os cartões estão feitos e funcionam, mas não foi possível atualizar a lista de conjuntos deste computador: {problem}",
    "wizard.ready.recordProblemReissue": "Os cartões estão feitos e funcionam, mas não foi possível atualizar a lista de conjuntos deste computador: {problem} {set} não foi marcado como desativado.",
    "wizard.ready.reissueDone": "{set} agora está marcado como desativado, substituído por este conjunto. Os cartões dele ainda funcionam. Assim que os cartões novos forem entregues, recolha os cartões antigos e destrua-os; a tela inicial mostra quem guarda cada um.",
    "wizard.ready.reissuePending": "Guarde os cartões de {set}: eles ainda são o backup em que se pode confiar. {set} só é desativado quando estes cartões novos forem impressos e verificados abaixo; até lá, os dois conjuntos estão ativos.",
    "wizard.ready.leaveWarning": "Estes cartões ainda não foram verificados. Até serem impressos e verificados, ninguém pode ter certeza de que eles recuperam a carteira. O conjunto fica no alto da tela inicial como tarefa pendente; de lá você pode verificar os cartões impressos.",
    "wizard.ready.leaveWarningReissue": "Estes cartões ainda não foram verificados. Até serem impressos e verificados, ninguém pode ter certeza de que eles recuperam a carteira, e {set} não será desativado. O conjunto fica no alto da tela inicial como tarefa pendente; de lá você pode verificar os cartões impressos.",
    "wizard.ready.leave": "Sair sem verificar",
    "wizard.ready.stay": "Ficar",
    // alt text of a card's QR code.
    "wizard.ready.qrAlt": "Código QR do cartão {n}",
    "wizard.ready.cardTitle": "Cartão {n} de {count} — quaisquer {t} cartões e a frase-senha recuperam a carteira",
    "wizard.ready.cardFacts": "{label} · {date} · impressão digital {fingerprint}",
    // {name}: who keeps the card ("—" when nobody is named); {place}: where.
    "wizard.ready.keptBy": "Guardado por {name}",
    "wizard.ready.keptByAt": "Guardado por {name}, {place}",
    "wizard.ready.verified": "Verificado: os cartões impressos foram conferidos, em todas as combinações possíveis.",
    "wizard.ready.notVerified": "Ainda não verificado: depois de imprimir os cartões, verifique-os com a frase-senha do seu papel antes de entregá-los.",
    "wizard.ready.saveTexts": "Salvar os textos dos cartões…",
    // {place}: a folder's path.
    "wizard.ready.savedTexts": { one: "{count} texto de cartão salvo em {place}.", other: "{count} textos de cartões salvos em {place}." },

    // ---- Printing ----
    "print.title": "Imprimir os cartões",
    "print.intro": "Cada cartão como será impresso. O PDF também traz uma página de instruções para a sua família e uma página de resumo do formato dos cartões.",
    "print.paper": "Papel",
    "print.paper.a4": "A4",
    "print.paper.letter": "Carta (EUA)",
    "print.perPage": "Cartões por página",
    "print.perPage.4": "4 (com marcas de corte)",
    "print.line": "Uma linha para escrever a frase-senha à mão",
    "print.line.first": "Só no cartão 1 (um “cartão-chave”)",
    "print.line.none": "Em nenhum cartão",
    "print.line.every": "Em todos os cartões",
    "print.previewAlt": "Cartão {n} como será impresso",
    "print.pageAlt": "Página {n} de {count}",
    "print.savePdf": "Salvar PDF…",
    "print.savedPdf": "Os cartões foram salvos como {place}.",
    "print.savePictures": "Salvar imagens dos cartões…",
    "print.savedPictures": { one: "{count} imagem de cartão salva em {place}.", other: "{count} imagens de cartões salvas em {place}." },
    "print.print": "Imprimir…",

    // ---- Checking the printed cards ----
    "verify.title": "Verificar os cartões impressos",
    "verify.intro": "Antes de entregar os cartões, passe pelo Heirloom todos os {count} cartões impressos: mostre-os à câmera, abra fotos ou digitalizações deles (um PDF também serve) ou digite o texto embaixo de um código QR. Depois digite a frase-senha do seu papel. O Heirloom confere se cada grupo de {t} cartões recupera esta carteira (impressão digital {fingerprint}) com exatamente o que está anotado, sem mostrar a frase.",
    "verify.cardsHeading": "Os cartões",
    "verify.cameraIntro": "Mostre cada cartão à câmera, com o código quadrado inteiro visível.",
    "verify.filesLabel": "Escolher imagens ou digitalizações dos cartões",
    "verify.passLabel": "A frase-senha, exatamente como está escrita no seu papel",
    "verify.checkNow": "Verificar os cartões",
    "verify.notYet": "Ainda não verificado.",
    "verify.not": "Não verificado.",
    "verify.noCards": "Nenhum cartão ainda. Passe todos os {count} pelo Heirloom.",
    // {list}: card numbers, "1, 2, 4".
    "verify.cardsIn": "Cartões conferidos: {list} de {count}.",
    "verify.allIn": "Todos os {count} cartões foram lidos. Digite a frase-senha do seu papel e clique em “Verificar os cartões”.",
    // Over the camera picture. {list}: card numbers.
    "verify.flash": { one: "✓ Cartão {list} lido", other: "✓ Cartões {list} lidos" },
    "verify.typePass": "Digite a frase-senha exatamente como está escrita no seu papel.",
    "verify.opening": "Abrindo os cartões com a frase-senha…",
    "verify.progress": "Conferidos {checked} de {total} grupos de {t} cartões…",
    "verify.done": "Verificado: cada grupo de cartões, com a frase-senha do seu papel, recupera esta carteira.",
    "verify.recorded": "A lista deste computador agora registra isso.",
    "verify.retired": "O conjunto que ele substitui agora está desativado: assim que os cartões novos forem entregues, recolha os cartões dele e destrua-os.",

    // ---- Recovery: shared ----
    "recovery.step.cards": "Adicione os cartões",
    "recovery.step.passphrase": "Digite a frase-senha",
    "recovery.step.wallet": "A sua carteira",

    // ---- Recovery, step 1: the cards ----
    "recovery.cards.title": "Recuperar uma carteira com os cartões",
    "recovery.cards.lead": "Adicione os cartões um de cada vez, em qualquer ordem, de qualquer uma das três formas abaixo. O Heirloom avisa quando houver cartões suficientes.",
    "recovery.cards.waysLabel": "Como adicionar um cartão",
    "recovery.way.camera": "Mostrar os cartões à câmera",
    "recovery.way.files": "Abrir imagens ou PDFs digitalizados",
    "recovery.way.typed": "Digitar o texto embaixo do código QR",
    "recovery.cards.cameraIntro": "Segure um cartão na frente da câmera, com o código quadrado inteiro visível, e mantenha-o parado por um instante. Quando ele for lido, você ouvirá um bipe e verá um sinal de ✓. Depois mostre o próximo cartão.",
    "recovery.cards.filesLabel": "Escolher imagens ou digitalizações neste computador",
    "recovery.cards.next": "Continuar para a frase-senha",
    // Over the camera picture. {cards}: "Card 2", "Cards 1 and 3" (recovery.news.Cards).
    "recovery.cards.flashAdded": "✓ {cards}: adicionado(s)",
    "recovery.cards.flashRefused": "✗ {problem}",
    "recovery.cards.removedCard": "O cartão {n} foi retirado. Você pode adicioná-lo de novo.",
    "recovery.cards.removedTyped": "O cartão digitado {n} foi retirado. Você pode digitá-lo de novo.",
    "recovery.cards.removedUnplaced": "O cartão digitado foi retirado. Você pode digitá-lo de novo.",

    // ---- Recovery: the board of cards ----
    "recovery.board.heading": "Cartões adicionados",
    // {label}: the set's name; {made}: recovery.board.made, in smaller letters.
    "recovery.board.label": "“{label}” {made}",
    "recovery.board.made": "feito em {date}",
    "recovery.board.retired": "Este conjunto foi desativado em {date}: pode existir um conjunto de cartões mais novo. Estes cartões ainda funcionam.",
    "recovery.board.noCards": "Nenhum cartão ainda",
    // {have} cards added; {t} needed (2 or more).
    "recovery.board.countMore": "{have} cartões ({t} necessários)",
    "recovery.board.count": "{have} de {t} cartões",
    "recovery.board.start": "Adicione qualquer cartão para começar. O primeiro cartão diz quantos são necessários.",
    "recovery.board.needed": { one: "Falta {count} cartão.", other: "Faltam {count} cartões." },
    "recovery.board.enough": "Cartões suficientes. Continue para a frase-senha.",
    "recovery.board.next": "Continuar para a frase-senha",
    // {id}: the first 8 characters of the set id, shown apart.
    "recovery.board.set": "Este backup tem {count} cartões; quaisquer {t} recuperam a carteira. Código do conjunto {id}.",
    // Under a typed card's slot.
    "recovery.board.typedGroup": "digitado; o grupo {group} será conferido com a frase-senha",
    "recovery.board.typed": "digitado; será conferido com a frase-senha",
    "recovery.board.unplaced": "Um cartão digitado",
    // Read by screen readers after a slot's card number.
    "recovery.board.in": "adicionado",
    "recovery.board.notIn": "não adicionado",
    // aria-labels of the Remove buttons.
    "recovery.board.removeCard": "Remover o cartão {n}",
    "recovery.board.removeTyped": "Remover o cartão digitado {n}",
    "recovery.board.removeUnplaced": "Remover o cartão digitado",

    // ---- Recovery: what is said as cards arrive ----
    // {n}: one card number; {list}: card numbers before the last, "1, 3"; {last}: the last.
    "recovery.news.card": "cartão {n}",
    "recovery.news.cards": "cartões {list} e {last}",
    // The same at the start of a sentence.
    "recovery.news.Card": "Cartão {n}",
    "recovery.news.Cards": "Cartões {list} e {last}",
    "recovery.news.added": "{cards}: adicionado(s).",
    "recovery.news.enough": "Já há cartões suficientes.",
    "recovery.news.keptN": "O cartão {n} foi adicionado como você o digitou.",
    "recovery.news.kept": "O cartão foi adicionado como você o digitou.",
    "recovery.news.keptCheck": "O Heirloom vai conferi-lo, e corrigir pequenos erros de digitação, quando você digitar a frase-senha.",
    // {message}: why, an error message.
    "recovery.news.noCardInPart": "{file}: nenhum cartão foi encontrado nas páginas lidas. {message}",
    "recovery.news.stoppedOne": "Interrompido. Nada daquele arquivo foi adicionado.",
    // {count}: 2 or more.
    "recovery.news.stoppedMany": "Interrompido. Os últimos {count} arquivos não foram lidos; nada deles foi adicionado.",
    // A few words over the camera picture for a refused card.
    "recovery.short.other_set": "Cartão de outro backup",
    "recovery.short.damaged": "Cartão danificado",
    "recovery.short.duplicate": "Já adicionado",
    "recovery.short.not_a_card": "Não é um cartão do Heirloom",
    "recovery.short.unsupported_version": "Formato de cartão mais novo",
    "recovery.short.kdf_out_of_bounds": "Cartão recusado",
    "recovery.short.other": "Este cartão não pode ser usado",

    // ---- Recovery, step 2: the passphrase ----
    "recovery.pass.title": "Digite a frase-senha",
    "recovery.pass.intro": "Os cartões são trancados com uma frase-senha. Ela não está impressa nos cartões: a pessoa que os fez anotou a frase-senha em outro lugar ou a contou a alguém de confiança.",
    "recovery.pass.legend": "Como é a frase-senha?",
    "recovery.pass.modeWords": "Seis palavras comuns (o Heirloom as criou)",
    "recovery.pass.modeText": "Outra coisa (a pessoa que fez os cartões a escolheu)",
    "recovery.pass.wordsIntro": "Digite as seis palavras na ordem em que foram anotadas. Bastam as quatro primeiras letras de cada palavra.",
    "recovery.pass.wordLabel": "Palavra {n} da frase-senha",
    "recovery.pass.notAWord": "Não é uma palavra da lista. Confira a ortografia.",
    // {words}: one or more suggested words, each a button.
    "recovery.pass.notAWordSuggest": "Não é uma palavra da lista. Você quis dizer {words}?",
    "recovery.pass.textLabel": "A frase-senha, exatamente como foi anotada",
    "recovery.pass.textHint": "Maiúsculas e minúsculas fazem diferença. Espaços a mais, não.",
    "recovery.pass.working": "Abrindo os cartões com a frase-senha. Isso leva alguns segundos, de propósito: torna lento, para qualquer outra pessoa, tentar adivinhá-la.",
    "recovery.pass.open": "Abrir os cartões",
    "recovery.pass.backToCards": "Voltar aos cartões",
    "recovery.pass.typeFirst": "Digite primeiro a frase-senha.",
    "recovery.pass.wordUnknown": "A palavra {n} não está na lista de palavras. Confira a ortografia. Se a frase-senha não for de seis palavras da lista, escolha “Outra coisa” acima.",
    "recovery.pass.wordEmpty": "A palavra {n} está vazia. Digite as seis palavras em ordem.",
    // Help under a wrong passphrase: one of the first two, then one of the next two.
    "recovery.pass.help.typed": "Os cartões que foram lidos não abrem com esta frase-senha, então é a frase-senha que deve ser conferida primeiro; os cartões digitados são conferidos quando ela estiver certa.",
    "recovery.pass.help.allRead": "Todos os cartões foram lidos corretamente, então é a frase-senha que deve ser conferida.",
    "recovery.pass.help.words": "Olhe de novo cada palavra e confira se as palavras estão na ordem em que foram anotadas.",
    "recovery.pass.help.text": "Confira cada letra, as maiúsculas e os espaços entre as palavras.",
    "recovery.pass.help.retype": "Volte aos cartões para digitar de novo o cartão digitado.",
    "recovery.pass.help.damagedN": "A frase-senha está certa: ela abriu os outros cartões. Volte aos cartões, retire o cartão {n} com “Remover” e depois leia-o de novo com a câmera ou o scanner, digite o texto dele ou adicione outro cartão.",
    "recovery.pass.help.damaged": "A frase-senha está certa: ela abriu os outros cartões. Volte aos cartões, retire aquele cartão com “Remover” e depois leia-o de novo com a câmera ou o scanner, digite o texto dele ou adicione outro cartão.",
    "recovery.pass.help.change": "Volte aos cartões para trocá-los.",

    // ---- Recovery, step 3: the wallet is back ----
    "recovery.result.title": "A carteira foi recuperada",
    "recovery.result.checkApp": "Confira se o seu aplicativo de carteira mostra este mesmo número depois que as {count} palavras forem digitadas nele. Se ele mostrar outro número, alguma palavra foi digitada errado lá.",
    "recovery.result.phraseHeading": "A frase de recuperação",
    "recovery.result.phraseWarning": "{count} palavras. Quem as vir pode levar o dinheiro: mostre-as só onde ninguém possa olhar por cima do seu ombro, e nunca as digite num site.",
    "recovery.result.show": "Mostrar a frase de recuperação",
    "recovery.result.hide": "Ocultar a frase de recuperação",
    "recovery.result.seedHeading": "Para uma carteira de hardware",
    "recovery.result.seedIntro": "Algumas carteiras de hardware (por exemplo, a SeedSigner) conseguem ler a frase num código QR chamado SeedQR, para que ninguém precise digitá-la.",
    "recovery.result.seedShow": "Mostrar como SeedQR",
    "recovery.result.seedHide": "Ocultar o SeedQR",
    "recovery.result.seedAlt": "A frase de recuperação como código SeedQR",
    "recovery.result.seedNone": "O SeedQR só existe para frases de recuperação em inglês. Digite as palavras na carteira.",
    "recovery.result.saveHeading": "Guardar neste computador",
    "recovery.result.saveIntro": "Salve a frase no cofre de senhas deste computador, protegido pelo seu login, para fazer cartões novos mais tarde.",
    // The wallet name offered at first.
    "recovery.result.defaultName": "Carteira recuperada",
    "recovery.result.saved": "Salva neste computador como “{name}”. Mais tarde você pode fazer cartões novos a partir dela.",
    "recovery.result.already": "Esta carteira já está salva neste computador como “{name}”, por isso não foi salva de novo.",
    "recovery.result.leaveNote": "Quando você sair desta tela, as palavras serão apagadas da tela e da memória do Heirloom.",
    "recovery.result.nextHeading": "O que fazer a seguir",
    "recovery.result.next1": "Digite as palavras num aplicativo de carteira de confiança (ou leia o SeedQR abaixo com uma carteira de hardware), neste computador ou numa carteira de hardware nova. Confira se ele mostra a mesma impressão digital.",
    "recovery.result.next2": "Transfira o dinheiro para uma carteira nova cujas palavras só você conheça: as palavras destes cartões já apareceram numa tela, e várias pessoas guardam cartões.",
    "recovery.result.next3": "Não sabe como fazer? Peça a alguém de confiança que entenda de carteiras de Bitcoin para ficar ao seu lado. Nunca passe as palavras a quem ligar, escrever ou pedir pela internet: ninguém honesto precisa delas.",
    "recovery.result.corrected": { one: "O Heirloom corrigiu um cartão digitado", other: "O Heirloom corrigiu os cartões digitados" },
    "recovery.result.correctedIntro": "O Heirloom só corrige um erro de digitação quando a própria verificação do cartão o comprova, então a carteira abaixo está certa. Por favor, olhe o cartão de novo: onde o papel estiver difícil de ler, escreva ao lado as letras certas para a próxima vez.",
    // {typed} and {corrected}: six characters each, shown as code.
    "recovery.result.correction": "Cartão {n}, grupo {group}: você digitou {typed}, o cartão diz {corrected}. Por favor, confira.",
    // What was typed, when nothing was.
    "recovery.result.nothing": "nada",
    "recovery.result.timedOut": "Isto demorou demais; por segurança, as palavras foram esquecidas.",
    "recovery.result.timedOutExplain": "O Heirloom guarda as palavras recuperadas na memória só enquanto estão em uso: depois de 15 minutos sem uso, elas são apagadas, para não ficarem num computador que ninguém está vigiando. Nada se perdeu: os cartões e a frase-senha recuperam a carteira de novo. Uma carteira já salva neste computador continua salva.",
    "recovery.result.again": "Adicionar os cartões de novo",
    // {printed}, {recovered}: fingerprints, 8 characters.
    "recovery.fp.match": "Corresponde à impressão digital impressa nos seus cartões ({printed}): estes cartões devolveram a carteira para a qual foram feitos.",
    "recovery.fp.mismatch": "Pare: os cartões dizem que a impressão digital é {printed}, mas devolveram a carteira {recovered}. Estas não são as palavras da carteira para a qual os cartões foram feitos; um cartão pode ser falso ou de outro conjunto. Não transfira dinheiro nenhum para esta carteira nem a partir dela. Pergunte à pessoa que fez os cartões, ou a alguém de confiança que entenda de carteiras de Bitcoin.",
    "recovery.fp.again": "Posso ter digitado errado: comparar de novo",
    "recovery.fp.ask": "Compare esta impressão digital com a que está impressa nos seus cartões (depois de “fingerprint”) e nas instruções para a família. Digite aqui a impressa para conferir:",
    "recovery.fp.label": "Impressão digital impressa nos cartões",
    "recovery.fp.compare": "Comparar",
    "recovery.fp.invalid": "Uma impressão digital tem oito caracteres, os algarismos 0–9 e as letras a–f, como está impressa no cartão.",

    // ---- Taking cards in: camera, files, typed text ----
    "intake.camera.videoLabel": "O que a câmera vê",
    "intake.camera.choose": "Câmera",
    "intake.camera.nameless": "Câmera {n}",
    "intake.camera.on": "Ligar a câmera",
    "intake.camera.off": "Desligar a câmera",
    "intake.camera.retry": "Tentar a câmera de novo",
    "camera.unsupported": "O Heirloom não consegue usar uma câmera neste computador. Em vez disso, abra imagens dos cartões ou digite o texto impresso embaixo de cada código QR.",
    "camera.refused": "O Heirloom não recebeu permissão para usar a câmera. Permita a câmera nas configurações deste computador e clique em “Tentar a câmera de novo”, ou abra imagens dos cartões, ou digite o texto embaixo do código QR.",
    "camera.none": "Nenhuma câmera foi encontrada. Conecte uma webcam e clique em “Tentar a câmera de novo”, ou abra imagens dos cartões, ou digite o texto embaixo do código QR.",
    "camera.busy": "A câmera está sendo usada por outro programa. Feche esse programa (por exemplo, uma videochamada) e clique em “Tentar a câmera de novo”.",
    "camera.failed": "Não foi possível ligar a câmera. Clique em “Tentar a câmera de novo”, ou abra imagens dos cartões, ou digite o texto embaixo do código QR.",
    "intake.files.drop": "Solte aqui imagens ou digitalizações dos cartões",
    "intake.files.or": "ou",
    "intake.files.kinds": "Fotos (JPEG), imagens PNG e arquivos PDF de um scanner. Uma imagem ou página pode conter vários cartões.",
    "intake.typed.label": "Digite o texto impresso embaixo do código QR",
    "intake.typed.help": "Maiúsculas e espaços não fazem diferença. Cada grupo de seis é conferido enquanto você digita: um ✓ quer dizer que o grupo está certo. Um leitor de código de barras também funciona: clique na caixa e leia o código.",
    "intake.typed.groupsLabel": "Grupos conferidos até agora",
    // Read by screen readers for a group's mark.
    "intake.typed.wrong": "errado",
    "intake.typed.right": "certo",
    "intake.typed.unfinished": "incompleto",
    "intake.typed.groupWrong": "O grupo {n} não confere com o cartão. Compare-o letra por letra; se uma letra ficou de fora ou sobrou, os grupos seguintes também parecem errados.",
    "intake.typed.empty": "Digite primeiro o texto impresso embaixo do código QR.",
    "intake.typed.keepOffer": "Se o cartão estiver difícil de ler, ou se você já comparou e não encontra o erro, adicione-o como o digitou. Quando você digitar a frase-senha, o próprio Heirloom procura pequenos erros de digitação e só corrige um quando a própria verificação do cartão o comprova. Ele avisa o que mudou.",
    "intake.typed.keep": "Adicionar como foi digitado",
    "scan.opening": "Abrindo o arquivo",
    "scan.readingPage": "Lendo a página {page} de {pages}",
    "scan.readingPicture": "Lendo a imagem",
    "scan.closerPage": "Olhando mais de perto a página {page} ({n} de {of})",
    "scan.closerPicture": "Olhando mais de perto a imagem (etapa {pass} de {passes})",
    // {progress}: one of the five above.
    "scan.lineMany": "Arquivo {k} de {count}, {name}: {progress}…",
    "scan.lineOne": "{name}: {progress}…",
    "scan.stopping": "Interrompendo…",

    // ---- The record of backup sets (home screen) ----
    "sets.heading": "Os seus conjuntos de backup",
    "sets.none": "Nenhum conjunto de backup foi feito neste computador ainda.",
    // How a set is named: its label in quotation marks, else its id.
    "sets.name.label": "“{label}”",
    "sets.name.id": "conjunto {id}",
    "sets.unnamed": "Conjunto sem nome",
    "sets.interval.91": "três meses",
    "sets.interval.182": "seis meses",
    "sets.interval.365": "doze meses",
    "sets.interval.730": "dois anos",
    "sets.interval.days": "{days} dias",
    // Followed by the menu of the four periods above.
    "sets.interval.label": "Avisar quando um conjunto estiver sem revisão há",
    "sets.keptAside": "A lista de conjuntos de backup do Heirloom neste computador estava danificada, por isso foi posta de lado e uma lista nova, vazia, foi iniciada. Nada foi apagado: a lista antiga está guardada em {path}. Os seus cartões não foram afetados.",
    "sets.wallet.saved": "Carteira “{name}” (impressão digital {fingerprint})",
    "sets.wallet.namedElsewhere": "Carteira “{name}”, impressão digital {fingerprint} — não salva neste computador",
    "sets.wallet.elsewhere": "Impressão digital da carteira {fingerprint} — não salva neste computador",
    "sets.holder.card": "Cartão {n}:",
    "sets.holder.nobody": "nenhum guardião indicado",
    "sets.holder.lastChecked": "— última revisão em {date}",
    "sets.holder.notChecked": "— ainda não revisado",
    "sets.badge.retired": "Desativado em {date}",
    "sets.badge.active": "Ativo",
    "sets.facts.made": "Feito em {made} · quaisquer {t} de {n} cartões recuperam a carteira",
    "sets.facts.wallet": "{wallet} · conjunto {id}",
    "sets.facts.verified": "Cartões impressos verificados em {date}",
    "sets.facts.notVerified": "Cartões não verificados depois da impressão",
    "sets.facts.checkup": "última revisão de cartão em {date}",
    "sets.facts.noCheckup": "nenhuma revisão de cartão ainda",
    // {period}: one of the sets.interval.* values.
    "sets.reminder": "Hora de uma revisão: já faz mais de {period} que nenhum cartão deste conjunto é revisado. Peça a cada guardião que lhe mostre o cartão que guarda e use “Revisar um cartão” abaixo.",
    "sets.retired.replacedBy": "Substituído por {set}.",
    "sets.retired.stillWorks": "Os cartões dele ainda recuperam a carteira; a recuperação avisará que pode existir um conjunto mais novo.",
    "sets.changeHolders": "Mudar os guardiões…",
    "sets.reissue": "Substituir por um conjunto novo…",
    "sets.retire": "Desativar este conjunto…",
    "sets.holders.title": "Quem guarda os cartões de {set}?",
    "sets.holders.intro": "Quando um cartão muda de mãos ou de lugar, anote isso aqui, para que a família saiba a quem procurar. Isto muda só a lista deste computador: os nomes impressos nos cartões continuam como estavam. Um nome pode ter até {name} caracteres, um local até {place}.",
    // Under a wallet's name: {list} is its sets, "“Family 2026” (active) · …".
    "sets.ofWallet": "Conjuntos: {list}",
    "sets.ofWallet.item": "{set} ({status})",
    "sets.ofWallet.itemDue": "{set} ({status}, revisão pendente)",
    "sets.status.active": "ativo",
    "sets.status.retired": "desativado",
    "sets.ofWallet.none": "Ainda não há nenhum conjunto de backup desta carteira registrado aqui.",
    "sets.exported": { one: "A lista de {count} conjunto de backup foi salva em {place}. Ela contém nomes e datas, não a carteira.", other: "A lista de {count} conjuntos de backup foi salva em {place}. Ela contém nomes e datas, não a carteira." },
    // {count}: new sets; {updated}: sets updated.
    "sets.imported": { one: "Importado: {count} conjunto novo; atualizados: {updated}.", other: "Importado: {count} conjuntos novos; atualizados: {updated}." },
    "sets.checkCard": "Revisar um cartão",
    "sets.export": "Salvar esta lista…",
    "sets.import": "Adicionar uma lista de outro computador…",
    "sets.replacing": "Este conjunto substitui {old}, mas os cartões impressos dele ainda não foram verificados. Guarde os cartões de {old} até este conjunto ser verificado; só então {old} será desativado.",
    "sets.beingReplaced": "{set} está sendo feito para substituir este conjunto, mas os cartões impressos dele ainda não foram verificados. Guarde estes cartões: eles ainda são o backup em que se pode confiar.",
    "sets.unfinished.heading": { one: "Pendente: um conjunto cujos cartões impressos não foram verificados", other: "Pendente: {count} conjuntos cujos cartões impressos não foram verificados" },
    "sets.unfinished.text": "Até que os cartões impressos sejam passados pelo Heirloom e verificados com a frase-senha do seu papel, ninguém pode ter certeza de que eles recuperam a carteira. Não os entregue antes disso.",
    "sets.unfinished.facts": "feito em {made}, quaisquer {t} de {n}",
    "sets.unfinished.factsReplaces": "feito em {made}, quaisquer {t} de {n}, substitui um conjunto mais antigo",
    // {names}: the sets' names.
    "sets.due": { one: "Um conjunto precisa de revisão: {names}.", other: "{count} conjuntos precisam de revisão: {names}." },
    "sets.retireScreen.title": "Desativar {set}?",
    "sets.retireScreen.text": "Desativar marca este conjunto como não sendo mais o que deve ser usado, por exemplo depois que você fez um conjunto novo ou que um cartão foi perdido. Nada é apagado, e os cartões dele ainda recuperam a carteira: sempre que um deles for lido, o Heirloom avisará que pode existir um conjunto mais novo.",
    "sets.retireScreen.instead": "Para substituí-lo por cartões novos, use “Substituir por um conjunto novo…”: isso faz o conjunto novo e desativa este num só passo. Desative um conjunto aqui quando os cartões dele não devam mais ser usados, por exemplo depois que um conjunto novo foi feito em outro computador.",
    "sets.retireScreen.which": "Qual conjunto novo o substitui?",
    "sets.retireScreen.noNew": "Nenhum conjunto novo (ainda)",
    "sets.retireScreen.option": "{label}, feito em {made}",
    "sets.retireScreen.optionId": "Conjunto {id}, feito em {made}",
    "sets.retireScreen.typeName": "Para confirmar, digite o nome do conjunto: {name}",
    "sets.retireScreen.confirm": "Desativar este conjunto",
    "sets.retireScreen.keep": "Mantê-lo ativo",

    // ---- Card check-up ----
    "checkup.title": "Revisar um cartão",
    "checkup.lead": "Confirme que um cartão ainda pode ser lido e veja a que conjunto ele pertence. A frase-senha não é necessária, e nada secreto é mostrado. A data da revisão fica anotada neste computador.",
    "checkup.cameraHeading": "Mostre o cartão à câmera",
    "checkup.filesHeading": "Ou abra uma imagem ou digitalização do cartão",
    "checkup.typedHeading": "Ou digite o texto do cartão",
    "checkup.cameraIntro": "Com o código quadrado inteiro visível; um bipe avisa que ele foi lido.",
    "checkup.filesLabel": "Escolher uma imagem ou digitalização",
    "checkup.add": "Conferir este texto",
    "checkup.headLabel": "O cartão {n} de {count} do conjunto “{label}” está intacto.",
    "checkup.headId": "O cartão {n} de {count} do conjunto {id} está intacto.",
    "checkup.anyT": "Quaisquer {t} dos {n} cartões recuperam a carteira.",
    "checkup.explain.active": "Este conjunto está ativo: é o que deve ser usado.",
    "checkup.explain.retired": "Este conjunto foi desativado em {date}: pode existir um conjunto de cartões mais novo. Este cartão ainda funciona, mas deve ser recolhido e destruído assim que o conjunto novo for entregue.",
    "checkup.explain.unknown": "Este conjunto não está na lista deste computador (ele pode ter sido feito em outro computador). O cartão pode ser lido; nada foi anotado.",
    // {status}: one of checkup.status.*; {explain}: one of checkup.explain.*.
    "checkup.statusLine": "Situação: {status}. {explain}",
    "checkup.status.active": "ativo",
    "checkup.status.retired": "desativado",
    "checkup.status.unknown": "desconhecido para este computador",
    "checkup.holder": "Guardião anotado: {holder}.",
    "checkup.recorded": "Revisão anotada em {date}.",
    "checkup.noCard": "Nenhum cartão foi encontrado.",
    // Beside the camera picture. {status}: one of checkup.latestStatus.*.
    "checkup.latest": "✓ O cartão {n} de {set} está intacto ({status}). Detalhes abaixo. Mostre o próximo cartão.",
    "checkup.latestStatus.active": "ativo",
    "checkup.latestStatus.retired": "desativado: pode existir um conjunto mais novo",
    "checkup.latestStatus.unknown": "desconhecido para este computador",
    "checkup.latestProblem": "✗ {message}",
    "checkup.flashRead": "✓ Cartão {n} lido",
    "checkup.flashBad": "✗ Este cartão não pode ser lido",

    // ---- Errors: one message per kind the app reports (src-tauri/src/error.rs). Details
    // arrive as placeholders; wording as in Rust's English messages. ----
    "error.unexpected": "Algo inesperado deu errado. Nada se perdeu; por favor, tente de novo.",
    "error.not_a_card": "Isto não é um cartão do Heirloom. Confira se você leu ou digitou o código de um cartão do Heirloom.",
    "error.typo": "O grupo {group} do texto do cartão não parece certo. Compare-o com o cartão, caractere por caractere; se um caractere ficou de fora ou sobrou, os grupos seguintes também vão parecer errados.",
    "error.damaged": "O cartão {index} está danificado: não pode ser lido corretamente. Leia-o de novo com a câmera ou o scanner, ou digite o texto impresso embaixo do código QR.",
    "error.damaged.unknown": "Este cartão está danificado: não pode ser lido corretamente. Leia-o de novo com a câmera ou o scanner, ou digite o texto impresso embaixo do código QR.",
    // {expected}, {found}: set ids, 16 characters.
    "error.other_set": "Este cartão pertence a um backup diferente (conjunto {found}) do primeiro cartão (conjunto {expected}). Use só cartões de um mesmo conjunto.",
    // The other set named by its label, which this computer knows. {found_label}: the card's set; {expected_label}: the set of the cards already added.
    "error.other_set.named": "Este cartão pertence a outro backup, “{found_label}”, e não ao dos cartões já adicionados. Use só cartões de um mesmo conjunto.",
    "error.other_set.namedBoth": "Este cartão pertence a outro backup, “{found_label}”, e não ao dos cartões já adicionados (“{expected_label}”). Use só cartões de um mesmo conjunto.",
    "error.duplicate": "Você já adicionou o cartão {index}. Adicione um cartão diferente.",
    // {count}: how many more cards are needed.
    "error.not_enough_cards": { one: "Cartões insuficientes: você tem {have}, e quaisquer {need} recuperam a carteira; falta {count} cartão.", other: "Cartões insuficientes: você tem {have}, e quaisquer {need} recuperam a carteira; faltam {count} cartões." },
    "error.wrong_passphrase": "A frase-senha não é a certa para estes cartões. Confira a ortografia e os espaços, e tente de novo.",
    "error.unsupported_version": "Este cartão foi feito por uma versão mais nova do Heirloom (formato de cartão {version}). Instale o Heirloom mais recente para lê-lo.",
    "error.kdf_out_of_bounds": "Este cartão pede mais memória ou mais tempo de computador do que qualquer cartão verdadeiro do Heirloom, por isso foi recusado. Ele pode ter sido adulterado.",
    "error.bad_word_count": "Uma frase de recuperação tem 12, 15, 18, 21 ou 24 palavras; esta tem {count}.",
    "error.unknown_word": "A palavra {position} não é uma palavra de frase de recuperação. Confira a ortografia.",
    "error.bad_checksum": "Todas as palavras são válidas, mas não formam uma frase de recuperação válida: provavelmente uma delas está errada ou fora de ordem. Confira cada palavra com o seu backup.",
    "error.invalid_threshold": "Escolha entre 2 e 16 cartões, e um número de cartões necessários para recuperar entre 2 e o número de cartões (você escolheu {threshold} de {count}).",
    "error.invalid_kdf_params": "Configurações de derivação de chave fora dos limites: a memória deve ser uma potência de dois de 8 a 1024 MiB, as passagens de 1 a 8, as vias de 1 a 8.",
    "error.weak_passphrase": "Esta frase-senha é fácil demais de adivinhar. Use as seis palavras geradas, ou uma frase-senha mais longa, com várias palavras sem relação entre si.",
    "error.well_known_passphrase": "Esta é uma frase conhecida, que os atacantes tentam primeiro; escolha palavras suas, ou use as seis palavras geradas.",
    "error.empty_passphrase": "A frase-senha está vazia. Digite a frase-senha escolhida quando os cartões foram feitos.",
    "error.invalid_dice": "Os lançamentos de dado devem ser os algarismos de 1 a 6 (os espaços são ignorados); jogue o dado pelo menos {min} vezes.",
    "error.keychain_unavailable": "Não é possível acessar o cofre de senhas deste computador (ele pode estar trancado, ou não existir). Você pode continuar sem salvar a carteira neste computador.",
    "error.keychain_mismatch": "O cofre de senhas não guardou a carteira corretamente, por isso nada foi salvo. Tente de novo, ou continue sem salvar.",
    "error.wallet_exists": "Já existe uma carteira com este nome salva neste computador. Escolha outro nome, ou confirme que quer substituí-la.",
    // {saved}, {new}: fingerprints.
    "error.wallet_exists.named": "Outra carteira já está salva como “{name}”: impressão digital {saved}. Estas palavras são da carteira com impressão digital {new}. Nada foi mudado. Escolha outro nome; ou, para substituir a carteira salva e apagar as palavras dela deste computador, digite a impressão digital dela, {saved}.",
    "error.wallet_not_found": "Não há nenhuma carteira com este nome neste computador.",
    "error.invalid_wallet_name": "Dê à carteira um nome de 1 a 64 caracteres.",
    "error.unreadable_file": "O Heirloom não consegue abrir este arquivo. Confira se ele ainda está lá e se você tem permissão para lê-lo.",
    "error.unreadable_image": "O Heirloom não consegue ler este arquivo como imagem. Use uma foto ou digitalização salva como PNG, JPEG ou PDF.",
    "error.pdf_without_pictures": "Este PDF não contém imagens digitalizadas nem texto de cartões. Em vez dele, abra a digitalização ou a foto dos cartões, ou digite o texto impresso embaixo de cada código QR.",
    "error.no_qr_code": "Nenhum código QR foi encontrado nesta imagem. Tire a foto de novo com o cartão inteiro visível, com luz uniforme e em foco, ou digite o texto impresso embaixo do código QR.",
    "error.card_too_large": "Este cartão é grande demais para ser impresso como um código QR confiável. Ele não foi feito por esta versão do Heirloom; imprima o texto dele.",
    "error.invalid_print_layout": "Escolha de 1 a 4 cartões por página, pelo menos um cartão, e uma resolução de imagem de 72 a 1200 dpi.",
    "error.render_failed": "O Heirloom não conseguiu desenhar os cartões. Nada foi gravado; por favor, informe este problema.",
    "error.randomness": "O gerador de números aleatórios deste computador falhou. Nada foi criado; tente de novo.",
    "error.record_too_new": "A lista dos seus conjuntos de backup foi feita por uma versão mais nova do Heirloom, por isso esta versão não vai alterá-la. Instale o Heirloom mais recente.",
    // {kept}, {path}: a file's path.
    "error.record_damaged": "A lista dos seus conjuntos de backup estava danificada e não pôde ser lida. Ela foi guardada como {kept} e uma lista nova, vazia, foi iniciada; nada mais foi mudado. Se você tiver uma cópia da lista salva com “Salvar esta lista…”, importe-a.",
    "error.record_unavailable": "O Heirloom não consegue ler nem salvar a lista de conjuntos de backup em {path}. Confira se o disco não está cheio e se você tem permissão para gravar ali.",
    "error.no_data_folder": "O Heirloom não encontra uma pasta para os próprios dados neste computador, por isso não pode manter uma lista de conjuntos de backup.",
    "error.record_unreadable": "A lista dos seus conjuntos de backup em {path} está danificada e não pôde ser lida; nada foi mudado. Se você tiver uma cópia da lista salva com “Salvar esta lista…”, importe-a: o Heirloom então guarda o arquivo danificado à parte, na mesma pasta, e começa uma lista nova (registrar um conjunto novo faz o mesmo).",
    "error.record_busy": "Outra janela ou comando do Heirloom está alterando a lista de conjuntos de backup. Tente de novo quando terminar.",
    "error.data_folder_not_a_folder": "{path} não é uma pasta, por isso o Heirloom não pode manter ali a lista de conjuntos de backup. Se HEIRLOOM_DATA_DIR estiver definida, faça-a indicar uma pasta.",
    "error.record_file_too_large": "{path} contém mais do que uma lista de conjuntos de backup pode conter (no máximo {limit_mb} MB, espaço para cerca de 100.000 conjuntos), por isso não foi lido e nada foi mudado. Escolha um arquivo salvo com “Salvar esta lista…”.",
    "error.too_many_sets": "Uma lista de conjuntos de backup contém no máximo {limit} conjuntos, e esta passaria disso, por isso nada foi mudado.",
    "error.record_full": "A lista de conjuntos de backup passaria de {limit_mb} MB, o máximo que o Heirloom consegue ler de volta, por isso esta alteração não foi salva.",
    "error.duplicate_set_in_file": "Este arquivo lista o conjunto de backup {set_id} mais de uma vez, o que nenhuma lista salva pelo Heirloom faz. Ele pode ter sido editado ou danificado; nada foi importado.",
    // {reason}: another error message, saying why.
    "error.invalid_set_in_file": "Nada foi importado: o conjunto de backup {set_id} deste arquivo não pode ser registrado. {reason}",
    // One message per field: the set's label, the wallet's name, a holder's name, a place.
    "error.text_too_long.label": "O nome do conjunto tem {chars} caracteres; o nome de um conjunto tem no máximo {limit} caracteres. Encurte-o.",
    "error.text_too_long.wallet_name": "O nome da carteira tem {chars} caracteres; o nome de uma carteira tem no máximo {limit} caracteres. Encurte-o.",
    "error.text_too_long.holder_name": "O nome do guardião tem {chars} caracteres; o nome de um guardião tem no máximo {limit} caracteres. Encurte-o.",
    "error.text_too_long.place": "O local tem {chars} caracteres; um local tem no máximo {limit} caracteres. Encurte-o.",
    "error.control_character.label": "O nome do conjunto contém uma quebra de linha, uma tabulação ou outro caractere de controle. Use só letras, algarismos, espaços e pontuação.",
    "error.control_character.wallet_name": "O nome da carteira contém uma quebra de linha, uma tabulação ou outro caractere de controle. Use só letras, algarismos, espaços e pontuação.",
    "error.control_character.holder_name": "O nome do guardião contém uma quebra de linha, uma tabulação ou outro caractere de controle. Use só letras, algarismos, espaços e pontuação.",
    "error.control_character.place": "O local contém uma quebra de linha, uma tabulação ou outro caractere de controle. Use só letras, algarismos, espaços e pontuação.",
    // {character}: the character refused.
    "error.unprintable.label": "O nome do conjunto contém “{character}”, que o Heirloom não consegue imprimir num cartão: nenhuma das fontes dele tem esse caractere, então ele sairia como um quadradinho vazio. Escreva o nome do conjunto sem ele, ou deixe essa parte de fora.",
    "error.unprintable.wallet_name": "O nome da carteira contém “{character}”, que o Heirloom não consegue imprimir num cartão: nenhuma das fontes dele tem esse caractere, então ele sairia como um quadradinho vazio. Escreva o nome da carteira sem ele, ou deixe essa parte de fora.",
    "error.unprintable.holder_name": "O nome do guardião contém “{character}”, que o Heirloom não consegue imprimir num cartão: nenhuma das fontes dele tem esse caractere, então ele sairia como um quadradinho vazio. Escreva o nome do guardião sem ele, ou deixe essa parte de fora.",
    "error.unprintable.place": "O local contém “{character}”, que o Heirloom não consegue imprimir num cartão: nenhuma das fontes dele tem esse caractere, então ele sairia como um quadradinho vazio. Escreva o local sem ele, ou deixe essa parte de fora.",
    "error.not_a_record_file": "Este arquivo não é uma lista de conjuntos de backup do Heirloom, ou está danificado. Escolha um arquivo salvo com “Salvar esta lista…”.",
    "error.set_exists": "Um conjunto de backup diferente, {set_id}, já está registrado; ele não foi substituído.",
    "error.set_not_found": "Não há nenhum conjunto de backup {set_id} na lista deste computador. Confira o código do conjunto: são os 16 caracteres impressos em cada cartão.",
    "error.no_such_card": "Este conjunto tem os cartões de 1 a {count}; não existe cartão {index}.",
    "error.set_replaces_itself": "O conjunto {set_id} não pode substituir a si mesmo. Indique o conjunto novo que o substitui.",
    "error.invalid_check_interval": "Um aviso de revisão a cada {days} dias não é possível: escolha entre um mês e dez anos.",
    "error.different_wallet": "Estas são as palavras ou os cartões da carteira com impressão digital {found}, mas a carteira esperada aqui tem a impressão digital {expected}. Confira se você está com os cartões certos ou a frase de recuperação certa. Um conjunto novo só pode substituir um conjunto da mesma carteira; para outra carteira, faça um backup novo comum.",
    "error.wallet_already_saved": "Esta carteira (impressão digital {fingerprint}) já está salva neste computador como “{name}”, por isso não foi salva uma segunda vez.",
    "error.wallet_changed": "A carteira salva com este nome não é a que você confirmou substituir (ela pode ter acabado de ser alterada). Nada foi substituído; veja a lista de carteiras e tente de novo.",
    "error.picture_too_large": "Esta imagem tem {megapixels} megapixels; o Heirloom lê imagens de até {limit} megapixels. Tire uma foto do cartão, ou digitalize a 300 dpi.",
    "error.scan_file_too_large": "Este arquivo tem {megabytes} MB; o Heirloom lê imagens e PDFs de até {limit} MB. Digitalize só as páginas com cartões, a 300 dpi, ou tire uma foto de cada cartão.",
    "error.too_many_pages": "Foram lidas as primeiras {read} de {pages} páginas; o Heirloom lê até {limit} páginas de um arquivo. Divida o arquivo ou digitalize os cartões separadamente.",
    "error.too_many_pictures": "Foram lidas as primeiras {read} de {pages} páginas; o Heirloom lê até {limit} imagens de um arquivo. Divida o arquivo ou digitalize os cartões separadamente.",
    "error.scan_time_up": "O Heirloom leu {read} das {pages} páginas deste arquivo nos {seconds} segundos que dedica a um arquivo. Divida o arquivo ou digitalize os cartões separadamente.",
    "error.scan_not_a_file": "Isto não é um arquivo de imagem ou PDF, mas uma pasta, um dispositivo ou um pipe, por isso o Heirloom não o leu. Em vez disso, abra a foto ou a digitalização dos cartões.",
    "error.scan_cancelled": "A leitura foi interrompida; nada deste arquivo foi adicionado.",
    "error.too_many_cards": "Um backup tem no máximo {limit} cartões, e {limit} já foram adicionados. Primeiro retire um cartão que foi adicionado por engano.",
    "error.expired": "Esta etapa expirou, por isso as palavras foram apagadas da memória. Por favor, comece este backup de novo.",
    "error.timed_out": "Isto demorou demais; por segurança, as palavras foram esquecidas. Comece de novo.",
    "error.internal": "Algo deu errado dentro do Heirloom, não com os seus cartões ou palavras. Nada foi mudado. Por favor, tente de novo; se acontecer outra vez, feche o Heirloom, abra-o de novo e informe o problema.",
    // Checking printed cards with some missing: every card is checked, not T. {count}: cards in.
    "error.verify_needs_every_card": { one: "Para verificar os cartões impressos, é preciso ter todos os {need}, e há {count}. Traga de volta todos os cartões do conjunto: um cartão que não foi verificado não está comprovado.", other: "Para verificar os cartões impressos, é preciso ter todos os {need}, e há {count}. Traga de volta todos os cartões do conjunto: um cartão que não foi verificado não está comprovado." },
    // The passphrase typed back from paper: the word count differs ({typed} typed, {expected}
    // in the passphrase), or word {position} does.
    "error.passphrase_mismatch.count": { one: "Você digitou {count} palavra, mas a frase-senha tem {expected}. Compare o que você digitou com o seu papel; nenhum cartão foi feito.", other: "Você digitou {count} palavras, mas a frase-senha tem {expected}. Compare o que você digitou com o seu papel; nenhum cartão foi feito." },
    "error.passphrase_mismatch.word": "A palavra {position} não é igual à da frase-senha. Compare-a com o seu papel, letra por letra, e corrija o papel se o erro estiver nele; nenhum cartão foi feito.",
    // {list}: word positions, "3, 7".
    "error.written_words_differ": { one: "A palavra {list} do seu papel não é a palavra da frase. Mostre as palavras de novo e corrija o seu papel: os cartões devolverão as palavras mostradas, não as anotadas.", other: "As palavras {list} do seu papel não são as palavras da frase. Mostre as palavras de novo e corrija o seu papel: os cartões devolverão as palavras mostradas, não as anotadas." },
    "error.written_words_differ.none": "Digite as palavras pedidas, a partir do seu papel.",
    "error.passphrase_not_confirmed": "Primeiro digite de novo a frase-senha a partir do seu papel, para que os cartões sejam trancados com exatamente o que está anotado.",
    "error.not_shown_again": "Uma frase-senha escolhida por você não é mostrada de novo. Se não tiver certeza do que anotou, escolha-a de novo.",
    "error.declined": "Nada foi mostrado.",
    "error.all_cards_needed": "Com {count} de {count}, perder um único cartão faz perder a carteira para sempre. Confirme que é isso que você quer, ou escolha um número menor de cartões necessários.",
    "error.not_confirmed.replace_wallet": "Para substituir a carteira salva, digite exatamente a impressão digital dela, {expected}. Nada foi mudado.",
    "error.not_confirmed.remove_wallet": "Para confirmar a remoção, digite exatamente o nome da carteira.",
    "error.not_confirmed.retire_set": "Para confirmar a desativação, digite o nome do conjunto exatamente como aparece.",
    "error.only_copy": "“{name}” é a única cópia desta carteira neste computador, e não existe nenhum cartão verificado dela: nenhum conjunto de backup ativo dela foi verificado depois da impressão. Se você removê-la e não tiver outra cópia, a carteira e o dinheiro dela estarão perdidos para sempre.",
    "error.bad_set_id": "Isso não é um código de conjunto de backup: esse código são os 16 caracteres impressos em cada cartão.",
    "error.io": "Não foi possível gravar {path}: {reason}.",
    "error.file_appeared": "Nada foi salvo: um arquivo {path} apareceu enquanto a janela estava aberta, e o Heirloom só substitui um arquivo depois de perguntar a você. Salve de novo.",
    "error.file_exists": "Nada foi salvo: {folder} já tem um arquivo chamado {name}, e o Heirloom nunca grava por cima de um arquivo. Escolha uma pasta vazia.",
  },
};

export default translation;
