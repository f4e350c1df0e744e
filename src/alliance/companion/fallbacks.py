"""What the companion says instead of a reply it may not give: written per language, never machine-translated.

Each text is plain and short, says what the companion cannot do and where the answer lies (the clinician, the
prescriber, the session), and keeps the client's library and crisis lines in view.
"""

from __future__ import annotations

from typing import Any

# Which fallback answers which failed output check.
FOR_CATEGORY = {
    "diagnosis": "diagnosis", "medication": "medication", "persona": "persona", "secrecy": "secrecy",
    "scope": "scope", "contact": "contact", "language": "retry", "risk": "retry", "empty": "retry",
}

TEXTS: dict[str, dict[str, str]] = {
    "diagnosis": {
        "en": "I can't say whether something is a condition or give it a name: that is for your clinician, who knows "
              "you. You could write your question down and bring it to your next session.",
        "es": "No puedo decir si algo es un trastorno ni ponerle nombre: eso le corresponde a tu terapeuta, que te "
              "conoce. Puedes apuntar tu pregunta y llevarla a tu próxima sesión.",
        "fr": "Je ne peux pas dire si quelque chose est un trouble ni lui donner un nom : c'est à votre thérapeute, "
              "qui vous connaît, d'en parler. Vous pouvez noter votre question et l'apporter à votre prochaine séance.",
        "de": "Ich kann nicht sagen, ob etwas eine Erkrankung ist, und ihr keinen Namen geben: Das gehört zu deiner "
              "Therapeutin oder deinem Therapeuten, die dich kennen. Schreib deine Frage auf und bring sie in die "
              "nächste Sitzung mit.",
        "pt": "Não posso dizer se algo é uma perturbação nem dar-lhe um nome: isso cabe ao seu terapeuta, que o "
              "conhece. Pode anotar a sua pergunta e levá-la à próxima sessão.",
        "it": "Non posso dire se qualcosa è un disturbo né dargli un nome: questo spetta al tuo terapeuta, che ti "
              "conosce. Puoi annotare la tua domanda e portarla alla prossima seduta.",
    },
    "medication": {
        "en": "I can't give advice about medicines or doses. Please ask the person who prescribes for you, or a "
              "pharmacist. If you have taken too much of something, call your emergency number now.",
        "es": "No puedo dar consejos sobre medicamentos ni dosis. Pregunta a quien te los receta o en la farmacia. "
              "Si has tomado demasiado de algo, llama ahora a tu número de emergencias.",
        "fr": "Je ne peux pas donner de conseils sur les médicaments ni sur les doses. Demandez à la personne qui "
              "vous les prescrit, ou à un pharmacien. Si vous avez pris trop d'un produit, appelez tout de suite "
              "le numéro d'urgence.",
        "de": "Zu Medikamenten und Dosierungen kann ich nichts raten. Frag bitte die Person, die sie dir "
              "verschreibt, oder in der Apotheke. Wenn du zu viel von etwas genommen hast, ruf jetzt den Notruf an.",
        "pt": "Não posso dar conselhos sobre medicamentos nem doses. Pergunte a quem os receita ou na farmácia. "
              "Se tomou demasiado de alguma coisa, ligue já para o número de emergência.",
        "it": "Non posso dare consigli su farmaci o dosi. Chiedi a chi te li prescrive o in farmacia. Se hai preso "
              "troppo di qualcosa, chiama subito il numero di emergenza.",
    },
    "persona": {
        "en": "I am an AI tool, not a person and not a therapist. Your clinician set me up to help you practise "
              "between sessions, and reads these conversations.",
        "es": "Soy una herramienta de inteligencia artificial, no una persona ni un terapeuta. Tu terapeuta me "
              "configuró para ayudarte a practicar entre sesiones, y lee estas conversaciones.",
        "fr": "Je suis un outil d'intelligence artificielle, pas une personne ni un thérapeute. Votre thérapeute "
              "m'a paramétré pour vous aider à pratiquer entre les séances, et lit ces conversations.",
        "de": "Ich bin ein KI-Werkzeug, kein Mensch und keine Therapeutin. Deine Therapeutin oder dein Therapeut hat "
              "mich eingerichtet, damit du zwischen den Sitzungen üben kannst, und liest diese Gespräche.",
        "pt": "Sou uma ferramenta de inteligência artificial, não uma pessoa nem um terapeuta. O seu terapeuta "
              "configurou-me para o ajudar a praticar entre sessões e lê estas conversas.",
        "it": "Sono uno strumento di intelligenza artificiale, non una persona né un terapeuta. Il tuo terapeuta mi "
              "ha impostato per aiutarti a esercitarti tra le sedute, e legge queste conversazioni.",
    },
    "secrecy": {
        "en": "I can't keep anything from your clinician: they can read this conversation. If there is something "
              "you would rather say in person, you can bring it to your next session.",
        "es": "No puedo ocultarle nada a tu terapeuta: puede leer esta conversación. Si hay algo que prefieres decir "
              "en persona, puedes llevarlo a tu próxima sesión.",
        "fr": "Je ne peux rien cacher à votre thérapeute : il ou elle peut lire cette conversation. S'il y a quelque "
              "chose que vous préférez dire de vive voix, vous pouvez l'apporter à votre prochaine séance.",
        "de": "Ich kann nichts vor deiner Therapeutin oder deinem Therapeuten geheim halten: Sie können dieses "
              "Gespräch lesen. Wenn du etwas lieber persönlich sagen möchtest, bring es in die nächste Sitzung mit.",
        "pt": "Não posso esconder nada do seu terapeuta: ele pode ler esta conversa. Se há algo que prefere dizer "
              "pessoalmente, pode levá-lo à próxima sessão.",
        "it": "Non posso nascondere nulla al tuo terapeuta: può leggere questa conversazione. Se c'è qualcosa che "
              "preferisci dire di persona, puoi portarlo alla prossima seduta.",
    },
    "scope": {
        "en": "That is something to talk about with your clinician in your next session. Here I can help with the "
              "reading and skills your clinician chose for you.",
        "es": "Eso es algo para hablar con tu terapeuta en tu próxima sesión. Aquí puedo ayudarte con las lecturas y "
              "las habilidades que tu terapeuta eligió para ti.",
        "fr": "C'est un sujet à aborder avec votre thérapeute lors de votre prochaine séance. Ici, je peux vous aider "
              "avec les lectures et les exercices que votre thérapeute a choisis pour vous.",
        "de": "Darüber sprichst du am besten in deiner nächsten Sitzung mit deiner Therapeutin oder deinem "
              "Therapeuten. Hier helfe ich dir mit dem Lesestoff und den Übungen, die für dich ausgewählt wurden.",
        "pt": "Isso é algo para falar com o seu terapeuta na próxima sessão. Aqui posso ajudar com as leituras e as "
              "competências que o seu terapeuta escolheu para si.",
        "it": "Questo è un tema da affrontare con il tuo terapeuta nella prossima seduta. Qui posso aiutarti con le "
              "letture e gli esercizi che il tuo terapeuta ha scelto per te.",
    },
    "contact": {
        "en": "For phone numbers and services, please use the crisis lines and your safety plan linked on this page: "
              "your practice keeps them up to date for your country.",
        "es": "Para teléfonos y servicios, usa las líneas de crisis y tu plan de seguridad enlazados en esta página: "
              "tu consulta los mantiene al día para tu país.",
        "fr": "Pour les numéros de téléphone et les services, utilisez les lignes d'écoute et votre plan de sécurité "
              "indiqués sur cette page : votre cabinet les tient à jour pour votre pays.",
        "de": "Für Telefonnummern und Dienste nutze bitte die Krisentelefone und deinen Sicherheitsplan auf dieser "
              "Seite: Deine Praxis hält sie für dein Land aktuell.",
        "pt": "Para números de telefone e serviços, use as linhas de crise e o seu plano de segurança indicados nesta "
              "página: o seu consultório mantém-nos atualizados para o seu país.",
        "it": "Per numeri di telefono e servizi, usa le linee di crisi e il tuo piano di sicurezza indicati in questa "
              "pagina: il tuo studio li tiene aggiornati per il tuo paese.",
    },
    "retry": {
        "en": "Sorry, I could not give you a good answer just now. You could try saying it another way, or open "
              "something from your library.",
        "es": "Lo siento, ahora mismo no he podido darte una buena respuesta. Puedes intentar decirlo de otra manera "
              "o abrir algo de tu biblioteca.",
        "fr": "Désolé, je n'ai pas pu vous donner une bonne réponse pour l'instant. Vous pouvez essayer de le dire "
              "autrement, ou ouvrir quelque chose dans votre bibliothèque.",
        "de": "Entschuldige, ich konnte dir gerade keine gute Antwort geben. Versuch es anders zu formulieren oder "
              "öffne etwas aus deiner Bibliothek.",
        "pt": "Desculpe, agora não consegui dar-lhe uma boa resposta. Pode tentar dizê-lo de outra forma ou abrir "
              "algo da sua biblioteca.",
        "it": "Mi dispiace, in questo momento non sono riuscito a darti una buona risposta. Puoi provare a dirlo in "
              "un altro modo, o aprire qualcosa dalla tua biblioteca.",
    },
    "unavailable": {
        "en": "The companion cannot answer right now. Your library and exercises are still here, and if you need "
              "help now, the crisis lines on this page are there for you.",
        "es": "El acompañante no puede responder ahora. Tu biblioteca y tus ejercicios siguen aquí y, si necesitas "
              "ayuda ahora, tienes las líneas de crisis en esta página.",
        "fr": "Le compagnon ne peut pas répondre pour le moment. Votre bibliothèque et vos exercices sont toujours "
              "là et, si vous avez besoin d'aide maintenant, les lignes d'écoute sont sur cette page.",
        "de": "Der Begleiter kann gerade nicht antworten. Deine Bibliothek und deine Übungen sind weiter da, und "
              "wenn du jetzt Hilfe brauchst, findest du die Krisentelefone auf dieser Seite.",
        "pt": "O acompanhante não pode responder agora. A sua biblioteca e os seus exercícios continuam aqui e, se "
              "precisar de ajuda já, as linhas de crise estão nesta página.",
        "it": "Il compagno non può rispondere adesso. La tua biblioteca e i tuoi esercizi sono ancora qui e, se hai "
              "bisogno di aiuto ora, trovi le linee di crisi in questa pagina.",
    },
    "paused": {
        "en": "The companion is paused until your clinician has read your last messages. Your message is saved for "
              "them. Your library, exercises, safety plan and the crisis lines are still here.",
        "es": "El acompañante está en pausa hasta que tu terapeuta lea tus últimos mensajes. Tu mensaje queda "
              "guardado para tu terapeuta. Tu biblioteca, tus ejercicios, tu plan de seguridad y las líneas de "
              "crisis siguen aquí.",
        "fr": "Le compagnon est en pause jusqu'à ce que votre thérapeute ait lu vos derniers messages. Votre message "
              "est enregistré pour lui ou elle. Votre bibliothèque, vos exercices, votre plan de sécurité et les "
              "lignes d'écoute sont toujours là.",
        "de": "Der Begleiter ist pausiert, bis deine Therapeutin oder dein Therapeut deine letzten Nachrichten "
              "gelesen hat. Deine Nachricht ist für sie gespeichert. Bibliothek, Übungen, Sicherheitsplan und "
              "Krisentelefone sind weiter da.",
        "pt": "O acompanhante está em pausa até o seu terapeuta ler as suas últimas mensagens. A sua mensagem fica "
              "guardada para ele. A sua biblioteca, os exercícios, o plano de segurança e as linhas de crise "
              "continuam aqui.",
        "it": "Il compagno è in pausa finché il tuo terapeuta non avrà letto i tuoi ultimi messaggi. Il tuo "
              "messaggio è salvato per lui o lei. La tua biblioteca, gli esercizi, il piano di sicurezza e le linee "
              "di crisi sono ancora qui.",
    },
}


