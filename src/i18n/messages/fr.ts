/**
 * Français (fr). Native review: pending. Register: « vous ».
 * Tor Browser labels follow its French localization: niveau de sécurité « Le plus sûr »,
 * « Nouvelle identité ». Typography: non-breaking spaces inside « » and before : ; ? !
 * Counts are ICU plurals: one (0 and 1), other, and many for round millions
 * (« 1 000 000 de fichiers »).
 */
import type { Messages } from "./en.ts";

export const fr: Messages = {
  "meta.title": "{org} — contact sécurisé",
  "meta.language": "Langue",
  "nav.home": "Page d’accueil",
  "footer.nojs":
    "Ces pages fonctionnent avec JavaScript désactivé. Dans Tor Browser, choisissez le niveau de sécurité « Le plus sûr ».",
  "footer.logout": "Se déconnecter",
  // review: no single established French label for a quick-exit button; « Sortie rapide » is an alternative
  "nav.quickexit": "Quitter rapidement",
  "nav.guide": "Guide de sécurité",
  "warning.js.title": "JavaScript est activé",
  "warning.js.body":
    "Pour votre sécurité, désactivez-le : dans Tor Browser, ouvrez Paramètres → Vie privée et sécurité → Niveau de sécurité, puis choisissez « Le plus sûr ». Rechargez ensuite cette page.",
  "warning.browser.title": "Ce navigateur n’est pas Tor Browser",
  "warning.browser.body":
    "Les autres navigateurs, même en navigation privée, peuvent révéler votre identité. Téléchargez Tor Browser sur torproject.org (s’il est bloqué, notre guide de sécurité explique quoi faire), réglez son niveau de sécurité sur « Le plus sûr » et ouvrez-y notre adresse .onion.",
  "warning.browser.ios":
    "Sur iPhone ou iPad, utilisez Onion Browser, avec son niveau de sécurité réglé sur « Or », et ouvrez-y notre adresse .onion. Les autres navigateurs peuvent révéler votre identité.",
  "warning.onion.title": "Vous n’utilisez pas notre adresse onion",
  "warning.onion.body":
    "Ouvrez cette page dans Tor Browser à notre adresse .onion, que vous pouvez vérifier en la comparant à notre déclaration publique et signée. Les autres moyens de nous joindre peuvent révéler votre identité.",
  "warning.tor2web.title": "Cette connexion n’est pas anonyme",
  "warning.tor2web.body":
    "Vous passez par un proxy web qui peut voir qui vous êtes et ce que vous envoyez. Fermez cette page et ouvrez plutôt notre adresse .onion dans Tor Browser.",

  "landing.title": "Contacter {org} en toute sécurité",
  "landing.intro":
    "Ici, vous pouvez nous envoyer des messages et des fichiers sans nous dire qui vous êtes. Tout ce que vous envoyez est chiffré sur ce serveur avant d’être enregistré, et seules les personnes désignées chez {org} pour le recevoir peuvent le lire.",
  "landing.start": "Nous envoyer quelque chose pour la première fois",
  "landing.start.hint":
    "Nous vous donnerons un nom de code. Il vous permettra de revenir pour envoyer autre chose et pour lire nos réponses.",
  "landing.returning": "J’ai déjà un nom de code",
  "landing.returning.hint": "Connectez-vous avec votre nom de code pour envoyer autre chose.",
  "landing.guide": "Avant d’envoyer quoi que ce soit, lisez notre guide de sécurité.",
  "landing.blocked":
    "Tor est bloqué là où vous êtes, ou vous utilisez un téléphone ? Notre guide de sécurité explique quoi faire.",

  "codename.title": "Votre nom de code",
  "codename.intro":
    "Voici votre nom de code. C’est le seul moyen de revenir à cette conversation. Nous ne pourrons ni vous le montrer à nouveau, ni le retrouver pour vous.",
  "codename.keep.title": "Conservez-le en lieu sûr",
  "codename.keep.1":
    "Notez-le sur papier, ou apprenez-le par cœur. Ne l’enregistrez pas sur un appareil lié à vous.",
  "codename.keep.2": "Ne le communiquez à personne : quiconque le possède peut lire nos réponses.",
  "codename.keep.3": "Personne chez {org} ne vous le demandera jamais.",
  "codename.continue": "Je l’ai noté — continuer",

  "form.title": "Envoyer un message ou des fichiers",
  "form.channel": "Qui doit recevoir cet envoi ?",
  "form.message": "Votre message",
  "form.message.hint":
    "Jusqu’à {max, plural, one {# caractère} many {# de caractères} other {# caractères}}. Dites-nous ce que vous envoyez et pourquoi c’est important.",
  "form.files": "Fichiers",
  "form.files.hint":
    "Jusqu’à {maxFiles, plural, one {# fichier} many {# de fichiers} other {# fichiers}}, {maxFile} chacun, {maxTotal} au total. Les fichiers peuvent contenir des informations cachées sur vous (noms d’auteur, lieux, détails sur l’appareil) : si vous le pouvez, supprimez-les avant l’envoi.",
  "form.send": "Envoyer en toute sécurité",
  "form.send.hint":
    "Avec Tor, l’envoi de gros fichiers peut prendre longtemps. Gardez cet onglet ouvert jusqu’à ce que la confirmation s’affiche.",

  "received.title": "Bien reçu",
  "received.body":
    "Votre envoi a été chiffré et enregistré. Seuls les destinataires désignés chez {org} peuvent le lire.",
  "received.files":
    "{files, plural, one {# fichier reçu.} many {# de fichiers reçus.} other {# fichiers reçus.}}",
  "received.next":
    "Nous lisons tout ce que nous recevons, mais il se peut que nous ne répondions pas, ou que nous répondions tard. Pour voir si vous avez des réponses, revenez avec votre nom de code.",
  "received.more": "Envoyer autre chose",

  "login.title": "Se connecter avec votre nom de code",
  "login.codename": "Votre nom de code",
  // review: English "Any language we gave it to you in works" read as: type it in the language it was given in, whichever that was
  "login.hint":
    "Les mots que vous avez notés, séparés par des espaces, dans la langue où nous vous les avons donnés, quelle qu’elle soit.",
  "login.submit": "Continuer",

  "source.title": "Bon retour",
  "source.replies": "Vous n’avez pas encore de réponse.",
  "replies.title": "Réponses de {org}",
  "replies.hint":
    "Supprimez chaque réponse une fois lue. Une réponse supprimée l’est définitivement.",
  "replies.meta": "Envoyée le {day}",
  "replies.delete": "Je l’ai lue — supprimer",
  "replies.unreadable":
    "{count, plural, one {Une de nos réponses n’a pas pu être ouverte. Elle est peut-être endommagée ; nous vous la renverrons si elle était importante.} many {# de nos réponses n’ont pas pu être ouvertes. Elles sont peut-être endommagées ; nous vous les renverrons si elles étaient importantes.} other {# de nos réponses n’ont pas pu être ouvertes. Elles sont peut-être endommagées ; nous vous les renverrons si elles étaient importantes.}}",

  "logout.title": "Session fermée",
  "logout.body":
    "Pour ne laisser aucune trace dans ce navigateur, utilisez maintenant « Nouvelle identité » de Tor Browser (l’icône du balai, ou Ctrl+Maj+U) : cela ferme cet onglet et efface ses données.",

  "guide.title": "Guide de sécurité",
  "guide.intro":
    "Ces étapes vous protègent lorsque vous contactez {org}. Lisez-les toutes avant de commencer : cela ne prend que quelques minutes.",
  "guide.before.title": "Avant de nous contacter",
  "guide.before.device":
    "Utilisez un appareil et un réseau qui ne sont pas liés à vous. N’utilisez jamais un réseau professionnel ou domestique qui est, ou pourrait être, surveillé ; un réseau public que vous n’utilisez pas d’habitude est plus sûr.",
  "guide.before.tor":
    "Procurez-vous Tor Browser uniquement auprès du Projet Tor : son site torproject.org, ses miroirs officiels, son service GetTor ou, sur un téléphone, la boutique d’applications officielle (voir plus bas). Une copie obtenue ailleurs peut avoir été modifiée pour vous espionner.",
  "guide.before.safest":
    "Dans Tor Browser, ouvrez Paramètres → Vie privée et sécurité → Niveau de sécurité, puis choisissez « Le plus sûr ». Nos pages fonctionnent à ce niveau.",
  "guide.before.verify":
    "Vérifiez notre adresse .onion avant d’envoyer quoi que ce soit. Elle doit correspondre, caractère par caractère, à l’adresse de notre déclaration signée : un faux site peut ressembler trait pour trait au nôtre, mais il ne peut pas avoir notre adresse.",
  "guide.before.fingerprint":
    "Notre déclaration est signée avec notre clé. Vérifiez que l’empreinte de notre clé publique est la même partout où nous la publions : sur notre site web, dans nos publications, sur nos documents imprimés. Si une adresse ou une empreinte diffère quelque part, ne l’utilisez pas.",
  "guide.before.address": "Notre adresse .onion",
  "guide.before.key": "Empreinte de notre clé publique",
  "guide.send.title": "Que nous envoyer, et comment retirer les métadonnées",
  "guide.send.what":
    "Envoyez ce qui montre le problème : documents, photos, et votre propre récit des faits. Expliquez comment nous pourrions le vérifier, sans dire qui vous êtes.",
  "guide.send.metadata":
    "Les fichiers contiennent des informations cachées, appelées métadonnées : le nom de l’auteur, l’appareil utilisé, des dates et, pour les photos, souvent le lieu de la prise de vue. Retirez-les avant l’envoi si vous le pouvez, par exemple avec un outil de suppression des métadonnées, ou en envoyant une nouvelle copie qui ne garde que le contenu.",
  "guide.send.screens":
    "Une photo ou une capture d’écran peut vous trahir : elle peut montrer votre nom, votre compte, vos réglages ou l’heure, et certains documents sont rendus légèrement différents pour chaque personne qui les reçoit.",
  "guide.send.printers":
    "Beaucoup d’imprimantes couleur ajoutent de minuscules points jaunes, presque invisibles, qui enregistrent le numéro de série de l’imprimante et l’heure d’impression. N’envoyez ni scans ni photos de pages imprimées sur une imprimante qui peut être reliée à vous.",
  // review: « ressaisir » for re-type; « recopier » is more familiar but can suggest handwriting
  "guide.send.retype":
    "Quand vous le pouvez, ressaisissez les passages importants plutôt que d’envoyer le document lui-même : les extraits ressaisis sont ceux qui portent le moins de marques cachées.",
  "guide.codename.title": "Comment conserver votre nom de code",
  // review: « service de stockage en ligne » for a cloud service; « cloud » alone is common in France
  "guide.codename.paper":
    "Écrivez votre nom de code sur papier, à la main. Ne le conservez jamais dans un téléphone, un ordinateur, un gestionnaire de mots de passe ou un service de stockage en ligne : leur contenu peut être fouillé, synchronisé ou sauvegardé à votre insu.",
  "guide.codename.keep":
    "Gardez le papier là où personne d’autre que vous ne peut y accéder, et détruisez-le quand vous n’en avez plus besoin. Quiconque possède votre nom de code peut lire nos réponses.",
  "guide.next.title": "Ce qui se passe ensuite",
  "guide.next.read": "Nous lisons tout ce que nous recevons.",
  "guide.next.reply":
    "Il se peut que nous ne répondions pas, ou que nous répondions tard. Pour le savoir, revenez de temps en temps, en suivant de nouveau ce guide, et connectez-vous avec votre nom de code.",
  "guide.next.accounts":
    "Ne nous contactez jamais depuis un compte qui peut être relié à vous : ni depuis votre adresse e-mail, ni depuis votre numéro de téléphone, ni depuis vos réseaux sociaux. Utilisez uniquement cette page.",
  "guide.after.title": "Ne laisser aucune trace ensuite",
  "guide.after.identity":
    "Quand vous avez terminé, utilisez « Nouvelle identité » de Tor Browser (l’icône du balai, ou Ctrl+Maj+U), puis fermez Tor Browser.",
  "guide.after.files":
    "N’enregistrez pas les fichiers que nous vous envoyons sur un appareil partagé, ni sur un appareil lié à vous. Lisez nos réponses ici, puis supprimez-les.",

  "guide.risk.title": "Avoir Tor est-il sans risque ?",
  "guide.risk.visible":
    "Dans certains endroits, avoir Tor sur un appareil, ou être vu en train de l’utiliser, peut en soi vous attirer des ennuis. Quiconque gère votre réseau peut souvent voir que vous utilisez Tor, mais pas quels sites vous visitez. Les ponts (voir plus bas) rendent cela plus difficile à voir, pas impossible.",
  "guide.risk.device":
    "Utilisez un téléphone ou un ordinateur qui n’appartient qu’à vous : pas un appareil professionnel, ni un appareil qu’un employeur, une école ou un proche gère ou contrôle. Ces appareils peuvent enregistrer ce que vous y faites.",
  "guide.risk.search":
    "Ne recherchez pas Tor, ni notre nom, sur un appareil ou un réseau surveillé : la recherche elle-même peut être vue. Partez d’un appareil et d’un réseau qui ne sont pas liés à vous.",
  "guide.risk.remove":
    "Quand vous avez terminé, vous pouvez supprimer Tor Browser : sur un téléphone, désinstallez l’application ; sur un ordinateur, supprimez le dossier Tor Browser et le fichier téléchargé, puis videz la corbeille.",
  "guide.risk.traces":
    "Le supprimer n’efface pas toutes les traces. Les boutiques d’applications gardent la liste de ce que vous avez installé, et un appareil examiné de près peut en révéler davantage. Si votre téléphone risque d’être fouillé, par exemple à un poste de contrôle, pensez-y avant d’installer quoi que ce soit.",

  "guide.blocked.title": "Si Tor est bloqué",
  "guide.blocked.intro":
    "Si Tor Browser n’arrive pas à se connecter, votre réseau bloque peut-être Tor. Tor Browser peut contourner ce blocage grâce aux ponts : des points d’entrée cachés qui rendent votre connexion plus difficile à reconnaître. Ils peuvent être plus lents.",
  // review: Tor Browser’s French labels are not verified here: check the button “Try a bridge” (kept in English, with a translation) and the name of Connection Assist
  "guide.blocked.assist":
    "Laissez d’abord Tor Browser choisir : si la connexion échoue, appuyez sur « Try a bridge » (Essayer un pont). C’est l’assistant de connexion : il choisit le pont qui a le plus de chances de fonctionner là où vous êtes. S’il vous le demande, choisissez votre pays ou votre région.",
  // review: Tor Browser’s French labels are not verified here: check “Select a Built-In Bridge” (desktop), “Config Bridge” and “Use a Bridge” (Android), kept in English with a translation; « Connexion » assumed for the settings pane
  "guide.blocked.builtin":
    "Si cela échoue, choisissez vous-même un pont, et essayez-les l’un après l’autre. Sur un ordinateur : menu (≡) → Paramètres → Connexion → « Select a Built-In Bridge » (Sélectionner un pont intégré). Sur Android : Paramètres → « Config Bridge » (Configurer un pont) → « Use a Bridge » (Utiliser un pont). Les choix possibles :",
  "guide.blocked.snowflake":
    "Snowflake : fait passer votre connexion par les ordinateurs de bénévoles et la fait ressembler à un appel vidéo. Fonctionne souvent là où les autres sont bloqués, mais peut être lent.",
  "guide.blocked.obfs4":
    "obfs4 : fait ressembler votre connexion à du bruit aléatoire. Fonctionne dans beaucoup d’endroits, mais dans certains pays les ponts obfs4 intégrés sont bloqués et il vous en faut de nouveaux (voir plus bas).",
  "guide.blocked.meek":
    "meek : fait ressembler votre connexion à la visite d’un grand site web ordinaire. Lent, mais difficile à bloquer : essayez-le quand les autres échouent.",
  "guide.blocked.webtunnel":
    "WebTunnel : fait ressembler votre connexion à une visite normale d’un site web sécurisé. Il ne fait pas partie de la liste intégrée : demandez des ponts WebTunnel (voir plus bas).",
  // review: Tor Browser’s French labels are not verified here: check “Request bridges” (kept in English, with a translation)
  "guide.blocked.request":
    "Sur un ordinateur, vous pouvez aussi demander de nouveaux ponts depuis Tor Browser : dans les mêmes paramètres, choisissez « Request bridges » (Demander des ponts), résolvez le petit test affiché, puis connectez-vous.",
  "guide.blocked.ask":
    "Ou demandez des ponts au Projet Tor : sur bridges.torproject.org ou, si ce site est bloqué, de cette façon :",
  // review: « Démarrer » assumed to be the French Telegram label of the bot’s “Start” button
  "guide.blocked.telegram":
    "Telegram : écrivez à {bridgesBot}, le bot du Projet Tor. Appuyez sur « Démarrer », puis demandez des ponts obfs4 ou WebTunnel, et copiez ce qu’il vous envoie.",
  "guide.blocked.email":
    "E-mail : écrivez à {bridgesEmail} depuis une adresse Gmail ou Riseup (il ne répond pas aux autres), avec « get transport obfs4 » comme message.",
  // review: Tor Browser’s French labels are not verified here: check “Add new bridges” (desktop) and “Provide a Bridge I know” (Android), kept in English with a translation
  "guide.blocked.paste":
    "Vous recevrez quelques lignes de texte : les adresses des ponts. Dans Tor Browser, choisissez « Add new bridges » (Ajouter de nouveaux ponts) sur un ordinateur, ou « Provide a Bridge I know » (Fournir un pont que je connais) sur Android, et collez-les, une par ligne.",
  "guide.blocked.seen":
    "Telegram, Gmail et Riseup peuvent voir que vous avez fait la demande. Si vous le pouvez, utilisez un compte qui n’est pas à votre nom, et supprimez les messages ensuite.",
  "guide.blocked.help":
    "Si rien ne fonctionne, le service d’assistance du Projet Tor peut vous envoyer des ponts privés : écrivez à {helpEmail} avec « private bridge » et le code à deux lettres de votre pays comme objet (par exemple « private bridge ru »), ou à {helpBot} sur Telegram.",

  "guide.get.title": "Si vous ne pouvez pas télécharger Tor Browser",
  "guide.get.intro":
    "Si torproject.org est bloqué, procurez-vous Tor Browser auprès du Projet Tor d’une autre façon. N’installez jamais une copie que quelqu’un d’autre vous envoie.",
  // review: the GetTor bot’s “Send me Tor Browser” button is kept in English with a translation: check whether the bot shows it in French once French is chosen
  "guide.get.telegram":
    "Telegram : écrivez à {gettorBot}, appuyez sur « Démarrer », choisissez votre langue, puis « Send me Tor Browser » (Envoyez-moi Tor Browser) et votre système. Il envoie le fichier lui-même.",
  "guide.get.email":
    "E-mail : écrivez à {gettorEmail} avec un seul mot comme objet et comme message : windows, macos, linux ou android. La réponse contient des liens de téléchargement.",
  "guide.get.mirrors": "Copies officielles du site du Projet Tor : {mirror1} et {mirror2}.",
  "guide.get.phone":
    "Sur un téléphone, vous pouvez aussi utiliser la boutique d’applications officielle : « Tor Browser » sur Google Play, ou « Onion Browser » sur l’App Store. Méfiez-vous des fausses applications aux noms semblables.",

  "guide.phone.title": "Sur un téléphone",
  "guide.phone.intro":
    "Nos pages fonctionnent sur un téléphone. Ouvrez-les uniquement dans Tor Browser (Android) ou Onion Browser (iPhone, iPad), jamais dans votre navigateur habituel.",
  // review: Tor Browser for Android’s French labels are not verified here: check “Connect” and “Try a bridge”, kept in English with a translation
  "guide.phone.android.connect":
    "Android : ouvrez Tor Browser et appuyez sur « Connect » (Se connecter). Si cela échoue, appuyez sur « Try a bridge » (Essayer un pont), ou reportez-vous à « Si Tor est bloqué » plus haut.",
  // review: Tor Browser for Android’s French labels are not verified here: check “Save and restart” (kept in English) and the section « Vie privée et sécurité », taken from the desktop path
  "guide.phone.android.safest":
    "Réglez ensuite le niveau le plus strict : menu (⋮) → Paramètres → Niveau de sécurité (sous « Vie privée et sécurité ») → « Le plus sûr » → « Save and restart » (Enregistrer et redémarrer). Cela désactive JavaScript.",
  "guide.phone.android.after":
    "Tor Browser pour Android n’a pas de bouton « Nouvelle identité ». Quand vous avez terminé, fermez tous les onglets, puis fermez complètement l’application.",
  "guide.phone.ios.app":
    "iPhone et iPad : Tor Browser n’existe pas. Utilisez Onion Browser, que le Projet Tor recommande. Quand il vous le demande, installez et utilisez Orbot, une application gratuite avec laquelle il fonctionne : c’est plus sûr que le Tor intégré d’Onion Browser.",
  "guide.phone.ios.gold":
    "Réglez ensuite le niveau le plus strict : Paramètres → Sécurité par défaut → « Or ». Le niveau « Or » désactive JavaScript.",
  "guide.phone.ios.bridges":
    "Si Orbot n’arrive pas à se connecter, ouvrez Orbot et choisissez une autre façon de vous connecter, par exemple Snowflake ou « Ponts intégrés (obfs4) », ou collez les ponts que vous avez demandés sous « Ponts personnalisés ».",
  "guide.phone.ios.limits":
    "Apple oblige tous les navigateurs de l’iPhone à utiliser son propre moteur : Onion Browser ne peut donc pas vous protéger aussi bien que Tor Browser. Si vous avez le choix, utilisez Tor Browser sur un ordinateur ou sur Android.",
  "guide.phone.ios.after":
    "Quand vous avez terminé, appuyez longuement sur l’icône d’Onion Browser et choisissez « Effacer les données ».",
  "guide.phone.codename":
    "Sur un téléphone, vous pouvez ne taper que les quatre premières lettres de chaque mot de votre nom de code.",

  "guide.links.title": "N’ouvrez jamais notre adresse dans une application",
  "guide.links.inapp":
    "Si vous voyez notre adresse dans Telegram, Instagram, Facebook ou X, n’appuyez pas dessus. Ces applications ouvrent les liens dans leur propre navigateur intégré : il ne peut pas ouvrir les adresses .onion, il peut révéler l’adresse à votre réseau, et il permet à l’application de surveiller ce que vous faites sur la page.",
  "guide.links.copy":
    "Appuyez plutôt longuement sur l’adresse et choisissez « Copier ». Ouvrez Tor Browser ou Onion Browser, collez-la dans la barre d’adresse, et vérifiez qu’elle correspond exactement à notre adresse.",
  "guide.links.qr":
    "Il en va de même pour notre code QR : quand votre appareil photo propose d’ouvrir le lien, choisissez plutôt « Copier », et collez-le dans Tor Browser ou Onion Browser.",

  "kit.title": "Comment contacter {org} en toute sécurité",
  "kit.step1":
    "Procurez-vous Tor Browser (ordinateur, Android) ou Onion Browser (iPhone) auprès d’une source officielle.",
  "kit.step2":
    "Réglez le niveau le plus strict : « Le plus sûr » dans Tor Browser, « Or » dans Onion Browser.",
  "kit.step3": "Ouvrez notre adresse .onion : {address}",
  // review: quotes the landing page button (landing.start) so the source can find it
  "kit.step4":
    "Appuyez sur « Nous envoyer quelque chose pour la première fois » et notez le nom de code sur papier.",
  "kit.step5": "Revenez plus tard avec votre nom de code pour lire notre réponse.",
  "kit.address_label": "Notre adresse .onion",
  "kit.verify":
    "Vérifiez cette adresse en la comparant à notre déclaration signée. Empreinte de la clé : {fingerprint}",
  "kit.scan": "Scannez pour copier l’adresse",
  "kit.video_intro":
    "Vous savez quelque chose que {org} devrait savoir ? Voici comment nous le dire en toute sécurité, sans révéler qui vous êtes.",
  "kit.video_outro": "Nous lisons tout. Ne nous contactez jamais depuis un compte lié à vous.",
  "kit.inapp":
    "N’appuyez pas sur notre adresse dans Telegram, Instagram, Facebook ou X : copiez-la et collez-la dans Tor Browser.",
  "kit.blocked.title": "Tor est bloqué ?",
  // review: “Try a bridge” kept in English with a translation, as in guide.blocked.assist
  "kit.blocked":
    "Dans Tor Browser, appuyez sur « Try a bridge » (Essayer un pont), ou choisissez Snowflake, obfs4 ou meek dans ses paramètres de connexion.",
  "kit.blocked.ask":
    "Nouveaux ponts : Telegram {bridgesBot} · e-mail {bridgesEmail} (depuis Gmail ou Riseup uniquement)",
  "kit.get":
    "torproject.org est bloqué ? Telegram {gettorBot} · e-mail {gettorEmail} · {mirror1} · {mirror2}",
  "kit.phone":
    "Sur un téléphone : Tor Browser sur Android (« Le plus sûr »), Onion Browser sur iPhone (« Or »).",
  "kit.risk":
    "Avoir Tor peut être risqué dans certains endroits. Utilisez un appareil qui n’appartient qu’à vous, jamais un appareil professionnel.",
  // review: “Try a bridge” kept in English with a translation, as in guide.blocked.assist
  "kit.video_blocked":
    "Tor est bloqué ? Appuyez sur « Try a bridge » (Essayer un pont). Nouveaux ponts sur Telegram : {bridgesBot}",

  "error.back": "Revenir en arrière et réessayer",
  "error.code": "Code d’erreur : {code}",
  "error.not_found.title": "Page introuvable",
  "error.not_found.body":
    "Cette page n’existe pas. Vérifiez l’adresse, ou revenez à la page d’accueil.",
  "error.method_not_allowed.title": "Action non autorisée",
  "error.method_not_allowed.body":
    "Cette page ne peut pas être utilisée de cette façon. Revenez à la page d’accueil.",
  "error.unsupported_media_type.title": "Le formulaire n’a pas été envoyé correctement",
  "error.unsupported_media_type.body":
    "Votre navigateur a envoyé le formulaire dans un format que nous n’acceptons pas. Rechargez la page et réessayez.",
  "error.session_expired.title": "Votre session a pris fin",
  "error.session_expired.body":
    "Pour votre sécurité, les sessions se terminent au bout d’un certain temps. Rien de ce que vous avez envoyé auparavant n’est perdu. Reconnectez-vous avec votre nom de code, ou recommencez si vous n’en avez pas.",
  "error.csrf_invalid.title": "Ce formulaire a expiré",
  "error.csrf_invalid.body":
    "Le formulaire est resté ouvert trop longtemps ou provenait d’une autre page. Rien n’a été envoyé. Rechargez la page, puis envoyez à nouveau.",
  "error.codename_empty.title": "Saisissez votre nom de code",
  "error.codename_empty.body":
    "Le champ du nom de code était vide. Tapez les mots que vous avez notés.",
  "error.codename_too_long.title": "C’est trop long pour un nom de code",
  "error.codename_too_long.body":
    "Un nom de code compte douze mots. Vérifiez ce que vous avez tapé et réessayez.",
  "error.codename_mistyped.title": "Ce nom de code semble mal saisi",
  "error.codename_mistyped.body":
    "L’un des mots ne figure pas dans nos listes de mots, ou les mots ne sont pas dans le bon ordre. Comparez chacun des douze mots avec ce que vous avez noté.",
  "error.codename_unknown.title": "Nous ne connaissons pas ce nom de code",
  "error.codename_unknown.body":
    "Les mots sont valides, mais aucun envoi n’a jamais été fait avec ce nom de code. Si vous n’avez jamais terminé un envoi, recommencez pour obtenir un nouveau nom de code.",
  "error.too_many_attempts.title": "Trop de tentatives en ce moment",
  "error.too_many_attempts.body":
    "Nous recevons actuellement beaucoup de noms de code erronés, nous ralentissons donc. Attendez une minute, vérifiez votre nom de code, puis réessayez.",
  "error.codename_page_expired.title": "Cette page de nom de code a expiré",
  "error.codename_page_expired.body":
    "Pour votre sécurité, un nouveau nom de code doit être validé depuis sa page dans l’heure, dans le même navigateur. Rien n’a été enregistré. Obtenez un nouveau nom de code et continuez depuis sa page.",
  "error.too_many_new_sources.title": "Trop de nouvelles sources en ce moment",
  "error.too_many_new_sources.body":
    "Beaucoup de personnes commencent au même moment, nous ralentissons donc. Rien n’a été enregistré et le nom de code affiché n’a pas été utilisé. Attendez une minute, puis obtenez un nouveau nom de code.",
  "error.form_rejected.title": "Le formulaire n’a pas pu être accepté",
  "error.form_rejected.body":
    "Un champ que les personnes ne voient jamais a été rempli, comme le font les programmes automatiques. Rien n’a été enregistré. Si vous êtes bien une personne, rechargez la page et envoyez à nouveau.",
  "error.form_too_large.title": "Le formulaire était trop volumineux",
  "error.form_too_large.body":
    "Rien n’a été modifié. Revenez en arrière, rechargez la page et réessayez.",
  "error.empty_submission.title": "Rien à envoyer",
  "error.empty_submission.body":
    "Écrivez un message ou choisissez au moins un fichier, puis envoyez à nouveau.",
  "error.message_too_long.title": "Votre message est trop long",
  "error.message_too_long.body":
    "Un message peut compter jusqu’à {max, plural, one {# caractère} many {# de caractères} other {# caractères}}. Raccourcissez-le, ou mettez le texte dans un fichier et joignez-le. Rien n’a été envoyé.",
  "error.file_too_large.title": "Un fichier est trop volumineux",
  "error.file_too_large.body":
    "Chaque fichier peut faire jusqu’à {maxFile}. Découpez-le en parties plus petites ou envoyez-le en plusieurs fois. Rien n’a été envoyé.",
  "error.submission_too_large.title": "Trop de données à la fois",
  "error.submission_too_large.body":
    "Un envoi peut contenir jusqu’à {maxTotal} au total. Envoyez les fichiers en plusieurs fois. Rien n’a été envoyé.",
  "error.too_many_files.title": "Trop de fichiers",
  "error.too_many_files.body":
    "Un envoi peut contenir jusqu’à {maxFiles, plural, one {# fichier} many {# de fichiers} other {# fichiers}}. Regroupez-les dans une archive, ou envoyez-les en plusieurs fois. Rien n’a été envoyé.",
  "error.file_name_invalid.title": "Un nom de fichier n’est pas utilisable",
  "error.file_name_invalid.body":
    "Un nom de fichier doit compter de 1 à 255 caractères, sans barres obliques ni caractères de contrôle invisibles. Renommez le fichier et envoyez à nouveau. Rien n’a été envoyé.",
  "error.multipart_malformed.title": "L’envoi est arrivé endommagé",
  "error.multipart_malformed.body":
    "Ce qui nous est parvenu était incomplet ou n’avait pas la forme attendue. Rien n’a été enregistré. Rechargez la page et envoyez à nouveau.",
  "error.channel_unknown.title": "Choisissez qui doit recevoir cet envoi",
  "error.channel_unknown.body":
    "Choisissez l’un des destinataires de la liste et envoyez à nouveau. Rien n’a été envoyé.",
  "error.channel_not_ready.title": "Ce point de contact n’est pas prêt",
  "error.channel_not_ready.body":
    "Personne ne peut encore recevoir d’envois ici, donc rien n’a été enregistré. Veuillez réessayer plus tard.",
  "error.upload_aborted.title": "L’envoi a été interrompu",
  "error.upload_aborted.body":
    "La connexion s’est coupée avant que tout soit arrivé, donc rien n’a été enregistré. Envoyez à nouveau.",
  "error.storage_unavailable.title": "Veuillez réessayer plus tard",
  "error.storage_unavailable.body":
    "Le serveur ne peut pas enregistrer d’envois pour le moment. Rien de cette tentative n’a été conservé, et ce que vous avez envoyé auparavant n’est pas touché. Réessayez dans quelque temps.",
  "error.internal.title": "Un problème est survenu",
  "error.internal.body":
    "Le serveur a rencontré une erreur. Rien de cette tentative n’a été conservé. Veuillez réessayer plus tard.",
};
