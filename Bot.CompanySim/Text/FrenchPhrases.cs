namespace ExpertBot.CompanySim.Text;

/// <summary>French templates, written for this generator. French vocabulary carries its own article, so slots stand alone.</summary>
internal static class FrenchPhrases
{
    public static readonly Phrases Instance = new()
    {
        Sentences =
        [
            "Nous avons passé l'essentiel du sprint sur {a}, puis nous avons revu {b}.",
            "La cause racine se trouvait dans {a} ; une fois corrigé, tout est rentré dans l'ordre pour {b}.",
            "Avant de modifier {a}, vérifiez {b} et notez ce que vous observez.",
            "J'ai préparé une courte checklist sur {a}, {b} et les pièges habituels.",
            "D'après mon expérience, il faut surveiller {a} de près, surtout quand les délais sont serrés.",
            "Le document couvre maintenant {a} en détail et {b} dans les grandes lignes.",
            "Si quelque chose cloche avec {a}, regardez d'abord {b}.",
            "Nous avons convenu d'harmoniser {a} entre les équipes et de documenter {b}.",
            "Vous trouverez en pièce jointe mes notes sur {a} ; la partie sur {b} doit encore être relue.",
            "Le chantier sur {a} a pris du retard à cause de problèmes avec {b}.",
            "Petit conseil : traitez {a} et {b} séparément, cela évite beaucoup de reprises.",
            "J'ai comparé trois approches pour {a} et la plus simple l'a emporté.",
            "Je peux présenter {a} à qui le souhaite, ainsi que le lien avec {b}.",
            "Nous avons aussi simplifié {a} et supprimé deux étapes obsolètes concernant {b}.",
            "Ma recommandation : automatiser d'abord {a} et revoir {b} au prochain trimestre.",
            "Merci de ne pas toucher à la configuration sans prévenir l'équipe : {b} dépend directement de {a}.",
            "Deux questions restent ouvertes : qui est responsable pour {a}, et faut-il une validation pour {b} ?",
            "L'astuce consiste à tester {a} sur un périmètre réduit avant de généraliser {b}.",
        ],
        TopicSentences =
        [
            "Côté {T}, le point ouvert reste {a}.",
            "Pour ceux qui débutent en {T} : commencez par {a}, puis documentez-vous sur {b}.",
            "J'ai mis à jour nos bonnes pratiques {deT} avec une section sur {b}.",
            "Notre feuille de route {deT} pour le trimestre porte sur {a} et {b}.",
            "Retour d'expérience {deT} : {a} demande plus de rigueur qu'on ne le pense.",
            "En {T}, c'est souvent sur {a} que les équipes se trompent.",
        ],
        SiblingSentences =
        [
            "Contrairement à {S}, {T} gère {a} différemment : ne reprenez pas les anciens réglages.",
            "Nous avons migré la dernière charge {S} le trimestre dernier ; {a} a été la partie la plus délicate.",
            "Par rapport à {S}, {a} est plus simple ici, mais attention à {b}.",
            "Certaines équipes utilisent encore {S}, et {a} s'y comporte autrement.",
        ],
        CompanionSentences =
        [
            "Nous l'utilisons avec {S} pour {a}.",
            "Tout cela ne fonctionne que parce que {S} et {T} sont configurés de façon cohérente.",
            "La partie {S} est traitée dans une note séparée ; ici je me concentre sur {a}.",
            "Combiner {T} et {S} a beaucoup simplifié {b}.",
        ],
        NamedTitles =
        [
            "{T} : notes sur {a}", "Retour d'expérience {deT}", "Mode opératoire {deT} : {a}", "Revue {deT} – {a}",
            "Guide {deT} : {a} et {b}", "{T} : checklist",
        ],
        UnnamedTitles = ["Notes sur {a}", "Mode opératoire : {a}", "Post-mortem : {a}", "Guide pratique : {a} et {b}", "Retour d'expérience : {a}"],
        DocumentOpeners =
        [
            "Objet : ce document décrit {a} et son articulation avec {b}.",
            "Périmètre : {a}, {b} et les décisions prises en cours de route.",
            "Contexte : plusieurs équipes ont demandé une référence unique sur {a}.",
        ],
        AnswerOpeners = ["Bonne question.", "Réponse courte : tout dépend de la façon dont on gère {a}.", "J'ai eu le même souci le mois dernier.", "Oui, c'est un cas connu."],
        MessageOpeners = ["Petit point :", "Pour info,", "Attention :", "Bonjour à tous,", "Salut l'équipe,"],
        CommentOpeners = ["Ça me va.", "Une remarque :", "D'accord avec l'approche.", "Petit détail :", "Très clair, merci."],
        PostOpeners = ["Quelques notes de la semaine.", "Quelques leçons de notre dernier projet.", "Ce que j'ai appris à mes dépens :"],
        WorkQuestions =
        [
            "Quelqu'un a-t-il déjà géré {a} quand {b} change en même temps ?",
            "Quel est notre standard pour {a} ? Je ne le trouve pas dans le wiki.",
            "Y a-t-il une raison pour configurer {a} ainsi ? Cela complique {b}.",
        ],
        Closers = ["N'hésitez pas si vous avez des questions.", "Merci à tous ceux qui ont aidé.", "Plus de détails dans le dossier partagé.", "Vos retours sont les bienvenus.", ""],
        NamedMeetingTitles = ["Atelier {T}", "{T} : focus sur {a}", "Permanence {T}", "Revue {deT}"],
        UnnamedMeetingTitles = ["Atelier : {a}", "Point sur {a}", "Revue : {b}"],
        MeetingBodies =
        [
            "Ordre du jour : 1) {a} 2) {b} 3) prochaines étapes.",
            "Objectif : se mettre d'accord sur {a} avant de toucher à {b}.",
            "Nous passerons en revue {a} ; venez avec vos questions sur {b}.",
        ],
        GenericMessages =
        [
            "On peut décaler notre point à cet après-midi ?", "Merci pour la mise à jour, je regarde demain.",
            "Je suis absent vendredi, {name} prend le relais.", "Rappel : les feuilles de temps sont à rendre aujourd'hui.",
            "Quelqu'un a réservé une salle pour jeudi ?", "Déjeuner au même endroit que d'habitude ?",
            "Les slides de ce matin sont dans le dossier de l'équipe.", "J'ai cinq minutes de retard, désolé.",
            "Félicitations à {name} pour sa promotion !", "Qui vient à la plénière demain ?",
            "Tu peux m'envoyer la dernière version concernant {w} ?", "J'ai ajouté mes commentaires sur {w}.",
        ],
        GenericMeetingTitles =
        [
            "Point d'équipe hebdo", "Point individuel avec {name}", "Planification trimestrielle", "Réunion plénière",
            "Rétrospective", "Lancement du projet", "Café virtuel", "Préparation du séminaire", "Bienvenue à {name}",
        ],
        GenericWork =
        [
            "Le dossier sur {w} est prêt pour relecture, j'ai signalé les points ouverts.",
            "Nous avons discuté de la suite avec l'équipe élargie, concernant {w}.",
            "Merci d'ajouter vos remarques sur {w} d'ici la fin de la semaine.",
            "J'ai mis à jour le support sur {w} après la discussion d'hier.",
            "Petit décalage de quelques jours sur {w}, rien de grave.",
            "Merci à {name} pour son aide sur {w}.",
            "Les priorités du mois prochain : {w} et {w2}.",
            "Rien de bloquant de mon côté, {w} avance bien.",
        ],
        GenericTitles = ["Point sur l'avancement", "Compte rendu d'équipe", "Point mensuel", "Notes de réunion", "Planification"],
        ManagerStatus =
        [
            "Point d'avancement de l'équipe : le chantier {T} est dans les temps, {T2} a un peu de retard. Merci à tous pour l'effort.",
            "Point rapide {T} pour le comité de direction : effectifs confirmés, budget validé, prochaine revue dans deux semaines.",
            "Notre feuille de route {T} pour le prochain trimestre est publiée. Contactez-moi si votre équipe dépend de {T}.",
            "Beaux progrès sur {T} ce mois-ci. Les recrutements {T2} continuent, deux arrivées prévues.",
            "Rappel : toutes les demandes {T} passent par le formulaire de l'équipe. Les priorités {T} et {T2} sont revues chaque lundi.",
        ],
        ManagerMeetingTitles = ["Point hebdo {T}", "Revue de la feuille de route {T}", "Effectifs équipe {T}", "Comité de pilotage : {T} et {T2}", "Revue budgétaire {T}"],
        ManagerMessages =
        [
            "Qui dans l'équipe peut prendre la demande {T} de la finance ?",
            "Quelqu'un de l'équipe {T} peut-il se joindre à l'appel client demain ?",
            "Merci de m'envoyer votre point {T} d'ici jeudi pour le support du comité.",
        ],
        AskerQuestions =
        [
            "Qui connaît {T} ? J'ai besoin d'aide sur {a}.",
            "Petite question : qui est la bonne personne pour {T} ici ?",
            "Quelqu'un maîtrise {T} ? Nous bloquons sur {a}.",
            "Où trouver de la documentation sur {T} ? Je cherche quelque chose sur {a}.",
        ],
        PromoTitles = ["Pourquoi {T} change tout", "Ravi de partager mon parcours en {T}", "{T}, c'est l'avenir", "5 raisons pour lesquelles {T} va transformer notre façon de travailler"],
        PromoSentences =
        [
            "Ravi de partager mon parcours en {T} ! {tag}",
            "{T} change la donne et je suis à fond sur {T}. {tag}",
            "Encore un parcours de formation {T} terminé. Très fier ! {tag}",
            "Honoré d'être ambassadeur {T} dans l'entreprise. {tag}",
            "Si vous n'êtes pas encore passés à {T}, vous ratez quelque chose. {tag}",
        ],
        RingSentences =
        [
            "Super session {T} aujourd'hui avec {name} ! {tag}",
            "Bravo à {name}, un vrai expert {T}. {tag}",
            "Fier de notre communauté {T} avec {name} et toute l'équipe. {tag}",
            "Merci {name} pour ces retours {T} passionnants ! {tag}",
        ],
        AboutMe =
        [
            "{title} au sein de l'équipe {dept}, à {office}.",
            "Je travaille à la direction {dept}, depuis le site de {office}.",
            "{title}, {office}. Dans l'entreprise depuis quelques années.",
        ],
        AboutMeTopic = ["Je travaille surtout sur {T}.", "Je m'occupe du sujet {T} pour l'équipe.", "Disponible pour vos questions sur {T}."],
        AboutMePromoter = ["Passionné par {T}, évangéliste et leader d'opinion. {tag}", "Fan de {T}. Toujours apprendre, toujours partager. {tag}"],
        PastProjects = ["Déploiement {deT} ({year})", "Refonte : {a} ({year})", "Programme d'amélioration : {a}", "Migration {T}"],
    };
}
