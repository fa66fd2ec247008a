"""The questionnaire that ships with the app (issue 14): a Brazilian tattoo studio's anamnese and
consent, in Portuguese and English, until a manager publishes the studio's own.

The questions follow what studios ask before a tattoo and what health inspectors (vigilância
sanitária, after ANVISA's technical reference for tattoo services) expect to see: allergies,
medication (anticoagulants above all), conditions that change healing or bleeding, pregnancy,
recent alcohol or drugs, the last meal. Question ids are the same in both languages, so an
answer keeps its meaning whichever version was signed; alerts name the client's health field
they join (kronos_core.forms.alerts_of). The consent ends with a paragraph of its own consenting
to the health data (sensitive data, LGPD art. 11): signing records the client's
``health_data_consent`` (kronos_core/mutations/forms.py). Plain data: no database, no Qt.
"""

from __future__ import annotations

from typing import Final

from kronos_core.forms import Question, Template

LANGUAGES: Final = ("pt_BR", "en")

# (id, kind, required, alert field, pt_BR (text, details prompt, alert), en (text, details prompt, alert))
_Words = tuple[str, str, str]
_YES_NO: Final[tuple[tuple[str, str, _Words, _Words], ...]] = (
    (
        "allergy_latex", "allergies",
        ("Tem alergia a látex?", "", "Alergia a látex"),
        ("Are you allergic to latex?", "", "Latex allergy"),
    ),
    (
        "allergy_metals", "allergies",
        ("Tem alergia a metais (níquel, cromo, cobalto)?", "Quais?", "Alergia a metais"),
        ("Are you allergic to metals (nickel, chromium, cobalt)?", "Which?", "Metal allergy"),
    ),
    (
        "allergy_medicines", "allergies",
        ("Tem alergia a algum medicamento, anestésico ou pomada?", "Quais?", "Alergia a medicamentos"),
        ("Are you allergic to any medicine, anaesthetic or ointment?", "Which?", "Medicine allergy"),
    ),
    (
        "allergy_inks", "allergies",
        ("Já teve reação a tintas de tatuagem, maquiagem ou henna?", "Qual reação?", "Reação a tintas"),
        ("Have you ever reacted to tattoo inks, make-up or henna?", "What reaction?", "Ink reaction"),
    ),
    (
        "anticoagulants", "medication",
        ("Usa anticoagulante ou AAS (aspirina)?", "Qual e em que dose?", "Anticoagulante"),
        ("Do you take anticoagulants or aspirin?", "Which, and what dose?", "Anticoagulants"),
    ),
    (
        "medication", "medication",
        ("Usa algum outro medicamento contínuo (inclusive isotretinoína/Roacutan)?", "Quais?", "Medicamento contínuo"),
        ("Do you take any other regular medication (isotretinoin included)?", "Which?", "Regular medication"),
    ),
    (
        "pregnancy", "medical_alerts",
        ("Está grávida ou amamentando?", "", "Gravidez ou amamentação"),
        ("Are you pregnant or breastfeeding?", "", "Pregnancy or breastfeeding"),
    ),
    (
        "diabetes", "medical_alerts",
        ("Tem diabetes?", "Tipo e controle", "Diabetes"),
        ("Do you have diabetes?", "Type and control", "Diabetes"),
    ),
    (
        "hepatitis_hiv", "medical_alerts",
        ("Tem hepatite, HIV ou outra doença transmissível pelo sangue?", "", "Doença transmissível pelo sangue"),
        ("Do you have hepatitis, HIV or another blood-borne disease?", "", "Blood-borne disease"),
    ),
    (
        "heart_disease", "medical_alerts",
        ("Tem problema cardíaco ou pressão alta?", "Qual?", "Problema cardíaco ou pressão alta"),
        ("Do you have a heart condition or high blood pressure?", "Which?", "Heart condition or high blood pressure"),
    ),
    (
        "epilepsy", "medical_alerts",
        ("Tem epilepsia ou convulsões?", "", "Epilepsia"),
        ("Do you have epilepsy or seizures?", "", "Epilepsy"),
    ),
    (
        "clotting", "medical_alerts",
        ("Tem hemofilia ou outro problema de coagulação?", "", "Problema de coagulação"),
        ("Do you have haemophilia or another clotting disorder?", "", "Clotting disorder"),
    ),
    (
        "skin_condition", "medical_alerts",
        ("Tem doença de pele (psoríase, dermatite, vitiligo) no local da tatuagem?", "Qual?",
         "Doença de pele no local"),
        ("Do you have a skin condition (psoriasis, dermatitis, vitiligo) where the tattoo will be?", "Which?",
         "Skin condition at the site"),
    ),
    (
        "keloid", "medical_alerts",
        ("Tem tendência a queloide ou cicatrização difícil?", "", "Tendência a queloide"),
        ("Do you tend to form keloids or heal poorly?", "", "Keloid tendency"),
    ),
    (
        "alcohol_drugs", "medical_alerts",
        ("Consumiu bebida alcoólica ou drogas nas últimas 24 horas?", "", "Álcool ou drogas nas últimas 24 h"),
        ("Have you had alcohol or drugs in the last 24 hours?", "", "Alcohol or drugs in the last 24 h"),
    ),
    (
        "fainting", "medical_alerts",
        ("Já desmaiou ou passou mal em procedimentos com agulha?", "", "Histórico de desmaio"),
        ("Have you ever fainted or felt unwell during a procedure with needles?", "", "History of fainting"),
    ),
)  # fmt: skip

