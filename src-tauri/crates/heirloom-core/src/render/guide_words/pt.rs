//! The family guide in Portuguese (português).

use super::GuideWords;

pub(crate) const WORDS: GuideWords = GuideWords {
    title: "Como recuperar a carteira",
    subtitle: "Instruções para a família — {about}",
    about_label: "“{label}”",
    about_set: "conjunto {id}",
    about_made: "feito em {date}",
    about_fingerprint: "impressão digital da carteira {fingerprint}",
    fingerprint_not_printed: "(não impressa)",
    what_heading: "O que são estes cartões",
    what: "As palavras de recuperação de uma carteira (as suas {words} palavras secretas) foram \
           divididas em {n} cartões com o programa Heirloom. Quaisquer {t} dos {n} cartões, \
           junto com a frase-senha, devolvem as palavras exatamente como eram. Menos de {t} \
           cartões não revelam absolutamente nada, nem mesmo com a frase-senha: um cartão \
           perdido, ou encontrado por um estranho, não entrega nada.",
    need_heading: "Do que você precisa",
    need_cards: "{t} cartões diferentes deste conjunto. Cada um diz “Card i of {n}” (cartão i \
                 de {n}), e o código do conjunto (“set”) começa com {short}.",
    need_passphrase: "A frase-senha: algumas palavras escolhidas quando os cartões foram \
                      feitos. Ela não está impressa nos cartões.",
    need_passphrase_one_line: "A frase-senha: algumas palavras escolhidas quando os cartões \
                               foram feitos. Ela não está impressa nos cartões, a não ser que \
                               alguém a tenha escrito na linha para a frase-senha do cartão {i}.",
    need_passphrase_every_line: "A frase-senha: algumas palavras escolhidas quando os cartões \
                                 foram feitos. Ela não está impressa nos cartões, a não ser que \
                                 alguém a tenha escrito na linha para a frase-senha de um cartão.",
    need_computer: "Um computador com o Heirloom, um programa gratuito. No Linux, instale o \
                    pacote dele (.deb para Debian e Ubuntu, .rpm para Fedora), publicado com o \
                    código-fonte, ou peça a alguém de confiança que o instale. Se o programa não \
                    puder mais ser encontrado, entregue a página seguinte a um programador: ela \
                    descreve os cartões por completo.",
    steps_heading: "A recuperação, passo a passo",
    step_1: "Se puder, desconecte o computador da internet. Abra o Heirloom e escolha \
             “Recuperar uma carteira com os cartões”.",
    step_2: "Mostre cada cartão à webcam, ou abra fotos ou digitalizações dos cartões (vários \
             cartões numa mesma página não são problema), ou digite o texto impresso embaixo \
             do código QR.",
    step_3: "O Heirloom diz quais cartões já tem e quantos ainda faltam. Com {t} cartões, \
             digite a frase-senha.",
    step_4: "O Heirloom mostra as palavras de recuperação e a impressão digital da carteira. \
             Confira se a impressão digital é {fingerprint}. Digite as palavras num aplicativo \
             de carteira para acessar o dinheiro, e guarde-as com o mesmo cuidado que os cartões.",
    step_4_no_fingerprint: "O Heirloom mostra as palavras de recuperação e a impressão digital da carteira. Digite as palavras num aplicativo de carteira para acessar o dinheiro, e guarde-as com o mesmo cuidado que os cartões.",
    damaged_heading: "Se um cartão estiver danificado",
    damaged: "Se o código QR não puder ser lido, digite o texto impresso embaixo dele. Se parte \
              do texto também estiver ilegível, use outro cartão: quaisquer {t} servem. O \
              Heirloom diz em palavras simples quando um cartão está danificado, é de outro \
              conjunto ou foi adicionado duas vezes, e nunca devolve palavras erradas: um cartão \
              danificado é recusado, não adivinhado.",
    typing_heading: "Como digitar o texto",
    typing: "O texto está em grupos de seis caracteres; o último caractere de cada grupo \
             confere os outros cinco. Digite os grupos em ordem. Espaços, hifens, maiúsculas e \
             minúsculas não fazem diferença. As letras I, L, O e U nunca são usadas: um \
             caractere redondo é o algarismo zero. Se o Heirloom disser que um grupo não parece \
             certo, compare esse grupo com o cartão: o número pequeno no início de cada linha é \
             o número do primeiro grupo dela.",
    passphrase_heading: "A frase-senha",
    passphrase_heading_one_line: "A linha para a frase-senha no cartão {i}",
    passphrase_heading_every_line: "As linhas para a frase-senha nos cartões",
    passphrase_apart: "Guarde a frase-senha longe dos cartões: assim, mesmo {t} cartões \
                       roubados não servem para nada.",
    passphrase_key: "Escrever a frase-senha {card} faz dele um “cartão-chave”: ele e \
                     {others} abrem a carteira sem que ninguém saiba a frase-senha. Se fizer \
                     isso, entregue o cartão-chave à pessoa em quem você mais confia e nunca o \
                     guarde junto com outro cartão.",
    // {card} carries its own preposition ("no", "num"): Portuguese contracts "em" with the
    // article, so the sentence above cannot hold it.
    key_card_numbered: "no cartão {i}",
    key_card_any: "num cartão",
    others_one: "qualquer outro cartão",
    others_many: "quaisquer {k} outros cartões",
    passphrase_one_line: "{apart} Só o cartão {i} tem uma linha para ela; deixar a linha em \
                          branco é o mais seguro. {key} Nunca escreva a frase-senha em outro \
                          cartão.",
    passphrase_every_line: "{apart} Todos os cartões têm uma linha para ela; deixar as linhas \
                            em branco é o mais seguro. {key} Escreva-a em um cartão no máximo.",
    passphrase_no_line: "{apart} Os cartões não têm linha para ela: anote-a longe deles, por \
                         exemplo nos papéis do dono da carteira, e diga à família onde está.",
    care_heading: "Como cuidar dos cartões",
    care: "Deixe cada cartão com uma pessoa diferente ou num lugar diferente, seco e longe do \
           sol. Não os fotografe nem guarde cópias na internet. Se um cartão se perder, o dono \
           da carteira pode fazer um conjunto novo e destruir todos os cartões deste.",
};
