// Warning signs in Spanish, French, German and Portuguese: direct talk of suicide and wanting to die, hopelessness,
// being a burden, and self-harm. Matched against the plain reading (normalise.ts): no accents (umlauts are plain
// vowels; people also write ae/oe/ue), no apostrophes ("d'en finir" reads "den finir"). Everyday idioms that use the
// same verbs stay out: "me mato trabajando", "mon chef va me tuer", "der Chef bringt mich um", "meu chefe vai me matar".
import { signs, type Sign } from './categories';

const SPANISH = [
  ...signs('direct', [
    /\b(?:quiero|quisiera|me quiero|ganas de|deseo|voy a|me voy a|pienso en|pensando en|pense en|prefiero|necesito) (?:morir(?:me)?|matarme|suicidarme|desaparecer para siempre|dejar de existir|quitarme la vida|no despertar|estar muerto|estar muerta)\b/,
    /\b(?:quitarme la vida|me voy a (?:quitar la vida|matar|suicidar)|me quiero (?:matar|suicidar))\b/,
    /\b(?:pienso en|pensando en|pense en|ganas de|quiero) (?:saltar|tirarme)\b(?! (?:a (?:otro|otra|la piscina)|al (?:agua|mar) (?:en|de) verano|de (?:alegria|emocion)))/,
    /\b(?:mi|este es mi|es mi) ultimo (?:mensaje|post|escrito)\b/,
    /\b(?:junt|guard|acumul)\w* (?:las |mis |unas |todas las )?(?:pastillas|pildoras)\b|\b(?:me las tomo|tomarme|me voy a tomar) todas\b/,
    /\bme despedi de (?:todos|mis amigos|mi familia)\b.{0,40}\b(?:sin que|para siempre)\b/,
    /\b(?:tirarme|aventarme|lanzarme) (?:del|de un|de una|de la|al|a las vias|bajo el) (?:puente|edificio|azotea|balcon|tren|metro|vias)\b|\bestoy en el puente\b/,
    /\b(?:volvi a cortarme|me volvi a cortar|me corte (?:otra vez|de nuevo|los brazos|las piernas))\b/,
    /\b(?:acabar|terminar|termino|acabo) con (?:mi vida|todo)\b|\bpara despedirme\b|\bno quiero seguir aqui\b|\bdej\w* (?:unas |las )?cartas? (?:a|para) mi\b|\bno voy a ser (?:un problema|una carga) para nadie\b|\bcartas? de despedida\b/,
    /\bno quiero (?:seguir )?(?:vivir|viviendo|estar aqui|existir|despertar)\b(?! (?:en|con|alli|ahi|asi en))/,
    /\bojala (?:no despertara|no despierte|me muriera|estuviera muerto|estuviera muerta|no existiera)\b/,
    /\bintente (?:matarme|suicidarme|quitarme la vida)\b/,
  ]),
  ...signs('hopeless', [
    /\bno (?:vale la pena|tiene sentido) (?:vivir|seguir viviendo|seguir)\b/,
    /\bno tengo (?:razones|motivos|nada|ninguna razon) (?:para|por (?:el )?que) vivir\b/,
    /\b(?:cansado|cansada|harto|harta) de vivir\b/,
  ]),
  ...signs('burden', [
    /\b(?:estarian|estarias|estaria|estan|seria|serian) mejor sin mi\b/,
    /\bsoy una carga (?:para (?:todos|mi familia|ellos))?\b/,
  ]),
  ...signs('self-harm', [
    /\bautolesion\w*/,
    /\b(?:me corto|cortarme|me corte) (?:otra vez|de nuevo|los brazos|las munecas|las piernas|la piel)\b/,
    /\b(?:quiero|voy a|ganas de|necesito|pienso en|pensando en|pense en) (?:cortarme|hacerme dano|lastimarme)\b|\b(?:hacerme dano|me hago dano) (?:otra vez|de nuevo|a proposito)\b/,
  ]),
];

const FRENCH = [
  ...signs('direct', [
    /\b(?:je veux|jai envie de|envie de|je voudrais|je vais|je pense a|pense a|penser a|lidee de|je prefererais) (?:mourir|me tuer|me suicider|disparaitre pour toujours|ne plus me reveiller|ne plus exister|etre mort|etre morte)\b/,
    /\b(?:envie den|envie d en|veux en|voudrais en|vais en|besoin den|pense a en|penser a en|pensais a en) finir\b(?! avec (?!la vie|tout|moi|ma vie))/,
    /\bmettre fin a (?:mes jours|ma vie)\b/,
    /\bje ne veux plus vivre\b/,
    /\bsi je mourais\b|\bje suis un (?:poids|fardeau)\b|\bdisparaitre pour de bon\b|\bme pendre\b|\bme foutre en lair\b|\b(?:pense|penser|pensais) a sauter\b|\b(?:ecrit|ecrire) ma (?:derniere )?lettre\b|\b(?:garde|gardes|achete) (?:les|des) medicaments\b/,
    /\b(?:je ne veux plus|je veux plus|envie de ne plus) etre la\b|\bsi je ne me reveillais (?:pas|plus)\b|\bne (?:plus|pas|jamais) me reveiller\b/,
    /\b(?:achete|acheter|trouve) une corde\b|\bje regarde la corde\b|\bprete a partir\b|\bmis de lordre dans mes papiers\b/,
    /\b(?:jai fait|fait) une tentative\b|\b(?:mon|cest mon) dernier message\b/,
    /\bme jeter (?:sous|du|dun|par)\b|\bsauter (?:du|dun|par la) (?:pont|toit|balcon|fenetre)\b/,
    /\b(?:plus|pas) envie de vivre\b/,
    /\bjai (?:essaye|tente) de (?:me tuer|me suicider|mettre fin a mes jours)\b/,
  ]),
  ...signs('hopeless', [
    /\b(?:plus|aucune|pas de|aucun) (?:de )?(?:raison|sens) de vivre\b/,
    /\b(?:marre|fatigue|fatiguee) de (?:vivre|la vie|exister)\b/,
    /\bla vie na (?:plus )?(?:aucun )?sens\b/,
  ]),
  ...signs('burden', [/\bmieux sans moi\b/, /\bje suis un fardeau\b/]),
  ...signs('self-harm', [
    /\bme (?:scarifier|mutiler|scarifie|mutile)\b/,
    /\bautomutilation\b/,
    /\b(?:me faire du mal|me fais du mal|me couper les (?:bras|poignets|veines))\b/,
  ]),
];

