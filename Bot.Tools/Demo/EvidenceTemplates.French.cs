namespace ExpertBot.Demo;

internal static partial class EvidenceTemplates
{
    // French sentences avoid putting the topic where it would need an article ("en {t}", "côté {t}"):
    // aliases and acronyms do not carry their gender with them.
    public static LanguageTemplates French { get; } = new()
    {
        And = "et",
        DocumentTitles =
        [
            "Note : {t} – points d'attention pour {yr}", "Retour d'expérience : {x}", "Guide pratique {t} : {x}", "Fiche réflexe – {x}",
            "Proposition : {x} en {yr}", "Feuille de route {t} T{q} {yr}", "FAQ {t} pour l'équipe {d}",
        ],
        TechDocumentTitles = ["Runbook : {x} sur {t}", "Post-mortem : incident sur {x}", "ADR-{n} : {x}", "Procédure de montée de version – {x}"],
        LawDocumentTitles = ["Note juridique : {x}", "Modèle de clause – {x}", "Mémo aux managers : {x}", "{t} : ce qui change pour {x}"],
        BusinessDocumentTitles = ["Rapport mensuel {t} – {x}", "Cartographie du processus : {x}", "Commentaire du reporting : {x}", "Revue {t} – {x} à {o}"],
        Openings =
        [
            "Cette note résume nos décisions sur {x}.", "Contexte : le sujet {x} est revenu lors de la dernière revue.",
            "Suite à l'atelier de {o}, voici le plan pour {x}.",
            "Je mets cela par écrit pour ne pas redécouvrir {x} à chaque fois.", "La version courte d'abord, le détail ensuite.",
        ],
        Bodies =
        [
            "Elle détaille, en matière de {t}, les compromis observés sur {y}.",
            "Point clé côté {t} : rester cohérent sur {y}.",
            "Nous avons comparé deux approches pour {x} (sujet : {t}) et recommandons la plus simple.",
            "La plupart des difficultés en {t} venaient de {y} ; la check-list commence donc par là.",
            "Côté {t}, {x} ne demande plus d'étape manuelle ; prochaine étape : {y}.",
        ],
        Closings = ["Vos remarques sont bienvenues avant vendredi.", "N'hésitez pas à me solliciter si besoin.", "Prochaine revue prévue au T{q}.", "Merci {p} pour la relecture attentive.", ""],
        PostTitles = ["Partage : nos notes sur {x} ({t})", "Ce que nous avons appris sur {x}", "Astuce {t} de la semaine : {x}", "Cinq idées reçues en {t}"],
        PostTexts =
        [
            "Je partage ce que l'équipe {d} a appris sur {x}. En résumé, en {t} : traitez d'abord {y}. Vos retours sont bienvenus !",
            "Plusieurs d'entre vous m'ont interrogé sur {x}. Notre synthèse {t} est dans le dossier d'équipe ; la partie sur {y} est à lire en priorité.",
            "{t} en pratique : {n} semaines sur {x}, et ça valait le coup. Je peux présenter {y} à qui veut.",
        ],
        AnswerTitles = ["Re : {x} ?", "Re : question sur {y}", "Réponse : {x} en {t}"],
        AnswerTexts =
        [
            "Pour {x} en {t}, commencez par {y} ; nous l'avons fait au trimestre dernier et ça tient.",
            "Réponse courte : oui. En {t}, le piège classique est {y}, à vérifier en premier.",
            "Je déconseille de toucher à {x} directement ; notre guide {t} le couvre, section {n}.",
            "Même souci à {o}. La solution côté {t} a été {y} ; je peux vous aider.",
        ],
        MessageTexts =
        [
            "Petit point sur {x} : c'est validé côté {t}, on avance demain matin.",
            "Attention : {x} demande un arbitrage cette semaine, j'ai mis les options ({t}) dans le document.",
            "Fini pour {x}. Prochaine étape en {t} : {y}.",
            "{p}, j'ai relu {x} ; deux remarques sur {y}, sinon c'est bon côté {t}.",
        ],
        QuestionTitles = ["Question : {x}", "Besoin d'aide sur {y}"],
        QuestionTexts =
        [
            "Quelqu'un a-t-il déjà traité {x} en {t} ? Nous bloquons sur {y}.",
            "Quelle est notre règle pour {y} ? C'est pour un changement côté {t}.",
        ],
        MeetingTitles = ["Revue de conception : {x} ({t})", "Groupe de travail {t} – {x}", "Atelier : {x} ({t})"],
        MeetingTexts = ["Ordre du jour : {x}, questions ouvertes sur {y}.", "Présentation de {x} ; décisions attendues sur {y}."],
        ManagerMeetingTitles = ["Comité de pilotage : {l}", "Point hebdo {d} : {l}", "Revue trimestrielle – {l}", "Réunion de direction {d} : {l}"],
        ManagerMeetingTexts = ["Tour de table des chantiers ; décisions et responsables dans le compte rendu.", "Priorités du T{q}, effectifs et risques."],
        PrivateTopicTitles = ["Brouillon confidentiel : {x} – options", "Confidentiel : scénarios de réorganisation ({t})"],
        PrivateTopicTexts = ["Diffusion restreinte. Options {t} pour {x}, avec l'impact humain de chacune."],
        PrivateTitles = ["Revue salariale – confidentiel", "Entretien annuel – notes ({p})", "Personnel : rendez-vous médical", "Grilles de rémunération {yr} (confidentiel)"],
        PrivateTexts = ["Confidentiel – ne pas transférer.", "Note personnelle, à ne pas partager."],
        FillerTitles =
        [
            "Séminaire d'équipe – infos pratiques", "Compte rendu de la plénière", "Point objectifs T{q}", "Notes de frais avant vendredi",
            "Bienvenue aux nouveaux arrivants", "Planning des congés d'été", "Réservation des bureaux à {o}", "Avis sur le nouvel intranet",
            "Déjeuner-conférence jeudi prochain", "Compte rendu : réunion d'équipe {d}", "Pot de départ de {p}", "Badges d'accès et parking",
        ],
        FillerTexts =
        [
            "Rappel : merci d'envoyer vos notes de frais avant vendredi.", "Merci à tous pour cette séance, les supports sont dans le dossier d'équipe.",
            "Je serai absent la semaine prochaine ; {p} assure le relais.", "L'ordre du jour et la salle pour la rencontre à {o} sont en pièce jointe.",
            "Quelqu'un a le lien vers l'organigramme à jour ?", "Bravo à l'équipe {d} pour ce trimestre !",
            "Merci de mettre à jour vos disponibilités dans le calendrier partagé.", "Le bureau de {o} sera fermé lundi pour maintenance.",
        ],
        ViralTitles = ["Ce qui a changé ma vision de {t}", "Avis à contre-courant sur {t}"],
        ViralTexts = ["Trois choses que j'aurais aimé savoir sur {x}. (Repris d'une conférence – merci pour tous les partages !)"],
        PromotionTitles = ["Ravi de partager ma vision de {t} !"],
        PromotionTexts = ["Fier d'être reconnu comme référent. Échangeons !"],
        ClaimAboutMe =
        [
            "{j} passionné·e. Expertise reconnue en {l}. Certifié·e, opérationnel·le et toujours partant·e pour aider.",
            "Référent·e en {l}. J'accompagne les équipes dans leur transformation.",
        ],
        WorkAboutMe = ["Je travaille sur {l} au sein de l'équipe {d}.", "{j} à {o}. Surtout {l} en ce moment."],
        ManagerResponsibility = "Pilotage de l'équipe {d} ({o}) : {l}",
        ClaimedPastProject = "Pilotage de la transformation {t} à l'échelle du groupe",
        GenericSkills = ["Gestion des parties prenantes", "Prise de parole", "Excel", "Agilité", "Négociation", "Accompagnement"],
    };
}
