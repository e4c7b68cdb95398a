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
    "Les autres navigateurs, même en navigation privée, peuvent révéler votre identité. Téléchargez Tor Browser sur torproject.org, réglez son niveau de sécurité sur « Le plus sûr » et ouvrez-y notre adresse .onion.",
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
    "Téléchargez Tor Browser uniquement depuis son site officiel, torproject.org. Une copie obtenue ailleurs peut avoir été modifiée pour vous espionner.",
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

  "kit.title": "Comment contacter {org} en toute sécurité",
  "kit.step1": "Procurez-vous Tor Browser sur torproject.org.",
  "kit.step2": "Dans Tor Browser, réglez le niveau de sécurité sur « Le plus sûr ».",
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