_TITLE: Final = {"pt_BR": "Anamnese e termo de consentimento", "en": "Health questionnaire and consent"}

_LAST_MEAL: Final = {"pt_BR": "Data da última refeição", "en": "Date of your last meal"}
_SLEPT: Final = {
    "pt_BR": ("Como você dormiu na última noite?", ("Bem", "Mais ou menos", "Mal")),
    "en": ("How did you sleep last night?", ("Well", "So-so", "Badly")),
}
_OTHER: Final = {
    "pt_BR": "Há algo mais sobre a sua saúde que o tatuador deva saber?",
    "en": "Is there anything else about your health the artist should know?",
}
_OTHER_ALERT: Final = {"pt_BR": "Outra informação de saúde", "en": "Other health information"}

_CONSENT: Final = {
    "pt_BR": (
        "Declaro que as informações acima são verdadeiras e completas, e que omitir ou falsear "
        "informações de saúde pode pôr em risco a minha saúde e o resultado do procedimento.\n\n"
        "Fui informado(a) de que a tatuagem é um procedimento invasivo e permanente, com riscos que "
        "incluem dor, sangramento, inchaço, infecção, reação alérgica às tintas (inclusive tardia), "
        "formação de queloide e alteração da cor ou do traço com o tempo, e de que a sua remoção é "
        "difícil, cara e pode deixar cicatriz.\n\n"
        "Recebi as orientações de cuidados após o procedimento: manter o local limpo e hidratado, "
        "não coçar nem arrancar as casquinhas, evitar sol, piscina, mar e sauna durante a "
        "cicatrização, e procurar um médico em caso de febre, pus, vermelhidão que se espalha ou "
        "qualquer reação fora do comum, avisando o estúdio.\n\n"
        "Confirmo que o desenho, o local e o tamanho foram combinados comigo, e autorizo a realização "
        "do procedimento.\n\n"
        "Consentimento para dados de saúde (LGPD, Lei 13.709/2018, art. 11): consinto, de forma "
        "específica, que o estúdio trate os meus dados de saúde (as respostas acima, alergias, "
        "doenças e medicamentos), que são dados pessoais sensíveis, somente para a segurança do "
        "procedimento e do meu atendimento, e que os guarde pelo prazo exigido pela vigilância "
        "sanitária. Posso pedir acesso a eles e retirar este consentimento para atendimentos futuros."
    ),
    "en": (
        "I declare that the information above is true and complete, and that leaving out or "
        "misstating health information can put my health and the result of the procedure at risk.\n\n"
        "I have been told that a tattoo is an invasive and permanent procedure, with risks that "
        "include pain, bleeding, swelling, infection, an allergic reaction to the inks (also a late "
        "one), keloid formation and changes in colour or line over time, and that removing it is "
        "difficult, expensive and may leave a scar.\n\n"
        "I have received the aftercare instructions: keep the area clean and moisturised, do not "
        "scratch or pick the scabs, avoid sun, pools, the sea and saunas while it heals, and see a "
        "doctor if there is fever, pus, spreading redness or any unusual reaction, telling the "
        "studio.\n\n"
        "I confirm that the design, placement and size were agreed with me, and I authorise the "
        "procedure.\n\n"
        "Consent to health data (LGPD, Law 13.709/2018, art. 11): I specifically consent to the "
        "studio processing my health data (the answers above, allergies, conditions and "
        "medication), which is sensitive personal data, only for the safety of the procedure and of "
        "my care, and keeping it for the period the health authorities require. I may ask to see it "
        "and withdraw this consent for future care."
    ),
}
_IMAGE_USE: Final = {
    "pt_BR": (
        "Autorizo, de forma gratuita, o uso de fotos e vídeos da tatuagem (sem o meu rosto, salvo "
        "se eu permitir) no portfólio do estúdio e nas suas redes sociais. Posso retirar esta "
        "autorização a qualquer momento, sem afetar o atendimento."
    ),
    "en": (
        "I authorise, free of charge, the use of photos and videos of the tattoo (without my face, "
        "unless I allow it) in the studio's portfolio and on its social media. I may withdraw this "
        "authorisation at any time, without any effect on my care."
    ),
}


def default_template(language: str) -> Template:
    """The questionnaire shipped with the app in ``language`` (``pt_BR`` or ``en``; any other
    gets Portuguese, the studio's language), not yet published: ``id`` None, ``number`` 0."""
    lang = language if language in LANGUAGES else "pt_BR"
    questions: list[Question] = []
    for question_id, field_name, pt, en in _YES_NO:
        text, details, alert = pt if lang == "pt_BR" else en
        questions.append(
            Question(
                id=question_id,
                kind="yes_no",
                text=text,
                required=True,
                details=details,
                alert_on=("yes",),
                alert=alert,
                alert_field=field_name,
            )
        )
    slept, choices = _SLEPT[lang]
    questions.append(Question(id="last_meal", kind="date", text=_LAST_MEAL[lang], required=False))
    questions.append(Question(id="sleep", kind="choice", text=slept, required=True, choices=choices))
    questions.append(
        Question(
            id="other_health",
            kind="text",
            text=_OTHER[lang],
            alert_on=("any",),
            alert=_OTHER_ALERT[lang],
            alert_field="medical_alerts",
        )
    )
    return Template(
        language=lang,
        title=_TITLE[lang],
        questions=tuple(questions),
        consent_text=_CONSENT[lang],
        image_use_text=_IMAGE_USE[lang],
        number=0,
        id=None,
    )