const GERMAN = [
  ...signs('direct', [
    /\b(?:will|mochte|moechte|wurde gern|wuerde gern|wollte|mag)(?! nicht\b) (?:(?!nicht\b)\w+ ){0,5}(?:sterben|tot sein)\b/,
    /\b(?:will|mochte|moechte|kann) (?:einfach |echt |wirklich )?nicht mehr leben\b|\babschiedsbrief\w*|\bist schluss\b|\b(?:entschieden|beschlossen)\b.{0,40}\b(?:mach|mache) (?:ich )?schluss\b|\b(?:wollte|will|mochte) (?:\w+ )?springen\b/,
    /\b(?:will|mochte|moechte|werde|wurde|wuerde) mich (?:umbringen|toten|toeten)\b/,
    /\b(?:mich umzubringen|bringe mich um|mir das leben (?:zu )?nehmen?|mir etwas antun|mir was antun)\b/,
    /\bselbstmord\w*/,
    /\blebensmu(?:e)?de\b/,
    /\bnicht mehr aufwachen\b/,
    /\bmein leben beenden\b/,
    /\bmit allem schluss machen\b/,
    /\b(?:ware|waere|wäre) (?:ich )?(?:einfach )?nicht mehr da\b|\bnicht mehr (?:da|hier) sein\b|\b(?:wunschte|wuenschte),? ich (?:ware|waere) (?:einfach )?(?:tot|nicht mehr da|nicht geboren)\b/,
    /\b(?:zu springen|vor den zug|vor einen zug|von der brucke|von der bruecke)\b/,
    /\btabletten (?:zu )?(?:sammeln|gesammelt|gehortet|horten)\b|\bsammle tabletten\b/,
    /\b(?:bin ich|ich bin) (?:dann |morgen )?nicht mehr (?:da|hier)\b/,
    /\bkeine lust mehr (?:zu leben|auf das leben|auf mein leben)\b|\b(?:nen|einen|ein) strick\b|\bstrick (?:gekauft|besorgt)\b/,
  ]),
  ...signs('hopeless', [
    /\b(?:kein|keinen) (?:sinn|grund) mehr (?:zu leben|zum leben|weiterzuleben)\b/,
    /\bdas leben hat keinen sinn\b/,
  ]),
  ...signs('burden', [/\bbesser ohne mich\b/, /\bbin (?:nur )?eine last\b/]),
  ...signs('self-harm', [
    /\b(?:ritze mich|mich ritzen|ritzen|mich selbst verletzen|verletze mich selbst)\b/,
    /\bselbstverletz\w*/,
  ]),
];

const PORTUGUESE = [
  ...signs('direct', [
    /\b(?:quero|queria|vontade de|desejo|vou|penso em|pensando em|pensei em|prefiro) (?:morrer|me matar|sumir para sempre|desaparecer para sempre|nao acordar|deixar de existir|estar morto|estar morta)\b/,
    /\b(?:tirar|acabar com) (?:a )?(?:minha )?(?:propria )?vida\b/,
    /\bnao quero (?:mais )?(?:viver|existir|acordar)\b|\bdormir e nao acordar\b|\bsumir pra sempre\b|\bninguem (?:ia|vai) sentir (?:minha )?falta\b|\b(?:pra|para) pular\b|\bcarta de despedida\b|\bnao vou (?:mais )?estar aqui (?:no|na|em|pra|para)\b/,
    /\b(?:meu|esse e meu|este e meu|e meu) ultimo (?:post|mensagem|texto)\b|\bse eu nao existisse\b|\bpra que (?:to|estou|eu to) vivendo\b|\bpara que (?:estou|eu estou) vivendo\b/,
    /\b(?:pular|me jogar) (?:da|de uma|do) (?:ponte|predio|janela|sacada)\b/,
    /\b(?:separei|juntei|guardei) (?:os |uns |todos os )?(?:remedios|comprimidos)\b|\bescrevi uma carta (?:pra|para|pros|pras|aos|as) (?:meus|minha|minhas|meu)\b/,
    /\btentei (?:me matar|suicidio|tirar minha vida)\b/,
  ]),
  ...signs('hopeless', [
    /\b(?:nao tenho|sem) (?:motivo|razao|razoes|motivos) (?:para|pra) viver\b/,
    /\b(?:cansado|cansada) de viver\b/,
    /\bnao (?:vejo|ha) sentido (?:em|na) (?:viver|vida)\b/,
  ]),
  ...signs('burden', [/\bmelhor sem mim\b/, /\bsou um (?:peso|fardo)\b/]),
  ...signs('self-harm', [
    /\bautomutila\w*/,
    /\b(?:quero|vou|vontade de|preciso) (?:me cortar|me machucar|me ferir)\b|\b(?:me corto|me cortei|me machuco) (?:de novo|outra vez|nos bracos|nos pulsos|nas pernas)\b/,
  ]),
];

export const OTHER_LANGUAGE_SIGNS: readonly Sign[] = [...SPANISH, ...FRENCH, ...GERMAN, ...PORTUGUESE];
