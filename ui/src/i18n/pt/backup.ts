// The Portuguese words of the window, the home screen, the backup wizard, printing, and checking the printed cards: one part of ../pt.ts, typed against
// the English part (../en/backup.ts): a missing or extra key fails tsc.
import type { PartOf } from "../catalogue";
import type { backup as english } from "../en/backup";

export const backup: PartOf<typeof english> = {
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
};