def text(key: str, lang: str) -> str:
    """The fallback `key` in the language (English where the language is not one of the six)."""
    texts = TEXTS[key]
    return texts.get(lang) or texts["en"]


def for_category(category: str, lang: str) -> tuple[str, str]:
    """(the fallback's key, its text) for a failed output check."""
    key = FOR_CATEGORY.get(category, "retry")
    return key, text(key, lang)


# The crisis response's opening words in the client's language (the safety service writes them in English); the
# safety plan, emergency numbers and crisis lines below them come from the curated resources unchanged.
CRISIS: dict[str, dict[str, str]] = {
    "lead": {
        "en": "It sounds like you may be in danger right now. Please contact emergency services or a crisis line "
              "now. Your clinician has been told.",
        "es": "Parece que ahora mismo podrías estar en peligro. Por favor, llama ya a emergencias o a una línea de "
              "crisis. Tu terapeuta ya ha sido avisado.",
        "fr": "Il semble que vous soyez peut-être en danger en ce moment. Contactez maintenant les urgences ou une "
              "ligne d'écoute. Votre thérapeute a été prévenu.",
        "de": "Es klingt, als könntest du gerade in Gefahr sein. Bitte ruf jetzt den Notruf oder ein Krisentelefon "
              "an. Deine Therapeutin oder dein Therapeut ist informiert.",
        "pt": "Parece que pode estar em perigo neste momento. Por favor, contacte já os serviços de emergência ou "
              "uma linha de crise. O seu terapeuta já foi avisado.",
        "it": "Sembra che tu possa essere in pericolo in questo momento. Contatta subito i servizi di emergenza o "
              "una linea di crisi. Il tuo terapeuta è stato avvisato.",
    },
    "support": {
        "en": "Thank you for telling us. You don't have to go through this alone. Your clinician has been told and "
              "will follow up. Here are people you can reach right now.",
        "es": "Gracias por contárnoslo. No tienes que pasar por esto a solas. Tu terapeuta ya ha sido avisado y se "
              "pondrá en contacto contigo. Aquí tienes a quién puedes llamar ahora mismo.",
        "fr": "Merci de nous l'avoir dit. Vous n'avez pas à traverser cela seul. Votre thérapeute a été prévenu et "
              "reviendra vers vous. Voici qui vous pouvez joindre dès maintenant.",
        "de": "Danke, dass du es uns sagst. Du musst da nicht allein durch. Deine Therapeutin oder dein Therapeut "
              "ist informiert und meldet sich. Hier erreichst du jetzt sofort jemanden.",
        "pt": "Obrigado por nos contar. Não tem de passar por isto sozinho. O seu terapeuta já foi avisado e vai "
              "contactá-lo. Aqui estão pessoas com quem pode falar agora mesmo.",
        "it": "Grazie di avercelo detto. Non devi affrontarlo da solo. Il tuo terapeuta è stato avvisato e ti "
              "ricontatterà. Ecco chi puoi raggiungere subito.",
    },
    "support_plan": {
        "en": "Thank you for telling us. You don't have to go through this alone. Your clinician has been told and "
              "will follow up. Here is your safety plan and people you can reach right now.",
        "es": "Gracias por contárnoslo. No tienes que pasar por esto a solas. Tu terapeuta ya ha sido avisado y se "
              "pondrá en contacto contigo. Aquí tienes tu plan de seguridad y a quién puedes llamar ahora mismo.",
        "fr": "Merci de nous l'avoir dit. Vous n'avez pas à traverser cela seul. Votre thérapeute a été prévenu et "
              "reviendra vers vous. Voici votre plan de sécurité et qui vous pouvez joindre dès maintenant.",
        "de": "Danke, dass du es uns sagst. Du musst da nicht allein durch. Deine Therapeutin oder dein Therapeut "
              "ist informiert und meldet sich. Hier sind dein Sicherheitsplan und Menschen, die du jetzt erreichst.",
        "pt": "Obrigado por nos contar. Não tem de passar por isto sozinho. O seu terapeuta já foi avisado e vai "
              "contactá-lo. Aqui está o seu plano de segurança e pessoas com quem pode falar agora mesmo.",
        "it": "Grazie di avercelo detto. Non devi affrontarlo da solo. Il tuo terapeuta è stato avvisato e ti "
              "ricontatterà. Ecco il tuo piano di sicurezza e chi puoi raggiungere subito.",
    },
}


def crisis_message(crisis: Any, lang: str) -> Any:
    """The crisis response with its opening words in the client's language (everything else unchanged)."""
    key = "lead" if crisis.lead_with_emergency else ("support_plan" if crisis.safety_plan else "support")
    return crisis.model_copy(update={"message": CRISIS[key].get(lang) or CRISIS[key]["en"]})
