<#import "common.ftl" as c>
<#-- Volledig voorgelezen wanneer de beller deze optie in het keuzemenu kiest (art. 13 lid 1 en 2); één zin per regel. -->
U luistert naar de volledige informatie over hoe ${controller.companyName} uw persoonsgegevens gebruikt als u ons belt.
Verwerkingsverantwoordelijke is ${controller.companyName}, ${controller.address}.
<#if controller.dpoName??>U kunt onze functionaris voor gegevensbescherming, ${controller.dpoName}, bereiken via ${controller.dataProtectionContact}.<#else>Met vragen over gegevensbescherming kunt u terecht bij ${controller.dataProtectionContact}.</#if>
Wat u ons in het gesprek vertelt, uw telefoonnummer en het tijdstip van de oproep gebruiken wij om uw vraag af te handelen.
De rechtsgrond is de uitvoering van een overeenkomst of stappen daarvoor (art. 6 lid 1 onder b AVG) en, bij andere vragen, ons gerechtvaardigd belang om onze klanten te antwoorden (art. 6 lid 1 onder f AVG).
Vraagt u naar uw persoonsgegevens of oefent u uw rechten uit, dan handelen wij dat verzoek af omdat de AVG ons daartoe verplicht (<@c.requestBasis/>).
Valt uw gesprek weg nadat een van onze medewerkers het heeft aangenomen, dan kunnen wij u één keer terugbellen op het nummer waarmee u belt, alleen om dat gesprek af te maken (art. 6 lid 1 onder f AVG).
<#if recordingBasis == "CONSENT">Wij nemen een gesprek alleen op als u aan het begin van de oproep toestemming hebt gegeven (art. 6 lid 1 onder a AVG); u kunt uw toestemming altijd intrekken.<#else>Wij nemen gesprekken op op grond van ons gerechtvaardigd belang (art. 6 lid 1 onder f AVG); u kunt daartegen bezwaar maken.</#if>
Onze IT- en telefoniedienstverleners verwerken de gegevens namens ons en volgens onze instructies.
Wij bewaren de gegevens van het gesprek zolang wij die nodig hebben voor uw vraag, en daarna alleen zolang de wet dat voorschrijft of zolang dat nodig is om ons tegen vorderingen te verweren; de termijnen staan in onze privacyverklaring.
Wij nemen geen besluiten over u die uitsluitend op geautomatiseerde verwerking berusten.
U hebt recht op inzage, rectificatie, wissing en beperking van de verwerking, op overdraagbaarheid van uw gegevens en op bezwaar tegen verwerking die op ons gerechtvaardigd belang berust.
U kunt een klacht indienen bij een toezichthoudende autoriteit, met name in de lidstaat waar u woont of werkt of waar de vermeende inbreuk plaatsvond; de voor ons bevoegde autoriteit is ${controller.supervisoryAuthority.name}.
Het verstrekken van uw gegevens is vrijwillig, maar zonder die gegevens kunnen wij uw vraag niet afhandelen.
Onze volledige privacyverklaring vindt u op ${controller.privacyPolicyUrl}
