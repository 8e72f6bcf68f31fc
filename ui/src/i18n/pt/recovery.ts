// The Portuguese words of recovery, and taking cards in (camera, files, typed text): one part of ../pt.ts, typed against
// the English part (../en/recovery.ts): a missing or extra key fails tsc.
import type { PartOf } from "../catalogue";
import type { recovery as english } from "../en/recovery";

export const recovery: PartOf<typeof english> = {
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
  "recovery.cards.removedUnplacedPrinted": "O cartão lido do seu texto impresso foi removido. Você pode adicioná-lo de novo.",

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
  "recovery.board.printedGroup": "lido do texto impresso; o grupo {group} será conferido com a frase-senha",
  "recovery.board.printed": "lido do texto impresso; será conferido com a frase-senha",
  // Under a card whose number did not read, named above as typed or read.
  "recovery.board.checkedGroup": "o grupo {group} será conferido com a frase-senha",
  "recovery.board.checked": "será conferido com a frase-senha",
  "recovery.board.unplaced": "Um cartão digitado",
  "recovery.board.unplacedPrinted": "Um cartão lido do seu texto impresso",
  // Read by screen readers after a slot's card number.
  "recovery.board.in": "adicionado",
  "recovery.board.notIn": "não adicionado",
  // aria-labels of the Remove buttons.
  "recovery.board.removeCard": "Remover o cartão {n}",
  "recovery.board.removeTyped": "Remover o cartão digitado {n}",
  "recovery.board.removePrinted": "Remover o cartão {n}, lido do seu texto impresso",
  "recovery.board.removeUnplaced": "Remover o cartão digitado",
  "recovery.board.removeUnplacedPrinted": "Remover o cartão lido do seu texto impresso",

  // ---- Recovery: what is said as cards arrive ----
  // {n}: one card number; {list}: card numbers before the last, "1, 3"; {last}: the last.
  "recovery.news.card": "cartão {n}",
  "recovery.news.cards": "cartões {list} e {last}",
  // The same at the start of a sentence.
  "recovery.news.Card": "Cartão {n}",
  "recovery.news.Cards": "Cartões {list} e {last}",
  "recovery.news.added": "{cards}: adicionado(s).",
  "recovery.news.printed": "Lido do texto impresso embaixo do código QR, que não pôde ser lido. O Heirloom confere este cartão quando você digitar a frase-senha.",
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
  "recovery.pass.help.retype": "Volte aos cartões e digite o texto desse cartão, comparando cada grupo com o papel.",
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
  "recovery.result.correctedRead": { one: "O Heirloom corrigiu o texto de um cartão", other: "O Heirloom corrigiu os textos dos cartões" },
  "recovery.result.correctedReadIntro": "O Heirloom só corrige um erro no texto de um cartão, digitado ou lido da impressão, quando a própria verificação do cartão o comprova, então a carteira abaixo está certa. Por favor, olhe o cartão de novo: onde o papel estiver difícil de ler, escreva ao lado as letras certas para a próxima vez.",
  // {typed} and {corrected}: six characters each, shown as code.
  "recovery.result.correction": "Cartão {n}, grupo {group}: você digitou {typed}, o cartão diz {corrected}. Por favor, confira.",
  "recovery.result.correctionRead": "Cartão {n}, grupo {group}: foi lido {typed}, o cartão diz {corrected}. Por favor, confira.",
  "recovery.result.correctionUnread": "Cartão {n}, grupo {group}: não foi lido, o cartão diz {corrected}. Por favor, confira.",
  // What was typed, when nothing was.
  "recovery.result.nothing": "nada",
  "recovery.result.leftOutN": "O cartão {n} não foi usado: o que dele foi digitado ou lido difere do cartão mais do que o Heirloom consegue corrigir com certeza, e os outros cartões bastaram sem ele. A carteira abaixo está certa.",
  "recovery.result.leftOut": "Um cartão digitado não foi usado: o que dele foi digitado ou lido difere do cartão mais do que o Heirloom consegue corrigir com certeza, e os outros cartões bastaram sem ele. A carteira abaixo está certa.",
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
};
